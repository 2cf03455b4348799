"""What each Provet Cloud endpoint holds: field types, relations, exposable fields.

The client's catalogue of the seed's endpoints, used by the filter builder (to refuse unknown
fields and values of the wrong type before a request leaves), the tab (what can be browsed) and
the webhook inbox (which parameter names which object). The sandbox keeps its own, written
from the seed, so that a wrong reading here fails a test.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from app.core.refusals import refused


class Kind(enum.Enum):
    """What a field holds, hence which filter values it takes."""

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
    """One field of an endpoint: its kind, and the endpoint a relation points at."""

    kind: Kind
    target: str = ""  # endpoint of a REF/REFS field

    @property
    def is_relation(self) -> bool:
        """Whether the field names other objects (one or several)."""
        return self.kind in (Kind.REF, Kind.REFS)


@dataclass(frozen=True)
class Endpoint:
    """One endpoint: its fields, the relations a query may include in full, a table's first columns."""

    name: str
    fields: dict[str, Field]
    expose: tuple[str, ...] = ()
    columns: tuple[str, ...] = field(default=())  # what a table shows first


COMMON = {"id": Field(Kind.INT), "created": Field(Kind.DATETIME), "modified": Field(Kind.DATETIME)}

# The endpoints whose fields the seed shows (its consultation/338/ example, its filter examples
# and the objects its webhooks name), as data: each field is name:kind (Kind's values), and a
# relation name:ref:<endpoint> (one object) or name:refs:<endpoint> (several); then the
# relations a query may expose, then the columns a table shows first.
_DOCUMENTED: dict[str, tuple[str, str, str]] = {
    "consultation": (
        "client:ref:client patients:refs:patient complaint:str admitted_time:datetime first_entry:datetime"
        " started:datetime finished:datetime ended:datetime status:int type:int invoice:ref:invoice"
        " supervising_veterinarian:ref:user department:ref:department",
        "client patients department supervising_veterinarian invoice",
        "id admitted_time complaint status client patients supervising_veterinarian department modified",
    ),
    "consultationitem": (
        "consultation:ref:consultation name:str code:str quantity:decimal price:decimal",
        "consultation",
        "id consultation code name quantity price modified",
    ),
    "client": (
        "firstname:str lastname:str email:str city:str zip_code:str archived:bool",
        "",
        "id lastname firstname city zip_code modified",
    ),
    "patient": (
        "name:str species:str breed:str date_of_birth:date client:ref:client deceased:bool",
        "client",
        "id name species breed date_of_birth client modified",
    ),
    "invoice": (
        "client:ref:client consultation:ref:consultation department:ref:department number:str status:int"
        " invoice_date:datetime due_date:date total:decimal currency:str",
        "client consultation department",
        "id number invoice_date status total client consultation modified",
    ),
    "invoicerow": (
        "invoice:ref:invoice name:str quantity:decimal unit_price:decimal vat_percentage:decimal total:decimal",
        "invoice",
        "id invoice name quantity unit_price total modified",
    ),
    "department": ("name:str city:str", "", "id name city modified"),
    "user": (
        "first_name:str last_name:str email:str title:str",
        "",
        "id last_name first_name title modified",
    ),
}

# Every other endpoint the seed lists ("Data Available Through the REST API"): the seed documents
# no fields for them, so only what every object has can be filtered; the rest of an object is
# kept as Provet sends it.
_UNDOCUMENTED: tuple[str, ...] = (
    "custom_fields", "custom_field_values", "note", "noteadmin", "task", "reminder", "remindertemplate",
    "phonenumber", "importedhistory", "invoicepayment", "unallocatedpayment", "paymentmethod",
    "insuranceclaim", "insuranceclaimclient", "insuranceclaimpatient", "departmentgroup", "userdetails",
    "usergroup", "itemlist", "item", "procedure", "medicine", "supply", "food", "laboratoryanalysis",
    "laboratoryanalysispanel", "itemsubgroup", "invoicegroup", "vatgroup", "text_template",
    "itemtemplate", "itemtemplateitem", "alternativepricing", "list", "listitem", "codelist",
    "holdingplacenumbers", "stock/item", "stocklevel", "stock/location", "stock/batch", "stock/entry",
    "wholesaler", "order", "orderitem", "diagnosticimaging_worklist", "modality", "imagingcategory",
    "imagingsubcategory", "targetarea", "resource", "consultation_items/procedure",
    "consultation_items/medicine", "consultation_items/supply", "consultation_items/food",
    "consultation_items/analysis", "treatmentplan", "treatmentplanprocedure", "treatmentplanmedicine",
    "treatmentplansupply", "treatmentplanfood", "estimate", "estimateitem", "consultationitemtemplate",
    "consultation_laboratory_referral", "consultation_sample", "diagnosticimaging_referral",
    "consultation_targetarea", "appointment", "shift", "shifttype", "reason", "reason_group",
    "cancellationreason", "triage", "triage_category", "triage_entry", "veterinarians_availibility",
    "onlinebookingclient", "onlinebookingpatient",
)  # fmt: skip


def _fields(spec: str) -> dict[str, Field]:
    """The common fields, then those of a ``name:kind[:target]`` spec."""
    fields = dict(COMMON)
    for item in spec.split():
        name, kind, *target = item.split(":")
        fields[name] = Field(Kind(kind), *target)
    return fields


ENDPOINTS: dict[str, Endpoint] = {
    **{
        name: Endpoint(name, _fields(spec), tuple(expose.split()), tuple(columns.split()))
        for name, (spec, expose, columns) in _DOCUMENTED.items()
    },
    **{name: Endpoint(name, dict(COMMON), columns=("id", "created", "modified")) for name in _UNDOCUMENTED},
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
_EVENTS = """
Accounting report create/update | accountingreport_id
Appointment create/update | appointment_id | appointment
Appointment delete | appointment_id | appointment
Appointment reminder create | reminder_id | reminder
Appointment reminder update | reminder_id | reminder
Appointment reminder delete | reminder_id | reminder
Client create/update | client_id | client
Client delete | client_id | client
Client communication preference create | communicationpreference_id
Consultation create/update | consultation_id | consultation
Consultation delete | consultation_id | consultation
Consultation item create/update | consultationitem_id | consultationitem
Consultation waiting discharge | consultation_id | consultation
Consultation finalize | consultation_id | consultation
Diagnostic imaging worklist create | diagnosticimagingworklist_id | diagnosticimaging_worklist
Diagnostic imaging worklist update | diagnosticimagingworklist_id | diagnosticimaging_worklist
Diagnostic imaging worklist delete | diagnosticimagingworklist_id | diagnosticimaging_worklist
Email sent log
Health plan status update
Insurance claim create/update | insuranceclaim_id | insuranceclaim
Invoice create / update | invoice_id | invoice
Invoice draft hook
Invoice payment create | invoicepayment_id | invoicepayment
Invoice finalized | invoice_id | invoice
Invoice row delete
Laboratory referral create/update | laboratory_referral_id | consultation_laboratory_referral
Notes & communication
Organization item create/update | organizationitem_id | item
Organization food create/update | item_id | item
Organization laboratory analysisis create/update | item_id | item
Organization laboratory analysis panel create/update | item_id | item
Organization medicine create/update | item_id | item
Organization procedure create/update | item_id | item
Organization supply create/update | item_id | item
Patient create/update | patient_id | patient
Patient Referral create
Patient referral feedback sent
Prepayment (unallocated payment) create/update | unallocatedpayment_id | unallocatedpayment
Reminder create/update
Reminder delete
Reminder template delete
SMS sent log
Stock item entry
Stock item entry delete
Stock order
Stock order delete
Stock order item
Stock order item delete
Treatment plan create
Treatment plan update
Treatment plan delete
Treatment plan item create
Treatment plan item delete
User create | user_id | user
"""  # each line: the event's name | its parameter | the endpoint its id is fetched from


def _event(line: str) -> WebhookEvent:
    name, param, endpoint = ([part.strip() for part in line.split("|")] + ["", ""])[:3]
    return WebhookEvent(name, param or None, endpoint)


WEBHOOK_EVENTS: tuple[WebhookEvent, ...] = tuple(_event(line) for line in _EVENTS.strip().splitlines())

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
    """The endpoint of that name (slashes around it ignored); an unknown one is an InputError."""
    from app.core.tr import QT_TRANSLATE_NOOP

    found = ENDPOINTS.get(name.strip().strip("/"))
    if found is None:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Unknown Provet Cloud endpoint '{name}': choose one of {choices}."),
            "endpoint",
            name=name,
            choices=", ".join(sorted(ENDPOINTS)),
        )
    return found
