"""Redaction of secrets and personal identifiers from any text leaving the process.

Used by the logging filter, the crash report, the journal and the support report. Known
secret values (registered by core/secrets.py as they are read) are removed literally; tokens,
passwords and NIR-shaped numbers are removed by pattern.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable

MASK = "[redacted]"

_known: set[str] = set()
_lock = threading.Lock()

_SECRET_KEYS = (
    r"access_token|refresh_token|id_token|token|client_secret|password|passwd|pwd|"
    r"api_token|secret|code_verifier|webhook_token"
)
# Separators between a key and its value, plain or URL-encoded (once or twice): = : %3D %253D.
_SEP = r"(?:\s*[:=]\s*|%3[Dd]|%253[Dd])"
# A value: a quoted string taken whole (spaces included), or a bare run up to the next separator.
_VALUE = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|(?:(?!%26|%2[Cc])[^"'&\s,;}#])+)"""
# Spaces inside a NIR as typed (space, no-break space) or URL-encoded (+, %20).
_SP = r"(?:[\s\u00a0]|%20|\+)?"


def _keep_quotes(match: re.Match[str]) -> str:
    value = match.group("value")
    quote = value[0] if value[:1] in ("'", '"') and len(value) > 1 and value[-1] == value[0] else ""
    return f"{match.group('key')}{quote}{MASK}{quote}"


_Repl = str | Callable[[re.Match[str]], str]

_PATTERNS: list[tuple[re.Pattern[str], _Repl]] = [
    # Authorization headers, any scheme (Bearer, Basic, Token, Digest, ApiKey…): the scheme is
    # kept, the rest is masked up to the closing quote (quoted) or the end of the line.
    (
        re.compile(
            r"""(?ix)(?P<key>\bauthorization["']?\s*[:=]\s*(?P<q>["'])(?:[a-z][\w-]*\s+)?)
            (?:(?!(?P=q))[^\r\n])+"""
        ),
        r"\g<key>" + MASK,
    ),
    (
        re.compile(
            r"""(?i)(?P<key>\bauthorization["']?\s*[:=][^\S\r\n]*(?:[a-z][\w-]*[^\S\r\n]+)?)[^\s"'][^\r\n]*"""
        ),
        r"\g<key>" + MASK,
    ),
    # Credentials in a URL: scheme://user:password@host (database.url, proxies).
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^:/?#@\s]*:)[^@/\s]+@"), r"\1" + MASK + "@"),
    # Bearer and basic tokens wherever they appear.
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}"), r"\1 " + MASK),
    # key=value / "key": "value" for secret-looking keys (JSON, form bodies, query strings),
    # quoted values whole, URL-encoded separators included.
    (
        re.compile(rf"""(?ix)(?P<key>["']?(?:{_SECRET_KEYS})["']?{_SEP})(?P<value>{_VALUE})"""),
        _keep_quotes,
    ),
    # French NIR (social security number), 13 digits + 2-digit key, with optional spaces, Corsica
    # 2A/2B, also right after a URL-encoded separator or space (%3D, %20).
    (
        re.compile(
            r"(?:(?<![0-9A-Za-z])|(?<=%3[Dd])|(?<=%2[0Bb]))"
            rf"[1-478]{_SP}\d{{2}}{_SP}(?:0[1-9]|1[0-2]|[2-9]\d){_SP}(?:\d{{2}}|2[ABab]){_SP}"
            rf"\d{{3}}{_SP}\d{{3}}(?:{_SP}\d{{2}})?(?![0-9A-Za-z])"
        ),
        "[NIR]",
    ),
    # Any key naming a NIR (nir, patient_nir, nir_patient…), whatever the value looks like.
    (
        re.compile(
            rf"""(?ix)(?P<key>(?<![a-z0-9_])["']?[a-z_]{{0,40}}nir[a-z_]{{0,40}}["']?{_SEP})(?P<value>{_VALUE})"""
        ),
        _keep_quotes,
    ),
    # Provet webhook / hookup path tokens.
    (re.compile(r"(/provet/(?:webhook|hookup)/)[^/\s?\"']+"), r"\1" + MASK),
    # Omnidoc prefill fragments hold names and NIR.
    (re.compile(r"(/interop/drafts/new)#\S*"), r"\1#" + MASK),
    # Vétélevage SSO links.
    (re.compile(r"(/sso/)\S+"), r"\1" + MASK),
]


# Every pattern above needs one of these words, or (a NIR) 13 digits or 2A/2B letters in a row
# with at most one separator (_SP) between two of them: a text with neither (an id, a list of
# ids, a product name, most sentences) skips the patterns, for the same result.
_TRIGGER = re.compile(
    r"(?i)authorization|://|bearer|basic|token|secret|passw|pwd|code_verifier|nir|/provet/|/interop/|/sso/"
)
_TWELVE_DIGITS = re.compile(r"\d(?:(?:[\s\u00a0]|%20|\+)?[\dABab]){11}")


def _may_match(text: str) -> bool:
    return _TRIGGER.search(text) is not None or _TWELVE_DIGITS.search(text) is not None


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
    if _may_match(text):
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
