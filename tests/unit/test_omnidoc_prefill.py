"""Omnidoc's prefill through its owner-source interface, and Provet's objects mapped onto it."""

from __future__ import annotations

import pytest

from app.integrations.omnidoc.owner_source import Animal, Owner
from app.integrations.omnidoc.prefill import prefill
from app.integrations.provet.omnidoc_source import animal_from_patient


class FakeSource:
    """An owner source in memory: two owners, two animals (one without owner)."""

    title = "Clinic Test"

    def __init__(self) -> None:
        self.owners = {7: Owner(first_name="Jeanne", last_name="Martin", phone="+33 6 12 34 56 78")}
        self.animals = {3: Animal(name="Rex", species="Chien", owner_id=7), 4: Animal(name="Stray")}

    async def owner(self, owner_id: int) -> Owner:
        return self.owners[owner_id]

    async def animal(self, animal_id: int) -> Animal:
        return self.animals[animal_id]


async def test_an_owner_fills_the_person_fields() -> None:
    values = await prefill(FakeSource(), owner_id=7)
    assert values == {
        "patient_first_name": "Jeanne",
        "patient_last_name": "Martin",
        "patient_phone": "0612345678",
    }


async def test_an_animal_fills_its_owner_and_is_named_in_the_text() -> None:
    values = await prefill(FakeSource(), animal_id=3)
    assert values["patient_last_name"] == "Martin"
    assert values["text"] == "Animal : Rex (Chien) — patient Clinic Test n° 3.\n"


async def test_an_animal_without_owner_or_an_ambiguous_request_is_a_sentence() -> None:
    with pytest.raises(ValueError, match="Clinic Test patient 4 has no owner"):
        await prefill(FakeSource(), animal_id=4)
    with pytest.raises(ValueError, match="not both"):
        await prefill(FakeSource(), owner_id=7, animal_id=3)
    with pytest.raises(ValueError, match="not both"):
        await prefill(FakeSource())


def test_a_provet_patient_names_its_owner_by_url_id_or_object() -> None:
    url = "https://provet.example/0001/api/0.1/client/42/"
    assert animal_from_patient({"name": " Rex ", "species": "Dog", "client": url}) == Animal("Rex", "Dog", 42)
    assert animal_from_patient({"name": "Rex", "client": 42}).owner_id == 42
    assert animal_from_patient({"name": "Rex", "client": {"id": 5, "url": ""}}).owner_id == 5
    assert animal_from_patient({"name": "Rex", "client": ""}).owner_id is None
