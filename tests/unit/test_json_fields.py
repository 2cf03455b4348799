"""app.core.json_fields: named attributes as JSON-ready values."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from app.core.json_fields import json_fields, json_value


@dataclass
class _Row:
    n: int
    when: dt.datetime
    day: dt.date | None
    amount: Decimal
    note: str | None

    @property
    def big(self) -> bool:
        return self.n > 10


def test_named_attributes_in_order_and_json_ready() -> None:
    row = _Row(12, dt.datetime(2026, 3, 4, 5, 6, tzinfo=dt.UTC), None, Decimal("4.50"), None)
    out = json_fields(row, ("note", "amount", "when", "day", "big"))
    assert list(out) == ["note", "amount", "when", "day", "big"]
    assert out == {
        "note": None,
        "amount": "4.50",
        "when": "2026-03-04T05:06:00+00:00",
        "day": None,
        "big": True,
    }
    json.dumps(out)  # nothing left that JSON cannot print


def test_values() -> None:
    assert json_value(dt.date(2026, 1, 2)) == "2026-01-02"
    assert json_value(Decimal("0.10")) == "0.10"
    assert json_value(3) == 3
