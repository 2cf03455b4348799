"""Field-by-field checks of the form: a sentence per field that is wrong, warnings apart."""

from __future__ import annotations

import datetime as dt
import re

from app.core.validators import (
    check_digits,
    check_insee,
    check_iso_date,
    check_nir,
    check_phone,
    check_rpps,
    nir_warnings,
)
from app.integrations.omnidoc.models import OmnidocForm

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def errors(form: OmnidocForm) -> dict[str, str]:
    """Field name → what is wrong, for filled fields only (everything is optional)."""
    out: dict[str, str] = {}

    def check(name: str, reason: str | None) -> None:
        if reason:
            out[name] = reason

    f = form
    if f.patient_nir.strip():
        check("patient_nir", check_nir(f.patient_nir))
    if f.patient_nir_cert.strip():
        check("patient_nir_cert", check_nir(f.patient_nir_cert))
    if f.patient_birth_place.strip():
        check("patient_birth_place", check_insee(f.patient_birth_place))
    if f.patient_gender.strip() and f.patient_gender.strip() not in ("M", "F"):
        out["patient_gender"] = "Gender must be M or F."
    if f.patient_birth_date.strip():
        reason = check_iso_date(f.patient_birth_date)
        if reason is None and dt.date.fromisoformat(f.patient_birth_date.strip()) > dt.date.today():
            reason = "The birth date is in the future."
        check("patient_birth_date", reason)
    for name, length, label in (
        ("patient_birth_order", 1, "Birth order"),
        ("patient_regime", 2, "Regime"),
        ("patient_centre", 4, "Centre"),
        ("patient_caisse", 3, "Caisse"),
        ("patient_gestion", 2, "Gestion"),
    ):
        if getattr(f, name).strip():
            check(name, check_digits(getattr(f, name), length, label))
    if f.patient_phone.strip():
        check("patient_phone", check_phone(f.patient_phone))
    if f.patient_email.strip() and not _EMAIL.match(f.patient_email.strip()):
        out["patient_email"] = "E-mail address is not valid."
    if f.recipient_rpps.strip():
        check("recipient_rpps", check_rpps(f.recipient_rpps))
    return out


def warnings(form: OmnidocForm) -> dict[str, str]:
    """Consistency of the NIR with the birth date and gender: shown, never blocking."""
    out: dict[str, str] = {}
    birth = None
    if form.patient_birth_date.strip() and check_iso_date(form.patient_birth_date) is None:
        birth = dt.date.fromisoformat(form.patient_birth_date.strip())
    for name in ("patient_nir_cert", "patient_nir"):
        value = getattr(form, name)
        # The insured (nir) may be a parent: only the beneficiary's NIR (nir_cert) must match the patient.
        gender = form.patient_gender.strip() or None
        found = nir_warnings(value, birth, gender) if value.strip() else []
        if name == "patient_nir" and form.patient_nir_cert.strip():
            continue
        if found:
            out[name] = " ".join(found)
    return out
