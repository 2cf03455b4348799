"""Several desks on one clinic database (PostgreSQL): one importer at a time, takeover after a
crash, and a visit billed once even when two desks commit it at the same moment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.core.context import AppContext
from app.core.crashpoints import EXIT_CODE
from app.core.sandbox import SandboxServer
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.evaluation import READY, visit_detail
from app.integrations.vetelevage.mapping import candidates, save_mapping, unmapped_queue
from app.integrations.vetelevage.sandbox import EDITOR_ID, EDITOR_SECRET, VetelevageSandbox, sandbox
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts

pytestmark = [pytest.mark.e2e, pytest.mark.postgres, pytest.mark.timeout(300)]


def desk_env(base_url: str, db_url: str, desk: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "PASSERELLE_VETELEVAGE__BASE_URL": base_url,
        "PASSERELLE_VETELEVAGE__CLIENT_ID": EDITOR_ID,
        "PASSERELLE_VETELEVAGE__CLIENT_SECRET": EDITOR_SECRET,
        "PASSERELLE_VETELEVAGE__USERNAME": "bocage",
        "PASSERELLE_VETELEVAGE__PASSWORD": "vaches-35",
        "PASSERELLE_DATABASE__URL": db_url,
        "PASSERELLE_APP__DESK_NAME": desk,
        "PASSERELLE_CRASH_AT": "",
        **extra,
    }


def start(tmp: Path, desk: str, env: dict[str, str], *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(tmp / desk), "--json", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def visits(db_url: str, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("PASSERELLE_DATABASE__URL", db_url)
    ctx = AppContext.open(tmp / "observer")
    try:
        with ctx.db.read() as conn:
            return list(conn.execute(sa.select(t.visits.c.id)).scalars())
    finally:
        ctx.close()


def test_two_desks_import_the_same_account_at_the_same_moment(
    pg_database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SandboxServer({"vetelevage": sandbox(0)}) as server:
        sim: VetelevageSandbox = server.specs["vetelevage"].extra["sim"]
        base = server.base_url("vetelevage")
        # Create the schema once, as the wizard does, so both desks start on a ready database.
        assert visits(pg_database_url, tmp_path, monkeypatch) == []
        desks = [
            start(tmp_path, name, desk_env(base, pg_database_url, name), "vetelevage", "import")
            for name in ("DESK-1", "DESK-2")
        ]
        results = [finish(p) for p in desks]
        outcomes = sorted(code for code, _o, _e in results)
        assert outcomes in ([0, 0], [0, 1]), results
        for code, out, err in results:
            if code == 1:
                assert "Already running on DESK-" in out + err  # --json: the error object on stdout
        stored = visits(pg_database_url, tmp_path, monkeypatch)
        assert len(stored) == len(set(stored)) == 12
        assert len(sim.accounts["C123"].acknowledged) >= 1 and sim.accounts["C123"].frozen is None
        received = [json.loads(out)["received"] for code, out, _e in results if code == 0]
        assert sorted(received)[-1] == 12 and sum(received) == 12


def test_a_desk_killed_mid_import_is_taken_over_after_its_lease_expires(
    pg_database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SandboxServer({"vetelevage": sandbox(0)}) as server:
        sim: VetelevageSandbox = server.specs["vetelevage"].extra["sim"]
        base = server.base_url("vetelevage")
        visits(pg_database_url, tmp_path, monkeypatch)
        # Long enough that DESK-2 surely starts before the expiry, even on a loaded machine.
        ttl_seconds = 20
        ttl = {"PASSERELLE_LEASE_TTL": str(ttl_seconds)}
        crashed = finish(
            start(
                tmp_path,
                "DESK-1",
                desk_env(
                    base, pg_database_url, "DESK-1", PASSERELLE_CRASH_AT="vetelevage.import.stored", **ttl
                ),
                "vetelevage",
                "import",
            )
        )
        assert crashed[0] == EXIT_CODE
        crashed_at = time.monotonic()  # its last heartbeat was before this: the lease ends by +TTL
        busy = finish(
            start(
                tmp_path, "DESK-2", desk_env(base, pg_database_url, "DESK-2", **ttl), "vetelevage", "import"
            )
        )
        assert busy[0] == 1 and "Already running on DESK-1" in busy[1] + busy[2]  # --json: stdout
        time.sleep(max(0.0, crashed_at + ttl_seconds + 0.5 - time.monotonic()))
        took_over = finish(
            start(
                tmp_path, "DESK-2", desk_env(base, pg_database_url, "DESK-2", **ttl), "vetelevage", "import"
            )
        )
        assert took_over[0] == 0, took_over[2]
        stored = visits(pg_database_url, tmp_path, monkeypatch)
        assert len(stored) == len(set(stored)) == 12
        acknowledged = sim.accounts["C123"].acknowledged
        assert sim.accounts["C123"].frozen is None and acknowledged[0].endswith("-0001")
        assert len(acknowledged) == len(set(acknowledged)), "each batch acknowledged once"


def test_two_processes_commit_the_same_visit_once(
    pg_database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SandboxServer({"vetelevage": sandbox(0)}) as server:
        base = server.base_url("vetelevage")
        env = desk_env(base, pg_database_url, "DESK-1")
        assert finish(start(tmp_path, "DESK-1", env, "vetelevage", "import"))[0] == 0
        monkeypatch.setenv("PASSERELLE_DATABASE__URL", pg_database_url)
        ctx: Any = AppContext.open(tmp_path / "setup")
        try:
            load_catalogue_and_acts(ctx)
            for unmapped in unmapped_queue(ctx):
                save_mapping(ctx, unmapped.produit_id, candidates(ctx, unmapped.produit_id)[0].code)
            with ctx.db.read() as conn:
                ready = (
                    conn.execute(sa.select(t.visits.c.id).where(t.visits.c.state == READY)).scalars().all()
                )
            target = ready[0]
            expected = len(visit_detail(ctx, target)[1].lines)
        finally:
            ctx.close()
        desks = [
            start(
                tmp_path,
                name,
                desk_env(base, pg_database_url, name),
                "vetelevage",
                "commit",
                "--visit",
                target,
            )
            for name in ("DESK-1", "DESK-2")
        ]
        results = [finish(p) for p in desks]
        committed = [json.loads(out)["committed"] for _c, out, _e in results]
        assert sorted(len(c) for c in committed) == [0, 1], results
        ctx = AppContext.open(tmp_path / "check")
        try:
            with ctx.db.read() as conn:
                lines = conn.execute(
                    sa.select(sa.func.count()).select_from(t.ledger).where(t.ledger.c.visit_id == target)
                ).scalar_one()
        finally:
            ctx.close()
        assert lines == expected
