"""``passerelle omnidoc url|draft``: the subcommands and their options (shared/specs/cli.md).

Building the parser imports nothing heavy: each handler lives in
:mod:`app.integrations.omnidoc.cli` and is imported (with the services it calls) only when its
command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.integrations.base import lazy


def _handler(name: str) -> Any:
    """The handler ``name`` of :mod:`app.integrations.omnidoc.cli`, imported when the command runs."""
    return lazy(f"app.integrations.omnidoc.cli:{name}")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``omnidoc url`` and ``omnidoc draft`` to the command line."""
    parser = sub.add_parser("omnidoc", help="Omnidoc teleexpertise requests")
    osub = parser.add_subparsers(dest="omnidoc_command", required=True)
    p = osub.add_parser("url", help="print the prefill URL (validated)")
    p.add_argument(
        "--form", type=Path, required=True, help="JSON: the seed's patient_* fields or the API body"
    )
    p.set_defaults(func=_handler("url"))
    p = osub.add_parser("draft", help="create a draft by API and upload files; print id and redirect_url")
    p.add_argument("--form", type=Path, help="JSON form file")
    p.add_argument("--file", type=Path, action="append", default=[], help="a file to attach (repeatable)")
    p.add_argument(
        "--resume", metavar="REQUEST_ID", help="finish an interrupted request instead of a new one"
    )
    p.set_defaults(func=_handler("draft"))
