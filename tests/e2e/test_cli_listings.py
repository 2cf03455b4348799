"""Listing commands against real data say when they are cut (issue 17 item 6): the Provet inbox
(silently capped at 1,000 before), ``provet pull`` against the sandbox, TOTVS prescriptions and
refunds against theirs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.core.sandbox import SandboxServer
from app.integrations.provet import inbox
from app.integrations.provet.sandbox import ProvetSandbox
from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER, PASSWORD, USERNAME, SaudeSandbox
from app.integrations.totvs.sandbox import saude_sandbox as saude_spec
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)

pytestmark = pytest.mark.e2e


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_webhook_inbox_past_1000_events_says_it_is_cut(
    provet_ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox.record_deliveries(provet_ctx, [({"consultation_id": str(i)}, "form") for i in range(1, 1002)])
    base = ["--data-dir", str(data_dir), "--json", "provet", "webhooks", "list"]
    code, out, _ = run(base, capsys)
    data = json.loads(out)
    assert code == 0 and len(data["events"]) == 1000 and data["total"] == 1001 and data["truncated"] is True
    assert data["events"][0]["object_id"] == 1001  # newest first
    code, out, _ = run([*base, "--all"], capsys)
    data = json.loads(out)
    assert len(data["events"]) == 1001 and data["truncated"] is False
    code, out, _ = run([*base, "--pending", "--limit", "10"], capsys)
    data = json.loads(out)
    assert len(data["events"]) == 10 and data["total"] == 1001 and data["truncated"] is True
    code, out, _ = run(["--data-dir", str(data_dir), "provet", "webhooks", "list", "--limit", "5"], capsys)
    lines = out.strip().splitlines()
    assert len(lines) == 6 and lines[-1] == "first 5 of 1001 (--limit N or --all for more)"


def test_pull_prints_every_object_unless_limited(
    provet_ctx: Any, provet_sim: ProvetSandbox, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    matching = len(provet_sim.objects["consultation"])
    base = ["--data-dir", str(data_dir), "--json", "provet", "pull", "consultation"]
    code, out, err = run(base, capsys)
    data = json.loads(out)
    assert code == 0, err
    assert len(data["results"]) == matching == data["total"] and data["truncated"] is False
    code, out, err = run([*base, "--limit", "7"], capsys)
    data = json.loads(out)
    assert len(data["results"]) == 7 and data["total"] == matching and data["truncated"] is True
    code, out, err = run(
        ["--data-dir", str(data_dir), "provet", "pull", "consultation", "--limit", "2"], capsys
    )
    assert out.strip().splitlines()[-1] == f"first 2 of {matching} (--limit N or --all for more)"


@pytest.fixture
def saude() -> Iterator[SandboxServer]:
    with SandboxServer({"totvs_saude": saude_spec(0)}) as server:
        yield server


def _saude_env(server: SandboxServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PASSERELLE_TOTVS_SAUDE__BASE_URL", server.base_url("totvs_saude"))
    monkeypatch.setenv("PASSERELLE_TOTVS_SAUDE__USERNAME", USERNAME)
    monkeypatch.setenv("PASSERELLE_TOTVS_SAUDE__PASSWORD", PASSWORD)
    monkeypatch.setenv("PASSERELLE_TOTVS_SAUDE__HEALTH_INSURER_CODE", "0001")


def test_prescriptions_and_refunds_report_their_total(
    saude: SandboxServer, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _saude_env(saude, monkeypatch)
    sim: SaudeSandbox = saude.specs["totvs_saude"].extra["sim"]
    lines = sum(len(p.medications) for p in sim.of(DEMO_SUBSCRIBER))
    assert lines > 2
    base = ["--data-dir", str(data_dir), "--json", "totvs-saude", "prescriptions", "list",
            "--subscriber", DEMO_SUBSCRIBER]  # fmt: skip
    code, out, err = run(base, capsys)
    data = json.loads(out)
    assert code == 0, err
    assert len(data["prescriptions"]) == lines == data["total"] and data["truncated"] is False
    out_file = data_dir / "all.json"
    code, out, err = run([*base, "--limit", "2", "--out", str(out_file)], capsys)
    data = json.loads(out)
    assert len(data["prescriptions"]) == 2 and data["total"] == lines and data["truncated"] is True
    assert len(json.loads(out_file.read_text(encoding="utf-8-sig"))) == lines  # the file has every one
    prescription = sim.refunds[0]["prescription_code"]
    refunds = [r for r in sim.refunds if r["prescription_code"] == prescription]
    code, out, err = run(
        ["--data-dir", str(data_dir), "--json", "totvs-saude", "refunds", "--prescription", prescription,
         "--limit", "1"],
        capsys,
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0, err
    assert len(data["refunds"]) == 1 and data["total"] == len(refunds)
    assert data["truncated"] is (len(refunds) > 1)
