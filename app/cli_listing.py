"""Listing commands say when they are cut (shared/specs/cli.md): ``--limit N`` / ``--all``, and their
output carries the total — ``{"<key>": [...], "total": N, "truncated": false}`` with ``--json``, a
last line "first N of M" in text when only part is shown."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from app.cli_language import say
from app.cli_output import emit
from app.core.tr import QT_TRANSLATE_NOOP


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(QT_TRANSLATE_NOOP("cli", "a whole number of rows is expected, not '{value}'"), value=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(say(QT_TRANSLATE_NOOP("cli", "at least 1 (or --all for every one)")))
    return value


def add_listing_options(parser: argparse.ArgumentParser, default: int | None, what: str) -> None:
    """``--limit N`` (``default``; None: every one) and ``--all`` on a listing command; ``what``
    is a ``QT_TRANSLATE_NOOP("cli", …)`` naming the rows, said in the CLI's language."""
    group = parser.add_mutually_exclusive_group()
    limit = (
        say(
            QT_TRANSLATE_NOOP("cli", "show at most N {what} (default {default})"),
            what=say(what),
            default=default,
        )
        if default is not None
        else say(QT_TRANSLATE_NOOP("cli", "show at most N {what} (default: all)"), what=say(what))
    )
    group.add_argument("--limit", type=_positive, default=default, metavar="N", help=limit)
    group.add_argument(
        "--all",
        dest="all_rows",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("cli", "show them all, without a limit")),
    )


def limit_of(args: argparse.Namespace) -> int | None:
    """The number of rows asked for; None for every one."""
    return None if getattr(args, "all_rows", False) else getattr(args, "limit", None)


def cut(rows: Sequence[Any], args: argparse.Namespace) -> list[Any]:
    """``rows`` (every one the command found) cut to ``--limit``."""
    limit = limit_of(args)
    return list(rows if limit is None else rows[:limit])


def cut_line(shown: int, total: int) -> str:
    """The text output's last line when only part is shown ("" when everything is)."""
    if shown >= total:
        return ""
    return say(
        QT_TRANSLATE_NOOP("cli", "first {shown} of {total} (--limit N or --all for more)"),
        shown=shown,
        total=total,
    )


def emit_listing(
    args: argparse.Namespace,
    key: str,
    rows: Sequence[Any],
    total: int,
    lines: Sequence[str],
    empty: str,
    extra: dict[str, Any] | None = None,
    header: str = "",
) -> None:
    """Print a listing: ``rows`` under ``key`` with ``total`` and ``truncated`` (--json), else ``lines``
    (or ``empty``) — under ``header`` and above a count line when a header is given — and, when cut,
    "first N of M"."""
    total = max(total, len(rows))
    data = {key: list(rows), **(extra or {}), "total": total, "truncated": len(rows) < total}
    if header and lines:
        lines = [header, *lines, say(QT_TRANSLATE_NOOP("cli", "{total} in all"), total=total)]
    text = "\n".join(lines) or empty
    line = cut_line(len(rows), total)
    emit(args, data, f"{text}\n{line}" if line else text)
