"""The totvs-saude / totvs-rh commands: as processes killed at each persisted step and re-run,
and in-process for the plain list/refunds/error paths (a process start costs seconds)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.cli import main
from app.core.context import AppContext
from app.core.crashpoints import EXIT_CODE
from app.core.sandbox import SandboxServer
from app.integrations.totvs import tables as t
from app.integrations.totvs.sandbox import (
    DEMO_SUBSCRIBER,
    PASSWORD,
    USERNAME,
    RhSandbox,
    SaudeSandbox,
    rh_sandbox,
    saude_sandbox,
)

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]


def _env(server: SandboxServer) -> dict[str, str]:
    return {
        "PASSERELLE_TOTVS_SAUDE__BASE_URL": server.base_url("totvs_saude"),
        "PASSERELLE_TOTVS_SAUDE__USERNAME": USERNAME,
        "PASSERELLE_TOTVS_SAUDE__PASSWORD": PASSWORD,
        "PASSERELLE_TOTVS_SAUDE__HEALTH_INSURER_CODE": "0001",
        "PASSERELLE_TOTVS_RH__BASE_URL": server.base_url("totvs_rh"),
        "PASSERELLE_TOTVS_RH__USERNAME": USERNAME,
        "PASSERELLE_TOTVS_RH__PASSWORD": PASSWORD,
        "PASSERELLE_TOTVS_RH__PAGE_SIZE": "500",
    }


def run_cli(
    data_dir: Path, server: SandboxServer, *argv: str, crash_at: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **_env(server), "PASSERELLE_CRASH_AT": crash_at}
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--json", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def run_here(
    data_dir: Path,
    server: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
) -> tuple[int, str, str]:
    for key, value in _env(server).items():
        monkeypatch.setenv(key, value)
    code = main(["--data-dir", str(data_dir), "--json", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer({"totvs_saude": saude_sandbox(0), "totvs_rh": rh_sandbox(0)}) as s:
        yield s


def test_rh_pull_killed_after_a_page_resumes_without_duplicates(
    server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sim: RhSandbox = server.specs["totvs_rh"].extra["sim"]
    scope = ["--company", "T1", "--branch", "D MG 01"]
    crashed = run_cli(
        tmp_path, server, "totvs-rh", "pull", "--full", *scope, crash_at="totvs_rh.load.page_stored"
    )
    assert crashed.returncode == EXIT_CODE, crashed.stderr
    sim.requests.clear()
    out = tmp_path / "copart.csv"
    code, text, err = run_here(
        tmp_path, server, monkeypatch, capsys, "totvs-rh", "pull", "--full", *scope, "--out", str(out)
    )
    assert code == 0, err
    assert [int(r["page"]) for r in sim.requests] == [2, 3, 4]  # page 1 was kept
    assert json.loads(text) == {"received": 1800, "stored": 1800, "duplicates": 0, "pages": 4, "total": 1800}
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 1801
    code, text, err = run_here(tmp_path, server, monkeypatch, capsys, "totvs-rh", "pull", *scope)
    assert code == 0, err
    assert json.loads(text)["stored"] == 0  # incremental: nothing changed since
    code, text, err = run_here(
        tmp_path, server, monkeypatch, capsys, "totvs-rh", "pull", "--since", "31/01/2025", *scope
    )
    # with --json an error is one object on stdout (shared/specs/cli.md)
    assert code == 2 and "YYYY-MM-DDThh:mm:ss" in json.loads(text)["error"]["message"]
    ctx = AppContext.open(tmp_path)
    try:
        with ctx.db.read() as conn:
            ids = conn.execute(sa.select(t.copart.c.id)).scalars().all()
    finally:
        ctx.close()
    assert len(ids) == len(set(ids)) == 1800


@pytest.mark.parametrize("step", ["totvs_saude.create.sending", "totvs_saude.create.answered"])
def test_create_killed_then_rerun_files_once(step: str, server: SandboxServer, tmp_path: Path) -> None:
    sim: SaudeSandbox = server.specs["totvs_saude"].extra["sim"]
    form = tmp_path / "form.json"
    form.write_text(
        json.dumps(
            {
                "subscriberId": DEMO_SUBSCRIBER,
                "professionalCouncil": "CRM",
                "stateAbbreviation": "MG",
                "professionalName": "ANA LIMA",
                "prescriptionDate": "2024-05-06",
                "professionalCouncilNumber": "556677",
                "medications": [{"tableCode": "04", "medicationCode": "0490778899"}],
                "attachments": [{"href": "https://example.com/receita.pdf"}],
            }
        ),
        encoding="utf-8",
    )
    crashed = run_cli(
        tmp_path, server, "totvs-saude", "prescriptions", "create", "--form", str(form), crash_at=step
    )
    assert crashed.returncode == EXIT_CODE, crashed.stderr
    rerun = run_cli(tmp_path, server, "totvs-saude", "prescriptions", "create", "--form", str(form))
    assert rerun.returncode == 0, rerun.stderr
    result = json.loads(rerun.stdout)
    filed = [p for p in sim.of(DEMO_SUBSCRIBER) if p.start == "2024-05-06"]
    assert len(filed) == 1 and sim.posts == 1
    assert result["prescriptionCode"] == filed[0].code and result["status_label"] == "1 - Protocolado"
    assert result["already_filed"] is (step == "totvs_saude.create.answered")


def test_list_and_refunds_commands(
    server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sim: SaudeSandbox = server.specs["totvs_saude"].extra["sim"]
    out = tmp_path / "list.csv"
    args = (
        "totvs-saude",
        "prescriptions",
        "list",
        "--subscriber",
        DEMO_SUBSCRIBER,
        "--status",
        "3,1",
        "--out",
        str(out),
    )
    code, text, err = run_here(tmp_path, server, monkeypatch, capsys, *args)
    assert code == 0, err
    rows = json.loads(text)["prescriptions"]
    expected = [p for p in sim.of(DEMO_SUBSCRIBER) if p.status in ("1", "3")]
    assert len(rows) == sum(len(p.medications) for p in expected)
    assert {r["status_label"] for r in rows} == {"1 - Protocolado", "3 - Deferido"}
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == len(rows) + 1
    code_ = sim.refunds[0]["prescription_code"]
    code, text, err = run_here(
        tmp_path, server, monkeypatch, capsys, "totvs-saude", "refunds", "--prescription", code_
    )
    assert code == 0, err
    assert {r["protocol"] for r in json.loads(text)["refunds"]} == {
        r["protocol"] for r in sim.refunds if r["prescription_code"] == code_
    }
    bad = ("totvs-saude", "prescriptions", "list", "--subscriber", "1", "--status", "9")
    code, text, err = run_here(tmp_path, server, monkeypatch, capsys, *bad)
    assert code == 2 and "Unknown prescription status 9" in json.loads(text)["error"]["message"]
    code, text, err = run_here(
        tmp_path, server, monkeypatch, capsys, "totvs-saude", "refunds", "--prescription", "0"
    )
    message = json.loads(text)["error"]["message"]
    assert code == 1 and "Prescription not found: check the prescription code." in message  # issue 19 item 7


def test_rh_pull_reads_numeric_money_and_loads_the_settings_pairs(
    server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One CoparticipationValue as a JSON number used to stop the whole load with exit 2."""
    sim: RhSandbox = server.specs["totvs_rh"].extra["sim"]
    sim.money_format = "mixed"
    monkeypatch.setenv("PASSERELLE_TOTVS_RH__SCOPES", "T1:D MG 02, T2:D SP 01")
    monkeypatch.setenv("PASSERELLE_TOTVS_RH__SERVER_TIMEZONE", "America/Sao_Paulo")
    code, text, err = run_here(tmp_path, server, monkeypatch, capsys, "totvs-rh", "pull", "--full")
    assert code == 0, err
    assert json.loads(text)["stored"] == 3600
    assert {(r["companyId"], r["branchId"]) for r in sim.requests} == {("T1", "D MG 02"), ("T2", "D SP 01")}
    sim.requests.clear()
    code, text, err = run_here(
        tmp_path, server, monkeypatch, capsys, "totvs-rh", "pull", "--since", "2026-01-10", "--company", "T2"
    )
    assert code == 0, err
    assert [(r["companyId"], r["datemodified"]) for r in sim.requests][:1] == [("T2", "2026-01-10T00:00:00")]
    ctx = AppContext.open(tmp_path)
    try:
        with ctx.db.read() as conn:
            values = dict(conn.execute(sa.select(t.copart.c.id, t.copart.c.value)).all())
    finally:
        ctx.close()
    assert values and all(v == Decimal(sim.rows[i]["CoparticipationValue"]) for i, v in values.items())


def test_refunds_command_takes_fields_and_filter(
    server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sim: SaudeSandbox = server.specs["totvs_saude"].extra["sim"]
    code_ = sim.refunds[0]["prescription_code"]
    medication = sim.refunds[0]["medication_code"]
    args = ("totvs-saude", "refunds", "--prescription", code_, "--fields", "protocol,medication_code")
    code, text, err = run_here(
        tmp_path, server, monkeypatch, capsys, *args, "--filter", f"medication_code eq '{medication}'"
    )
    assert code == 0, err
    rows = json.loads(text)["refunds"]
    expected = {
        r["protocol"]
        for r in sim.refunds
        if r["prescription_code"] == code_ and r["medication_code"] == medication
    }
    assert {r["protocol"] for r in rows} == expected
    assert all(set(r) == {"protocol", "medication_code"} for r in rows)


def _text_here(
    data_dir: Path,
    server: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
) -> tuple[int, str, str]:
    """A command as a Brazilian clerk reads it: pt_BR, plain text (no --json)."""
    for key, value in _env(server).items():
        monkeypatch.setenv(key, value)
    code = main(["--data-dir", str(data_dir), "--lang", "pt_BR", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_pull_that_returns_nothing_says_so_and_listings_have_a_header_and_a_count(
    server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 19 item 8: a warning (exit 0) rather than a bare "total 0"; a header row and a count."""
    monkeypatch.setenv("PASSERELLE_TOTVS_RH__SCOPES", "T1:D MG 02")
    code, text, err = run_here(
        tmp_path, server, monkeypatch, capsys, "totvs-rh", "pull", "--since", "2099-01-01"
    )
    assert code == 0, err
    data = json.loads(text)
    assert data["received"] == 0 and "T1/D MG 02" in data["warning"] and "--since" in data["warning"]
    code, out, err = _text_here(
        tmp_path, server, monkeypatch, capsys, "totvs-rh", "pull", "--since", "2099-01-01"
    )
    assert code == 0
    assert "O TOTVS RH não retornou nenhuma linha para T1/D MG 02" in err and "Atenção" in err
    assert "recebidas 0" in out
    args = ("totvs-saude", "prescriptions", "list", "--subscriber", DEMO_SUBSCRIBER)
    code, out, err = _text_here(tmp_path, server, monkeypatch, capsys, *args)
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0].split()[:2] == ["Receita", "Situação"]
    sim: SaudeSandbox = server.specs["totvs_saude"].extra["sim"]
    total = sum(len(p.medications) for p in sim.of(DEMO_SUBSCRIBER))
    assert lines[-1] == f"{total} no total" and len(lines) == total + 2
