"""What each Provet Cloud endpoint holds: field types, relations, exposable fields.

Shared by the filter builder (to refuse unknown fields and values of the wrong type before a
request leaves) and by the sandbox (to filter like the real API does).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Kind(enum.Enum):
    INT = "int"
    DECIMAL = "decimal"
    STR = "str"
    BOOL = "bool"
    DATETIME = "datetime"
    DATE = "date"
    REF = "ref"  # one related object, given by its id
    REFS = "refs"  # several related objects (e.g. consultation.patients)


@dataclass(frozen=True)
class Field:
    kind: Kind
    target: str = ""  # endpoint of a REF/REFS field

    @property
    def is_relation(self) -> bool:
        return self.kind in (Kind.REF, Kind.REFS)


@dataclass(frozen=True)
class Endpoint:
    name: str
    fields: dict[str, Field]
    expose: tuple[str, ...] = ()
    webhook_param: str = ""  # e.g. "consultation_id"
    modified_field: str = "modified"
    columns: tuple[str, ...] = field(default=())  # what a table shows first


def _f(kind: Kind, target: str = "") -> Field:
    return Field(kind, target)


N, D, S, B, T, DA = Kind.INT, Kind.DECIMAL, Kind.STR, Kind.BOOL, Kind.DATETIME, Kind.DATE
COMMON = {"id": _f(N), "created": _f(T), "modified": _f(T)}

ENDPOINTS: dict[str, Endpoint] = {
    e.name: e
    for e in (
        Endpoint(
            "consultation",
            {
                **COMMON,
                "client": _f(Kind.REF, "client"),
                "patients": _f(Kind.REFS, "patient"),
                "complaint": _f(S),
                "admitted_time": _f(T),
                "first_entry": _f(T),
                "started": _f(T),
                "finished": _f(T),
                "ended": _f(T),
                "status": _f(N),
                "type": _f(N),
                "invoice": _f(Kind.REF, "invoice"),
                "supervising_veterinarian": _f(Kind.REF, "user"),
                "department": _f(Kind.REF, "department"),
            },
            expose=("client", "patients", "department", "supervising_veterinarian", "invoice"),
            webhook_param="consultation_id",
            columns=("id", "admitted_time", "complaint", "status", "client", "department", "modified"),
        ),
        Endpoint(
            "consultationitem",
            {
                **COMMON,
                "consultation": _f(Kind.REF, "consultation"),
                "name": _f(S),
                "code": _f(S),
                "quantity": _f(D),
                "price": _f(D),
            },
            expose=("consultation",),
            webhook_param="consultationitem_id",
            columns=("id", "consultation", "code", "name", "quantity", "price", "modified"),
        ),
        Endpoint(
            "client",
            {
                **COMMON,
                "firstname": _f(S),
                "lastname": _f(S),
                "email": _f(S),
                "city": _f(S),
                "zip_code": _f(S),
                "archived": _f(B),
            },
            webhook_param="client_id",
            columns=("id", "lastname", "firstname", "city", "zip_code", "modified"),
        ),
        Endpoint(
            "patient",
            {
                **COMMON,
                "name": _f(S),
                "species": _f(S),
                "breed": _f(S),
                "date_of_birth": _f(DA),
                "client": _f(Kind.REF, "client"),
                "deceased": _f(B),
            },
            expose=("client",),
            webhook_param="patient_id",
            columns=("id", "name", "species", "breed", "date_of_birth", "client", "modified"),
        ),
        Endpoint(
            "invoice",
            {
                **COMMON,
                "client": _f(Kind.REF, "client"),
                "consultation": _f(Kind.REF, "consultation"),
                "department": _f(Kind.REF, "department"),
                "number": _f(S),
                "status": _f(N),
                "invoice_date": _f(T),
                "due_date": _f(DA),
                "total": _f(D),
                "currency": _f(S),
            },
            expose=("client", "consultation", "department"),
            webhook_param="invoice_id",
            columns=("id", "number", "invoice_date", "status", "total", "client", "modified"),
        ),
        Endpoint(
            "invoicerow",
            {
                **COMMON,
                "invoice": _f(Kind.REF, "invoice"),
                "name": _f(S),
                "quantity": _f(D),
                "unit_price": _f(D),
                "vat_percentage": _f(D),
                "total": _f(D),
            },
            expose=("invoice",),
            webhook_param="invoicerow_id",
            columns=("id", "invoice", "name", "quantity", "unit_price", "total", "modified"),
        ),
        Endpoint(
            "department",
            {**COMMON, "name": _f(S), "city": _f(S)},
            columns=("id", "name", "city", "modified"),
        ),
        Endpoint(
            "user",
            {**COMMON, "first_name": _f(S), "last_name": _f(S), "email": _f(S), "title": _f(S)},
            webhook_param="user_id",
            columns=("id", "last_name", "first_name", "title", "modified"),
        ),
    )
}

# Endpoints the catch-up poll watches by default.
WATCHED = ("consultation", "client", "patient", "invoice")

# Webhook parameter -> endpoint ("consultation_id" -> "consultation").
PARAM_TO_ENDPOINT = {e.webhook_param: e.name for e in ENDPOINTS.values() if e.webhook_param}

INVOICE_STATUS = {0: "Draft", 1: "Sent", 2: "Open", 3: "Finalized", 4: "Invoicing", 99: "Voided"}


def endpoint(name: str) -> Endpoint:
    from app.core.errors import InputError

    found = ENDPOINTS.get(name.strip().strip("/"))
    if found is None:
        raise InputError(
            f"Unknown Provet Cloud endpoint '{name}': choose one of {', '.join(sorted(ENDPOINTS))}.",
            field="endpoint",
        )
    return found
