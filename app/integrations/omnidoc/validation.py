"""Field-by-field checks of the form: a sentence per field that cannot be normalised, warnings apart.

The checks are the normalisers themselves (:mod:`app.integrations.omnidoc.fields`): a value
passes exactly when it can be sent. ``translate`` is ``QCoreApplication.translate`` in the UI,
None for English (the command line, logs).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from app.core.validators import Invalid, nir_warnings
from app.integrations.omnidoc.fields import AUTHOR, FormInvalid, normalise, normalise_all
from app.integrations.omnidoc.models import OmnidocForm

Translate = Callable[[str, str], str]


def problems(form: OmnidocForm) -> dict[str, Invalid]:
    """Field name → why it cannot be sent, for filled fields only (everything is optional)."""
    try:
        normalise_all({**form.filled(), AUTHOR: form.author_rpps})
    except FormInvalid as exc:
        return exc.problems
    return {}


def errors(form: OmnidocForm, translate: Translate | None = None) -> dict[str, str]:
    """Field name → the sentence saying what is wrong, in the UI's language with ``translate``."""
    return {name: problem.translated(translate) for name, problem in problems(form).items()}


def warnings(form: OmnidocForm, translate: Translate | None = None) -> dict[str, str]:
    """Consistency of the NIR with the birth date and gender: shown, never blocking."""
    out: dict[str, str] = {}
    birth = None
    with contextlib.suppress(Invalid):
        birth = dt.date.fromisoformat(normalise("patient_birth_date", form.patient_birth_date))
    gender = form.patient_gender.strip().upper() or None
    # The insured (nir) may be a parent: only the beneficiary's NIR (nir_cert) must match the patient.
    name = "patient_nir_cert" if form.patient_nir_cert.strip() else "patient_nir"
    value = getattr(form, name)
    found = nir_warnings(value, birth, gender) if value.strip() else []
    if found:
        out[name] = " ".join(translate("validators", s) if translate else s for s in found)
    return out
