"""TOTVS wire models: Saúde Planos continuous-medication prescriptions and refunds (seed 003),
RH beneficiaries' co-participation (seed 004). Labels are the seeds' own Portuguese words."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.core.pydantic_sentences import invalid
from app.core.tr import QT_TRANSLATE_NOOP, render

# ---------------------------------------------------------------- label tables (seed wording)

PRESCRIPTION_STATUS: dict[str, str] = {
    "0": "Solicitado (Portal)",
    "1": "Protocolado",
    "2": "Em Analise",
    "3": "Deferido",
    "4": "Indeferido",
    "5": "Deferido Parcialmente",
    "6": "Pendente Inf. beneficiário",
    "A": "Solicitação não concluída",
}

REFUND_STATUS: dict[str, str] = {
    "0": "Solicitado (Portal)",
    "1": "Protocolado",
    "2": "Em analise",
    "3": "Deferido",
    "4": "Indeferido",
    "5": "Em digitação",
    "6": "Lib. financeiro",
    "7": "Não lib. financeiro",
    "8": "Glosado",
    "9": "Auditoria",
    "A": "Solicitação não concluída",
    "B": "Aguardando informação do Beneficiário",
    "C": "Aprovado Parcialmente",
    "D": "Cancelado",
    "E": "Reembolso Revertido",
}

SERVICE_TYPES: dict[str, str] = {
    "1": "Eletivo",
    "2": "PS",
    "3": "Exame",
    "4": "PAC",
    "5": "Material/Medicamento",
    "6": "Internação",
    "7": "Terapia",
    "8": "Taxa/Diária",
    "9": "Case",
    "10": "Reembolso",
    "11": "Remoção",
    "12": "Não Informado",
    "13": "Ambulatório",
}

CONTRACT_TYPES: dict[str, str] = {
    "1": "Assistência Médica",
    "2": "Assistência Odontológica",
    "3": "VR",
    "4": "VA",
    "5": "VT",
    "9": "Outros",
}

EXPIRATION_VALID, EXPIRATION_EXPIRED = "1", "2"

UFS: tuple[str, ...] = (
    "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
    "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
)  # fmt: skip


def label(table: dict[str, str], code: str | None) -> str:
    """ "3 - Deferido"-style text for a code; an unknown code is shown as it came."""
    if code is None or code == "":
        return ""
    name = table.get(str(code).strip().upper())
    return f"{code} - {name}" if name else str(code)


def status_list(codes: list[str] | tuple[str, ...] | set[str]) -> str:
    """The seed's multi-status query value: "0,1,2" in the seed's order."""
    order = list(PRESCRIPTION_STATUS)
    unknown = [c for c in codes if c not in PRESCRIPTION_STATUS]
    if unknown:
        raise invalid(
            QT_TRANSLATE_NOOP("errors", "Unknown prescription status {codes}: expected one of {expected}."),
            codes=", ".join(unknown),
            expected=", ".join(order),
        )
    return ",".join(c for c in order if c in codes)


_NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("errors", "'{value}' is not an amount")


def parse_money(value: Any) -> Decimal:
    """TOTVS money comes as strings ("99.00"); some servers send "99,00". Never through float."""
    if value is None or value == "":
        return Decimal("0")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        raise invalid(
            QT_TRANSLATE_NOOP(
                "errors", "the amount {value} must be sent as text or a decimal, not a binary float"
            ),
            value=value,
        )
    text = str(value).strip()
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise invalid(_NOT_AN_AMOUNT, value=value) from exc
    if not amount.is_finite():  # "NaN", "Infinity": never an amount to store or sum
        raise invalid(_NOT_AN_AMOUNT, value=value)
    return amount


def _canonical(cls: type[BaseModel], data: Any) -> Any:
    """Map keys to the model's aliases case-insensitively (seed vs OpenAPI casings)."""
    if not isinstance(data, dict):
        return data
    by_lower: dict[str, str] = {}
    for name, info in cls.model_fields.items():
        alias = info.alias or name
        by_lower[alias.lower()] = alias
        by_lower[name.lower()] = alias
    out: dict[str, Any] = {}
    for key, value in data.items():
        out[by_lower.get(str(key).lower(), str(key))] = value
    return out


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _any_case(cls, data: Any) -> Any:
        return _canonical(cls, data)


# ---------------------------------------------------------------- Saúde: prescriptions


class PrescriptionItem(_Wire):
    """One medication line of GET continuousMedications."""

    prescription_status: str = ""
    prescription_code: str = ""
    initial_medication_date: str = ""
    final_medication_date: str = ""
    medication_code: str = ""
    medication_description: str = ""
    unit_measure: str = ""
    quantity_authorized: int = 0
    quantity_executed: int = 0
    state_abbreviation: str = ""
    professional_council: str = ""
    professional_council_number: str = ""
    professional_name: str = ""

    @field_validator("*", mode="before")
    @classmethod
    def _unpadded(cls, value: Any) -> Any:
        """Protheus pads character fields with spaces to their width (B4F_REGSOL, BB0_NOME…)."""
        return value.strip() if isinstance(value, str) else value

    @property
    def status_label(self) -> str:
        """ "3 - Deferido"."""
        return label(PRESCRIPTION_STATUS, self.prescription_status)


class MedicationRef(_Wire):
    """One medication of a prescription: table and medication codes (B7D_CODPAD, B7D_CODMED)."""

    table_code: str = Field("", alias="tableCode")
    medication_code: str = Field("", alias="medicationCode")
    medication_description: str = Field("", alias="medicationDescription")

    @field_validator("table_code", "medication_code", mode="before")
    @classmethod
    def _code(cls, value: Any) -> Any:
        return "" if value is None else str(value) if isinstance(value, int) else value


class Attachment(_Wire):
    """A link to a prescription's file, downloaded by Protheus."""

    href: str = ""

    @field_validator("href", mode="before")
    @classmethod
    def _link(cls, value: Any) -> Any:
        return "" if value is None else value


# -- what a clerk reads when the form cannot be sent (QT_TRANSLATE_NOOP "PrescriptionForm") -------

FORM_CONTEXT = "PrescriptionForm"
FIELD_LABELS: dict[str, str] = {
    "healthInsurerCode": QT_TRANSLATE_NOOP("PrescriptionForm", "Health insurer code"),
    "subscriberId": QT_TRANSLATE_NOOP("PrescriptionForm", "Subscriber id (matrícula)"),
    "professionalCouncil": QT_TRANSLATE_NOOP("PrescriptionForm", "Professional council"),
    "professionalCouncilNumber": QT_TRANSLATE_NOOP("PrescriptionForm", "Council number"),
    "stateAbbreviation": QT_TRANSLATE_NOOP("PrescriptionForm", "Council state (UF)"),
    "professionalName": QT_TRANSLATE_NOOP("PrescriptionForm", "Professional name"),
    "prescriptionDate": QT_TRANSLATE_NOOP("PrescriptionForm", "Prescription date"),
    "medications": QT_TRANSLATE_NOOP("PrescriptionForm", "Medications"),
    "medications.tableCode": QT_TRANSLATE_NOOP("PrescriptionForm", "Medication {n}: table code"),
    "medications.medicationCode": QT_TRANSLATE_NOOP("PrescriptionForm", "Medication {n}: medication code"),
    "medications.item": QT_TRANSLATE_NOOP("PrescriptionForm", "Medication {n}"),
    "attachments": QT_TRANSLATE_NOOP("PrescriptionForm", "Attachments"),
    "attachments.href": QT_TRANSLATE_NOOP("PrescriptionForm", "Attachment {n}: link"),
    "attachments.item": QT_TRANSLATE_NOOP("PrescriptionForm", "Attachment {n}"),
}
REQUIRED = QT_TRANSLATE_NOOP("PrescriptionForm", "Required.")
COUNCIL_DIGITS = QT_TRANSLATE_NOOP(
    "PrescriptionForm", "Digits only, as the council registers it (e.g. 334456), without letters or dots."
)
COUNCIL_TOO_LONG = QT_TRANSLATE_NOOP("PrescriptionForm", "At most {width} digits.")
NOT_A_STATE = QT_TRANSLATE_NOOP(
    "PrescriptionForm", "{value} is not a Brazilian state: choose one of the 27 (SP, RJ, MG, …)."
)
DATE_SHAPE = QT_TRANSLATE_NOOP("PrescriptionForm", "Write the date as YYYY-MM-DD (e.g. 2023-04-03).")
DATE_IMPOSSIBLE = QT_TRANSLATE_NOOP("PrescriptionForm", "{value} does not exist: that month has {days} days.")
DATE_FUTURE = QT_TRANSLATE_NOOP("PrescriptionForm", "Cannot be after today ({today}).")
NO_MEDICATION = QT_TRANSLATE_NOOP(
    "PrescriptionForm", "Add at least one medication (table code and medication code)."
)
NO_ATTACHMENT = QT_TRANSLATE_NOOP("PrescriptionForm", "Add at least one link to the prescription's file.")
LINK_SPACE = QT_TRANSLATE_NOOP(
    "PrescriptionForm",
    "The link contains a space, which a web address cannot hold: copy the address again from the "
    "browser's address bar (a space is written %20).",
)
LINK_SCHEME = QT_TRANSLATE_NOOP("PrescriptionForm", "Must be a web link starting with https:// (or http://).")
UNREADABLE = QT_TRANSLATE_NOOP("PrescriptionForm", "Cannot be read: {detail}.")
_LABELLED = QT_TRANSLATE_NOOP("PrescriptionForm", "{label}: {message}")
COUNCIL_NUMBER_WIDTH = 15  # B4F_REGSOL


@dataclass(frozen=True)
class FormIssue:
    """One thing that keeps the form from being sent: where (the API path), the field's label and
    the sentence, both translatable templates."""

    path: str  # "professionalCouncilNumber", "medications[2].medicationCode" (1-based)
    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def label(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The field's label ("Medication 2: medication code"), in the UI's language with ``translate``."""
        key, n = _label_key(self.path)
        return render(FIELD_LABELS.get(key, self.path), {"n": n} if n else None, FORM_CONTEXT, translate)

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The sentence alone (shown beside the field)."""
        return render(self.template, self.args, FORM_CONTEXT, translate)

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """ "label: sentence", for a list of every problem and for the CLI."""
        return render(
            _LABELLED,
            {"label": self.label(translate), "message": self.message(translate)},
            FORM_CONTEXT,
            translate,
        )


_INDEXED = re.compile(r"^(medications|attachments)\[(\d+)\](?:\.(\w+))?$")


def _label_key(path: str) -> tuple[str, int | None]:
    match = _INDEXED.match(path)
    if not match:
        return path, None
    return f"{match.group(1)}.{match.group(3) or 'item'}", int(match.group(2))


def issue_path(loc: tuple[Any, ...]) -> str:
    """A pydantic error location as the form's path: ("medications", 1, "tableCode") →
    "medications[2].tableCode"."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "form"


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


class PrescriptionForm(_Wire):
    """The POST body of continuousMedications (every field of the seed)."""

    health_insurer_code: str = Field("", alias="healthInsurerCode")
    subscriber_id: str = Field("", alias="subscriberId")
    professional_council: str = Field("", alias="professionalCouncil")
    professional_council_number: str = Field("", alias="professionalCouncilNumber")
    state_abbreviation: str = Field("", alias="stateAbbreviation")
    professional_name: str = Field("", alias="professionalName")
    prescription_date: str = Field("", alias="prescriptionDate")
    medications: list[MedicationRef] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)

    @field_validator(
        "health_insurer_code",
        "subscriber_id",
        "professional_council",
        "professional_council_number",
        "state_abbreviation",
        "professional_name",
        "prescription_date",
        mode="before",
    )
    @classmethod
    def _text(cls, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, int | float):
            return str(value)
        return str(value).strip()

    @field_validator("medications", "attachments", mode="before")
    @classmethod
    def _list(cls, value: Any) -> Any:
        return [] if value is None else value

    def issues(self) -> list[FormIssue]:
        """Every problem of the form at once, in the order of its fields; empty when it can be sent."""
        out: list[FormIssue] = []
        for alias, value in (
            ("healthInsurerCode", self.health_insurer_code),
            ("subscriberId", self.subscriber_id),
            ("professionalCouncil", self.professional_council),
        ):
            if not value:
                out.append(FormIssue(alias, REQUIRED))
        number = self.professional_council_number
        if not number:
            out.append(FormIssue("professionalCouncilNumber", REQUIRED))
        elif not number.isdigit() or not number.isascii():
            out.append(FormIssue("professionalCouncilNumber", COUNCIL_DIGITS))
        elif len(number) > COUNCIL_NUMBER_WIDTH:
            out.append(
                FormIssue("professionalCouncilNumber", COUNCIL_TOO_LONG, {"width": COUNCIL_NUMBER_WIDTH})
            )
        if not self.state_abbreviation:
            out.append(FormIssue("stateAbbreviation", REQUIRED))
        elif self.state_abbreviation.upper() not in UFS:
            out.append(FormIssue("stateAbbreviation", NOT_A_STATE, {"value": self.state_abbreviation}))
        if not self.professional_name:
            out.append(FormIssue("professionalName", REQUIRED))
        out.extend(self._date_issues())
        if not self.medications:
            out.append(FormIssue("medications", NO_MEDICATION))
        for i, med in enumerate(self.medications, 1):
            if not med.table_code.strip():
                out.append(FormIssue(f"medications[{i}].tableCode", REQUIRED))
            if not med.medication_code.strip():
                out.append(FormIssue(f"medications[{i}].medicationCode", REQUIRED))
        if not self.attachments:
            out.append(FormIssue("attachments", NO_ATTACHMENT))
        for i, att in enumerate(self.attachments, 1):
            link = att.href.strip()
            if not link:
                out.append(FormIssue(f"attachments[{i}].href", REQUIRED))
            elif re.search(r"\s", link):
                out.append(FormIssue(f"attachments[{i}].href", LINK_SPACE))
            elif not _URL.match(link):
                out.append(FormIssue(f"attachments[{i}].href", LINK_SCHEME))
        return out

    def _date_issues(self) -> list[FormIssue]:
        text = self.prescription_date
        if not text:
            return [FormIssue("prescriptionDate", REQUIRED)]
        if not _DATE.match(text):
            return [FormIssue("prescriptionDate", DATE_SHAPE)]
        year, month = int(text[:4]), int(text[5:7])
        try:
            when = dt.date.fromisoformat(text)
        except ValueError:
            days = calendar.monthrange(year, month)[1] if 1 <= month <= 12 and year >= 1 else 31
            return [FormIssue("prescriptionDate", DATE_IMPOSSIBLE, {"value": text, "days": days})]
        today = dt.date.today()
        if when > today:
            return [FormIssue("prescriptionDate", DATE_FUTURE, {"today": today.isoformat()})]
        return []

    def problems(self) -> dict[str, str]:
        """Path → "label: sentence" in English; empty when the form can be sent."""
        return {issue.path: issue.text() for issue in self.issues()}

    def body(self) -> dict[str, Any]:
        """The POST body under the seed's names, trimmed."""
        return {
            "healthInsurerCode": self.health_insurer_code,
            "subscriberId": self.subscriber_id,
            "professionalCouncil": self.professional_council,
            "stateAbbreviation": self.state_abbreviation.upper(),
            "professionalName": self.professional_name,
            "prescriptionDate": self.prescription_date,
            "professionalCouncilNumber": self.professional_council_number,
            "medications": [
                {"tableCode": m.table_code.strip(), "medicationCode": m.medication_code.strip()}
                for m in self.medications
            ],
            "attachments": [{"href": a.href.strip()} for a in self.attachments],
        }

    def medication_codes(self) -> list[str]:
        """The medication codes, sorted (part of what identifies the prescription)."""
        return sorted(m.medication_code.strip() for m in self.medications)


class PrescriptionCreated(_Wire):
    """The answer to POST continuousMedications: the new prescription."""

    prescription_code: str = Field(alias="prescriptionCode")
    status: str = ""
    prescription_description: str = Field("", alias="prescriptionDescription")
    subscriber_id: str = Field("", alias="subscriberId")
    subscriber_name: str = Field("", alias="subscriberName")
    registration_date: str = Field("", alias="registrationDate")
    professional_council: str = Field("", alias="professionalCouncil")
    state_abbreviation: str = Field("", alias="stateAbbreviation")
    professional_council_number: str = Field("", alias="professionalCouncilNumber")
    professional_name: str = Field("", alias="professionalName")
    start_validity_date: str = Field("", alias="startValidityDate")
    end_validity_date: str = Field("", alias="endValidityDate")
    medications: list[MedicationRef] = []

    @property
    def status_label(self) -> str:
        """ "1 - Protocolado"."""
        return label(PRESCRIPTION_STATUS, self.status)


class Refund(_Wire):
    """One refund protocol of GET continuousMedications/refunds."""

    prescription_code: str = ""
    medication_code: str = ""
    medication_description: str = ""
    protocol: str = ""
    status: str = ""
    request_date: str = ""
    quantity_requested: int = 0
    repayment_date: str | None = None

    @property
    def status_label(self) -> str:
        """ "3 - Deferido"."""
        return label(REFUND_STATUS, self.status)


# ---------------------------------------------------------------- RH: co-participation


# Coparticipation's fields by how its validators read them (app.integrations.totvs.rh_rows reads a
# page's items alike): text (None → "", a JSON number → its digits) and codes (anything → its text,
# stripped); the amount is coparticipation_value.
COPART_TEXT_FIELDS: tuple[str, ...] = (
    "id",
    "company_key",
    "branch",
    "employee_code",
    "employee_name",
    "dependent_code",
    "dependent_name",
    "degree_employee_dependency",
    "occurrency_date",
    "service_provider",
    "service_provider_name",
    "service_provider_id",
    "service_provider_contract",
    "coparticipation_description",
    "year_month_reference",
    "specialty_name",
    "international_code_diseases",
)
COPART_CODE_FIELDS: tuple[str, ...] = ("amount_use", "service_type", "service_provider_contract_type")


class Coparticipation(_Wire):
    """One GPEA003API item; keys accepted in any casing (seed: mixed, OpenAPI: PascalCase)."""

    id: str = Field(alias="id")
    company_key: str = Field("", alias="companyKey")
    branch: str = Field("", alias="branch")
    employee_code: str = Field("", alias="EmployeeCode")
    employee_name: str = Field("", alias="EmployeeName")
    dependent_code: str = Field("", alias="DependentCode")
    dependent_name: str = Field("", alias="DependentName")
    degree_employee_dependency: str = Field("", alias="DegreeEmployeeDependency")
    occurrency_date: str = Field("", alias="OccurrencyDate")
    service_provider: str = Field("", alias="ServiceProvider")
    service_provider_name: str = Field("", alias="ServiceProviderName")
    service_provider_id: str = Field("", alias="ServiceProviderId")
    service_provider_contract: str = Field("", alias="ServiceProviderContract")
    service_provider_contract_type: str = Field("", alias="ServiceProviderContractType")
    coparticipation_value: Decimal = Field(Decimal("0"), alias="CoparticipationValue")
    coparticipation_description: str = Field("", alias="CoparticipationDescription")
    year_month_reference: str = Field("", alias="YearMonthReference")
    specialty_name: str = Field("", alias="SpecialtyName")
    international_code_diseases: str = Field("", alias="InternationalCodeDiseases")
    service_type: str = Field("", alias="ServiceType")
    amount_use: str = Field("", alias="AmountUse")

    @field_validator("coparticipation_value", mode="before")
    @classmethod
    def _money(cls, value: Any) -> Decimal:
        return parse_money(value)

    @field_validator(*COPART_CODE_FIELDS, mode="before")
    @classmethod
    def _code(cls, value: Any) -> str:
        return "" if value is None else str(value).strip()

    @field_validator(*COPART_TEXT_FIELDS, mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        """A code written as a JSON number (201901, 6) is the same text; null is empty."""
        if value is None:
            return ""
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not value.strip():
            raise invalid(
                QT_TRANSLATE_NOOP("errors", "a co-participation item without its id cannot be stored")
            )
        return value

    @property
    def company_id(self) -> str:
        """The company part of companyKey ("T1|D MG 01 " → "T1")."""
        return self.company_key.split("|", 1)[0].strip()
