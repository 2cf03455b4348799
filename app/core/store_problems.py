"""What SQLite found wrong with the database file, in words: its error names and its integrity
check's findings are English (they stay in the log), the person reads a translatable sentence."""

from __future__ import annotations

import logging
import sqlite3

from app.core.tr import QT_TRANSLATE_NOOP, Sentence, plural

log = logging.getLogger("passerelle.db")

# SQLite's error names (sqlite3.Error.sqlite_errorname), the longest prefix first.
_BY_NAME = (
    ("SQLITE_IOERR_SHORT_READ", QT_TRANSLATE_NOOP("errors", "the file is shorter than it should be")),
    ("SQLITE_IOERR", QT_TRANSLATE_NOOP("errors", "the disk refused a read or a write")),
    ("SQLITE_CORRUPT", QT_TRANSLATE_NOOP("errors", "some of its pages are damaged")),
    ("SQLITE_NOTADB", QT_TRANSLATE_NOOP("errors", "it is not a database file")),
    ("SQLITE_CANTOPEN", QT_TRANSLATE_NOOP("errors", "the file cannot be opened")),
    ("SQLITE_READONLY", QT_TRANSLATE_NOOP("errors", "the file or its folder is read-only")),
    ("SQLITE_PERM", QT_TRANSLATE_NOOP("errors", "this account is not allowed to use the file")),
    ("SQLITE_FULL", QT_TRANSLATE_NOOP("errors", "the disk is full")),
    ("SQLITE_BUSY", QT_TRANSLATE_NOOP("errors", "another program holds the file")),
)
# The same, when only SQLite's message is left (an error raised without its name).
_BY_TEXT = {
    "file is not a database": "SQLITE_NOTADB",
    "database disk image is malformed": "SQLITE_CORRUPT",
    "disk I/O error": "SQLITE_IOERR",
    "unable to open database file": "SQLITE_CANTOPEN",
    "attempt to write a readonly database": "SQLITE_READONLY",
    "database or disk is full": "SQLITE_FULL",
    "database is locked": "SQLITE_BUSY",
}


def missing_file() -> Sentence:
    """The database file is not there (any more)."""
    return Sentence("errors", QT_TRANSLATE_NOOP("errors", "the file is missing"))


def sqlite_reason(error: sqlite3.Error | None, fallback: BaseException) -> str:
    """SQLite's ``error`` (else ``fallback``) in words; an unknown one in its own words."""
    text = str(error if error is not None else fallback)
    name = str(getattr(error, "sqlite_errorname", "") or "") or _BY_TEXT.get(text, "")
    for prefix, words in _BY_NAME:
        if name.startswith(prefix):
            if text not in _BY_TEXT:
                log.info("SQLite: %s (%s)", text, name)  # the exact words, for support
            return Sentence("errors", words)
    return text


def check_findings(rows: list[str]) -> Sentence:
    """SQLite's quick check found ``rows`` (English, kept in the log): how many, in words."""
    log.warning("SQLite's integrity check found: %s", "; ".join(rows))
    return Sentence(
        "errors",
        plural.translate("errors", "SQLite's check found %n problem(s) in it", None, 0),
        n=len(rows),
    )
