"""Rotating log files in the data dir; every record passes the redaction filter."""

from __future__ import annotations

import io
import logging
import logging.handlers
import sys
from pathlib import Path

from app.core.paths import logs_dir, private_dir, private_file
from app.core.redact import RedactingFilter

LOG_FILE = "passerelle.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read (they may name clients)."""

    def _open(self) -> io.TextIOWrapper:
        private_file(Path(self.baseFilename))
        return super()._open()


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
