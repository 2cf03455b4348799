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
from app.integrations.provet.schema import ENDPOINTS, Endpoint, Field, Kind, endpoint

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
            raise InputError(
                f"The filter '{text}' has no value: write FIELD__METHOD=VALUE (e.g. complaint__icontains=vacc).",
                field="filter",
            )
        field_name, sep, method = key.strip().rpartition("__")
        if not sep or not field_name:
            raise InputError(
                f"The filter '{key}' has no method: write FIELD__METHOD=VALUE with a method among "
                f"{', '.join(METHOD_NAMES)}.",
                field="filter",
            )
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
            raise InputError(
                f"'{shown}' is not a field of {current.name} that can be filtered: choose one of "
                f"{', '.join(sorted(current.fields))}.",
                field=path,
            )
        if i == len(parts) - 1:
            return found
        if not found.is_relation:
            raise InputError(
                f"'{shown}' is not a related object, so '{path}' cannot go further than it.",
                field=path,
            )
        current = ENDPOINTS[found.target]
    raise InputError(f"The filter field '{path}' is empty.", field=path)  # pragma: no cover


def _scalar(kind: Kind, value: Any, path: str) -> str:
    """One value rendered the way Provet reads it; InputError naming the field otherwise."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "":
        raise InputError(f"'{path}' needs a value.", field=path)
    if kind in (Kind.INT, Kind.REF, Kind.REFS):
        if isinstance(value, bool):
            raise InputError(f"'{path}' expects a whole number (an id), not {value!r}.", field=path)
        try:
            number = int(str(value), 10)
        except ValueError:
            raise InputError(
                f"'{path}' expects a whole number{' (an id)' if kind != Kind.INT else ''}, not '{value}'.",
                field=path,
            ) from None
        return str(number)
    if kind == Kind.DECIMAL:
        try:
            dec = Decimal(str(value))
        except InvalidOperation:
            raise InputError(f"'{path}' expects a number such as 12.50, not '{value}'.", field=path) from None
        if not dec.is_finite():
            raise InputError(f"'{path}' expects a finite number, not '{value}'.", field=path)
        return str(dec)
    if kind == Kind.BOOL:
        if isinstance(value, bool):
            return "true" if value else "false"
        text = str(value).lower()
        if text in ("true", "false"):
            return text
        raise InputError(f"'{path}' expects true or false, not '{value}'.", field=path)
    if kind == Kind.DATETIME:
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise InputError(f"'{path}' needs a time zone: {DATETIME_FORMAT_HINT}.", field=path)
            return format_datetime(value)
        try:
            return format_datetime(parse_datetime(str(value)))
        except ValueError:
            raise InputError(
                f"'{path}' expects a date and time with its time zone, {DATETIME_FORMAT_HINT}; "
                f"'{value}' is not one.",
                field=path,
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
            raise InputError(f"'{path}' expects a date YYYY-MM-DD, not '{value}'.", field=path) from None
    text = str(value)
    if any(ord(c) < 32 for c in text):
        raise InputError(f"'{path}' cannot contain control characters.", field=path)
    if any("\ud800" <= c <= "\udfff" for c in text):  # cannot be sent: not encodable as UTF-8
        raise InputError(f"'{path}' contains a character that is not text.", field=path)
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
        raise InputError(
            f"'{method}' is not a filter method (for '{f.field}'): use one of {', '.join(METHOD_NAMES)}.",
            field=f.field,
        )
    fld = resolve_field(ep, f.field)
    path = f.field.strip()
    key = f"{path}__{method}"
    if family == "null":
        return key, _scalar(Kind.BOOL, f.value, path)
    if family == "text":
        if fld.kind != Kind.STR:
            raise InputError(f"'{method}' only applies to text; '{path}' is not text.", field=path)
        return key, _scalar(Kind.STR, f.value, path)
    if fld.kind == Kind.BOOL and family not in ("eq", "neq"):
        raise InputError(f"'{path}' is true or false: use is, is_not or is_null.", field=path)
    if family == "range":
        values = _split(f.value)
        if len(values) != 2:
            raise InputError(
                f"'{method}' on '{path}' needs two values, from and to (got {len(values)}).", field=path
            )
        if fld.kind == Kind.STR:
            raise InputError(f"'{method}' does not apply to text ('{path}').", field=path)
        return key, ",".join(_scalar(fld.kind, v, path) for v in values)
    if family == "list":
        values = _split(f.value)
        if not values:
            raise InputError(f"'{method}' on '{path}' needs at least one value.", field=path)
        rendered = [_scalar(fld.kind, v, path) for v in values]
        if any("," in r for r in rendered):
            raise InputError(f"A value of '{path}' for '{method}' cannot contain a comma.", field=path)
        return key, ",".join(rendered)
    if family in ("lt", "lte", "gt", "gte") and fld.kind not in ORDERED_KINDS:
        raise InputError(f"'{method}' does not apply to '{path}'.", field=path)  # pragma: no cover
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
            choices = ", ".join(ep.expose) or "none"
            raise InputError(
                f"'{name}' cannot be exposed on {ep.name}: exposable fields are {choices}.", field=name
            )
        params.append((f"expose_{name}", ""))
    return params


def readable_query(params: Sequence[tuple[str, str]]) -> str:
    """The seed's notation: spaces and colons as typed, ``+`` as ``%2B`` (what a person reads)."""
    return "&".join(
        f"{urllib.parse.quote(k, safe='._')}={urllib.parse.quote(v, safe=' :,.-_')}" if v != "" else k
        for k, v in params
    )
