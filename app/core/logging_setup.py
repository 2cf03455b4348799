"""Rotating log files in the data dir; every record passes the redaction filter."""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import logging.handlers
import sys
from pathlib import Path

from app.core.paths import logs_dir, private_dir, private_file
from app.core.redact import RedactingFilter
from app.core.tr import QT_TRANSLATE_NOOP, Sentence, fill, in_language

LOG_FILE = "passerelle.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read (they may name clients). When the
    file cannot be written (a full disk), one sentence goes to the console — not a traceback
    per record — until writing works again."""

    _failing = False
    _failed_now = False

    def _open(self) -> io.TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        self._failed_now = False
        super().emit(record)
        if self._failing and not self._failed_now:
            self._failing = False
            again = QT_TRANSLATE_NOOP("cli", "Passerelle writes its log file {file} again.")
            sys.stderr.write(_said(again, file=self.baseFilename) + "\n")

    def handleError(self, record: logging.LogRecord) -> None:
        self._failed_now = True
        with contextlib.suppress(Exception):  # the buffered text would fail the same way
            if self.stream is not None:
                self.stream.close()
        self.stream = None  # reopened by the next record
        if self._failing:
            return
        self._failing = True
        error = sys.exc_info()[1]
        cannot = QT_TRANSLATE_NOOP(
            "cli",
            "Passerelle cannot write its log file {file} ({reason}). It keeps working and says so "
            "here once writing works again.",
        )
        sys.stderr.write(_said(cannot, file=self.baseFilename, reason=_why(error)) + "\n")


_DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
_WHY = (  # the first kind the error is, in words
    (PermissionError, QT_TRANSLATE_NOOP("cli", "this account is not allowed to write it")),
    (FileNotFoundError, QT_TRANSLATE_NOOP("cli", "its folder is gone")),
    (OSError, QT_TRANSLATE_NOOP("cli", "the disk may be full or disconnected")),
)


def _why(error: BaseException | None) -> str:
    """Why the log file cannot be written, in words (the system's own are English)."""
    if getattr(error, "errno", None) in _DISK_FULL:
        return Sentence("cli", QT_TRANSLATE_NOOP("cli", "the disk is full"))
    for kind, words in _WHY:
        if isinstance(error, kind):
            return Sentence("cli", words)
    unexpected = QT_TRANSLATE_NOOP("cli", "an unexpected error ({kind})")
    return Sentence("cli", unexpected, kind=type(error).__name__)


def _said(template: str, **values: object) -> str:
    """A console sentence in the headless commands' language (English before one is chosen)."""
    from app.cli_language import translate  # not at the top: logging starts before the language

    shown = {k: in_language(v, translate) if isinstance(v, str) else v for k, v in values.items()}
    return fill(translate("cli", template), shown)


def log_file(data_dir: Path) -> Path:
    return logs_dir(data_dir) / LOG_FILE


def setup_logging(data_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_passerelle", False):
            root.removeHandler(handler)
            handler.close()
    path = log_file(data_dir)
    private_dir(path.parent)
    file_handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(RedactingFilter())
        handler._passerelle = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "uvicorn.access", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def close_logging() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_passerelle", False):
            root.removeHandler(handler)
            handler.close()
