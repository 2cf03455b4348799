"""Cells from remote data, made safe for a spreadsheet (CSV formula injection).

A text cell starting with ``=``, ``+``, ``@``, a tab or a carriage return — or ``-`` when it is
not a number — is run as a formula by Excel and LibreOffice when the clerk opens the file. It is
written with a leading apostrophe instead, which the spreadsheet shows as plain text. Numbers,
negative amounts included, are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_TRIGGERS = ("=", "+", "@", "\t", "\r")
_NUMBER = re.compile(r"-\s?\d[\d\s.,\u202f\u00a0]*")


def cell(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(_TRIGGERS) or (value.startswith("-") and not _NUMBER.fullmatch(value)):
        return "'" + value
    return value


def row(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: cell(value) for key, value in values.items()}
