"""Prefill an Omnidoc request from a Provet Cloud client (or a patient, through its owner).

The request is about a person: the Provet client gives the names, e-mail, phone and address.
When the vet starts from an animal, the owner is resolved from the patient and the animal is
named at the top of the request text, so the expert knows which file it is about.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from app.integrations.provet import service as provet
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.models import Ref


def provet_connected(ctx: Any) -> bool:
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


def _national(phone: str) -> str:
    """Omnidoc wants 10 digits: +33 6 12 34 56 78 → 0612345678 (anything else is kept as typed)."""
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    if digits.startswith("+33") and len(digits) == 12:
        return "0" + digits[3:]
    return digits or phone


def fields_from_client(client: dict[str, Any]) -> dict[str, str]:
    address = " ".join(
        str(part).strip()
        for part in (client.get("street_address"), client.get("zip_code"), client.get("city"))
        if part and str(part).strip()
    )
    values = {
        "patient_first_name": str(client.get("firstname") or "").strip(),
        "patient_last_name": str(client.get("lastname") or "").strip(),
        "patient_email": str(client.get("email") or "").strip(),
        "patient_phone": _national(_phone(client)),
        "patient_address": address,
    }
    return {name: value for name, value in values.items() if value}


def _owner_id(patient: dict[str, Any]) -> int | None:
    """The patient's client, given by Provet as a URL, an id or an exposed object."""
    owner = patient.get("client")
    if owner in (None, ""):
        return None
    try:
        return Ref.model_validate(owner).id
    except ValidationError:
        return None


async def from_provet(
    ctx: Any,
    *,
    client_id: int | None = None,
    patient_id: int | None = None,
    provet_client: ProvetClient | None = None,
) -> dict[str, str]:
    """The form fields Provet knows for this client or this patient's owner.

    Raises the Provet client's errors (not found, auth, network) with their sentences."""
    if (client_id is None) == (patient_id is None):
        raise ValueError("Give a Provet client id or a patient id, not both.")
    own = provet_client is None
    api = provet_client or provet.make_client(ctx)
    try:
        animal = ""
        if patient_id is not None:
            patient = await api.get_object("patient", patient_id)
            client_id = _owner_id(patient)
            species = patient.get("species")
            animal = str(patient.get("name") or "").strip()
            if species:
                animal = f"{animal} ({species})"
            if client_id is None:
                raise ValueError(f"Provet Cloud patient {patient_id} has no owner to prefill from.")
        assert client_id is not None
        values = fields_from_client(await api.get_object("client", client_id))
        if animal:
            values["text"] = f"Animal : {animal} — patient Provet n° {patient_id}.\n"
        return values
    finally:
        if own:
            await api.aclose()
