"""Identifier checks (python-stdnum where it has them). Each returns an error sentence or None."""

from __future__ import annotations

import datetime as dt
import re

from stdnum import ean
from stdnum.br import cnpj
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import nir

_DIGITS = re.compile(r"\d+")


def _clean(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value or "")


def check_nir(value: str) -> str | None:
    """French NIR: 15 characters with the 2-digit key; Corsica 2A/2B accepted."""
    v = _clean(value).upper()
    if len(v) != 15:
        return f"NIR must have 15 characters (13 + 2-digit key), got {len(v)}."
    try:
        nir.validate(v)
    except StdnumError as exc:
        return f"NIR is not valid: {_stdnum_reason(exc)}."
    return None


def nir_warnings(value: str, birth_date: dt.date | None, gender: str | None) -> list[str]:
    """Consistency of a valid NIR with the birth date and gender (warnings, not errors)."""
    v = _clean(value).upper()
    if check_nir(v) is not None:
        return []
    out = []
    sex_digit = v[0]
    if gender in ("M", "F"):
        expected = {"M": "1", "F": "2"}[gender]
        if sex_digit in "12" and sex_digit != expected:
            out.append("The NIR's first digit does not match the gender.")
    if birth_date is not None:
        if v[1:3] != f"{birth_date.year % 100:02d}":
            out.append("The NIR's birth year does not match the birth date.")
        month = v[3:5]
        if month.isdigit() and 1 <= int(month) <= 12 and int(month) != birth_date.month:
            out.append("The NIR's birth month does not match the birth date.")
    return out


def check_rpps(value: str) -> str | None:
    v = _clean(value)
    if not v.isdigit() or len(v) != 11:
        return "RPPS must be 11 digits."
    return None


def check_insee(value: str) -> str | None:
    v = (value or "").strip().upper()
    if not re.fullmatch(r"(\d{5}|2[AB]\d{3})", v):
        return "INSEE commune code must be 5 characters (e.g. 35238, 2A004)."
    return None


def check_phone(value: str) -> str | None:
    v = _clean(value)
    if v.startswith("+33"):
        v = "0" + v[3:]
    if not v.isdigit() or len(v) != 10:
        count = len(re.sub(r"\D", "", v))
        return f"Phone number must have 10 digits, got {count}."
    return None


def check_digits(value: str, length: int, name: str) -> str | None:
    v = (value or "").strip()
    if not v.isdigit() or len(v) != length:
        return f"{name} must be {length} digit{'s' if length > 1 else ''}."
    return None


def check_gtin(value: str) -> str | None:
    v = _clean(value)
    if len(v) not in (8, 12, 13, 14):
        return "GTIN must have 8, 12, 13 or 14 digits."
    try:
        ean.validate(v)
    except StdnumError as exc:
        return f"GTIN is not valid: {_stdnum_reason(exc)}."
    return None


def check_cnpj(value: str) -> str | None:
    """CNPJ, numeric or the alphanumeric form (from July 2026)."""
    v = _clean(value).upper()
    if len(v) != 14:
        return "CNPJ must have 14 characters."
    try:
        cnpj.validate(v)
    except StdnumError as exc:
        return f"CNPJ is not valid: {_stdnum_reason(exc)}."
    return None


def check_iso_date(value: str) -> str | None:
    try:
        dt.date.fromisoformat((value or "").strip())
    except ValueError:
        return "Date must be YYYY-MM-DD."
    return None


def _stdnum_reason(exc: StdnumError) -> str:
    name = type(exc).__name__
    return {
        "InvalidChecksum": "the check key is wrong",
        "InvalidLength": "wrong length",
        "InvalidFormat": "wrong format",
        "InvalidComponent": "a part of it is impossible",
    }.get(name, exc.message if hasattr(exc, "message") else name)
