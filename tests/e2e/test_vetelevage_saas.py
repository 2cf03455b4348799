"""SaaS mode is independent per account (issue 14 item 8): one account whose batch fails (a 5xx,
a timeout, an unreadable answer) or that another desk is importing never stops the others;
accounts run a few at once, each under its own lease; the command reports every account."""

from __future__ import annotations

import ast
import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import InputError, describe
from app.core.http import RetryPolicy
from app.core.leases import Holder, release, try_acquire
from app.integrations.base import ConnectionState
from app.integrations.vetelevage import importing
from app.integrations.vetelevage import models as wire
from app.integrations.vetelevage.client import VetelevageAuth, VetelevageClient
from app.integrations.vetelevage.connection import direct_link, link_accounts, status
from app.integrations.vetelevage.importing import AccountsFailed, import_visits
from app.integrations.vetelevage.sandbox import EDITOR_ID, EDITOR_SECRET, VetelevageSandbox
from tests.e2e.vetelevage_fixtures import control

pytestmark = pytest.mark.e2e

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "integrations" / "vetelevage"


def fast_client(ctx: Any, timeout: float = 30.0) -> VetelevageClient:
    """A SaaS client without retries (a failing account fails at once), with a short timeout."""
    base = ctx.settings.vetelevage.base_url
    auth = VetelevageAuth(base, "saas", EDITOR_ID, EDITOR_SECRET)
    return VetelevageClient(base, auth, retry=RetryPolicy(max_retries=0), timeout=timeout)


def saas(ctx: Any) -> Any:
    ctx.settings.vetelevage.mode = "saas"
    ctx.settings.vetelevage.compte = "all"
    return ctx


def open_items(ctx: Any) -> dict[str, str]:
    """The import failures waiting in Needs attention, by account."""
    return {i.ref: i.kind for i in ctx.attention.items("vetelevage") if i.kind == "import_failed"}


@pytest.mark.parametrize(
    ("fault", "sentence"),
    [
        ({"kind": "server_error"}, "problem on its side"),
        ({"kind": "unreadable"}, "unexpected answer"),
        ({"kind": "slow", "delay": 1.5}, "Cannot reach"),
    ],
    ids=["5xx", "unreadable", "timeout"],
)
async def test_one_failing_account_does_not_stop_the_others(
    vet_ctx: Any, vet_server: Any, sim: VetelevageSandbox, fault: dict[str, Any], sentence: str
) -> None:
    saas(vet_ctx)
    control(vet_server, "fault", {"compte": "C123", **fault})  # the first account fails
    async with fast_client(vet_ctx, timeout=0.5) as client:
        with pytest.raises(AccountsFailed) as caught:
            await import_visits(vet_ctx, client)
    by_account = {r.compte: r for r in caught.value.results}
    assert set(by_account) == {"C123", "C456"}
    assert not by_account["C123"].ok and sentence in by_account["C123"].error
    other = by_account["C456"]
    assert other.ok and other.new == 12 and other.acknowledged
    assert sim.accounts["C456"].acknowledged == [other.lot] and sim.accounts["C456"].frozen is None
    assert open_items(vet_ctx) == {"C123": "import_failed"}, "one attention item, for the failing account"
    message = describe(caught.value).text
    assert "1 of 2" in message and "C123" in message
    card = status(vet_ctx)  # C456 imported after C123 failed: the card still says C123 fails
    assert card.state is ConnectionState.FAILING and card.args == {"accounts": "C123"}
    # The account works again: imported, and its attention item cleared.
    control(vet_server, "fault", {"compte": "C123", "kind": "clear"})
    async with fast_client(vet_ctx) as client:
        results = await import_visits(vet_ctx, client)
    assert {r.compte: r.new for r in results} == {"C123": 12, "C456": 0}
    assert open_items(vet_ctx) == {}
    assert status(vet_ctx).state is ConnectionState.CONNECTED


async def test_an_account_another_desk_is_importing_is_left_to_it(
    vet_ctx: Any, sim: VetelevageSandbox
) -> None:
    saas(vet_ctx)
    other_desk = Holder.for_desk("DESK-2")
    assert try_acquire(vet_ctx.db, "vetelevage.import.C123", other_desk) is None
    try:
        with pytest.raises(AccountsFailed) as caught:
            await import_visits(vet_ctx)
    finally:
        release(vet_ctx.db, "vetelevage.import.C123", other_desk)
    by_account = {r.compte: r for r in caught.value.results}
    assert "Already running on DESK-2" in by_account["C123"].error
    assert by_account["C456"].new == 12 and sim.accounts["C123"].frozen is None
    assert "C123" not in open_items(vet_ctx), "no attention item: the other desk is on it"


@pytest.mark.parametrize("concurrency", [4, 2])
async def test_accounts_run_a_few_at_once(
    any_ctx: Any, monkeypatch: pytest.MonkeyPatch, concurrency: int, tmp_path: Path
) -> None:
    from app.core.sandbox import SandboxServer
    from app.integrations.vetelevage.sandbox import configure_demo, sandbox

    with SandboxServer({"vetelevage": sandbox(0, visits_per_account=1, linked_accounts=10)}) as server:
        configure_demo(any_ctx, server.base_url("vetelevage"))
        saas(any_ctx)
        running = 0
        peak = 0
        real = importing.import_account

        async def counted(ctx: Any, client: Any, compte: str | None, **kw: Any) -> Any:
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            try:
                await asyncio.sleep(0.05)  # every account's import overlaps the others'
                return await real(ctx, client, compte, **kw)
            finally:
                running -= 1

        monkeypatch.setattr(importing, "import_account", counted)
        results = await import_visits(any_ctx, concurrency=concurrency)
    assert len(results) == 12 and all(r.ok and r.new == 1 for r in results)
    assert peak == concurrency


def run_cli(data_dir: Path, base_url: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PASSERELLE_VETELEVAGE__BASE_URL": base_url,
        "PASSERELLE_VETELEVAGE__MODE": "saas",
        "PASSERELLE_VETELEVAGE__CLIENT_ID": EDITOR_ID,
        "PASSERELLE_VETELEVAGE__CLIENT_SECRET": EDITOR_SECRET,
    }
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_reports_every_account_and_exits_1_when_one_failed(
    vet_server: Any, tmp_path: Path
) -> None:
    control(vet_server, "fault", {"compte": "C123", "kind": "unreadable"})
    base = vet_server.base_url("vetelevage")
    done = run_cli(tmp_path, base, "--json", "vetelevage", "import")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    for key in ("lot", "received", "new", "already_known", "acknowledged", "held", "accounts", "failed"):
        assert key in data, key
    assert data["received"] == data["new"] == 12 and data["acknowledged"] is False
    assert [a["compte"] for a in data["accounts"]] == ["C123", "C456"]
    assert [a["ok"] for a in data["accounts"]] == [False, True]
    assert [f["compte"] for f in data["failed"]] == ["C123"] and data["failed"][0]["error"]
    text = run_cli(tmp_path, base, "vetelevage", "import")
    assert text.returncode == 1
    assert "C123: FAILED" in text.stdout and "C456: batch" in text.stdout
    control(vet_server, "fault", {"compte": "C123", "kind": "clear"})
    again = run_cli(tmp_path, base, "--json", "vetelevage", "import")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["failed"] == [] and json.loads(again.stdout)["new"] == 12


async def test_the_direct_link_opens_the_chosen_account(vet_ctx: Any) -> None:
    saas(vet_ctx)
    assert await link_accounts(vet_ctx) == [
        ("C123", "Clinique vétérinaire du Bocage"),
        ("C456", "Cabinet vétérinaire des Monts d'Arrée"),
    ]
    assert "compte=C456" in await direct_link(vet_ctx, "C456")
    with pytest.raises(InputError, match="choose the Vétélevage account"):
        await direct_link(vet_ctx)
    vet_ctx.settings.vetelevage.compte = "C123"
    assert "compte=C123" in await direct_link(vet_ctx)
    assert await link_accounts(vet_ctx) == [("C123", "Clinique vétérinaire du Bocage")]


WIRE_NAMES = {
    value
    for name, value in vars(wire).items()
    if name.isupper() and isinstance(value, str) and name != "ACT_CODE"
} | {"/auth/token", "referentiels/", "X-Vetelevage-Compte"}


@pytest.mark.parametrize("module", ["client.py", "auth.py"])
def test_every_wire_name_lives_in_models(module: str) -> None:
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    literals = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert not literals & WIRE_NAMES, f"{module} spells wire names itself: {sorted(literals & WIRE_NAMES)}"
    assert "taille" in WIRE_NAMES and "lot" in WIRE_NAMES and "client_credentials" in WIRE_NAMES
