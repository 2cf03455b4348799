"""Items stored set-based (attention.keep_only, Attention.raise_many) encode each distinct value once
(app/core/attention._Said): what they store is exactly what encoding each item on its own stores."""

from __future__ import annotations

import json

from app.core.attention import _Said
from app.core.journal import stored_value
from app.core.redact import redact
from app.core.tr import Joined, Sentence, nested


def one_by_one(args: dict[str, object]) -> str:
    return json.dumps({k: nested(v, redact) for k, v in args.items()})


def test_shared_sentences_and_joined_reasons_are_stored_as_encoded_one_by_one() -> None:
    unknown = Sentence("vetelevage", "Unknown act code {code}: add it.", code="ECHO-GEST")
    twin = Sentence("vetelevage", "Looks like a duplicate of {visits}.", visits="V-1, V-2")
    odd = Sentence(
        "vetelevage", 'Quantity {qty} for "{what}" looks wrong.', qty="1500.0", what="Éprinex\u00a0pour-on"
    )
    secret = Sentence("errors", "Refused: {detail}", detail="password=hunter22 token abcdefgh12345")
    shared = Joined([unknown, odd])
    items = [
        {"visit": "V-1", "reason": shared},
        {"visit": "V-2", "reason": shared},  # the same value again: taken from the first
        {"visit": "V-3", "reason": Joined([unknown, twin, secret], separator="\n")},
        {"visit": "V-4", "reason": Joined([])},
        {"product": 'Vaccin "A"', "code": "P-1", "count": 12},
        {"error": secret, "count": 12},
    ]
    said = _Said()
    for args in items:
        assert said.args(args) == one_by_one(args)
    assert said.args({}) is None
    assert "hunter22" not in (said.args(items[-1]) or "")
    assert said.text("password=hunter22 here") == redact("password=hunter22 here")


def test_raise_many_converts_errors_as_raise_item_does() -> None:
    error = ValueError("boom")
    said = _Said(stored_value)
    assert said.args({"error": error}) == json.dumps({"error": nested(stored_value(error), redact)})
