"""Identifier checks (python-stdnum where it has them). Each returns an error sentence or None."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from stdnum import ean
from stdnum.br import cnpj
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import nir

from app.core.tr import QT_TRANSLATE_NOOP, Sentence, fill, render

_DIGITS = re.compile(r"\d+")


class Invalid(ValueError):
    """A value that cannot be normalised: a QT_TRANSLATE_NOOP("validators", …) template and its values."""

    def __init__(self, template: str, **args: Any) -> None:
        super().__init__(fill(template, args))
        self.template = template
        self.values = args

    def translated(self, translate: Callable[[str, str], str] | None) -> str:
        """The sentence in the UI's language (``translate``: QCoreApplication.translate; None: English)."""
        return render(self.template, self.values, "validators", translate)


def _clean(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value or "")


def _reason(normalize: Callable[[str], object], value: str) -> str | None:
    try:
        normalize(value)
    except Invalid as exc:
        return str(exc)
    return None


_NIR_REASONS = {
    "InvalidChecksum": QT_TRANSLATE_NOOP("validators", "The NIR's check key (its last 2 digits) is wrong."),
    "InvalidFormat": QT_TRANSLATE_NOOP(
        "validators", "The NIR may hold only digits (and 2A or 2B for Corsica)."
    ),
    "InvalidComponent": QT_TRANSLATE_NOOP("validators", "A part of the NIR is impossible."),
}


def normalize_nir(value: str) -> str:
    """French NIR as sent: 15 characters, spaces, dots and dashes removed, Corsica 2A/2B upper-case."""
    v = _clean(value).upper()
    if len(v) != 15:
        raise Invalid(
            QT_TRANSLATE_NOOP("validators", "NIR must have 15 characters (13 + 2-digit key), got {count}."),
            count=len(v),
        )
    try:
        nir.validate(v)
    except StdnumError as exc:
        raise Invalid(
            _NIR_REASONS.get(type(exc).__name__, QT_TRANSLATE_NOOP("validators", "The NIR is not valid."))
        ) from None
    return v


def check_nir(value: str) -> str | None:
    """French NIR: 15 characters with the 2-digit key; Corsica 2A/2B accepted."""
    return _reason(normalize_nir, value)


_NIR_GENDER = QT_TRANSLATE_NOOP("validators", "The NIR's first digit does not match the gender.")
_NIR_YEAR = QT_TRANSLATE_NOOP("validators", "The NIR's birth year does not match the birth date.")
_NIR_MONTH = QT_TRANSLATE_NOOP("validators", "The NIR's birth month does not match the birth date.")


def nir_warnings(value: str, birth_date: dt.date | None, gender: str | None) -> list[str]:
    """Consistency of a valid NIR with the birth date and gender (warnings, not errors).

    Each warning is a QT_TRANSLATE_NOOP("validators", …) sentence without placeholders."""
    try:
        v = normalize_nir(value)
    except Invalid:
        return []
    out = []
    sex_digit = v[0]
    if gender in ("M", "F"):
        expected = {"M": "1", "F": "2"}[gender]
        if sex_digit in "12" and sex_digit != expected:
            out.append(_NIR_GENDER)
    if birth_date is not None:
        if v[1:3] != f"{birth_date.year % 100:02d}":
            out.append(_NIR_YEAR)
        month = v[3:5]
        if month.isdigit() and 1 <= int(month) <= 12 and int(month) != birth_date.month:
            out.append(_NIR_MONTH)
    return out


def normalize_rpps(value: str) -> str:
    """RPPS as sent: 11 digits; the 12-character identifier's leading 8 (seed: "sans indicateur
    RPPS (8)") is dropped."""
    v = _clean(value)
    if re.fullmatch(r"8[0-9]{11}", v):
        v = v[1:]
    if not re.fullmatch(r"[0-9]{11}", v):
        raise Invalid(QT_TRANSLATE_NOOP("validators", "RPPS must be 11 digits."))
    return v


def check_rpps(value: str) -> str | None:
    """RPPS: 11 digits (no public check-digit rule, so no checksum)."""
    return _reason(normalize_rpps, value)


def normalize_insee(value: str) -> str:
    """INSEE commune code as sent: 5 characters, digits or 2A/2B and 3 digits, upper-case."""
    v = _clean(value).upper()
    if not re.fullmatch(r"[0-9]{5}|2[AB][0-9]{3}", v):
        raise Invalid(
            QT_TRANSLATE_NOOP("validators", "INSEE commune code must be 5 characters (e.g. 35238, 2A004).")
        )
    return v


def check_insee(value: str) -> str | None:
    """INSEE commune code: 5 digits, or 2A/2B and 3 digits (Corsica)."""
    return _reason(normalize_insee, value)


def normalize_phone(value: str) -> str:
    """French phone as sent: the 10-digit national form (+33 6 12 34 56 78, 0033…, +33 (0)6… → 0612345678)."""
    v = re.sub(r"[\s.\-/]", "", value or "")
    v = re.sub(r"^(\+33|0033)\(0\)", r"\1", v)  # +33 (0)6 12 34 56 78
    for prefix in ("+33", "0033"):
        if v.startswith(prefix):
            v = "0" + v[len(prefix) :]
            break
    if not re.fullmatch(r"[0-9]{10}", v):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "validators", "Phone number must have 10 digits (e.g. 06 12 34 56 78), got {count}."
            ),
            count=len(re.sub(r"[^0-9]", "", v)),
        )
    return v


def check_phone(value: str) -> str | None:
    """French phone: 10 digits, or +33/0033 and 9 digits."""
    return _reason(normalize_phone, value)


def normalize_digits(value: str, length: int, template: str, **args: Any) -> str:
    """Exactly ``length`` ASCII digits once spaces, dots and dashes are removed; else ``template``
    (a QT_TRANSLATE_NOOP("validators", …) sentence, filled with ``length`` and ``args``)."""
    v = _clean(value)
    if not re.fullmatch(rf"[0-9]{{{length}}}", v):
        raise Invalid(template, length=length, **args)
    return v


def check_digits(value: str, length: int, name: str) -> str | None:
    """``length`` digits, or a sentence naming ``name``."""
    plural = "s" if length > 1 else ""
    template = "{name} must be {length} digit{plural}."
    return _reason(lambda v: normalize_digits(v, length, template, name=name, plural=plural), value)


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# Day first, as typed in France and Brazil: 12/03/1990, 12.03.1990, 12-03-1990 (one separator).
_DAY_FIRST_DATE = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})")


def normalize_date(value: str) -> str:
    """A day as ``AAAA-MM-JJ``: typed as YYYY-MM-DD or day first (DD/MM/YYYY, with / . or -).

    Nothing else is guessed: 19900312, 12031990, week (1990-W10-1) and ordinal (1990-071)
    dates and two-digit years are refused, since they read more than one way."""
    v = (value or "").strip()
    if match := _ISO_DATE.fullmatch(v):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _DAY_FIRST_DATE.fullmatch(v):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    else:
        raise Invalid(
            QT_TRANSLATE_NOOP("validators", "Write the date as DD/MM/YYYY (e.g. 12/03/1990) or YYYY-MM-DD.")
        )
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP("validators", "This day does not exist in the calendar.")) from None


def normalize_birth_date(value: str, today: dt.date | None = None) -> str:
    """A birth date as ``AAAA-MM-JJ`` (see :func:`normalize_date`), not in the future."""
    iso = normalize_date(value)
    if dt.date.fromisoformat(iso) > (today or dt.date.today()):
        raise Invalid(QT_TRANSLATE_NOOP("validators", "The birth date is in the future."))
    return iso


def _stdnum_check(
    v: str, lengths: tuple[int, ...], length_error: str, validate: Callable[[str], object], name: str
) -> str | None:
    """What is wrong with the cleaned number ``v`` (a ``validators`` Sentence): its length, or
    stdnum's reason; None when valid."""
    if len(v) not in lengths:
        return Sentence("validators", length_error)
    try:
        validate(v)
    except StdnumError as exc:
        return Sentence("validators", _stdnum_reason(exc), name=name)
    return None


def check_gtin(value: str) -> str | None:
    """GTIN-8, -12, -13 or -14 with a right check digit."""
    return _stdnum_check(
        _clean(value),
        (8, 12, 13, 14),
        QT_TRANSLATE_NOOP("validators", "GTIN must have 8, 12, 13 or 14 digits."),
        ean.validate,
        "GTIN",
    )


def check_cnpj(value: str) -> str | None:
    """CNPJ, numeric or the alphanumeric form (from July 2026)."""
    return _stdnum_check(
        _clean(value).upper(),
        (14,),
        QT_TRANSLATE_NOOP("validators", "CNPJ must have 14 characters."),
        cnpj.validate,
        "CNPJ",
    )


def check_iso_date(value: str) -> str | None:
    """Exactly YYYY-MM-DD, a day that exists (no compact, week or ordinal forms)."""
    match = _ISO_DATE.fullmatch((value or "").strip())
    if match:
        try:
            dt.date(int(match[1]), int(match[2]), int(match[3]))
            return None
        except ValueError:
            pass
    return Sentence("validators", QT_TRANSLATE_NOOP("validators", "Date must be YYYY-MM-DD."))


_STDNUM_REASONS = {
    "InvalidChecksum": QT_TRANSLATE_NOOP("validators", "{name} is not valid: the check key is wrong."),
    "InvalidLength": QT_TRANSLATE_NOOP("validators", "{name} is not valid: wrong length."),
    "InvalidFormat": QT_TRANSLATE_NOOP("validators", "{name} is not valid: wrong format."),
    "InvalidComponent": QT_TRANSLATE_NOOP("validators", "{name} is not valid: a part of it is impossible."),
}


def _stdnum_reason(exc: StdnumError) -> str:
    """The template saying why stdnum refused the number."""
    return _STDNUM_REASONS.get(type(exc).__name__, QT_TRANSLATE_NOOP("validators", "{name} is not valid."))
