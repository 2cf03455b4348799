"""The seed's fields (interop v1.4), in its order, and the one normaliser of each.

What leaves for Omnidoc is the normalised value, whatever was typed: the prefill URL, the API
body and the form's checks all call :func:`normalise` (``shared/specs/apis.md``, Omnidoc).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from app.core.errors import InputError
from app.core.tr import QT_TRANSLATE_NOOP, Joined, Sentence
from app.core.validators import (
    Invalid,
    normalize_birth_date,
    normalize_digits,
    normalize_insee,
    normalize_nir,
    normalize_phone,
    normalize_rpps,
)

# The seed's order ("Résumé"): the URL lists filled fields in this order.
PATIENT_FIELDS = (
    "first_name",
    "last_name",
    "birth_name",
    "birth_place",
    "nir",
    "nir_cert",
    "gender",
    "birth_date",
    "birth_order",
    "regime",
    "centre",
    "caisse",
    "gestion",
    "address",
    "phone",
    "email",
)
URL_FIELDS = (*(f"patient_{f}" for f in PATIENT_FIELDS), "recipient_rpps", "text")
# The API body's own field beside the URL's (the request's author; the URL has none).
AUTHOR = "author_rpps"

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _gender(value: str) -> str:
    v = value.strip().upper()
    if v not in ("M", "F"):
        raise Invalid(QT_TRANSLATE_NOOP("validators", "Gender must be M or F."))
    return v


def _email(value: str) -> str:
    v = value.strip()
    if not _EMAIL.fullmatch(v):
        raise Invalid(QT_TRANSLATE_NOOP("validators", "E-mail address is not valid."))
    return v


def _text(value: str) -> str:
    return value.strip()


def _digits(length: int, template: str) -> Callable[[str], str]:
    return partial(normalize_digits, length=length, template=template)


NORMALISERS: dict[str, Callable[[str], str]] = {
    "patient_birth_place": normalize_insee,
    "patient_nir": normalize_nir,
    "patient_nir_cert": normalize_nir,
    "patient_gender": _gender,
    "patient_birth_date": normalize_birth_date,
    "patient_birth_order": _digits(1, QT_TRANSLATE_NOOP("validators", "Birth order must be 1 digit.")),
    "patient_regime": _digits(2, QT_TRANSLATE_NOOP("validators", "Regime must be 2 digits.")),
    "patient_centre": _digits(4, QT_TRANSLATE_NOOP("validators", "Centre must be 4 digits.")),
    "patient_caisse": _digits(3, QT_TRANSLATE_NOOP("validators", "Caisse must be 3 digits.")),
    "patient_gestion": _digits(2, QT_TRANSLATE_NOOP("validators", "Gestion must be 2 digits.")),
    "patient_phone": normalize_phone,
    "patient_email": _email,
    "recipient_rpps": normalize_rpps,
    AUTHOR: normalize_rpps,
}


class FormInvalid(InputError):
    """Fields that cannot be normalised; ``fields`` maps each to its sentence, ``problems`` to
    the translatable :class:`~app.core.validators.Invalid`."""

    def __init__(self, problems: dict[str, Invalid]) -> None:
        self.problems = problems
        self.fields = {name: str(problem) for name, problem in problems.items()}
        each = [  # each field's sentence keeps its template: the CLI says it in its language
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "{field}: {problem}"),
                field=name,
                problem=Sentence("validators", problem.template, **problem.values),
            )
            for name, problem in problems.items()
        ]
        super().__init__(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "The request cannot be sent: {problems}"),
                problems=Joined(each),
            ),
            field=next(iter(self.fields), None),
        )

    @classmethod
    def from_sentences(cls, fields: dict[str, str]) -> FormInvalid:
        """From plain sentences (the API's own words, e.g. Omnidoc's 422 details)."""
        return cls({name: Invalid("{detail}", detail=message) for name, message in fields.items()})


def normalise(name: str, value: str) -> str:
    """The value Omnidoc receives for field ``name``; raises Invalid when it cannot be normalised.

    Names, address and text are kept as typed, without the surrounding blanks."""
    return NORMALISERS.get(name, _text)(value)


def normalise_all(values: dict[str, str]) -> dict[str, str]:
    """Every filled value normalised, in the given order; FormInvalid names every field refused."""
    out: dict[str, str] = {}
    problems: dict[str, Invalid] = {}
    for name, value in values.items():
        if not value.strip():
            continue
        try:
            out[name] = normalise(name, value)
        except Invalid as exc:
            problems[name] = exc
    if problems:
        raise FormInvalid(problems)
    return out
