"""The UI's compiled translations (.qm) read without Qt, so headless commands speak the user's
language without loading Qt at all.

The format is Qt's (qtranslator.cpp): a 16-byte magic, then sections ``tag:u8 length:u32be``;
the Messages section (0x69) holds records of tagged fields ending with ``End``. We read the
context, source text, comment and every translation (several for a ``%n`` message, one per
plural form). French and Brazilian Portuguese share Qt's "French" plural rule: one form for
0 and 1, another from 2.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69

_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = range(1, 10)

Key = tuple[str, str, str]


class QmFormatError(ValueError):
    """The file is not a .qm translation file this reader understands."""


@dataclass
class QmCatalog:
    """Translations of one language: ``(context, source, comment)`` → plural forms."""

    messages: dict[Key, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> QmCatalog:
        """Read a .qm file (QmFormatError when it is not one)."""
        return cls(_parse(path.read_bytes()))

    def translate(self, context: str, text: str, n: int = -1) -> str:
        """The translation of ``text`` in ``context`` (``%n`` replaced when ``n`` >= 0), or ``text``."""
        forms = self.messages.get((context, text, "")) or []
        chosen = text
        if forms:
            chosen = forms[_plural_form(n, len(forms))] if n >= 0 else forms[0]
        if not chosen:
            chosen = text
        return chosen.replace("%n", str(n)) if n >= 0 else chosen


def _plural_form(n: int, count: int) -> int:
    return min(0 if n <= 1 else 1, count - 1)


def _parse(data: bytes) -> dict[Key, list[str]]:
    if data[:16] != _MAGIC:
        raise QmFormatError("not a Qt translation file")
    pos = 16
    messages: dict[Key, list[str]] = {}
    while pos + 5 <= len(data):
        tag = data[pos]
        (length,) = struct.unpack_from(">I", data, pos + 1)
        pos += 5
        if tag == _MESSAGES:
            _read_messages(data[pos : pos + length], messages)
        pos += length
    return messages


def _read_messages(block: bytes, out: dict[Key, list[str]]) -> None:
    pos = 0
    context = source = comment = ""
    forms: list[str] = []
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _END:
            out.setdefault((context, source, comment), forms)
            context = source = comment = ""
            forms = []
            continue
        if tag in (_OBSOLETE1, _OBSOLETE2):
            pos += 4
            continue
        (length,) = struct.unpack_from(">I", block, pos)
        pos += 4
        if tag == _TRANSLATION:
            if length == 0xFFFFFFFF:  # a null translation
                forms.append("")
                continue
            forms.append(block[pos : pos + length].decode("utf-16-be"))
        elif tag in (_SOURCE, _CONTEXT, _COMMENT):
            text = block[pos : pos + length].rstrip(b"\0").decode("utf-8")
            if tag == _SOURCE:
                source = text
            elif tag == _CONTEXT:
                context = text
            else:
                comment = text
        elif tag in (_SOURCE16, _CONTEXT16):
            pass  # Qt 3 fields, never written by today's lrelease
        else:
            raise QmFormatError(f"unknown field {tag} in a .qm message")
        pos += length
