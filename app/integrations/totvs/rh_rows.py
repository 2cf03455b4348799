"""TOTVS RH co-participation items, as decoded from a page, turned into rows of ``totvs_copart``
in one pass over the raw JSON objects.

A page holds thousands of items with the same keys: the keys are matched to the fields
(case-insensitively, as :class:`~app.integrations.totvs.models.Coparticipation` reads them) once
per key set, and each item's values are read, normalised and hashed once. An item the fast path
cannot take as it is (a value of a type the model would refuse, a missing or blank id, an amount
that is not one) goes through the model itself, which gives the same row or the same validation
error. ``tests/unit/test_totvs_rh_rows.py`` holds the two paths to the same rows. The row's
``row_hash`` is a SHA-256 over the text stored from the item (the amount as one text whether it
came as "99.00" or 99), computed once, with the row.

Pure Python and no I/O: it runs in the database worker thread, in chunks between which the
thread lets the GUI thread have the interpreter (:func:`yield_interpreter`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from app.core.search import fold
from app.integrations.totvs.models import COPART_CODE_FIELDS, COPART_TEXT_FIELDS, Coparticipation, parse_money

# The model's fields by kind (the model's validators): text (None → "", a JSON number → its
# digits), codes (anything → its text, stripped) and the amount.
_TEXT = COPART_TEXT_FIELDS
_CODES = COPART_CODE_FIELDS
_MONEY = "coparticipation_value"
FIELDS: tuple[str, ...] = (*_TEXT, *_CODES, _MONEY)
_EMPTY: dict[str, Any] = {**dict.fromkeys(_TEXT, ""), **dict.fromkeys(_CODES, ""), _MONEY: None}

# A row: the values of ``totvs_copart``'s columns, in this order (the table's own, tested).
COLUMNS: tuple[str, ...] = (
    "id",
    "company_id",
    "branch",
    "company_key",
    "employee_code",
    "employee_name",
    "dependent_code",
    "dependent_name",
    "degree",
    "occurrency_date",
    "provider",
    "provider_name",
    "provider_cnpj",
    "provider_contract",
    "contract_type",
    "service_type",
    "specialty",
    "icd",
    "amount_use",
    "value",
    "year_month",
    "description",
    "employee_name_fold",
    "dependent_name_fold",
    "provider_name_fold",
    "row_hash",
    "load_id",
    "stored_at",
)
Row = tuple[Any, ...]
ID, HASH = COLUMNS.index("id"), COLUMNS.index("row_hash")

CHUNK = 250  # items converted between two chances for the GUI thread to run


def _lower_names() -> dict[str, str]:
    """Lower-cased alias or field name → field name (as the model's ``_canonical`` matches keys)."""
    out: dict[str, str] = {}
    for name, info in Coparticipation.model_fields.items():
        out[name.lower()] = name
        out[(info.alias or name).lower()] = name
    return out


_BY_LOWER = _lower_names()


def money_text(value: Decimal) -> str:
    """One text per amount whether it came as "99.00" or 99: cents when they are exact."""
    try:
        cents = value.quantize(Decimal("0.01"))
    except InvalidOperation:  # more digits than a context holds: keep the text as it is
        return str(value)
    return f"{cents:.2f}" if cents == value else str(value)


def as_dict(row: Row) -> dict[str, Any]:
    """A row by column name."""
    return dict(zip(COLUMNS, row, strict=True))


class RowBuilder:
    """Builds the rows of one load's pages; remembers key sets and folded names between items."""

    def __init__(self, company: str, load_id: int, now: dt.datetime) -> None:
        self.company = company
        self.load_id = load_id
        self.now = now
        self._keys: dict[tuple[Any, ...], list[tuple[str, Any, bool]]] = {}
        self._folds: dict[str, str] = {}

    def rows(self, items: Iterable[Any]) -> list[Row]:
        """The rows of ``items`` (raw JSON objects or models); ValidationError for a bad item."""
        out: list[Row] = []
        for n, item in enumerate(items, start=1):
            row = self.fast(item) if isinstance(item, dict) else None
            if row is None:
                model = item if isinstance(item, Coparticipation) else Coparticipation.model_validate(item)
                row = self.from_model(model)
            out.append(row)
            if n % CHUNK == 0:
                yield_interpreter()
        return out

    # -- the two paths --------------------------------------------------------
    def fast(self, item: dict[str, Any]) -> Row | None:
        """The row of a raw item, or None when only the model can tell what it holds."""
        shape = tuple(item)
        fields = self._keys.get(shape)
        if fields is None:
            fields = self._keys[shape] = _fields_of(shape)
        values = dict(_EMPTY)
        for name, key, code in fields:
            value = item[key]
            if code:
                values[name] = "" if value is None else str(value).strip()
            elif type(value) is str or name == _MONEY:
                values[name] = value
            elif value is None:
                values[name] = ""
            elif isinstance(value, int | Decimal) and not isinstance(value, bool):
                values[name] = str(value)
            else:
                return None  # the model refuses it, with its own words
        if not values["id"].strip():
            return None
        try:
            values[_MONEY] = parse_money(values[_MONEY])
        except ValueError:
            return None
        return self._row(values)

    def from_model(self, item: Coparticipation) -> Row:
        """The row of a validated item."""
        return self._row({name: getattr(item, name) for name in FIELDS})

    # -- the row ----------------------------------------------------------------
    def _fold(self, text: str) -> str:
        folded = self._folds.get(text)
        if folded is None:
            if len(self._folds) > 50_000:  # names repeat within a load; never unbounded
                self._folds.clear()
            folded = self._folds[text] = fold(text)
        return folded

    def _row(self, v: dict[str, Any]) -> Row:
        company_key: str = v["company_key"]
        employee_name: str = v["employee_name"]
        dependent_name: str = v["dependent_name"]
        provider_name: str = v["service_provider_name"]
        value: Decimal = v[_MONEY]
        content = (
            v["id"],
            company_key.split("|", 1)[0].strip() or self.company,
            v["branch"].strip(),
            company_key,
            v["employee_code"].strip(),
            employee_name.strip(),
            v["dependent_code"].strip(),
            dependent_name.strip(),
            v["degree_employee_dependency"].strip(),
            v["occurrency_date"],
            v["service_provider"].strip(),
            provider_name.strip(),
            v["service_provider_id"].strip().upper(),
            v["service_provider_contract"].strip(),
            v["service_provider_contract_type"],
            v["service_type"],
            v["specialty_name"].strip(),
            v["international_code_diseases"].strip(),
            v["amount_use"],
        )
        year_month: str = v["year_month_reference"].strip()
        description: str = v["coparticipation_description"].strip()
        text = "\x1f".join((*content, money_text(value), year_month, description))
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return (
            *content,
            value,
            year_month,
            description,
            self._fold(employee_name),
            self._fold(dependent_name),
            self._fold(provider_name),
            digest,
            self.load_id,
            self.now,
        )


def _fields_of(shape: tuple[Any, ...]) -> list[tuple[str, Any, bool]]:
    """(field, key, is a code) for each field a key set names; of two keys naming one field, the
    later."""
    chosen: dict[str, Any] = {}
    for key in shape:
        name = _BY_LOWER.get(str(key).lower())
        if name is not None:
            chosen[name] = key
    return [(name, key, name in _CODES) for name, key in chosen.items()]


def yield_interpreter() -> None:
    """Let a thread waiting for the interpreter lock (the GUI thread) run now, instead of after
    the switch interval: a worker busy in Python otherwise makes every Qt → Python call of the
    GUI thread (a model's ``data()`` per cell) wait up to 5 ms."""
    time.sleep(0)
