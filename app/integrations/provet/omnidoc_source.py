"""Provet Cloud as Omnidoc's owner source: "Fill from Provet" in the Omnidoc form.

The one place where two integrations meet (a named exception of the independence contract in
pyproject.toml): Provet's clients and patients become Omnidoc's plain
:class:`~app.integrations.omnidoc.owner_source.Owner` and ``Animal``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from app.integrations.omnidoc.owner_source import Animal, Owner
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.connection import make_client
from app.integrations.provet.models import Ref

if TYPE_CHECKING:
    from app.core.context import AppContext


def configured(ctx: AppContext) -> bool:
    """Whether Provet Cloud is set up on this desk (its API address is known)."""
    return bool(ctx.settings.provet.base_url)


def _phone(client: dict[str, Any]) -> str:
    for key in ("phone_numbers", "phones"):
        numbers = client.get(key)
        if isinstance(numbers, list):
            for item in numbers:
                value = item.get("phone_number") if isinstance(item, dict) else item
                if value:
                    return str(value)
    for key in ("phone", "mobile", "phone_number"):
        if client.get(key):
            return str(client[key])
    return ""


def _text(value: Any) -> str:
    return str(value or "").strip()


def owner_from_client(client: dict[str, Any]) -> Owner:
    """A Provet Cloud client object as Omnidoc's owner."""
    return Owner(
        first_name=_text(client.get("firstname")),
        last_name=_text(client.get("lastname")),
        email=_text(client.get("email")),
        phone=_phone(client),
        street=_text(client.get("street_address")),
        zip_code=_text(client.get("zip_code")),
        city=_text(client.get("city")),
    )


def _owner_id(patient: dict[str, Any]) -> int | None:
    """The patient's client, given by Provet as a URL, an id or an exposed object."""
    owner = patient.get("client")
    if owner in (None, ""):
        return None
    try:
        return Ref.model_validate(owner).id
    except ValidationError:
        return None


def animal_from_patient(patient: dict[str, Any]) -> Animal:
    """A Provet Cloud patient object as Omnidoc's animal."""
    return Animal(
        name=_text(patient.get("name")), species=_text(patient.get("species")), owner_id=_owner_id(patient)
    )


class ProvetOwnerSource:
    """Omnidoc's :class:`~app.integrations.omnidoc.owner_source.OwnerSource` over Provet's API."""

    title = "Provet Cloud"

    def __init__(self, api: ProvetClient) -> None:
        self.api = api

    @classmethod
    @asynccontextmanager
    async def open(cls, ctx: AppContext) -> AsyncIterator[ProvetOwnerSource]:
        """A source on its own Provet client, closed on exit (raises NotConfigured if not set up)."""
        api = make_client(ctx)
        try:
            yield cls(api)
        finally:
            await api.aclose()

    async def owner(self, owner_id: int) -> Owner:
        """The Provet Cloud client with this id."""
        return owner_from_client(await self.api.get_object("client", owner_id))

    async def animal(self, animal_id: int) -> Animal:
        """The Provet Cloud patient with this id."""
        return animal_from_patient(await self.api.get_object("patient", animal_id))
