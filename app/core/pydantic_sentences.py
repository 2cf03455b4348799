"""pydantic's validation errors as sentences in the user's language, never its English ``msg``.

A validator refuses a value with :func:`invalid` (a ``QT_TRANSLATE_NOOP("errors", …)`` template
saying what is expected, its values apart); pydantic keeps that exception in the error's ``ctx``
and :func:`problem` reads it back. pydantic's own checks (a whole number, at most N, one of …)
get a template per error type here. Only :mod:`app.core.tr` is imported: settings use it too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from app.core.tr import QT_TRANSLATE_NOOP, Sentence

CONTEXT = "errors"


def invalid(template: str, **values: Any) -> ValueError:
    """The ValueError a validator raises: ``template`` (a ``QT_TRANSLATE_NOOP("errors", …)``
    sentence saying what is expected) with its ``values``, shown in the user's language."""
    return ValueError(Sentence(CONTEXT, template, **values))


_REQUIRED = QT_TRANSLATE_NOOP("errors", "a value is required")
_WHOLE = QT_TRANSLATE_NOOP("errors", "a whole number is expected, not '{value}'")
_NUMBER = QT_TRANSLATE_NOOP("errors", "a number is expected, not '{value}'")
_FINITE = QT_TRANSLATE_NOOP("errors", "a finite number is expected, not '{value}'")
_YES_NO = QT_TRANSLATE_NOOP("errors", "true or false is expected, not '{value}'")
_AT_MOST = QT_TRANSLATE_NOOP("errors", "at most {le} is allowed, not {value}")
_AT_LEAST = QT_TRANSLATE_NOOP("errors", "at least {ge} is required, not {value}")
_BELOW = QT_TRANSLATE_NOOP("errors", "a value below {lt} is required, not {value}")
_ABOVE = QT_TRANSLATE_NOOP("errors", "a value above {gt} is required, not {value}")
_ONE_OF = QT_TRANSLATE_NOOP("errors", "one of {expected} is expected, not '{value}'")
_NOT_EMPTY = QT_TRANSLATE_NOOP("errors", "must not be empty")
_SHORT = QT_TRANSLATE_NOOP("errors", "at least {min_length} characters are expected")
_LONG = QT_TRANSLATE_NOOP("errors", "at most {max_length} characters are allowed")
_TEXT = QT_TRANSLATE_NOOP("errors", "text is expected")
_LIST = QT_TRANSLATE_NOOP("errors", "a list is expected")
_OBJECT = QT_TRANSLATE_NOOP("errors", "a JSON object is expected")
_DATE = QT_TRANSLATE_NOOP("errors", "a date YYYY-MM-DD is expected, not '{value}'")
_DATETIME = QT_TRANSLATE_NOOP("errors", "a date and time YYYY-MM-DDThh:mm:ss is expected, not '{value}'")
_SHAPE = QT_TRANSLATE_NOOP("errors", "'{value}' does not have the expected form")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("errors", "is not a known field")
_CANNOT = QT_TRANSLATE_NOOP("errors", "'{value}' cannot be used here")

_BY_TYPE: dict[str, str] = {
    "missing": _REQUIRED,
    "int_parsing": _WHOLE,
    "int_type": _WHOLE,
    "int_from_float": _WHOLE,
    "int_parsing_size": _WHOLE,
    "float_parsing": _NUMBER,
    "float_type": _NUMBER,
    "decimal_parsing": _NUMBER,
    "decimal_type": _NUMBER,
    "finite_number": _FINITE,
    "decimal_max_digits": _NUMBER,
    "bool_parsing": _YES_NO,
    "bool_type": _YES_NO,
    "less_than_equal": _AT_MOST,
    "greater_than_equal": _AT_LEAST,
    "less_than": _BELOW,
    "greater_than": _ABOVE,
    "literal_error": _ONE_OF,
    "enum": _ONE_OF,
    "string_too_long": _LONG,
    "string_type": _TEXT,
    "list_type": _LIST,
    "dict_type": _OBJECT,
    "model_type": _OBJECT,
    "model_attributes_type": _OBJECT,
    "date_parsing": _DATE,
    "date_type": _DATE,
    "date_from_datetime_parsing": _DATE,
    "datetime_parsing": _DATETIME,
    "datetime_type": _DATETIME,
    "datetime_from_date_parsing": _DATETIME,
    "string_pattern_mismatch": _SHAPE,
    "extra_forbidden": _UNKNOWN_FIELD,
}
SHOWN_CHARS = 60  # a value longer than that is cut: the sentence names it, it does not dump it


def shown(value: Any) -> str:
    """A refused value as a sentence quotes it: its text, or compact JSON, cut at SHOWN_CHARS."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value)
    else:
        text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _choices(expected: Any) -> str:
    """pydantic's "'a', 'b' or 'c'" as "a, b, c" (its English "or" never reaches a sentence)."""
    found = re.findall(r"'([^']*)'", str(expected))
    return ", ".join(choice or '""' for choice in found) if found else str(expected)  # "": empty


def problem(error: Mapping[str, Any]) -> Sentence:
    """What is wrong with one pydantic error (an item of ``ValidationError.errors()``), as a
    translatable sentence: the validator's own :func:`invalid` template, or pydantic's check's."""
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    raised = ctx.get("error")
    said = raised.args[0] if isinstance(raised, ValueError) and raised.args else None
    if isinstance(said, Sentence):
        return said
    kind = str(error.get("type", ""))
    template = _BY_TYPE.get(kind, _CANNOT)
    if kind == "string_too_short":
        template = _NOT_EMPTY if ctx.get("min_length") == 1 else _SHORT
    values = {k: shown(v) for k, v in ctx.items() if k != "error"}
    if "expected" in values:
        values["expected"] = _choices(ctx["expected"])
    if "{value}" in template:  # only a value the sentence quotes is kept (never a whole section)
        values["value"] = shown(error.get("input"))
    return Sentence(CONTEXT, template, **values)


def where(loc: Iterable[Any]) -> str:
    """A pydantic location as a dotted name: ("totvs_rh", "server_timezone") → "totvs_rh.server_timezone"."""
    return ".".join(str(part) for part in loc)


_LOCATED = QT_TRANSLATE_NOOP("errors", "{field}: {problem}")


def located(error: Mapping[str, Any], field: str | None = None) -> Sentence:
    """ "field: problem" for one pydantic error (``field``: its dotted location by default)."""
    name = field if field is not None else where(error.get("loc", ()))
    if not name:
        return problem(error)
    return Sentence(CONTEXT, _LOCATED, field=name, problem=problem(error))


_AND = QT_TRANSLATE_NOOP("errors", "{first}; {rest}")


def problems(errors: Iterable[Mapping[str, Any]], *, limit: int = 5, named: bool = True) -> str:
    """The first ``limit`` errors, "field: problem; field: problem" (``named=False``: the problems
    alone), each translated on its own and the list too (French puts a space before the ";")."""
    said = [located(e) if named else problem(e) for e in list(errors)[:limit]]
    if not said:
        return ""
    listed: str = said[-1]
    for earlier in reversed(said[:-1]):
        listed = Sentence(CONTEXT, _AND, first=earlier, rest=listed)
    return listed
