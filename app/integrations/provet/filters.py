"""The filter builder: ``field__method=value`` parameters exactly as Provet Cloud reads them.

Every value is checked against the field's type before anything is sent, and each refusal is
a sentence naming the field. The builder returns (key, value) pairs: httpx encodes them (the
``+`` of a time zone becomes ``%2B``); :func:`readable_query` renders the seed's own notation.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.core.errors import InputError
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.provet.schema import ENDPOINTS, Endpoint, Field, Kind, endpoint


class FilterRefused(InputError):
    """A filter value Provet would not read: a ``QT_TRANSLATE_NOOP("ProvetFilters", …)`` template
    and its values (``path``, ``method``, ``value``…), so a screen can say it in its language
    with the field's name in words; ``str()`` is the English sentence."""

    def __init__(self, template: str, *, field: str | None = None, **args: Any) -> None:
        values = {k: str(v) for k, v in args.items()}
        super().__init__(Sentence("ProvetFilters", template, **values), field=field)
        self.template = template
        self.values = values


NEEDS_VALUE = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' needs a value.")
NOT_AN_ID = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' expects a whole number (an id), not '{value}'.")
NOT_WHOLE = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' expects a whole number, not '{value}'.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' expects a number such as 12.50, not '{value}'.")
NOT_FINITE = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' expects a finite number, not '{value}'.")
NOT_A_FLAG = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' expects true or false, not '{value}'.")
NO_ZONE = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' needs a time zone: {hint}.")
NOT_A_MOMENT = QT_TRANSLATE_NOOP(
    "ProvetFilters", "'{path}' expects a date and time with its time zone, {hint}; '{value}' is not one."
)
NOT_A_DATE = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' expects a date YYYY-MM-DD, not '{value}'.")
CONTROL_CHARACTERS = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' cannot contain control characters.")
NOT_TEXT = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' contains a character that is not text.")
TEXT_ONLY = QT_TRANSLATE_NOOP("ProvetFilters", "'{method}' only applies to text; '{path}' is not text.")
FLAG_METHODS = QT_TRANSLATE_NOOP("ProvetFilters", "'{path}' is true or false: use is, is_not or is_null.")
RANGE_NEEDS_TWO = QT_TRANSLATE_NOOP(
    "ProvetFilters", "'{method}' on '{path}' needs two values, from and to (got {count})."
)
RANGE_NOT_TEXT = QT_TRANSLATE_NOOP("ProvetFilters", "'{method}' does not apply to text ('{path}').")
LIST_NEEDS_ONE = QT_TRANSLATE_NOOP("ProvetFilters", "'{method}' on '{path}' needs at least one value.")
LIST_COMMA = QT_TRANSLATE_NOOP("ProvetFilters", "A value of '{path}' for '{method}' cannot contain a comma.")
NO_VALUE = QT_TRANSLATE_NOOP(
    "ProvetFilters",
    "The filter '{text}' has no value: write FIELD__METHOD=VALUE (e.g. complaint__icontains=vacc).",
)
NO_METHOD = QT_TRANSLATE_NOOP(
    "ProvetFilters",
    "The filter '{text}' has no method: write FIELD__METHOD=VALUE with a method among {choices}.",
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "ProvetFilters", "'{shown}' is not a field of {endpoint} that can be filtered: choose one of {choices}."
)
NOT_RELATED = QT_TRANSLATE_NOOP(
    "ProvetFilters", "'{shown}' is not a related object, so '{whole}' cannot go further than it."
)
EMPTY_FIELD = QT_TRANSLATE_NOOP("ProvetFilters", "The filter field '{whole}' is empty.")
UNKNOWN_METHOD = QT_TRANSLATE_NOOP(
    "ProvetFilters", "'{name}' is not a filter method (for '{whole}'): use one of {choices}."
)
NOT_ORDERED = QT_TRANSLATE_NOOP("ProvetFilters", "'{method}' does not apply to '{path}'.")
NOT_EXPOSABLE = QT_TRANSLATE_NOOP(
    "ProvetFilters", "'{name}' cannot be exposed on {endpoint}: exposable fields are {choices}."
)
NOTHING_EXPOSABLE = QT_TRANSLATE_NOOP(
    "ProvetFilters", "'{name}' cannot be exposed on {endpoint}: it has no exposable field."
)

# Synonyms are sent as typed; the canonical name says how the value is checked.
METHODS: dict[str, str] = {
    "is": "eq",
    "eq": "eq",
    "is_not": "neq",
    "not_eq": "neq",
    "neq": "neq",
    "lt": "lt",
    "lte": "lte",
    "gt": "gt",
    "gte": "gte",
    "range": "range",
    "not_in_range": "range",
    "contains": "text",
    "contains_not": "text",
    "icontains": "text",
    "icontains_not": "text",
    "in": "list",
    "not_in": "list",
    "is_null": "null",
}
# The order a person sees them in a picker.
METHOD_NAMES = tuple(METHODS)

ORDERED_KINDS = {Kind.INT, Kind.DECIMAL, Kind.DATETIME, Kind.DATE, Kind.REF, Kind.REFS, Kind.STR}
DATETIME_FORMAT_HINT = "YYYY-MM-DD hh:mm+hh:mm (e.g. 2017-12-24 15:30+00:00)"
_DATETIME_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})$"
)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def format_datetime(value: dt.datetime) -> str:
    """The seed's format: ``YYYY-MM-DD hh:mm+hh:mm``."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime")
    offset = value.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{value.year:04d}-{value:%m-%d %H:%M}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_datetime(text: str) -> dt.datetime:
    """Read the seed's format (seconds and ``T``/``Z`` tolerated); raises ValueError."""
    m = _DATETIME_RE.match(text.strip())
    if not m:
        raise ValueError(text)
    year, month, day, hour, minute, second, zone = m.groups()
    if zone == "Z":
        tz = dt.UTC
    else:
        digits = zone[1:].replace(":", "")
        delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tz = dt.timezone(delta if zone[0] == "+" else -delta)
    return dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), tzinfo=tz)


@dataclass(frozen=True)
class Filter:
    """One ``field__method=value`` filter as a person writes it."""

    field: str  # "complaint", or dotted "client.firstname"
    method: str  # one of METHODS
    value: Any  # a scalar, a (from, to) pair for ranges, a list for in/not_in, a bool for is_null

    @classmethod
    def parse(cls, text: str) -> Filter:
        """``FIELD__METHOD=VALUE`` as typed on the command line."""
        key, sep, value = text.partition("=")
        if not sep:
            raise FilterRefused(NO_VALUE, field="filter", text=text)
        field_name, sep, method = key.strip().rpartition("__")
        if not sep or not field_name:
            raise FilterRefused(NO_METHOD, field="filter", text=key, choices=", ".join(METHOD_NAMES))
        return cls(field_name, method, value)


@dataclass(frozen=True)
class Query:
    """An endpoint, its filters (all or any), and the relations to expose."""

    endpoint: str
    filters: tuple[Filter, ...] = ()
    any_of: bool = False  # filter_type=or
    expose: tuple[str, ...] = ()

    def params(self) -> list[tuple[str, str]]:
        """The query string Provet reads; InputError naming the first wrong filter."""
        return build_params(self.endpoint, self.filters, any_of=self.any_of, expose=self.expose)


def resolve_field(ep: Endpoint, path: str) -> Field:
    """``complaint`` or ``client.firstname`` (one or more dots through relations)."""
    parts = path.strip().split(".")
    current = ep
    for i, part in enumerate(parts):
        found = current.fields.get(part)
        shown = ".".join(parts[: i + 1])
        if found is None:
            raise FilterRefused(
                UNKNOWN_FIELD,
                field=path,
                shown=shown,
                endpoint=current.name,
                choices=", ".join(sorted(current.fields)),
            )
        if i == len(parts) - 1:
            return found
        if not found.is_relation:
            raise FilterRefused(NOT_RELATED, field=path, shown=shown, whole=path)
        current = ENDPOINTS[found.target]
    raise FilterRefused(EMPTY_FIELD, field=path, whole=path)  # pragma: no cover


def _scalar(kind: Kind, value: Any, path: str) -> str:
    """One value rendered the way Provet reads it; InputError naming the field otherwise."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "":
        raise FilterRefused(NEEDS_VALUE, field=path, path=path)
    if kind in (Kind.INT, Kind.REF, Kind.REFS):
        if isinstance(value, bool):
            raise FilterRefused(NOT_AN_ID, field=path, path=path, value=value)
        try:
            number = int(str(value), 10)
        except ValueError:
            template = NOT_WHOLE if kind == Kind.INT else NOT_AN_ID
            raise FilterRefused(template, field=path, path=path, value=value) from None
        return str(number)
    if kind == Kind.DECIMAL:
        try:
            dec = Decimal(str(value))
        except InvalidOperation:
            raise FilterRefused(NOT_A_NUMBER, field=path, path=path, value=value) from None
        if not dec.is_finite():
            raise FilterRefused(NOT_FINITE, field=path, path=path, value=value)
        return str(dec)
    if kind == Kind.BOOL:
        if isinstance(value, bool):
            return "true" if value else "false"
        text = str(value).lower()
        if text in ("true", "false"):
            return text
        raise FilterRefused(NOT_A_FLAG, field=path, path=path, value=value)
    if kind == Kind.DATETIME:
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise FilterRefused(NO_ZONE, field=path, path=path, hint=DATETIME_FORMAT_HINT)
            return format_datetime(value)
        try:
            return format_datetime(parse_datetime(str(value)))
        except ValueError:
            raise FilterRefused(
                NOT_A_MOMENT, field=path, path=path, hint=DATETIME_FORMAT_HINT, value=value
            ) from None
    if kind == Kind.DATE:
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = str(value)
        try:
            if not _DATE_RE.match(text):
                raise ValueError(text)
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise FilterRefused(NOT_A_DATE, field=path, path=path, value=value) from None
    text = str(value)
    if any(ord(c) < 32 for c in text):
        raise FilterRefused(CONTROL_CHARACTERS, field=path, path=path)
    if any("\ud800" <= c <= "\udfff" for c in text):  # cannot be sent: not encodable as UTF-8
        raise FilterRefused(NOT_TEXT, field=path, path=path)
    return text


def _split(value: Any) -> list[Any]:
    if isinstance(value, str):
        return [v for v in (p.strip() for p in value.split(",")) if v != ""]
    if isinstance(value, Iterable) and not isinstance(value, bytes | dict):
        return list(value)
    return [value]


def filter_param(ep: Endpoint, f: Filter) -> tuple[str, str]:
    """One filter as its query parameter, checked against the endpoint's fields."""
    method = f.method.strip()
    family = METHODS.get(method)
    if family is None:
        raise FilterRefused(
            UNKNOWN_METHOD, field=f.field, name=method, whole=f.field, choices=", ".join(METHOD_NAMES)
        )
    fld = resolve_field(ep, f.field)
    path = f.field.strip()
    key = f"{path}__{method}"
    if family == "null":
        return key, _scalar(Kind.BOOL, f.value, path)
    if family == "text":
        if fld.kind != Kind.STR:
            raise FilterRefused(TEXT_ONLY, field=path, path=path, method=method)
        return key, _scalar(Kind.STR, f.value, path)
    if fld.kind == Kind.BOOL and family not in ("eq", "neq"):
        raise FilterRefused(FLAG_METHODS, field=path, path=path)
    if family == "range":
        values = _split(f.value)
        if len(values) != 2:
            raise FilterRefused(RANGE_NEEDS_TWO, field=path, path=path, method=method, count=len(values))
        if fld.kind == Kind.STR:
            raise FilterRefused(RANGE_NOT_TEXT, field=path, path=path, method=method)
        return key, ",".join(_scalar(fld.kind, v, path) for v in values)
    if family == "list":
        values = _split(f.value)
        if not values:
            raise FilterRefused(LIST_NEEDS_ONE, field=path, path=path, method=method)
        rendered = [_scalar(fld.kind, v, path) for v in values]
        if any("," in r for r in rendered):
            raise FilterRefused(LIST_COMMA, field=path, path=path, method=method)
        return key, ",".join(rendered)
    if family in ("lt", "lte", "gt", "gte") and fld.kind not in ORDERED_KINDS:
        raise FilterRefused(NOT_ORDERED, field=path, path=path, method=method)  # pragma: no cover
    return key, _scalar(fld.kind, f.value, path)


def build_params(
    endpoint_name: str,
    filters: Sequence[Filter] = (),
    *,
    any_of: bool = False,
    expose: Sequence[str] = (),
) -> list[tuple[str, str]]:
    """(key, value) pairs in the order given; raises InputError naming the bad field."""
    ep = endpoint(endpoint_name)
    params = [filter_param(ep, f) for f in filters]
    if any_of:
        params.append(("filter_type", "or"))
    for name in expose:
        name = name.strip()
        if name not in ep.expose:
            if not ep.expose:
                raise FilterRefused(NOTHING_EXPOSABLE, field=name, name=name, endpoint=ep.name)
            raise FilterRefused(
                NOT_EXPOSABLE, field=name, name=name, endpoint=ep.name, choices=", ".join(ep.expose)
            )
        params.append((f"expose_{name}", ""))
    return params


def readable_query(params: Sequence[tuple[str, str]]) -> str:
    """The seed's notation: spaces and colons as typed, ``+`` as ``%2B`` (what a person reads)."""
    return "&".join(
        f"{urllib.parse.quote(k, safe='._')}={urllib.parse.quote(v, safe=' :,.-_')}" if v != "" else k
        for k, v in params
    )
