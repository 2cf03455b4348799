"""Redaction of secrets and personal identifiers from any text leaving the process.

Used by the logging filter, the crash report, the journal and the support report. Known
secret values (registered by core/secrets.py as they are read) are removed literally; tokens,
passwords and NIR-shaped numbers are removed by pattern.
"""

from __future__ import annotations

import logging
import re
import threading

MASK = "[redacted]"

_known: set[str] = set()
_lock = threading.Lock()

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization headers and bearer tokens.
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}"), r"\1 " + MASK),
    # key=value / "key": "value" for secret-looking keys (JSON, form bodies, query strings).
    (
        re.compile(
            r"""(?ix)
            (["']?(?:access_token|refresh_token|id_token|token|client_secret|password|passwd|pwd|
                    api_token|secret|authorization|code_verifier|webhook_token)["']?
             \s*[:=]\s*["']?)
            ([^"'&\s,}]+)
            """
        ),
        r"\1" + MASK,
    ),
    # French NIR (social security number), 13 digits + 2-digit key, with optional spaces, Corsica 2A/2B.
    (
        re.compile(
            r"(?<![0-9A-Za-z])[1-478]\s?\d{2}\s?(?:0[1-9]|1[0-2]|[2-9]\d)\s?(?:\d{2}|2[ABab])\s?\d{3}\s?\d{3}(?:\s?\d{2})?(?![0-9A-Za-z])"
        ),
        "[NIR]",
    ),
    # Provet webhook / hookup path tokens.
    (re.compile(r"(/provet/(?:webhook|hookup)/)[^/\s?\"']+"), r"\1" + MASK),
    # Omnidoc prefill fragments hold names and NIR.
    (re.compile(r"(/interop/drafts/new)#\S*"), r"\1#" + MASK),
    # Vétélevage SSO links.
    (re.compile(r"(/sso/)\S+"), r"\1" + MASK),
]


def register_secret(value: str | None) -> None:
    """Remember a secret value so it is removed wherever it appears."""
    if value and len(value) >= 4:
        with _lock:
            _known.add(value)


def redact(text: str) -> str:
    if not text:
        return text
    # Patterns first: a known secret that happens to be a key's name ("password") must not hide
    # the "password=…" the patterns are there to catch.
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites every record's message (args included) through :func:`redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
