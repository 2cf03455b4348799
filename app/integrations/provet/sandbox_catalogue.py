"""The sandbox's own reading of seed 001: endpoints, their fields, the webhook events.

Written from the seed (and shared/specs/apis.md), never imported from the client's schema, so
that a client that reads the API wrongly disagrees with the sandbox and fails a test. Field
kinds are plain words: ``int``, ``decimal``, ``str``, ``bool``, ``datetime``, ``date``, ``ref``
(one related object) and ``refs`` (several).
"""

from __future__ import annotations

from dataclasses import dataclass, field

INT, DECIMAL, STR, BOOL, DATETIME, DATE, REF, REFS = (
    "int", "decimal", "str", "bool", "datetime", "date", "ref", "refs",
)  # fmt: skip


@dataclass(frozen=True)
class SField:
    kind: str
    target: str = ""  # the endpoint of a ref/refs field

    @property
    def is_relation(self) -> bool:
        return self.kind in (REF, REFS)


@dataclass(frozen=True)
class SEndpoint:
    name: str
    fields: dict[str, SField]
    expose: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)  # rendered as they are


def _common(**more: SField) -> dict[str, SField]:
    return {"id": SField(INT), "created": SField(DATETIME), "modified": SField(DATETIME), **more}


def _ref(target: str) -> SField:
    return SField(REF, target)


# The seed's response example for consultation/338/, and the fields its filter examples use.
_CONSULTATION = _common(
    client=_ref("client"),
    patients=SField(REFS, "patient"),
    complaint=SField(STR),
    admitted_time=SField(DATETIME),
    first_entry=SField(DATETIME),
    started=SField(DATETIME),
    finished=SField(DATETIME),
    ended=SField(DATETIME),
    status=SField(INT),
    type=SField(INT),
    invoice=_ref("invoice"),
    supervising_veterinarian=_ref("user"),
    department=_ref("department"),
)

_DETAILED: dict[str, SEndpoint] = {
    e.name: e
    for e in (
        SEndpoint(
            "consultation",
            _CONSULTATION,
            expose=("client", "patients", "department", "supervising_veterinarian", "invoice"),
        ),
        SEndpoint(
            "consultationitem",
            _common(
                consultation=_ref("consultation"),
                name=SField(STR),
                code=SField(STR),
                quantity=SField(DECIMAL),
                price=SField(DECIMAL),
            ),
            expose=("consultation",),
        ),
        SEndpoint(
            "client",
            _common(
                firstname=SField(STR),
                lastname=SField(STR),
                email=SField(STR),
                city=SField(STR),
                zip_code=SField(STR),
                archived=SField(BOOL),
            ),
        ),
        SEndpoint(
            "patient",
            _common(
                name=SField(STR),
                species=SField(STR),
                breed=SField(STR),
                date_of_birth=SField(DATE),
                client=_ref("client"),
                deceased=SField(BOOL),
            ),
            expose=("client",),
        ),
        SEndpoint(
            "invoice",
            _common(
                client=_ref("client"),
                consultation=_ref("consultation"),
                department=_ref("department"),
                number=SField(STR),
                status=SField(INT),
                invoice_date=SField(DATETIME),
                due_date=SField(DATE),
                total=SField(DECIMAL),
                currency=SField(STR),
            ),
            expose=("client", "consultation", "department"),
        ),
        SEndpoint(
            "invoicerow",
            _common(
                invoice=_ref("invoice"),
                name=SField(STR),
                quantity=SField(DECIMAL),
                unit_price=SField(DECIMAL),
                vat_percentage=SField(DECIMAL),
                total=SField(DECIMAL),
            ),
            expose=("invoice",),
        ),
        SEndpoint("department", _common(name=SField(STR), city=SField(STR))),
        SEndpoint(
            "user",
            _common(first_name=SField(STR), last_name=SField(STR), email=SField(STR), title=SField(STR)),
        ),
        # Objects that webhooks name: a few fields so that a fetched one is recognisable.
        SEndpoint(
            "appointment",
            _common(
                client=_ref("client"),
                patient=_ref("patient"),
                department=_ref("department"),
                start=SField(DATETIME),
                end=SField(DATETIME),
                notes=SField(STR),
            ),
        ),
        SEndpoint("reminder", _common(patient=_ref("patient"), title=SField(STR), due_date=SField(DATE))),
        SEndpoint(
            "invoicepayment", _common(invoice=_ref("invoice"), amount=SField(DECIMAL), paid=SField(DATETIME))
        ),
        SEndpoint("unallocatedpayment", _common(client=_ref("client"), amount=SField(DECIMAL))),
        SEndpoint(
            "insuranceclaim", _common(patient=_ref("patient"), invoice=_ref("invoice"), status=SField(INT))
        ),
        SEndpoint("item", _common(name=SField(STR), code=SField(STR), price=SField(DECIMAL))),
        SEndpoint(
            "consultation_laboratory_referral",
            _common(consultation=_ref("consultation"), department=_ref("department"), status=SField(INT)),
        ),
        SEndpoint(
            "diagnosticimaging_worklist",
            _common(consultation=_ref("consultation"), department=_ref("department"), status=SField(INT)),
        ),
    )
}

# Every endpoint in the seed's "Data Available Through the REST API" tables, in its order.
SEED_ENDPOINTS: tuple[str, ...] = (
    # Generic
    "custom_fields", "custom_field_values", "note", "noteadmin", "task", "reminder", "remindertemplate",
    # Client & Patient
    "client", "patient", "phonenumber", "importedhistory",
    # Invoicing
    "invoice", "invoicerow", "invoicepayment", "unallocatedpayment", "paymentmethod", "insuranceclaim",
    "insuranceclaimclient", "insuranceclaimpatient",
    # Organisation
    "department", "departmentgroup", "user", "userdetails", "usergroup", "itemlist", "item", "procedure",
    "medicine", "supply", "food", "laboratoryanalysis", "laboratoryanalysispanel", "itemsubgroup",
    "invoicegroup", "vatgroup", "text_template", "itemtemplate", "itemtemplateitem", "alternativepricing",
    "list", "listitem", "codelist", "holdingplacenumbers",
    # Stock
    "stock/item", "stocklevel", "stock/location", "stock/batch", "stock/entry", "wholesaler", "order",
    "orderitem",
    # Diagnostic imaging
    "diagnosticimaging_worklist", "modality", "imagingcategory", "imagingsubcategory", "targetarea",
    "resource",
    # Consultation
    "consultation", "consultationitem", "consultation_items/procedure", "consultation_items/medicine",
    "consultation_items/supply", "consultation_items/food", "consultation_items/analysis", "treatmentplan",
    "treatmentplanprocedure", "treatmentplanmedicine", "treatmentplansupply", "treatmentplanfood",
    "estimate", "estimateitem", "consultationitemtemplate", "consultation_laboratory_referral",
    "consultation_sample", "diagnosticimaging_referral", "consultation_targetarea",
    # Scheduling
    "appointment", "shift", "shifttype", "reason", "reason_group", "cancellationreason", "triage",
    "triage_category", "triage_entry", "veterinarians_availibility", "onlinebookingclient",
    "onlinebookingpatient",
)  # fmt: skip

ENDPOINTS: dict[str, SEndpoint] = {
    name: _DETAILED.get(name) or SEndpoint(name, _common(name=SField(STR))) for name in SEED_ENDPOINTS
}


@dataclass(frozen=True)
class Event:
    """A webhook event of the seed's list: the parameter it sends (None: the seed names none)
    and the endpoint its id belongs to (None: the seed lists no endpoint for it)."""

    name: str
    param: str | None
    endpoint: str | None = None
    deletes: bool = False


# The seed's list of webhook events (May 2024). "parameter invoice id" is sent as invoice_id.
EVENTS: tuple[Event, ...] = (
    Event("Accounting report create/update", "accountingreport_id"),
    Event("Appointment create/update", "appointment_id", "appointment"),
    Event("Appointment delete", "appointment_id", "appointment", deletes=True),
    Event("Appointment reminder create", "reminder_id", "reminder"),
    Event("Appointment reminder update", "reminder_id", "reminder"),
    Event("Appointment reminder delete", "reminder_id", "reminder", deletes=True),
    Event("Client create/update", "client_id", "client"),
    Event("Client delete", "client_id", "client", deletes=True),
    Event("Client communication preference create", "communicationpreference_id"),
    Event("Consultation create/update", "consultation_id", "consultation"),
    Event("Consultation delete", "consultation_id", "consultation", deletes=True),
    Event("Consultation item create/update", "consultationitem_id", "consultationitem"),
    Event("Consultation waiting discharge", "consultation_id", "consultation"),
    Event("Consultation finalize", "consultation_id", "consultation"),
    Event("Diagnostic imaging worklist create", "diagnosticimagingworklist_id", "diagnosticimaging_worklist"),
    Event("Diagnostic imaging worklist update", "diagnosticimagingworklist_id", "diagnosticimaging_worklist"),
    Event(
        "Diagnostic imaging worklist delete",
        "diagnosticimagingworklist_id",
        "diagnosticimaging_worklist",
        deletes=True,
    ),
    Event("Email sent log", None),
    Event("Health plan status update", None),
    Event("Insurance claim create/update", "insuranceclaim_id", "insuranceclaim"),
    Event("Invoice create / update", "invoice_id", "invoice"),
    Event("Invoice draft hook", None),
    Event("Invoice payment create", "invoicepayment_id", "invoicepayment"),
    Event("Invoice finalized", "invoice_id", "invoice"),
    Event("Invoice row delete", None),
    Event("Laboratory referral create/update", "laboratory_referral_id", "consultation_laboratory_referral"),
    Event("Notes & communication", None),
    Event("Organization item create/update", "organizationitem_id", "item"),
    Event("Organization food create/update", "item_id", "item"),
    Event("Organization laboratory analysisis create/update", "item_id", "item"),
    Event("Organization laboratory analysis panel create/update", "item_id", "item"),
    Event("Organization medicine create/update", "item_id", "item"),
    Event("Organization procedure create/update", "item_id", "item"),
    Event("Organization supply create/update", "item_id", "item"),
    Event("Patient create/update", "patient_id", "patient"),
    Event("Patient Referral create", None),
    Event("Patient referral feedback sent", None),
    Event("Prepayment (unallocated payment) create/update", "unallocatedpayment_id", "unallocatedpayment"),
    Event("Reminder create/update", None),
    Event("Reminder delete", None),
    Event("Reminder template delete", None),
    Event("SMS sent log", None),
    Event("Stock item entry", None),
    Event("Stock item entry delete", None),
    Event("Stock order", None),
    Event("Stock order delete", None),
    Event("Stock order item", None),
    Event("Stock order item delete", None),
    Event("Treatment plan create", None),
    Event("Treatment plan update", None),
    Event("Treatment plan delete", None),
    Event("Treatment plan item create", None),
    Event("Treatment plan item delete", None),
    Event("User create", "user_id", "user"),
)
EVENTS_BY_NAME = {e.name: e for e in EVENTS}


def change_event(endpoint: str) -> Event | None:
    """The event a create or update of ``endpoint`` triggers (the first of the list)."""
    return next((e for e in EVENTS if e.endpoint == endpoint and not e.deletes), None)


def delete_event(endpoint: str) -> Event | None:
    """The event a delete of ``endpoint`` triggers, when the seed lists one."""
    return next((e for e in EVENTS if e.endpoint == endpoint and e.deletes), None)
