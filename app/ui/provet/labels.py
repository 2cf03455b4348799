"""Provet Cloud as a receptionist reads it: field, method, endpoint and status names as words,
values written the UI locale's way (local times, dates, numbers, yes/no), related objects by name.

The wire names (``admitted_time``, ``icontains``, ``supervising_veterinarian``) stay the keys;
every word is an English source marked with ``QT_TRANSLATE_NOOP("ProvetLabels", ...)`` and
translated when shown. An unknown field keeps its wire name (Provet sent something the seed
does not describe).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from app.core.qt import QtCore
from app.core.tr import QT_TRANSLATE_NOOP, render
from app.integrations.provet.filters import METHODS, FilterRefused
from app.integrations.provet.models import id_from_url
from app.integrations.provet.naming import display_name
from app.integrations.provet.schema import ENDPOINTS, INVOICE_STATUS, PARAM_TO_ENDPOINT, Field, Kind

CONTEXT = "ProvetLabels"

# A related object's name by (endpoint, id), as resolved so far.
Names = Mapping[tuple[str, int], str]


def _t(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


FIELDS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("ProvetLabels", "No."),
    "url": QT_TRANSLATE_NOOP("ProvetLabels", "Address"),
    "created": QT_TRANSLATE_NOOP("ProvetLabels", "Creation date"),
    "modified": QT_TRANSLATE_NOOP("ProvetLabels", "Last change"),
    "client": QT_TRANSLATE_NOOP("ProvetLabels", "Client"),
    "patients": QT_TRANSLATE_NOOP("ProvetLabels", "Patients"),
    "patient": QT_TRANSLATE_NOOP("ProvetLabels", "Patient"),
    "complaint": QT_TRANSLATE_NOOP("ProvetLabels", "Reason for visit"),
    "admitted_time": QT_TRANSLATE_NOOP("ProvetLabels", "Admission time"),
    "first_entry": QT_TRANSLATE_NOOP("ProvetLabels", "First entry"),
    "started": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation started"),
    "finished": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation finished"),
    "ended": QT_TRANSLATE_NOOP("ProvetLabels", "Closed on"),
    "status": QT_TRANSLATE_NOOP("ProvetLabels", "Status"),
    "type": QT_TRANSLATE_NOOP("ProvetLabels", "Type"),
    "invoice": QT_TRANSLATE_NOOP("ProvetLabels", "Invoice"),
    "supervising_veterinarian": QT_TRANSLATE_NOOP("ProvetLabels", "Veterinarian"),
    "department": QT_TRANSLATE_NOOP("ProvetLabels", "Site"),
    "consultation": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation"),
    "consultation_items": QT_TRANSLATE_NOOP("ProvetLabels", "Items"),
    "reporting_dimension_1": QT_TRANSLATE_NOOP("ProvetLabels", "Reporting dimension 1"),
    "reporting_dimension_2": QT_TRANSLATE_NOOP("ProvetLabels", "Reporting dimension 2"),
    "name": QT_TRANSLATE_NOOP("ProvetLabels", "Name"),
    "code": QT_TRANSLATE_NOOP("ProvetLabels", "Code"),
    "quantity": QT_TRANSLATE_NOOP("ProvetLabels", "Quantity"),
    "price": QT_TRANSLATE_NOOP("ProvetLabels", "Price"),
    "firstname": QT_TRANSLATE_NOOP("ProvetLabels", "First name"),
    "lastname": QT_TRANSLATE_NOOP("ProvetLabels", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("ProvetLabels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ProvetLabels", "Last name"),
    "email": QT_TRANSLATE_NOOP("ProvetLabels", "Email"),
    "city": QT_TRANSLATE_NOOP("ProvetLabels", "City"),
    "zip_code": QT_TRANSLATE_NOOP("ProvetLabels", "Postcode"),
    "archived": QT_TRANSLATE_NOOP("ProvetLabels", "Archived"),
    "species": QT_TRANSLATE_NOOP("ProvetLabels", "Species"),
    "breed": QT_TRANSLATE_NOOP("ProvetLabels", "Breed"),
    "date_of_birth": QT_TRANSLATE_NOOP("ProvetLabels", "Date of birth"),
    "deceased": QT_TRANSLATE_NOOP("ProvetLabels", "Deceased"),
    "number": QT_TRANSLATE_NOOP("ProvetLabels", "Invoice number"),
    "invoice_date": QT_TRANSLATE_NOOP("ProvetLabels", "Invoice date"),
    "due_date": QT_TRANSLATE_NOOP("ProvetLabels", "Due date"),
    "total": QT_TRANSLATE_NOOP("ProvetLabels", "Total"),
    "currency": QT_TRANSLATE_NOOP("ProvetLabels", "Currency"),
    "unit_price": QT_TRANSLATE_NOOP("ProvetLabels", "Unit price"),
    "vat_percentage": QT_TRANSLATE_NOOP("ProvetLabels", "VAT rate"),
    "title": QT_TRANSLATE_NOOP("ProvetLabels", "Title"),
    "start": QT_TRANSLATE_NOOP("ProvetLabels", "Start"),
    "end": QT_TRANSLATE_NOOP("ProvetLabels", "End"),
    "notes": QT_TRANSLATE_NOOP("ProvetLabels", "Notes"),
    "amount": QT_TRANSLATE_NOOP("ProvetLabels", "Amount"),
    "paid": QT_TRANSLATE_NOOP("ProvetLabels", "Paid on"),
}

ENDPOINT_NAMES: dict[str, str] = {
    "consultation": QT_TRANSLATE_NOOP("ProvetLabels", "Consultations"),
    "consultationitem": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation items"),
    "client": QT_TRANSLATE_NOOP("ProvetLabels", "Clients"),
    "patient": QT_TRANSLATE_NOOP("ProvetLabels", "Patients"),
    "invoice": QT_TRANSLATE_NOOP("ProvetLabels", "Invoices"),
    "invoicerow": QT_TRANSLATE_NOOP("ProvetLabels", "Invoice rows"),
    "department": QT_TRANSLATE_NOOP("ProvetLabels", "Sites"),
    "user": QT_TRANSLATE_NOOP("ProvetLabels", "Users"),
    # The seed lists no fields for these: their names from its "Data Available" tables.
    "custom_fields": QT_TRANSLATE_NOOP("ProvetLabels", "Custom fields"),
    "custom_field_values": QT_TRANSLATE_NOOP("ProvetLabels", "Custom field values"),
    "note": QT_TRANSLATE_NOOP("ProvetLabels", "Notes"),
    "noteadmin": QT_TRANSLATE_NOOP("ProvetLabels", "Notes (administration)"),
    "task": QT_TRANSLATE_NOOP("ProvetLabels", "Tasks"),
    "reminder": QT_TRANSLATE_NOOP("ProvetLabels", "Reminders"),
    "remindertemplate": QT_TRANSLATE_NOOP("ProvetLabels", "Reminder templates"),
    "phonenumber": QT_TRANSLATE_NOOP("ProvetLabels", "Phone numbers"),
    "importedhistory": QT_TRANSLATE_NOOP("ProvetLabels", "Imported history"),
    "invoicepayment": QT_TRANSLATE_NOOP("ProvetLabels", "Invoice payments"),
    "unallocatedpayment": QT_TRANSLATE_NOOP("ProvetLabels", "Prepayments"),
    "paymentmethod": QT_TRANSLATE_NOOP("ProvetLabels", "Payment methods"),
    "insuranceclaim": QT_TRANSLATE_NOOP("ProvetLabels", "Insurance claims"),
    "insuranceclaimclient": QT_TRANSLATE_NOOP("ProvetLabels", "Insurance claim clients"),
    "insuranceclaimpatient": QT_TRANSLATE_NOOP("ProvetLabels", "Insurance claim patients"),
    "departmentgroup": QT_TRANSLATE_NOOP("ProvetLabels", "Site groups"),
    "userdetails": QT_TRANSLATE_NOOP("ProvetLabels", "User details"),
    "usergroup": QT_TRANSLATE_NOOP("ProvetLabels", "User groups"),
    "itemlist": QT_TRANSLATE_NOOP("ProvetLabels", "Item lists"),
    "item": QT_TRANSLATE_NOOP("ProvetLabels", "Catalogue items"),
    "procedure": QT_TRANSLATE_NOOP("ProvetLabels", "Procedures"),
    "medicine": QT_TRANSLATE_NOOP("ProvetLabels", "Medicines"),
    "supply": QT_TRANSLATE_NOOP("ProvetLabels", "Supplies"),
    "food": QT_TRANSLATE_NOOP("ProvetLabels", "Foods"),
    "laboratoryanalysis": QT_TRANSLATE_NOOP("ProvetLabels", "Laboratory analyses"),
    "laboratoryanalysispanel": QT_TRANSLATE_NOOP("ProvetLabels", "Laboratory analysis panels"),
    "itemsubgroup": QT_TRANSLATE_NOOP("ProvetLabels", "Item subgroups"),
    "invoicegroup": QT_TRANSLATE_NOOP("ProvetLabels", "Invoice groups"),
    "vatgroup": QT_TRANSLATE_NOOP("ProvetLabels", "VAT groups"),
    "text_template": QT_TRANSLATE_NOOP("ProvetLabels", "Text templates"),
    "itemtemplate": QT_TRANSLATE_NOOP("ProvetLabels", "Item templates"),
    "itemtemplateitem": QT_TRANSLATE_NOOP("ProvetLabels", "Item template items"),
    "alternativepricing": QT_TRANSLATE_NOOP("ProvetLabels", "Alternative pricing"),
    "list": QT_TRANSLATE_NOOP("ProvetLabels", "Lists"),
    "listitem": QT_TRANSLATE_NOOP("ProvetLabels", "List items"),
    "codelist": QT_TRANSLATE_NOOP("ProvetLabels", "Code lists"),
    "holdingplacenumbers": QT_TRANSLATE_NOOP("ProvetLabels", "Holding place numbers"),
    "stock/item": QT_TRANSLATE_NOOP("ProvetLabels", "Stock items"),
    "stocklevel": QT_TRANSLATE_NOOP("ProvetLabels", "Stock levels"),
    "stock/location": QT_TRANSLATE_NOOP("ProvetLabels", "Stock locations"),
    "stock/batch": QT_TRANSLATE_NOOP("ProvetLabels", "Stock batches"),
    "stock/entry": QT_TRANSLATE_NOOP("ProvetLabels", "Stock entries"),
    "wholesaler": QT_TRANSLATE_NOOP("ProvetLabels", "Wholesalers"),
    "order": QT_TRANSLATE_NOOP("ProvetLabels", "Orders"),
    "orderitem": QT_TRANSLATE_NOOP("ProvetLabels", "Order items"),
    "diagnosticimaging_worklist": QT_TRANSLATE_NOOP("ProvetLabels", "Imaging worklist"),
    "modality": QT_TRANSLATE_NOOP("ProvetLabels", "Imaging modalities"),
    "imagingcategory": QT_TRANSLATE_NOOP("ProvetLabels", "Imaging categories"),
    "imagingsubcategory": QT_TRANSLATE_NOOP("ProvetLabels", "Imaging subcategories"),
    "targetarea": QT_TRANSLATE_NOOP("ProvetLabels", "Target areas"),
    "resource": QT_TRANSLATE_NOOP("ProvetLabels", "Imaging resources"),
    "consultation_items/procedure": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation procedures"),
    "consultation_items/medicine": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation medicines"),
    "consultation_items/supply": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation supplies"),
    "consultation_items/food": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation foods"),
    "consultation_items/analysis": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation analyses"),
    "treatmentplan": QT_TRANSLATE_NOOP("ProvetLabels", "Treatment plans"),
    "treatmentplanprocedure": QT_TRANSLATE_NOOP("ProvetLabels", "Treatment plan procedures"),
    "treatmentplanmedicine": QT_TRANSLATE_NOOP("ProvetLabels", "Treatment plan medicines"),
    "treatmentplansupply": QT_TRANSLATE_NOOP("ProvetLabels", "Treatment plan supplies"),
    "treatmentplanfood": QT_TRANSLATE_NOOP("ProvetLabels", "Treatment plan foods"),
    "estimate": QT_TRANSLATE_NOOP("ProvetLabels", "Estimates"),
    "estimateitem": QT_TRANSLATE_NOOP("ProvetLabels", "Estimate items"),
    "consultationitemtemplate": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation bundles"),
    "consultation_laboratory_referral": QT_TRANSLATE_NOOP("ProvetLabels", "Laboratory referrals"),
    "consultation_sample": QT_TRANSLATE_NOOP("ProvetLabels", "Laboratory samples"),
    "diagnosticimaging_referral": QT_TRANSLATE_NOOP("ProvetLabels", "Imaging referrals"),
    "consultation_targetarea": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation target areas"),
    "appointment": QT_TRANSLATE_NOOP("ProvetLabels", "Appointments"),
    "shift": QT_TRANSLATE_NOOP("ProvetLabels", "Shifts"),
    "shifttype": QT_TRANSLATE_NOOP("ProvetLabels", "Shift types"),
    "reason": QT_TRANSLATE_NOOP("ProvetLabels", "Appointment reasons"),
    "reason_group": QT_TRANSLATE_NOOP("ProvetLabels", "Reason groups"),
    "cancellationreason": QT_TRANSLATE_NOOP("ProvetLabels", "Cancellation reasons"),
    "triage": QT_TRANSLATE_NOOP("ProvetLabels", "Triage"),
    "triage_category": QT_TRANSLATE_NOOP("ProvetLabels", "Triage categories"),
    "triage_entry": QT_TRANSLATE_NOOP("ProvetLabels", "Triage entries"),
    "veterinarians_availibility": QT_TRANSLATE_NOOP("ProvetLabels", "Veterinarians’ availability"),
    "onlinebookingclient": QT_TRANSLATE_NOOP("ProvetLabels", "Online booking clients"),
    "onlinebookingpatient": QT_TRANSLATE_NOOP("ProvetLabels", "Online booking patients"),
}
assert set(ENDPOINT_NAMES) == set(ENDPOINTS)

# How a method reads, by the kind of value it compares (dates read "before"/"after").
_METHOD_WORDS: dict[str, str] = {
    "is": QT_TRANSLATE_NOOP("ProvetLabels", "is"),
    "is_not": QT_TRANSLATE_NOOP("ProvetLabels", "is not"),
    "range": QT_TRANSLATE_NOOP("ProvetLabels", "between"),
    "not_in_range": QT_TRANSLATE_NOOP("ProvetLabels", "not between"),
    "icontains": QT_TRANSLATE_NOOP("ProvetLabels", "contains"),
    "icontains_not": QT_TRANSLATE_NOOP("ProvetLabels", "does not contain"),
    "contains": QT_TRANSLATE_NOOP("ProvetLabels", "contains (same capitals)"),
    "contains_not": QT_TRANSLATE_NOOP("ProvetLabels", "does not contain (same capitals)"),
    "in": QT_TRANSLATE_NOOP("ProvetLabels", "is one of"),
    "not_in": QT_TRANSLATE_NOOP("ProvetLabels", "is none of"),
    "is_null": QT_TRANSLATE_NOOP("ProvetLabels", "is empty"),
}
_DATE_WORDS: dict[str, str] = {
    "lt": QT_TRANSLATE_NOOP("ProvetLabels", "before"),
    "lte": QT_TRANSLATE_NOOP("ProvetLabels", "on or before"),
    "gt": QT_TRANSLATE_NOOP("ProvetLabels", "after"),
    "gte": QT_TRANSLATE_NOOP("ProvetLabels", "on or after"),
}
_NUMBER_WORDS: dict[str, str] = {
    "lt": QT_TRANSLATE_NOOP("ProvetLabels", "less than"),
    "lte": QT_TRANSLATE_NOOP("ProvetLabels", "at most"),
    "gt": QT_TRANSLATE_NOOP("ProvetLabels", "more than"),
    "gte": QT_TRANSLATE_NOOP("ProvetLabels", "at least"),
}
_SYNONYMS = {"eq": "is", "not_eq": "is_not", "neq": "is_not"}

# The methods offered in the picker for each kind of field (synonyms are accepted, not offered).
_TEXT_METHODS = ("icontains", "is", "is_not", "icontains_not", "contains", "contains_not", "in", "not_in",
                 "is_null")  # fmt: skip
_ORDERED_METHODS = ("is", "is_not", "gte", "lte", "gt", "lt", "range", "not_in_range", "in", "not_in",
                    "is_null")  # fmt: skip
_DATE_METHODS = ("gte", "lt", "lte", "gt", "range", "not_in_range", "is_null")
_BOOL_METHODS = ("is", "is_not", "is_null")
_REF_METHODS = ("is", "is_not", "in", "not_in", "is_null")
assert {*_TEXT_METHODS, *_ORDERED_METHODS, *_SYNONYMS} == set(METHODS)

INVOICE_STATUS_WORDS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("ProvetLabels", "Draft"),
    1: QT_TRANSLATE_NOOP("ProvetLabels", "Sent"),
    2: QT_TRANSLATE_NOOP("ProvetLabels", "Open"),
    3: QT_TRANSLATE_NOOP("ProvetLabels", "Finalized"),
    4: QT_TRANSLATE_NOOP("ProvetLabels", "Invoicing"),
    99: QT_TRANSLATE_NOOP("ProvetLabels", "Voided"),
}
assert set(INVOICE_STATUS_WORDS) == set(INVOICE_STATUS)

# A consultation's stage, read from its documented times (Provet publishes no list of its status
# codes): the last step it reached.
_CONSULTATION_STAGES: tuple[tuple[str, str], ...] = (
    ("ended", QT_TRANSLATE_NOOP("ProvetLabels", "Closed")),
    ("finished", QT_TRANSLATE_NOOP("ProvetLabels", "Finished")),
    ("started", QT_TRANSLATE_NOOP("ProvetLabels", "In progress")),
    ("admitted_time", QT_TRANSLATE_NOOP("ProvetLabels", "Admitted")),
)
_PLANNED = QT_TRANSLATE_NOOP("ProvetLabels", "Planned")
_STATUS_CODE = QT_TRANSLATE_NOOP("ProvetLabels", "Provet status code {code}")
_STATUS_OTHER = QT_TRANSLATE_NOOP("ProvetLabels", "Status {code}")
_ID_TIP = QT_TRANSLATE_NOOP("ProvetLabels", "{what} no. {id}")
_YES = QT_TRANSLATE_NOOP("ProvetLabels", "Yes")
_NO = QT_TRANSLATE_NOOP("ProvetLabels", "No")
_NO_NUMBER = QT_TRANSLATE_NOOP("ProvetLabels", "no. {id}")

PATH_SEPARATOR = " › "

# What each webhook parameter names (the subscriptions list, the inbox's trigger column).
TRIGGERS: dict[str, str] = {
    "accountingreport_id": QT_TRANSLATE_NOOP("ProvetLabels", "Accounting report"),
    "appointment_id": QT_TRANSLATE_NOOP("ProvetLabels", "Appointment"),
    "reminder_id": QT_TRANSLATE_NOOP("ProvetLabels", "Appointment reminder"),
    "client_id": QT_TRANSLATE_NOOP("ProvetLabels", "Client"),
    "communicationpreference_id": QT_TRANSLATE_NOOP("ProvetLabels", "Communication preference"),
    "consultation_id": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation"),
    "consultationitem_id": QT_TRANSLATE_NOOP("ProvetLabels", "Consultation item"),
    "diagnosticimagingworklist_id": QT_TRANSLATE_NOOP("ProvetLabels", "Imaging worklist"),
    "insuranceclaim_id": QT_TRANSLATE_NOOP("ProvetLabels", "Insurance claim"),
    "invoice_id": QT_TRANSLATE_NOOP("ProvetLabels", "Invoice"),
    "invoicepayment_id": QT_TRANSLATE_NOOP("ProvetLabels", "Invoice payment"),
    "laboratory_referral_id": QT_TRANSLATE_NOOP("ProvetLabels", "Laboratory referral"),
    "organizationitem_id": QT_TRANSLATE_NOOP("ProvetLabels", "Catalogue item"),
    "item_id": QT_TRANSLATE_NOOP("ProvetLabels", "Catalogue item (by type)"),
    "patient_id": QT_TRANSLATE_NOOP("ProvetLabels", "Patient"),
    "unallocatedpayment_id": QT_TRANSLATE_NOOP("ProvetLabels", "Prepayment"),
    "user_id": QT_TRANSLATE_NOOP("ProvetLabels", "User"),
}
# An inbox event's state.
EVENT_STATES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("ProvetLabels", "Waiting"),
    "processing": QT_TRANSLATE_NOOP("ProvetLabels", "Being processed"),
    "done": QT_TRANSLATE_NOOP("ProvetLabels", "Done"),
    "failed": QT_TRANSLATE_NOOP("ProvetLabels", "Failed"),
}
assert set(TRIGGERS) == set(PARAM_TO_ENDPOINT)


# -- names of things -----------------------------------------------------------------------


def field_label(name: str) -> str:
    """A field's name as a word (the wire name when the seed does not describe it)."""
    source = FIELDS.get(name)
    return _t(source) if source else name


def path_label(endpoint: str, path: str) -> str:
    """A filter path as words: ``client.firstname`` → "Client › First name"."""
    return PATH_SEPARATOR.join(field_label(part) for part in path.split("."))


def endpoint_label(name: str) -> str:
    """An endpoint as words ("Invoice rows"); its wire name if the catalogue lacks it."""
    source = ENDPOINT_NAMES.get(name)
    return _t(source) if source else name


def field_of(endpoint: str, path: str) -> Field | None:
    """The field a (dotted) path names, None when the schema does not know it."""
    ep = ENDPOINTS.get(endpoint)
    found: Field | None = None
    for part in path.split("."):
        if ep is None:
            return None
        found = ep.fields.get(part)
        if found is None:
            return None
        ep = ENDPOINTS.get(found.target) if found.is_relation else None
    return found


def methods_for(kind: Kind) -> tuple[str, ...]:
    """The methods a person is offered for a field of that kind, most useful first."""
    if kind == Kind.STR:
        return _TEXT_METHODS
    if kind in (Kind.DATETIME, Kind.DATE):
        return _DATE_METHODS
    if kind == Kind.BOOL:
        return _BOOL_METHODS
    if kind in (Kind.REF, Kind.REFS):
        return _REF_METHODS
    return _ORDERED_METHODS


def method_label(method: str, kind: Kind = Kind.STR) -> str:
    """A method as words for a field of that kind (``gte`` on a date: "on or after")."""
    method = _SYNONYMS.get(method, method)
    if method in _DATE_WORDS:
        words = _DATE_WORDS if kind in (Kind.DATETIME, Kind.DATE) else _NUMBER_WORDS
        return _t(words[method])
    source = _METHOD_WORDS.get(method)
    return _t(source) if source else method


def trigger_label(param: str) -> str:
    """What a webhook parameter names, as a word (``consultation_id`` → "Consultation")."""
    source = TRIGGERS.get(param)
    return _t(source) if source else param


def event_state(state: str) -> str:
    """An inbox event's state as a word."""
    source = EVENT_STATES.get(state)
    return _t(source) if source else state


def yes_no(value: bool) -> str:
    """Yes or No in the UI's language."""
    return _t(_YES if value else _NO)


def id_tip(endpoint: str, oid: int | None) -> str:
    """The hover text naming a related object's id ("Client no. 4")."""
    if oid is None:
        return ""
    if endpoint not in FIELDS:  # no singular word for it: the number alone
        return _t(_NO_NUMBER).format(id=oid)
    return _t(_ID_TIP).format(what=field_label(endpoint), id=oid)


def refusal(exc: BaseException, endpoint: str) -> str:
    """Why a filter is refused, in the UI's language with the field and method in words (the
    filter builder's own English otherwise)."""
    if not isinstance(exc, FilterRefused):
        return str(exc)
    values = dict(exc.values)
    path = values.get("path", "")
    kind = fld.kind if (fld := field_of(endpoint, path)) is not None else Kind.STR
    if path:
        values["path"] = path_label(endpoint, path)
    if "method" in values:
        values["method"] = method_label(values["method"], kind)
    return render(exc.template, values, "ProvetFilters", QtCore.QCoreApplication.translate)


# -- values --------------------------------------------------------------------------------


def _moment(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        try:
            moment = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def local_time(value: Any) -> str:
    """A Provet time (UTC, ``…Z``) in the desk's time zone, written the UI locale's short way
    (``18/05/2017 12:35`` in French); the text as given when it is not a time."""
    moment = _moment(value)
    if moment is None:
        return "" if value is None else str(value)
    local = moment.astimezone()  # the desk's zone (TZ / Windows' setting)
    wall = QtCore.QDateTime(
        QtCore.QDate(local.year, local.month, local.day), QtCore.QTime(local.hour, local.minute)
    )
    return QtCore.QLocale().toString(wall, QtCore.QLocale.FormatType.ShortFormat)


def local_date(value: Any) -> str:
    """An ISO date (``2026-03-10``) the UI locale's short way (``10/03/2026``)."""
    text = str(value or "").strip()
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    return QtCore.QLocale().toString(
        QtCore.QDate(day.year, day.month, day.day), QtCore.QLocale.FormatType.ShortFormat
    )


def number(value: Any, decimals: int | None = None) -> str:
    """A decimal the UI locale's way (``12,50``); the text as given when it is not a number."""
    try:
        dec = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not dec.is_finite():
        return str(value)
    places = decimals if decimals is not None else max(0, -int(dec.as_tuple().exponent))
    return QtCore.QLocale().toString(float(dec), "f", places)


def money(value: Any, currency: str) -> str:
    """An amount with its currency (``110,00 €``)."""
    symbol = {"EUR": "€", "BRL": "R$"}.get(currency, currency)
    try:
        amount = float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return str(value)
    return QtCore.QLocale().toCurrencyString(amount, symbol or QtCore.QLocale().currencySymbol(), 2)


def status_word(endpoint: str, obj: Mapping[str, Any]) -> tuple[str, str]:
    """An object's status as a word, and its code for the tooltip: an invoice's from Provet's
    list, a consultation's from the last step its times show."""
    code = obj.get("status")
    tip = _t(_STATUS_CODE).format(code=code) if code is not None else ""
    if endpoint == "invoice" and isinstance(code, int) and code in INVOICE_STATUS_WORDS:
        return _t(INVOICE_STATUS_WORDS[code]), tip
    if endpoint == "consultation":
        for name, word in _CONSULTATION_STAGES:
            if obj.get(name):
                return _t(word), tip
        return _t(_PLANNED), tip
    return ("" if code is None else _t(_STATUS_OTHER).format(code=code)), tip


def _related(target: str, value: Any, names: Names) -> tuple[str, int | None]:
    """A related object (URL, id or exposed object) as its name, and its id."""
    if isinstance(value, dict):
        oid = value.get("id") if isinstance(value.get("id"), int) else id_from_url(str(value.get("url", "")))
        name = display_name(target, value)
    else:
        oid = value if isinstance(value, int) and not isinstance(value, bool) else id_from_url(str(value))
        name = names.get((target, oid), "") if oid is not None else ""
    if not name:
        name = _t(_NO_NUMBER).format(id=oid) if oid is not None else str(value)
    return name, oid


def show(endpoint: str, name: str, obj: Mapping[str, Any], names: Names) -> tuple[str, str]:
    """One field of an object as a person reads it, and its tooltip (the ids of related objects,
    a status's code, a long text whole)."""
    value = obj.get(name)
    fld = field_of(endpoint, name)
    if name == "status":
        return status_word(endpoint, obj)
    if value is None or value == "" or value == []:
        return "", ""
    if (fld is not None and fld.is_relation) or (fld is None and _looks_related(value)):
        target = fld.target if fld is not None else _target_of(value)
        items = value if isinstance(value, list) else [value]
        shown = [_related(target, v, names) for v in items]
        text = ", ".join(s for s, _ in shown)
        tip = ", ".join(id_tip(target, oid) for _, oid in shown if oid is not None)
        return text, tip
    kind = fld.kind if fld is not None else None
    if kind == Kind.DATETIME:
        return local_time(value), ""
    if kind == Kind.DATE:
        return local_date(value), ""
    if kind == Kind.BOOL or isinstance(value, bool):
        return yes_no(bool(value)), ""
    if name in ("total", "price", "unit_price", "amount") and obj.get("currency"):
        return money(value, str(obj.get("currency"))), ""
    if kind == Kind.DECIMAL or name in ("total", "price", "unit_price", "amount"):
        return number(value), ""
    if isinstance(value, dict):
        return display_name(name, value) or str(value.get("id", "")), ""
    text = str(value)
    return text, text if len(text) > 40 else ""


def _looks_related(value: Any) -> bool:
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(isinstance(v, str) and "/api/" in v and id_from_url(v) for v in items)


def _target_of(value: Any) -> str:
    first = value[0] if isinstance(value, list) else value
    parts = str(first).rstrip("/").split("/")
    return parts[-2] if len(parts) >= 2 else ""
