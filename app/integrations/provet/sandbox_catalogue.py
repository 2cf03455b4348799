"""The sandbox's own reading of seed 001: endpoints, their fields, the webhook events.

Written from the seed (and shared/specs/apis.md), never imported from the client's schema, so
that a client that reads the API wrongly disagrees with the sandbox and fails a test. Field
kinds are plain words: ``int``, ``decimal``, ``str``, ``bool``, ``datetime``, ``date``, ``ref``
(one related object) and ``refs`` (several).
"""

from __future__ import annotations

from dataclasses import dataclass

INT, DECIMAL, STR, BOOL, DATETIME, DATE, REF, REFS = (
    "int", "decimal", "str", "bool", "datetime", "date", "ref", "refs",
)  # fmt: skip


@dataclass(frozen=True)
class SField:
    """A field as the sandbox stores and renders it: its kind and, for a relation, its endpoint."""

    kind: str
    target: str = ""  # the endpoint of a ref/refs field

    @property
    def is_relation(self) -> bool:
        """Whether the field names other objects."""
        return self.kind in (REF, REFS)


@dataclass(frozen=True)
class SEndpoint:
    """An endpoint as the sandbox serves it: its fields (in the order rendered) and what it exposes."""

    name: str
    fields: dict[str, SField]
    expose: tuple[str, ...] = ()


# Fields as the seed shows them, written as a table: one endpoint per paragraph, its first line
# "<endpoint> [expose <field>…]", then one "<field> <kind> [<endpoint it points at>]" per line.
# Every object also has id, created and modified. The seed's response example for
# consultation/338/ and its filter examples give the first ones; the objects webhooks name get a
# few fields so that a fetched one is recognisable; any other endpoint has a name.
_TABLE = """
consultation expose client patients department supervising_veterinarian invoice
    client ref client
    patients refs patient
    complaint str
    admitted_time datetime
    first_entry datetime
    started datetime
    finished datetime
    ended datetime
    status int
    type int
    invoice ref invoice
    supervising_veterinarian ref user
    department ref department

consultationitem expose consultation
    consultation ref consultation
    name str
    code str
    quantity decimal
    price decimal

client
    firstname str
    lastname str
    email str
    city str
    zip_code str
    archived bool

patient expose client
    name str
    species str
    breed str
    date_of_birth date
    client ref client
    deceased bool

invoice expose client consultation department
    client ref client
    consultation ref consultation
    department ref department
    number str
    status int
    invoice_date datetime
    due_date date
    total decimal
    currency str

invoicerow expose invoice
    invoice ref invoice
    name str
    quantity decimal
    unit_price decimal
    vat_percentage decimal
    total decimal

department
    name str
    city str

user
    first_name str
    last_name str
    email str
    title str

appointment
    client ref client
    patient ref patient
    department ref department
    start datetime
    end datetime
    notes str

reminder
    patient ref patient
    title str
    due_date date

invoicepayment
    invoice ref invoice
    amount decimal
    paid datetime

unallocatedpayment
    client ref client
    amount decimal

insuranceclaim
    patient ref patient
    invoice ref invoice
    status int

item
    name str
    code str
    price decimal

consultation_laboratory_referral
    consultation ref consultation
    department ref department
    status int

diagnosticimaging_worklist
    consultation ref consultation
    department ref department
    status int
"""


def _common() -> dict[str, SField]:
    return {"id": SField(INT), "created": SField(DATETIME), "modified": SField(DATETIME)}


def _read_table(text: str) -> dict[str, SEndpoint]:
    found: dict[str, SEndpoint] = {}
    for paragraph in text.strip().split("\n\n"):
        head, *rows = paragraph.splitlines()
        name, _, exposed = head.partition(" expose ")
        fields = _common()
        for row in rows:
            field_name, kind, *target = row.split()
            fields[field_name] = SField(kind, *target)
        found[name] = SEndpoint(name, fields, tuple(exposed.split()))
    return found


_DETAILED = _read_table(_TABLE)

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
    name: _DETAILED.get(name) or SEndpoint(name, {**_common(), "name": SField(STR)})
    for name in SEED_ENDPOINTS
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
# One event per line, "<name>: <parameter> on <endpoint>", either left out when the seed names
# none, and "(deletes)" when the event says the object is gone.
_EVENT_LIST = """
Accounting report create/update: accountingreport_id
Appointment create/update: appointment_id on appointment
Appointment delete: appointment_id on appointment (deletes)
Appointment reminder create: reminder_id on reminder
Appointment reminder update: reminder_id on reminder
Appointment reminder delete: reminder_id on reminder (deletes)
Client create/update: client_id on client
Client delete: client_id on client (deletes)
Client communication preference create: communicationpreference_id
Consultation create/update: consultation_id on consultation
Consultation delete: consultation_id on consultation (deletes)
Consultation item create/update: consultationitem_id on consultationitem
Consultation waiting discharge: consultation_id on consultation
Consultation finalize: consultation_id on consultation
Diagnostic imaging worklist create: diagnosticimagingworklist_id on diagnosticimaging_worklist
Diagnostic imaging worklist update: diagnosticimagingworklist_id on diagnosticimaging_worklist
Diagnostic imaging worklist delete: diagnosticimagingworklist_id on diagnosticimaging_worklist (deletes)
Email sent log:
Health plan status update:
Insurance claim create/update: insuranceclaim_id on insuranceclaim
Invoice create / update: invoice_id on invoice
Invoice draft hook:
Invoice payment create: invoicepayment_id on invoicepayment
Invoice finalized: invoice_id on invoice
Invoice row delete:
Laboratory referral create/update: laboratory_referral_id on consultation_laboratory_referral
Notes & communication:
Organization item create/update: organizationitem_id on item
Organization food create/update: item_id on item
Organization laboratory analysisis create/update: item_id on item
Organization laboratory analysis panel create/update: item_id on item
Organization medicine create/update: item_id on item
Organization procedure create/update: item_id on item
Organization supply create/update: item_id on item
Patient create/update: patient_id on patient
Patient Referral create:
Patient referral feedback sent:
Prepayment (unallocated payment) create/update: unallocatedpayment_id on unallocatedpayment
Reminder create/update:
Reminder delete:
Reminder template delete:
SMS sent log:
Stock item entry:
Stock item entry delete:
Stock order:
Stock order delete:
Stock order item:
Stock order item delete:
Treatment plan create:
Treatment plan update:
Treatment plan delete:
Treatment plan item create:
Treatment plan item delete:
User create: user_id on user
"""


def _read_event(line: str) -> Event:
    name, _, rest = line.partition(":")
    deletes = rest.endswith("(deletes)")
    param, _, endpoint = rest.removesuffix("(deletes)").partition(" on ")
    return Event(name, param.strip() or None, endpoint.strip() or None, deletes)


EVENTS: tuple[Event, ...] = tuple(_read_event(line) for line in _EVENT_LIST.strip().splitlines())
EVENTS_BY_NAME = {e.name: e for e in EVENTS}


def change_event(endpoint: str) -> Event | None:
    """The event a create or update of ``endpoint`` triggers (the first of the list)."""
    return next((e for e in EVENTS if e.endpoint == endpoint and not e.deletes), None)


def delete_event(endpoint: str) -> Event | None:
    """The event a delete of ``endpoint`` triggers, when the seed lists one."""
    return next((e for e in EVENTS if e.endpoint == endpoint and e.deletes), None)
