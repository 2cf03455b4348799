"""``passerelle omnidoc url|draft``: the subcommands and their options (shared/specs/cli.md).

Each handler lives in ``cli.py`` and is imported only when its command runs (:func:`cli_handlers`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.base import cli_handlers, subcommands

_handler = cli_handlers("app.integrations.omnidoc")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``omnidoc url`` and ``omnidoc draft`` to the command line."""
    osub = subcommands(sub, "omnidoc", QT_TRANSLATE_NOOP("cli", "Omnidoc teleexpertise requests"))
    p = osub.add_parser("url", help=QT_TRANSLATE_NOOP("cli", "print the prefill URL (validated)"))
    said = QT_TRANSLATE_NOOP("cli", "JSON: the seed's patient_* fields or the API body")
    p.add_argument("--form", type=Path, required=True, help=said)
    p.set_defaults(func=_handler("url"))
    said = QT_TRANSLATE_NOOP("cli", "create a draft by API and upload files; print id and redirect_url")
    p = osub.add_parser("draft", help=said)
    p.add_argument("--form", type=Path, help=QT_TRANSLATE_NOOP("cli", "JSON form file"))
    said = QT_TRANSLATE_NOOP("cli", "a file to attach (repeatable)")
    p.add_argument("--file", type=Path, action="append", default=[], help=said)
    said = QT_TRANSLATE_NOOP("cli", "finish an interrupted request instead of a new one")
    p.add_argument("--resume", metavar="REQUEST_ID", help=said)
    p.set_defaults(func=_handler("draft"))
