"""A TOTVS RH page's JSON decoded one item at a time, money as Decimal.

``json.loads`` of a 2,000-row page is one call into C that holds the interpreter lock until the
whole megabyte is parsed (tens of milliseconds): every other thread, the window's included, waits
that long. Here the top-level object is read key by key and a list value element by element, each
with its own ``raw_decode`` call: between two calls the interpreter can hand the lock to the GUI
thread. The result is exactly what ``json.loads(text, parse_float=Decimal)`` gives (tested), and
text that is not JSON raises ``ValueError`` as it does.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

_DECODER = json.JSONDecoder(parse_float=Decimal)
_SPACE = re.compile(r"[ \t\n\r]*")


def loads(text: str) -> Any:
    """``json.loads(text, parse_float=Decimal)``, decoded piece by piece (see the module)."""
    end = _skip(text, 0)
    if not text.startswith("{", end):
        return _DECODER.decode(text)  # not an object: nothing big to split
    out: dict[str, Any] = {}
    at = _skip(text, end + 1)
    if text.startswith("}", at):
        return _whole(text, out, at + 1)
    while True:
        key, at = _DECODER.raw_decode(text, at)
        if not isinstance(key, str):
            raise ValueError(f"Expecting property name enclosed in double quotes at {at}")
        at = _skip(text, at)
        if not text.startswith(":", at):
            raise ValueError(f"Expecting ':' delimiter at {at}")
        at = _skip(text, at + 1)
        if text.startswith("[", at):
            out[key], at = _array(text, at)
        else:
            out[key], at = _DECODER.raw_decode(text, at)
        at = _skip(text, at)
        if text.startswith(",", at):
            at = _skip(text, at + 1)
            continue
        if text.startswith("}", at):
            return _whole(text, out, at + 1)
        raise ValueError(f"Expecting ',' delimiter at {at}")


def _array(text: str, at: int) -> tuple[list[Any], int]:
    """The list starting at ``text[at] == "["``, one element per call into the decoder."""
    items: list[Any] = []
    at = _skip(text, at + 1)
    if text.startswith("]", at):
        return items, at + 1
    while True:
        item, at = _DECODER.raw_decode(text, at)
        items.append(item)
        at = _skip(text, at)
        if text.startswith(",", at):
            at = _skip(text, at + 1)
        elif text.startswith("]", at):
            return items, at + 1
        else:
            raise ValueError(f"Expecting ',' delimiter at {at}")


def _whole(text: str, value: dict[str, Any], end: int) -> dict[str, Any]:
    """``value`` when nothing but white space follows ``end`` (as ``json.loads`` requires)."""
    if _skip(text, end) != len(text):
        raise ValueError(f"Extra data at {end}")
    return value


def _skip(text: str, at: int) -> int:
    match = _SPACE.match(text, at)
    return match.end() if match else at
