"""Copies of the desk's SQLite database file: consistent snapshots, written whole, under stamped names."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.core.atomic import atomic_path


def stamped(folder: Path, prefix: str) -> Path:
    """``folder/<prefix>YYYYmmdd-HHMMSS.db`` for a copy made now (local time, as the user reads it)."""
    return folder / f"{prefix}{dt.datetime.now():%Y%m%d-%H%M%S}.db"


def snapshot(source: Path, target: Path) -> None:
    """Write a consistent copy of the database ``source`` to ``target``, whole or not at all.

    SQLite's backup API copies a snapshot, so this is safe while the app writes.
    """
    with atomic_path(target) as partial:
        src = sqlite3.connect(source)
        try:
            dest = sqlite3.connect(partial)
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
