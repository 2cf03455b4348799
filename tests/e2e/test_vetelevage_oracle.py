"""The Vétélevage sandbox is an oracle (issue 14 item 10): written without the client's models,
a dictionary over several pages that changes between syncs, many linked accounts, faults."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.routing import Mount

from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.dictionary import dictionary_size, sync_dictionary
from app.integrations.vetelevage.sandbox import VetelevageSandbox
from tests.e2e.vetelevage_fixtures import control

pytestmark = pytest.mark.e2e

SANDBOX = Path(__file__).resolve().parents[2] / "app" / "integrations" / "vetelevage" / "sandbox.py"
# What a simulator written from the seed and the spec may use of the app: the sandbox plumbing
# and its own sample data — never the client, its models, validators or the workflows.
ALLOWED = {
    "app.integrations.base",
    "app.integrations.vetelevage.sample_data",
    "app.core.sandbox_spec",
    "app.core.sandbox",  # the simulators' shared plumbing (HTTP Basic check), not client code
}
TYPING_ONLY = {"app.core.context"}  # AppContext, for the demo hook's signature


def test_the_sandbox_imports_nothing_of_the_client_anywhere_in_its_file() -> None:
    imported: set[str] = set()
    for node in ast.walk(ast.parse(SANDBOX.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            package = node.module == "app.integrations.vetelevage"  # its modules by name
            imported.update(f"{node.module}.{a.name}" if package else node.module for a in node.names)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    from_app = {m for m in imported if m == "app" or m.startswith("app.")}
    assert from_app <= ALLOWED | TYPING_ONLY, f"the sandbox imports {sorted(from_app - ALLOWED)}"
    assert "lazy(" in SANDBOX.read_text(encoding="utf-8"), "the demo's seeding is only named, never imported"


def test_importing_and_serving_the_sandbox_loads_no_client_module() -> None:
    code = (
        "import sys, json\n"
        "from app.integrations.vetelevage.sandbox import sandbox\n"
        "spec = sandbox(0)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('app.'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(json.loads(out.stdout))
    forbidden = {
        m
        for m in loaded
        if m.startswith("app.integrations.vetelevage.")
        and m not in ALLOWED | {"app.integrations.vetelevage.sandbox"}
    }
    assert not forbidden and "app.core.validators" not in loaded, sorted(forbidden)


def product_rows(ctx: Any) -> dict[str, str]:
    with ctx.db.read() as conn:
        return dict(conn.execute(sa.select(t.products.c.id, t.products.c.libelle)).all())  # type: ignore[arg-type]


async def test_the_dictionary_spans_pages_and_changes_between_syncs(
    vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox
) -> None:
    first = await sync_dictionary(vet_ctx)
    pages = [p for method, p in sim.requests if method == "GET" and p.endswith("/produits")]
    assert len(pages) == 2, "33 products, at most 25 a page: the client follows `pages`"
    assert first["produits"] == dictionary_size(vet_ctx) == len(sim.products) == 33
    assert first["products_added"] == 33
    renamed, removed = "P-884211", "PC-1201"
    changes = control(
        vet_server,
        "dictionary",
        {
            "rename": {renamed: "OXYTOCINE S 10 UI/ML FLACON 50 ML"},
            "add": [{"id": "P-999001", "libelle": "NOUVEAU VACCIN", "gtin": "03760087150253"}],
            "remove": [removed],
        },
    )
    assert changes == {"renamed": [renamed], "added": ["P-999001"], "removed": [removed]}
    # The next refresh asks only what changed since: the renamed and the added products.
    second = await sync_dictionary(vet_ctx)
    assert second["produits"] == 2 and second["products_changed"] == 1 and second["products_added"] == 1
    rows = product_rows(vet_ctx)
    assert rows[renamed] == "OXYTOCINE S 10 UI/ML FLACON 50 ML" and rows["P-999001"] == "NOUVEAU VACCIN"
    assert removed in rows, "a removal cannot show in a list of changes"
    # A full listing (weekly, or asked) removes what the dictionary no longer holds.
    third = await sync_dictionary(vet_ctx, full=True)
    assert third["products_removed"] == 1 and third["products_changed"] == 0
    assert removed not in product_rows(vet_ctx) and dictionary_size(vet_ctx) == 33


async def test_a_product_slipping_between_two_pages_is_not_removed(
    vet_ctx: Any, sim: VetelevageSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    await sync_dictionary(vet_ctx)
    order = list(sim.products)
    first, slipping = order[0], order[25]  # the first product of page 2
    real = sim.produits
    served: list[str] = []

    async def produits(request: Any) -> Any:
        answer = await real(request)
        served.append(request.query_params.get("page", ""))
        if served == ["1"]:  # removed right after page 1: page 2 starts one product later
            sim.change_dictionary({"remove": [first]})
        return answer

    monkeypatch.setattr(sim, "produits", produits)
    from app.integrations.vetelevage.access import make_client

    served_app = Starlette(routes=[Mount("/vetelevage", app=sim.app())])  # as the server mounts it
    async with make_client(vet_ctx, transport=httpx.ASGITransport(app=served_app)) as client:
        counts = await sync_dictionary(vet_ctx, client, full=True)
    assert served.count("1") == 2, "a second listing checks what the first one missed"
    rows = product_rows(vet_ctx)
    assert slipping in rows, "a product that only slipped between two pages is kept"
    assert counts["products_removed"] == 0
    # The removed product was listed on page 1: the next full listing removes it.
    again = await sync_dictionary(vet_ctx, full=True)
    assert again["products_removed"] == 1 and first not in product_rows(vet_ctx)


def test_the_saas_sandbox_serves_hundreds_of_linked_accounts() -> None:
    sim = VetelevageSandbox(0, linked_accounts=500, visits_per_account=10)
    linked = [cid for cid, info in sim.account_info.items() if info["actif"]]
    assert len(linked) == 502 and sum(len(sim.accounts[c].pending) for c in linked) == 5020
    assert len({v["id"] for c in linked for v in sim.accounts[c].pending}) == 5020, "visit ids are unique"


async def test_one_account_can_be_made_to_fail(vet_ctx: Any, vet_server: Any) -> None:
    vet_ctx.settings.vetelevage.mode = "saas"
    answer = control(vet_server, "fault", {"compte": "C456", "kind": "server_error", "times": 1})
    assert answer["fault"]["kind"] == "server_error"
    from app.integrations.vetelevage.access import make_client

    async with make_client(vet_ctx) as client:
        client.retry.max_retries = 0
        lot, _raw = await client.get_visites("C123")
        assert lot.visites
        with pytest.raises(Exception, match="problem|500|interne"):
            await client.get_visites("C456")
        again, _ = await client.get_visites("C456")  # once only
        assert again.visites


def test_passerelle_sandbox_takes_the_saas_load_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.integrations.vetelevage.sandbox import ACCOUNTS_ENV, VISITS_ENV, sandbox

    monkeypatch.setenv(ACCOUNTS_ENV, "500")
    monkeypatch.setenv(VISITS_ENV, "10")
    sim: VetelevageSandbox = sandbox(0).extra["sim"]
    assert len(sim.accounts) == 503 and len(sim.accounts["S0500"].pending) == 10
