"""The Omnidoc request form (seed 002, interop v1.4): the prefill URL's field names, and the API body."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from app.core.errors import InputError

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


class OmnidocForm(BaseModel):
    """Every field is optional (seed: "Tous les champs sont optionnels"); values are kept as typed."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    patient_first_name: str = ""
    patient_last_name: str = ""
    patient_birth_name: str = ""
    patient_birth_place: str = ""
    patient_nir: str = ""
    patient_nir_cert: str = ""
    patient_gender: str = ""
    patient_birth_date: str = ""
    patient_birth_order: str = ""
    patient_regime: str = ""
    patient_centre: str = ""
    patient_caisse: str = ""
    patient_gestion: str = ""
    patient_address: str = ""
    patient_phone: str = ""
    patient_email: str = ""
    recipient_rpps: str = ""
    text: str = ""

    @field_validator("*")
    @classmethod
    def _encodable(cls, value: str) -> str:
        # A form file's "\ud800" decodes to a lone surrogate: no URL, JSON body or database takes it.
        if any("\ud800" <= c <= "\udfff" for c in value):
            raise ValueError("contains a character that is not text (a lone surrogate)")
        return value

    def filled(self) -> dict[str, str]:
        """The filled fields, in the seed's order."""
        return {name: getattr(self, name) for name in URL_FIELDS if str(getattr(self, name)).strip()}

    def api_body(self, author_rpps: str, context: dict[str, Any]) -> dict[str, Any]:
        patient: dict[str, Any] = {}
        for name in PATIENT_FIELDS:
            value = getattr(self, f"patient_{name}").strip()
            if not value:
                continue
            if name in ("nir", "nir_cert", "phone"):
                value = value.replace(" ", "")
            patient[name] = int(value) if name == "birth_order" and value.isdigit() else value
        body: dict[str, Any] = {"patient": patient, "context": context}
        if author_rpps:
            body["author_rpps"] = author_rpps
        if self.recipient_rpps.strip():
            body["recipient_rpps"] = self.recipient_rpps.strip()
        if self.text.strip():
            body["text"] = self.text
        return body


def form_from_json(data: Any) -> OmnidocForm:
    """A form file: the seed's ``patient_*`` names, or the API's nested ``patient`` object."""
    if not isinstance(data, dict):
        raise InputError("The form file must hold a JSON object.", field="form")
    flat: dict[str, Any] = {k: v for k, v in data.items() if k not in ("patient", "author_rpps", "context")}
    patient = data.get("patient")
    if patient is not None:
        if not isinstance(patient, dict):
            raise InputError("'patient' must be an object.", field="patient")
        for key, value in patient.items():
            flat[f"patient_{key}"] = value
    unknown = sorted(k for k in flat if k not in URL_FIELDS)
    if unknown:
        raise InputError(
            f"Unknown field(s) in the form: {', '.join(unknown)}. Expected: {', '.join(URL_FIELDS)}.",
            field=unknown[0],
        )
    try:
        return OmnidocForm(**{k: "" if v is None else str(v) for k, v in flat.items()})
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "form"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise InputError(f"The form's field {name} {message}.", field=name) from None
