"""What each Provet Cloud endpoint holds: field types, relations, exposable fields.

The client's catalogue of the seed's endpoints, used by the filter builder (to refuse unknown
fields and values of the wrong type before a request leaves), the tab (what can be browsed) and
the webhook inbox (which parameter names which object). The sandbox keeps its own, written
from the seed, so that a wrong reading here fails a test.
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
        # Every other endpoint the seed lists ("Data Available Through the REST API"): the seed
        # documents no fields for them, so only what every object has can be filtered; the rest
        # of an object is kept as Provet sends it.
        *(
            Endpoint(name, dict(COMMON), webhook_param=param, columns=("id", "created", "modified"))
            for name, param in (
                ("custom_fields", ""),
                ("custom_field_values", ""),
                ("note", ""),
                ("noteadmin", ""),
                ("task", ""),
                ("reminder", "reminder_id"),
                ("remindertemplate", ""),
                ("phonenumber", ""),
                ("importedhistory", ""),
                ("invoicepayment", "invoicepayment_id"),
                ("unallocatedpayment", "unallocatedpayment_id"),
                ("paymentmethod", ""),
                ("insuranceclaim", "insuranceclaim_id"),
                ("insuranceclaimclient", ""),
                ("insuranceclaimpatient", ""),
                ("departmentgroup", ""),
                ("userdetails", ""),
                ("usergroup", ""),
                ("itemlist", ""),
                ("item", "item_id"),
                ("procedure", ""),
                ("medicine", ""),
                ("supply", ""),
                ("food", ""),
                ("laboratoryanalysis", ""),
                ("laboratoryanalysispanel", ""),
                ("itemsubgroup", ""),
                ("invoicegroup", ""),
                ("vatgroup", ""),
                ("text_template", ""),
                ("itemtemplate", ""),
                ("itemtemplateitem", ""),
                ("alternativepricing", ""),
                ("list", ""),
                ("listitem", ""),
                ("codelist", ""),
                ("holdingplacenumbers", ""),
                ("stock/item", ""),
                ("stocklevel", ""),
                ("stock/location", ""),
                ("stock/batch", ""),
                ("stock/entry", ""),
                ("wholesaler", ""),
                ("order", ""),
                ("orderitem", ""),
                ("diagnosticimaging_worklist", "diagnosticimagingworklist_id"),
                ("modality", ""),
                ("imagingcategory", ""),
                ("imagingsubcategory", ""),
                ("targetarea", ""),
                ("resource", ""),
                ("consultation_items/procedure", ""),
                ("consultation_items/medicine", ""),
                ("consultation_items/supply", ""),
                ("consultation_items/food", ""),
                ("consultation_items/analysis", ""),
                ("treatmentplan", ""),
                ("treatmentplanprocedure", ""),
                ("treatmentplanmedicine", ""),
                ("treatmentplansupply", ""),
                ("treatmentplanfood", ""),
                ("estimate", ""),
                ("estimateitem", ""),
                ("consultationitemtemplate", ""),
                ("consultation_laboratory_referral", "laboratory_referral_id"),
                ("consultation_sample", ""),
                ("diagnosticimaging_referral", ""),
                ("consultation_targetarea", ""),
                ("appointment", "appointment_id"),
                ("shift", ""),
                ("shifttype", ""),
                ("reason", ""),
                ("reason_group", ""),
                ("cancellationreason", ""),
                ("triage", ""),
                ("triage_category", ""),
                ("triage_entry", ""),
                ("veterinarians_availibility", ""),
                ("onlinebookingclient", ""),
                ("onlinebookingpatient", ""),
            )
        ),
    )
}

# Endpoints the catch-up poll watches by default.
WATCHED = ("consultation", "client", "patient", "invoice")


@dataclass(frozen=True)
class WebhookEvent:
    """One event of the seed's list: its name in Provet's settings, its parameter (None when
    the seed names none) and the endpoint that parameter's id is fetched from ("" when the
    seed lists no endpoint for it: the delivery is kept, with nothing to fetch)."""

    name: str
    param: str | None
    endpoint: str = ""


# The seed's list ("The following Webhook events are currently available", May 2024), in its
# order. Parameters written with spaces in the seed ("invoice id") are sent as invoice_id.
WEBHOOK_EVENTS: tuple[WebhookEvent, ...] = (
    WebhookEvent("Accounting report create/update", "accountingreport_id"),
    WebhookEvent("Appointment create/update", "appointment_id", "appointment"),
    WebhookEvent("Appointment delete", "appointment_id", "appointment"),
    WebhookEvent("Appointment reminder create", "reminder_id", "reminder"),
    WebhookEvent("Appointment reminder update", "reminder_id", "reminder"),
    WebhookEvent("Appointment reminder delete", "reminder_id", "reminder"),
    WebhookEvent("Client create/update", "client_id", "client"),
    WebhookEvent("Client delete", "client_id", "client"),
    WebhookEvent("Client communication preference create", "communicationpreference_id"),
    WebhookEvent("Consultation create/update", "consultation_id", "consultation"),
    WebhookEvent("Consultation delete", "consultation_id", "consultation"),
    WebhookEvent("Consultation item create/update", "consultationitem_id", "consultationitem"),
    WebhookEvent("Consultation waiting discharge", "consultation_id", "consultation"),
    WebhookEvent("Consultation finalize", "consultation_id", "consultation"),
    WebhookEvent(
        "Diagnostic imaging worklist create", "diagnosticimagingworklist_id", "diagnosticimaging_worklist"
    ),
    WebhookEvent(
        "Diagnostic imaging worklist update", "diagnosticimagingworklist_id", "diagnosticimaging_worklist"
    ),
    WebhookEvent(
        "Diagnostic imaging worklist delete", "diagnosticimagingworklist_id", "diagnosticimaging_worklist"
    ),
    WebhookEvent("Email sent log", None),
    WebhookEvent("Health plan status update", None),
    WebhookEvent("Insurance claim create/update", "insuranceclaim_id", "insuranceclaim"),
    WebhookEvent("Invoice create / update", "invoice_id", "invoice"),
    WebhookEvent("Invoice draft hook", None),
    WebhookEvent("Invoice payment create", "invoicepayment_id", "invoicepayment"),
    WebhookEvent("Invoice finalized", "invoice_id", "invoice"),
    WebhookEvent("Invoice row delete", None),
    WebhookEvent(
        "Laboratory referral create/update", "laboratory_referral_id", "consultation_laboratory_referral"
    ),
    WebhookEvent("Notes & communication", None),
    WebhookEvent("Organization item create/update", "organizationitem_id", "item"),
    WebhookEvent("Organization food create/update", "item_id", "item"),
    WebhookEvent("Organization laboratory analysisis create/update", "item_id", "item"),
    WebhookEvent("Organization laboratory analysis panel create/update", "item_id", "item"),
    WebhookEvent("Organization medicine create/update", "item_id", "item"),
    WebhookEvent("Organization procedure create/update", "item_id", "item"),
    WebhookEvent("Organization supply create/update", "item_id", "item"),
    WebhookEvent("Patient create/update", "patient_id", "patient"),
    WebhookEvent("Patient Referral create", None),
    WebhookEvent("Patient referral feedback sent", None),
    WebhookEvent(
        "Prepayment (unallocated payment) create/update", "unallocatedpayment_id", "unallocatedpayment"
    ),
    WebhookEvent("Reminder create/update", None),
    WebhookEvent("Reminder delete", None),
    WebhookEvent("Reminder template delete", None),
    WebhookEvent("SMS sent log", None),
    WebhookEvent("Stock item entry", None),
    WebhookEvent("Stock item entry delete", None),
    WebhookEvent("Stock order", None),
    WebhookEvent("Stock order delete", None),
    WebhookEvent("Stock order item", None),
    WebhookEvent("Stock order item delete", None),
    WebhookEvent("Treatment plan create", None),
    WebhookEvent("Treatment plan update", None),
    WebhookEvent("Treatment plan delete", None),
    WebhookEvent("Treatment plan item create", None),
    WebhookEvent("Treatment plan item delete", None),
    WebhookEvent("User create", "user_id", "user"),
)

# Webhook parameter -> endpoint its id is fetched from ("" when the seed lists none).
PARAM_TO_ENDPOINT: dict[str, str] = {e.param: e.endpoint for e in WEBHOOK_EVENTS if e.param}

# When one delivery carries several documented parameters, the object is the most specific one:
# an object's delivery carries its parents' ids beside its own (a consultation item names its
# consultation, a consultation its client), never its children's.
TRIGGER_PRIORITY: tuple[str, ...] = (
    "consultationitem_id",
    "invoicepayment_id",
    "laboratory_referral_id",
    "diagnosticimagingworklist_id",
    "insuranceclaim_id",
    "unallocatedpayment_id",
    "accountingreport_id",
    "communicationpreference_id",
    "reminder_id",
    "organizationitem_id",
    "item_id",
    "appointment_id",
    "consultation_id",
    "invoice_id",
    "patient_id",
    "client_id",
    "user_id",
)
assert set(TRIGGER_PRIORITY) == set(PARAM_TO_ENDPOINT)


def _context_param(name: str) -> str:
    return name.replace("/", "") + "_id"


# Other ``<endpoint>_id`` fields a delivery may carry beside its parameter (``department_id``
# on a department-specific webhook): known, kept with the event, never the object it names.
CONTEXT_PARAMS: dict[str, str] = {
    _context_param(name): name for name in ENDPOINTS if _context_param(name) not in PARAM_TO_ENDPOINT
}

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
