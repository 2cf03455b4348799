"""How headless commands print: a sentence for people, one JSON object with --json."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK = 0
EXIT_REMOTE = 1
EXIT_INPUT = 2
EXIT_NOT_CONFIGURED = 3


def emit(args: argparse.Namespace, data: Any, text: str = "") -> None:
    """Print ``data`` as JSON with --json, else ``text`` (or a plain rendering of data)."""
    if getattr(args, "json", False):
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write((text if text else _plain(data)) + "\n")
    sys.stdout.flush()


def _plain(data: Any) -> str:
    if isinstance(data, dict):
        return "\n".join(f"{k}: {v}" for k, v in data.items())
    if isinstance(data, list):
        return "\n".join(str(x) for x in data)
    return str(data)


def fail(message: str) -> None:
    """A sentence for people, on stderr."""
    sys.stderr.write(message.rstrip() + "\n")
    sys.stderr.flush()


def emit_error(args: argparse.Namespace | None, message: str, code: str, field: str | None = None) -> None:
    """A failure: with --json one object ``{"error": {"message", "field", "code"}}`` on stdout
    (``code`` is a fixed English word, never translated), else the sentence on stderr."""
    if getattr(args, "json", False):
        error = {"message": message, "field": field, "code": code}
        sys.stdout.write(json.dumps({"error": error}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    else:
        fail(message)


def progress_printer(args: argparse.Namespace) -> Any:
    """A JobContext-like progress callback for long commands (stderr, not with --json)."""

    def report(done: int, total: int | None = None, text: str = "") -> None:
        if getattr(args, "json", False) or not sys.stderr.isatty():
            return
        of = f"/{total}" if total else ""
        sys.stderr.write(f"\r{text} {done}{of}   ")
        sys.stderr.flush()

    return report
