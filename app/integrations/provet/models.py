"""Provet Cloud wire models (pydantic v2, extra fields kept).

Relations come as absolute URLs (``".../client/1/"``); :class:`Ref` keeps the URL and the id
parsed from it. An exposed relation (``expose_client``) comes as an object: its id is read too.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictStr,
    model_validator,
)

from app.core.pydantic_sentences import invalid
from app.core.secrets import MAX_SECRET_BYTES, MAX_SECRET_CHARS, stored_size
from app.core.tr import QT_TRANSLATE_NOOP

_ID_IN_URL = re.compile(r"/(?P<endpoint>[a-z_/]+?)/(?P<id>\d+)/?(?:\?.*)?$")


def id_from_url(url: str) -> int | None:
    """The id at the end of a Provet object's URL (None when there is none)."""
    m = _ID_IN_URL.search(url or "")
    return int(m.group("id")) if m else None


class Ref(BaseModel):
    """A related object as Provet writes it: its URL, and its id when exposed."""

    model_config = ConfigDict(extra="allow", frozen=True)

    url: str = ""
    id: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_wire(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"url": value, "id": id_from_url(value)}
        if isinstance(value, int) and not isinstance(value, bool):
            return {"url": "", "id": value}
        if isinstance(value, dict):
            out = dict(value)
            if out.get("id") is None:
                out["id"] = id_from_url(str(out.get("url", "")))
            return out
        return value


def _none_if_empty(value: Any) -> Any:
    return None if value == "" else value


OptRef = Annotated[Ref | None, BeforeValidator(_none_if_empty)]


class ProvetObject(BaseModel):
    """Any Provet object: url, id, created, modified, and whatever else it carries."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    url: str = ""
    id: int | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None

    @model_validator(mode="after")
    def _id_from_url(self) -> ProvetObject:
        if self.id is None and self.url:
            self.id = id_from_url(self.url)
        return self


class Department(ProvetObject):
    """A department of the clinic."""

    name: str = ""
    city: str | None = None


class User(ProvetObject):
    """A Provet user (a vet, a nurse, reception)."""

    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    title: str | None = None


class Client(ProvetObject):
    """An animal owner."""

    firstname: str = ""
    lastname: str = ""
    email: str | None = None
    city: str | None = None
    zip_code: str | None = None
    archived: bool = False


class Patient(ProvetObject):
    """An animal."""

    name: str = ""
    species: str | None = None
    breed: str | None = None
    date_of_birth: dt.date | None = None
    client: OptRef = None
    deceased: bool = False


class Consultation(ProvetObject):
    """A consultation and its items."""

    client: OptRef = None
    patients: list[Ref] = Field(default_factory=list)
    complaint: str = ""
    admitted_time: dt.datetime | None = None
    first_entry: dt.datetime | None = None
    started: dt.datetime | None = None
    finished: dt.datetime | None = None
    ended: dt.datetime | None = None
    status: int | None = None
    type: int | None = None
    invoice: OptRef = None
    supervising_veterinarian: OptRef = None
    department: OptRef = None
    consultation_items: list[Ref] = Field(default_factory=list)
    reporting_dimension_1: Any = None
    reporting_dimension_2: Any = None


class ConsultationItem(ProvetObject):
    """One line of a consultation."""

    consultation: OptRef = None
    name: str = ""
    code: str | None = None
    quantity: Decimal | None = None
    price: Decimal | None = None


class Invoice(ProvetObject):
    """An invoice."""

    client: OptRef = None
    consultation: OptRef = None
    department: OptRef = None
    number: str | None = None
    status: int | None = None
    invoice_date: dt.datetime | None = None
    due_date: dt.date | None = None
    total: Decimal | None = None
    currency: str | None = None


class InvoiceRow(ProvetObject):
    """One row of an invoice."""

    invoice: OptRef = None
    name: str = ""
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    vat_percentage: Decimal | None = None
    total: Decimal | None = None


MODELS: dict[str, type[ProvetObject]] = {
    "consultation": Consultation,
    "consultationitem": ConsultationItem,
    "client": Client,
    "patient": Patient,
    "invoice": Invoice,
    "invoicerow": InvoiceRow,
    "department": Department,
    "user": User,
}


def parse_object(endpoint: str, data: Any) -> ProvetObject:
    """An endpoint's object as its model (ProvetObject for the others)."""
    return MODELS.get(endpoint, ProvetObject).model_validate(data)


MAX_CLIENT_ID = 200  # the store's column (tables.provet_registrations); a Provet client id is far shorter


_NOT_A_NUMBER = QT_TRANSLATE_NOOP("errors", "must be a number (the tenant's Provet ID)")
_NOT_WHOLE = QT_TRANSLATE_NOOP("errors", "must be a whole number (the tenant's Provet ID)")


def _provet_id(value: Any) -> Any:
    """The schema says a number; a numeric string is read as one. Never NaN, infinity or a bool."""
    if isinstance(value, bool):
        raise invalid(_NOT_A_NUMBER)
    if isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"[0-9]{1,18}(\.[0-9]+)?", text):
            raise invalid(_NOT_A_NUMBER)
        value = Decimal(text)
    if isinstance(value, float | Decimal) and not math.isfinite(value):
        raise invalid(QT_TRANSLATE_NOOP("errors", "must be a finite number, not NaN or infinity"))
    if isinstance(value, float | Decimal):
        if value != int(value):
            raise invalid(_NOT_WHOLE)
        value = int(value)
    if not isinstance(value, int) or value < 0 or value > 2**63 - 1:
        raise invalid(_NOT_WHOLE)
    return value


def _secret(value: Any) -> Any:
    """What the keyring can hold (the Windows Credential Manager's limit, measured as it stores)."""
    if isinstance(value, str) and stored_size(value) > MAX_SECRET_BYTES:
        raise invalid(
            QT_TRANSLATE_NOOP(
                "errors", "is too long to keep in the keyring (about {chars} characters at most)"
            ),
            chars=MAX_SECRET_CHARS,
        )
    return value


ProvetId = Annotated[int, BeforeValidator(_provet_id)]
Secret = Annotated[StrictStr | None, AfterValidator(_secret)]


class Registration(BaseModel):
    """The hookup registration JSON of the seed's schema. The schema allows extra properties:
    they are kept (``model_extra``)."""

    model_config = ConfigDict(extra="allow")

    provet_id: ProvetId
    client_id: StrictStr = Field(min_length=1, max_length=MAX_CLIENT_ID)
    client_secret: Secret
    algorithm: StrictStr | None = Field(max_length=20)
    authorization_grant_type: StrictStr = Field(max_length=40)
    client_type: StrictStr = Field(max_length=20)
    redirect_uris: StrictStr
    token_url: StrictStr
    authorize_url: StrictStr
    openid_autodiscovery_url: StrictStr | None
