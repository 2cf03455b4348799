"""The Omnidoc request form (seed 002, interop v1.4): the prefill URL's field names, and the API body."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app.core.errors import InputError
from app.core.pydantic_sentences import problem
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.omnidoc.fields import AUTHOR, PATIENT_FIELDS, URL_FIELDS, normalise_all

__all__ = ["PATIENT_FIELDS", "URL_FIELDS", "OmnidocForm", "form_from_json"]

MAX_CONTEXT_BYTES = 16 * 1024


def _has_surrogate(value: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in value)


# Why a form value is refused (the field's name filled in when the form is read).
_NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "The form's field {name} contains a character that is not text (a lone surrogate)."
)
_NOT_JSON = QT_TRANSLATE_NOOP(
    "errors", "The form's field {name} must be a JSON object of text, numbers, lists and objects."
)
_TOO_BIG = QT_TRANSLATE_NOOP("errors", "The form's field {name} must be under {kb} KB of JSON.")


def _said(template: str, **args: Any) -> Sentence:
    return Sentence("errors", template, **args)


class OmnidocForm(BaseModel):
    """Every field is optional (seed: "Tous les champs sont optionnels"); values are kept as typed
    and normalised when sent (:meth:`normalised`, :meth:`api_body`).

    ``author_rpps`` and ``context`` are the API body's own fields (a form file may carry them)."""

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
    author_rpps: str = ""
    context: dict[str, Any] = Field(default_factory=dict)

    @field_validator(*URL_FIELDS, AUTHOR)
    @classmethod
    def _encodable(cls, value: str) -> str:
        # A form file's "\ud800" decodes to a lone surrogate: no URL, JSON body or database takes it.
        if _has_surrogate(value):
            raise ValueError(_said(_NOT_TEXT))
        return value

    @field_validator("context")
    @classmethod
    def _json_object(cls, value: dict[str, Any]) -> dict[str, Any]:
        # Passed as is to Omnidoc and back in its notifications: it must be JSON, and small.
        try:
            size = len(json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8"))
        except (TypeError, ValueError, RecursionError, UnicodeEncodeError):
            raise ValueError(_said(_NOT_JSON)) from None
        if size > MAX_CONTEXT_BYTES:
            raise ValueError(_said(_TOO_BIG, kb=MAX_CONTEXT_BYTES // 1024))
        return value

    def filled(self) -> dict[str, str]:
        """The filled URL fields as typed, in the seed's order."""
        return {name: getattr(self, name) for name in URL_FIELDS if str(getattr(self, name)).strip()}

    def normalised(self) -> dict[str, str]:
        """The filled URL fields as Omnidoc receives them, in the seed's order (FormInvalid if one
        cannot be normalised)."""
        return normalise_all(self.filled())

    def api_body(self, author_rpps: str, context: dict[str, Any]) -> dict[str, Any]:
        """The draft's JSON body (seed: "Structure du body"), every value normalised.

        The form's own author and context come first; ``author_rpps`` (the settings') is the
        default author, ``context`` is added to the form's (its keys win)."""
        author = self.author_rpps if self.author_rpps.strip() else author_rpps
        values = normalise_all({**self.filled(), AUTHOR: author})
        patient: dict[str, Any] = {
            name: values[f"patient_{name}"] for name in PATIENT_FIELDS if f"patient_{name}" in values
        }
        if "birth_order" in patient:
            patient["birth_order"] = int(patient["birth_order"])  # seed: "birth_order: entier"
        body: dict[str, Any] = {"patient": patient, "context": {**self.context, **context}}
        for name in (AUTHOR, "recipient_rpps", "text"):
            if name in values:
                body[name] = values[name]
        return body


def form_from_json(data: Any) -> OmnidocForm:
    """A form file: the seed's ``patient_*`` names, or the API's nested ``patient`` object; its
    ``author_rpps`` and ``context`` are kept."""
    if not isinstance(data, dict):
        raise refused(QT_TRANSLATE_NOOP("errors", "The form file must hold a JSON object."), "form")
    flat: dict[str, Any] = {k: v for k, v in data.items() if k not in ("patient", "context")}
    patient = data.get("patient")
    if patient is not None:
        if not isinstance(patient, dict):
            raise refused(QT_TRANSLATE_NOOP("errors", "'patient' must be an object."), "patient")
        for key, value in patient.items():
            flat[f"patient_{key}"] = value
    unknown = sorted(k for k in flat if k not in (*URL_FIELDS, AUTHOR))
    if unknown:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Not a field of the form: {unknown}. Expected: {expected}."),
            unknown[0],
            unknown=", ".join(unknown),
            expected=", ".join((*URL_FIELDS, AUTHOR)),
        )
    for key, value in flat.items():
        if isinstance(value, dict | list):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors", "The form's field {key} must be text or a number, not a list or object."
                ),
                key,
                key=key,
            )
    context = data.get("context")
    if context is not None and not isinstance(context, dict):
        raise refused(
            QT_TRANSLATE_NOOP("errors", "'context' must be a JSON object (e.g. {example})."),
            "context",
            example='{"id": "1234"}',
        )
    values: dict[str, Any] = {k: "" if v is None else str(v) for k, v in flat.items()}
    if context:
        values["context"] = context
    try:
        return OmnidocForm(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "form"
        error = (first.get("ctx") or {}).get("error")
        said = error.args[0] if isinstance(error, ValueError) and error.args else None
        if isinstance(said, Sentence):  # one of the validators' templates, named here
            raise InputError(Sentence("errors", said.template, name=name, **said.args), field=name) from None
        raise refused(  # pydantic's own check, in words
            QT_TRANSLATE_NOOP("errors", "The form's field {name}: {problem}."),
            name,
            name=name,
            problem=problem(first),
        ) from None
