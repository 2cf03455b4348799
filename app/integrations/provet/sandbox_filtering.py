"""The sandbox's reading of Provet's lists: rendering objects and filtering them as the API does.

Objects render as the seed shows them (relations as URLs, or whole objects with
``expose_<field>``; dates and decimals as Provet writes them); a query's ``field__method=value``
filters (dotted related fields, every method of the seed, negations, ``filter_type=or``) are
matched for real, and a bad one is refused with DRF's per-field message.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from app.integrations.provet.sandbox_catalogue import (
    BOOL,
    DATE,
    DATETIME,
    DECIMAL,
    ENDPOINTS,
    INT,
    REF,
    REFS,
    STR,
    SField,
)

NEGATED = {"is_not", "not_eq", "neq", "not_in_range", "contains_not", "icontains_not", "not_in"}
POSITIVE = {
    "is": "eq", "eq": "eq", "is_not": "eq", "not_eq": "eq", "neq": "eq",
    "lt": "lt", "lte": "lte", "gt": "gt", "gte": "gte",
    "range": "range", "not_in_range": "range",
    "contains": "contains", "contains_not": "contains",
    "icontains": "icontains", "icontains_not": "icontains",
    "in": "in", "not_in": "in", "is_null": "is_null",
}  # fmt: skip
_DT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")
UTC = dt.UTC


class BadFilter(Exception):
    """A filter the API refuses, with the parameter it names."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


def iso(value: dt.datetime) -> str:
    """A datetime as Provet writes it (UTC, Z)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_dt(text: str) -> dt.datetime:
    """A datetime as Provet reads it in a filter."""
    m = _DT.match(text.strip())
    if not m:
        raise ValueError(text)
    day, hm, sec, zone = m.groups()
    zone = "+00:00" if zone == "Z" else zone
    if ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    return dt.datetime.fromisoformat(f"{day}T{hm}{(sec or ':00')[:3]}{zone}")


class ObjectQueries:
    """Rendering and filtering over the sandbox's objects (a part of ``ProvetSandbox``)."""

    objects: dict[str, dict[int, dict[str, Any]]]

    def render(
        self, base: str, endpoint: str, obj: dict[str, Any], expose: frozenset[str] | set[str] = frozenset()
    ) -> dict[str, Any]:
        """An object as the API returns it (relations as URLs, or exposed)."""
        ep = ENDPOINTS[endpoint]
        out: dict[str, Any] = {"id": obj["id"], "url": f"{base}{endpoint}/{obj['id']}/"}
        for name, fld in ep.fields.items():
            if name == "id":
                continue
            out[name] = self._value(base, fld, obj.get(name), name in expose)
        if endpoint == "consultation":
            out["consultation_items"] = [
                f"{base}consultationitem/{i}/" for i in obj.get("consultation_items", [])
            ]
            out["reporting_dimension_1"] = obj.get("reporting_dimension_1")
            out["reporting_dimension_2"] = obj.get("reporting_dimension_2")
        return out

    def _value(self, base: str, fld: SField, value: Any, exposed: bool) -> Any:
        if value is None:
            return [] if fld.kind == REFS else None
        if fld.kind in (REF, REFS):
            ids = value if fld.kind == REFS else [value]
            rendered: list[Any]
            if exposed:
                rendered = [
                    self.render(base, fld.target, self.objects[fld.target][i])
                    for i in ids
                    if i in self.objects[fld.target]
                ]
            else:
                rendered = [f"{base}{fld.target}/{i}/" for i in ids]
            return rendered if fld.kind == REFS else (rendered[0] if rendered else None)
        if fld.kind == DATETIME:
            return iso(value)
        if fld.kind == DATE:
            return value.isoformat()
        if fld.kind == DECIMAL:
            return f"{value:.2f}"
        return value

    # ------------------------------------------------------------ filtering

    def _resolve(
        self, endpoint: str, obj: dict[str, Any], path: list[str], key: str
    ) -> tuple[str, list[Any]]:
        ep = ENDPOINTS[endpoint]
        fld = ep.fields.get(path[0])
        if fld is None:
            raise BadFilter(key, f"Unknown field '{path[0]}' for filtering {endpoint}.")
        raw = obj.get(path[0])
        if len(path) == 1:
            if fld.kind == REFS:
                return INT, list(raw or [])
            return (INT if fld.kind == REF else fld.kind), [raw]
        if not fld.is_relation:
            raise BadFilter(key, f"'{path[0]}' is not a relation.")
        ids = list(raw or []) if fld.kind == REFS else ([raw] if raw is not None else [])
        kind: str | None = None
        values: list[Any] = []
        for i in ids:
            target = self.objects[fld.target].get(i)
            if target is None:
                continue
            kind, found = self._resolve(fld.target, target, path[1:], key)
            values.extend(found)
        if kind is None:  # no related object: still check the path is valid
            kind, _ = self._resolve(fld.target, {}, path[1:], key)
            values = [None]
        return kind, values

    @staticmethod
    def _convert(kind: str, text: str, key: str) -> Any:
        try:
            if kind in (INT, REF, REFS):
                return int(text)
            if kind == DECIMAL:
                return Decimal(text)
            if kind == DATETIME:
                return parse_dt(text)
            if kind == DATE:
                return dt.date.fromisoformat(text)
            if kind == BOOL:
                if text.lower() in ("true", "1"):
                    return True
                if text.lower() in ("false", "0"):
                    return False
                raise ValueError(text)
        except (ValueError, InvalidOperation):
            what = {
                DATETIME: "Enter a valid date/time.",
                DATE: "Enter a valid date.",
                BOOL: "Enter true or false.",
                DECIMAL: "Enter a number.",
            }.get(kind, "Enter a whole number.")
            raise BadFilter(key, what) from None
        return text

    def _matches(self, kind: str, values: list[Any], method: str, raw: str, key: str) -> bool:
        positive = POSITIVE[method]
        if positive == "is_null":
            want = self._convert(BOOL, raw, key)
            empty = all(v is None for v in values) or not values
            return empty == want
        if positive in ("contains", "icontains") and kind != STR:
            raise BadFilter(key, f"'{method}' applies to text fields only.")
        if positive == "range":
            parts = raw.split(",")
            if len(parts) != 2:
                raise BadFilter(key, "Range needs two values [from,to].")
            low, high = (self._convert(kind, p, key) for p in parts)
            result = any(v is not None and low <= v <= high for v in values)
        elif positive == "in":
            wanted = {self._convert(kind, p, key) for p in raw.split(",") if p != ""}
            result = any(v in wanted for v in values)
        elif positive in ("contains", "icontains"):
            needle = raw.lower() if positive == "icontains" else raw
            result = any(
                v is not None and needle in (v.lower() if positive == "icontains" else v) for v in values
            )
        else:
            target = self._convert(kind, raw, key)
            ops = {
                "eq": lambda v: v == target,
                "lt": lambda v: v < target,
                "lte": lambda v: v <= target,
                "gt": lambda v: v > target,
                "gte": lambda v: v >= target,
            }
            op = ops[positive]
            result = any(v is not None and op(v) for v in values)
        return not result if method in NEGATED else result

    def query(self, endpoint: str, params: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """The objects of an endpoint matching the request's filters."""
        filters: list[tuple[str, list[str], str, str]] = []
        any_of = False
        for key, value in params:
            if key in ("page", "page_size", "format") or key.startswith("expose_"):
                continue
            if key == "filter_type":
                if value not in ("and", "or"):
                    raise BadFilter(key, "Select a valid choice: and, or.")
                any_of = value == "or"
                continue
            path, sep, method = key.rpartition("__")
            if not sep or method not in POSITIVE:
                raise BadFilter(key, f"Unknown filter '{key}': use field__method=value.")
            filters.append((key, path.split("."), method, value))
        objects = [self.objects[endpoint][i] for i in sorted(self.objects[endpoint])]
        if not filters:
            return objects
        for fkey, fpath, _method, _raw in filters:  # validate fields even when nothing matches
            self._resolve(endpoint, {}, fpath, fkey)
        out = []
        for obj in objects:
            results = (
                self._matches(*self._resolve(endpoint, obj, path, key), method, raw, key)
                for key, path, method, raw in filters
            )
            if any(results) if any_of else all(results):
                out.append(obj)
        return out
