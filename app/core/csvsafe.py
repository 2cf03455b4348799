"""Cells from remote data, made safe for a spreadsheet (CSV formula injection).

A text cell starting with ``=``, ``+``, ``@``, a tab or a carriage return — or ``-`` when it is
not a number — is run as a formula by Excel and LibreOffice when the clerk opens the file. It is
written with a leading apostrophe instead, which the spreadsheet shows as plain text. Numbers,
negative amounts included, are left alone.

Exports are written through :func:`open_export` / :func:`export_path` / :func:`write_export_text`:
a temporary file beside the target, renamed into place once complete (core/atomic.py), so a full
disk or a file open in another program never leaves a half-written or jammed export.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from app.core import atomic

_TRIGGERS = ("=", "+", "@", "\t", "\r")
_NUMBER = re.compile(r"-\s?\d[\d\s.,\u202f\u00a0]*")


def cell(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(_TRIGGERS) or (value.startswith("-") and not _NUMBER.fullmatch(value)):
        return "'" + value
    return value


def row(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: cell(value) for key, value in values.items()}


def open_export(path: Path | str, encoding: str = "utf-8-sig") -> contextlib.AbstractContextManager[IO[str]]:
    """A text handle for a CSV export (``newline=""`` as the csv module wants), written atomically."""
    return atomic.atomic_open(path, "w", encoding=encoding, newline="")


def export_path(path: Path | str) -> contextlib.AbstractContextManager[Path]:
    """A temporary path for writers that want a file name (openpyxl); replaces ``path`` when done."""
    return atomic.atomic_path(path)


def write_export_text(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """A whole text export (JSON), written atomically."""
    atomic.write_text(path, text, encoding=encoding)
