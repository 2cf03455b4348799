"""Named attributes of a record as JSON-ready values, for the CLI's --json and the pages that list them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any


def json_value(value: object) -> object:
    """A value as JSON prints it: dates and times in ISO form, a Decimal as exact text, the rest as is."""
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def json_fields(record: object, names: Iterable[str]) -> dict[str, Any]:
    """These attributes (or properties) of ``record``, in this order, as JSON-ready values."""
    return {name: json_value(getattr(record, name)) for name in names}
