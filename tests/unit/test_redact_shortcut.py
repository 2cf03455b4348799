"""redact skips its patterns for a text none of them can match (no trigger word, no NIR-shaped run
of digits): the result must be the same as running every pattern, on texts built to come close."""

from __future__ import annotations

import random

import pytest

from app.core import redact as r

PIECES = [
    "1",
    "2",
    "4",
    "7",
    "8",
    "0",
    "9",
    "85",
    "05",
    "12",
    "2A",
    "2b",
    "006",
    "084",
    "36",
    " ",
    "\u00a0",
    "+",
    "%20",
    "%3D",
    "%2B",
    ",",
    "-",
    ":",
    "=",
    "V-",
    "a",
    "B",
    "é",
    "٣",
    "nir",
    "NIR",
    "token",
    "Bearer ",
    "basic ",
    "password",
    "pwd",
    "://",
    "/sso/",
    "x",
    "/provet/webhook/",
    "/interop/drafts/new#",
    "authorization: ",
    "secret",
    "Code_Verifier",
]


def test_the_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(16)
    texts = ["", "V-000123, V-000456, V-000789", "1 85 05 78 006 084 36", "2 85 05 2A 006 084 12"]
    for _ in range(20000):
        texts.append("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))))
    digits = [p for p in PIECES if not r._TRIGGER.search(p)]  # NIR-like runs without a trigger word
    for _ in range(20000):
        texts.append("".join(rng.choice(digits) for _ in range(rng.randint(1, 30))))
    assert sum("[NIR]" in r.redact(t) and not r._TRIGGER.search(t) for t in texts) > 30
    shortcut = [r.redact(t) for t in texts]
    skipped = sum(not r._may_match(t) for t in texts)
    monkeypatch.setattr(r, "_may_match", lambda text: True)  # every pattern, every time
    for text, quick in zip(texts, shortcut, strict=True):
        assert quick == r.redact(text), text
    assert skipped > 1000, "the shortcut is taken for texts without a trigger"
