"""Names of related Provet objects (app.integrations.provet.naming): read from the objects, the
cache first, then one ``id__in`` request per endpoint against the sandbox, stored as fetched."""

from __future__ import annotations

from typing import Any

from app.integrations.provet import naming
from app.integrations.provet.cache import cached_by_id
from app.integrations.provet.sandbox import ProvetSandbox
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)

BASE = "https://provetcloud.com/1234/api/0.1/"


def test_display_names_and_references() -> None:
    assert naming.display_name("client", {"firstname": "Marie", "lastname": "Le Gall"}) == "Marie Le Gall"
    assert naming.display_name("user", {"first_name": "Camille", "last_name": None}) == "Camille"
    assert naming.display_name("patient", {"name": "Rex"}) == "Rex"
    assert naming.display_name("invoice", {"number": None}) == ""
    consultation = {
        "url": f"{BASE}consultation/338/",
        "client": f"{BASE}client/1/",
        "patients": [f"{BASE}patient/1/", f"{BASE}patient/2/"],
        "supervising_veterinarian": f"{BASE}user/1/",
        "department": {"id": 1, "name": "Rennes"},  # exposed: it carries its own name
        "complaint": "Test consultation",
    }
    assert naming.references("consultation", [consultation]) == {
        "client": {1},
        "patient": {1, 2},
        "user": {1},
    }


async def test_names_fetched_once_with_id_in_then_read_from_the_cache(
    provet_ctx: Any, provet_sim: ProvetSandbox
) -> None:
    clients = sorted(provet_sim.objects["client"])[:3]
    vets = sorted(provet_sim.objects["user"])[:2]
    wanted = {"client": set(clients), "user": set(vets)}
    names = await naming.resolve_names(provet_ctx, wanted)
    for cid in clients:
        c = provet_sim.objects["client"][cid]
        assert names[("client", cid)] == f"{c['firstname']} {c['lastname']}"
    for uid in vets:
        u = provet_sim.objects["user"][uid]
        assert names[("user", uid)] == f"{u['first_name']} {u['last_name']}"
    assert provet_sim.hits["client"] == 1 and provet_sim.hits["user"] == 1  # one id__in request each
    assert set(cached_by_id(provet_ctx, "client", clients)) == set(clients)  # stored as fetched
    again = await naming.resolve_names(provet_ctx, wanted)
    assert again == names and provet_sim.hits["client"] == 1 and provet_sim.hits["user"] == 1
    # An id Provet does not have gets no name (the table keeps showing its number).
    missing = await naming.resolve_names(provet_ctx, {"client": {999_999}})
    assert missing == {}
