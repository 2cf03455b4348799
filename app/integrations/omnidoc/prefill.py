"""Prefill an Omnidoc request from an owner source (a client, or a patient through its owner).

The request is about a person: the source gives the names, e-mail, phone and address. When the
vet starts from an animal, the owner is resolved from the animal and the animal is named at the
top of the request text, so the expert knows which file it is about. Which source is used is
decided above the integrations (``app.ops.omnidoc_prefill``); here it is only an
:class:`~app.integrations.omnidoc.owner_source.OwnerSource`.
"""

from __future__ import annotations

from app.core.errors import InputError
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.core.validators import Invalid
from app.integrations.omnidoc.fields import normalise
from app.integrations.omnidoc.owner_source import Owner, OwnerSource


def national_phone(phone: str) -> str:
    """The form's phone (Omnidoc's own normaliser: +33 6 12 34 56 78 → 0612345678); a number it
    cannot read is kept as the source stores it, for the form to show what is wrong."""
    try:
        return normalise("patient_phone", phone)
    except Invalid:
        return phone.strip()


def fields_from_owner(owner: Owner) -> dict[str, str]:
    """The form fields an owner fills (only those the source knows)."""
    address = " ".join(part.strip() for part in (owner.street, owner.zip_code, owner.city) if part.strip())
    values = {
        "patient_first_name": owner.first_name.strip(),
        "patient_last_name": owner.last_name.strip(),
        "patient_email": owner.email.strip(),
        "patient_phone": national_phone(owner.phone),
        "patient_address": address,
    }
    return {name: value for name, value in values.items() if value}


async def prefill(
    source: OwnerSource, *, owner_id: int | None = None, animal_id: int | None = None
) -> dict[str, str]:
    """The form fields ``source`` knows for this owner, or for this animal's owner.

    Raises the source's errors (not found, auth, network) with their sentences."""
    if (owner_id is None) == (animal_id is None):
        raise InputError(
            Sentence(
                "errors", QT_TRANSLATE_NOOP("errors", "Give an owner number or an animal number, not both.")
            )
        )
    text = ""
    if animal_id is not None:
        animal = await source.animal(animal_id)
        if animal.owner_id is None:
            raise InputError(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP("errors", "{source} patient {animal} has no owner to prefill from."),
                    source=source.title,
                    animal=animal_id,
                )
            )
        owner_id = animal.owner_id
        name = animal.name.strip()
        if animal.species.strip():
            name = f"{name} ({animal.species.strip()})"
        text = f"Animal : {name} — patient {source.title} n° {animal_id}.\n"
    assert owner_id is not None
    values = fields_from_owner(await source.owner(owner_id))
    if text:
        values["text"] = text
    return values
