"""What Omnidoc needs from a system that knows the clinic's clients and their animals.

The interface of "Fill from Provet": Omnidoc's own plain data (:class:`Owner`, :class:`Animal`)
and the :class:`OwnerSource` protocol a practice-management integration implements. Omnidoc
imports no other integration; the implementation lives with the source
(``app.integrations.provet.omnidoc_source``) and is wired in ``app.ops.omnidoc_prefill``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Owner:
    """The person a request is about, as the source knows them (empty strings when unknown)."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""  # as the source stores it; Omnidoc's form wants 10 digits
    street: str = ""
    zip_code: str = ""
    city: str = ""


@dataclass(frozen=True)
class Animal:
    """An animal (a patient of the clinic) and who owns it."""

    name: str = ""
    species: str = ""
    owner_id: int | None = None


class OwnerSource(Protocol):
    """A system that finds an owner by number, or an animal and its owner's number."""

    @property
    def title(self) -> str:
        """The system's name as users know it (e.g. "Provet Cloud"), for messages and the text."""
        ...

    async def owner(self, owner_id: int) -> Owner:
        """The owner with this number; raises the source's own errors (not found, network…)."""
        ...

    async def animal(self, animal_id: int) -> Animal:
        """The animal with this number; raises the source's own errors."""
        ...
