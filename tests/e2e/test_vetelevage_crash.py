"""Kill the process at every step of the import and the export, restart, check the invariants."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.core.context import AppContext
from app.core.crashpoints import EXIT_CODE
from app.core.sandbox import SandboxServer
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.mapping import candidates, save_mapping, unmapped_queue
from app.integrations.vetelevage.sandbox import EDITOR_ID, EDITOR_SECRET, VetelevageSandbox, sandbox
from tests.e2e.vetelevage_fixtures import load_catalogue_and_acts

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

IMPORT_STEPS = [
    "vetelevage.import.fetched",
    "vetelevage.import.stored",
    "vetelevage.import.acknowledged_remote",
    "vetelevage.import.recorded",
]


def run_cli(
    data_dir: Path, base_url: str, *argv: str, crash_at: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PASSERELLE_VETELEVAGE__BASE_URL": base_url,
        "PASSERELLE_VETELEVAGE__CLIENT_ID": EDITOR_ID,
        "PASSERELLE_VETELEVAGE__CLIENT_SECRET": EDITOR_SECRET,
        "PASSERELLE_VETELEVAGE__USERNAME": "bocage",
        "PASSERELLE_VETELEVAGE__PASSWORD": "vaches-35",
        "PASSERELLE_CRASH_AT": crash_at,
    }
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--json", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("step", IMPORT_STEPS)
def test_import_killed_at_each_step_then_restarted(step: str, tmp_path: Path) -> None:
    with SandboxServer({"vetelevage": sandbox(0)}) as server:
        sim: VetelevageSandbox = server.specs["vetelevage"].extra["sim"]
        base = server.base_url("vetelevage")
        crashed = run_cli(tmp_path, base, "vetelevage", "import", crash_at=step)
        assert crashed.returncode == EXIT_CODE, crashed.stderr
        sim.add_visits("C123", 2)  # visits entered meanwhile belong to the next batch
        resumed = run_cli(tmp_path, base, "vetelevage", "import")
        assert resumed.returncode == 0, resumed.stderr
        for _ in range(3):  # until the remote has nothing more for us
            final = run_cli(tmp_path, base, "vetelevage", "import")
            assert final.returncode == 0, final.stderr
            if json.loads(final.stdout)["received"] == 0:
                break
        ctx = AppContext.open(tmp_path)
        try:
            with ctx.db.read() as conn:
                ids = conn.execute(sa.select(t.visits.c.id)).scalars().all()
                unacked = conn.execute(
                    sa.select(sa.func.count())
                    .select_from(t.batches)
                    .where(t.batches.c.acknowledged_at.is_(None))
                ).scalar_one()
        finally:
            ctx.close()
        assert len(ids) == len(set(ids)) == 14, "every visit stored exactly once"
        assert unacked == 0, "every stored batch recorded as acknowledged"
        account = sim.accounts["C123"]
        assert account.frozen is None and not account.pending, "the remote side ends acknowledged"


@pytest.mark.parametrize(
    "step", ["vetelevage.export.recorded", "vetelevage.export.written", "vetelevage.commit.done"]
)
def test_commit_and_export_killed_then_rerun_bill_once(step: str, tmp_path: Path) -> None:
    with SandboxServer({"vetelevage": sandbox(0)}) as server:
        base = server.base_url("vetelevage")
        assert run_cli(tmp_path, base, "vetelevage", "import").returncode == 0
        ctx = AppContext.open(tmp_path)
        try:
            load_catalogue_and_acts(ctx)
            for unmapped in unmapped_queue(ctx):
                save_mapping(ctx, unmapped.produit_id, candidates(ctx, unmapped.produit_id)[0].code)
        finally:
            ctx.close()
        out = tmp_path / "exports"
        if step == "vetelevage.commit.done":
            crashed = run_cli(tmp_path, base, "vetelevage", "commit", "--all-ready", crash_at=step)
            assert crashed.returncode == EXIT_CODE
            assert run_cli(tmp_path, base, "vetelevage", "commit", "--all-ready").returncode == 0
        else:
            assert run_cli(tmp_path, base, "vetelevage", "commit", "--all-ready").returncode == 0
            crashed = run_cli(
                tmp_path, base, "vetelevage", "export", "--out", str(out / "a.csv"), crash_at=step
            )
            assert crashed.returncode == EXIT_CODE
        second = run_cli(tmp_path, base, "vetelevage", "export", "--out", str(out / "b.csv"))
        assert second.returncode == 0, second.stderr
        third = run_cli(tmp_path, base, "vetelevage", "export", "--out", str(out / "c.csv"))
        assert json.loads(third.stdout)["lines"] == 0
        ctx = AppContext.open(tmp_path)
        try:
            with ctx.db.read() as conn:
                ledger = conn.execute(sa.select(t.ledger.c.id, t.ledger.c.visit_id, t.ledger.c.line_no)).all()
        finally:
            ctx.close()
        keys = [(v, n) for _i, v, n in ledger]
        assert len(keys) == len(set(keys)) and ledger, "each committed visit billed once"
        exported: list[str] = []
        for path in sorted(out.glob("*.csv")):
            lines = path.read_text(encoding="utf-8-sig").splitlines()[1:]
            exported += [line.split(",")[-1] for line in lines]
        assert sorted(int(i) for i in exported) == sorted(i for i, _v, _n in ledger), (
            "every billing line exported exactly once across the files"
        )
        assert not list(out.glob("*.part"))


def test_an_interrupted_export_whose_folder_is_gone_is_released_to_the_next_one(tmp_path: Path) -> None:
    """Killed after the lines were assigned; the folder then cannot be written (a file took its
    name): the next export writes every line to the path it is asked for, and says nothing failed."""
    with SandboxServer({"vetelevage": sandbox(0)}) as server:
        base = server.base_url("vetelevage")
        assert run_cli(tmp_path, base, "vetelevage", "import").returncode == 0
        ctx = AppContext.open(tmp_path)
        try:
            load_catalogue_and_acts(ctx)
            for unmapped in unmapped_queue(ctx):
                save_mapping(ctx, unmapped.produit_id, candidates(ctx, unmapped.produit_id)[0].code)
        finally:
            ctx.close()
        assert run_cli(tmp_path, base, "vetelevage", "commit", "--all-ready").returncode == 0
        gone = tmp_path / "usb-key"
        crashed = run_cli(
            tmp_path,
            base,
            "vetelevage",
            "export",
            "--out",
            str(gone / "a.csv"),
            crash_at="vetelevage.export.recorded",
        )
        assert crashed.returncode == EXIT_CODE
        gone.write_text("not a folder any more")
        done = run_cli(tmp_path, base, "vetelevage", "export", "--out", str(tmp_path / "b.csv"))
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)
        ctx = AppContext.open(tmp_path)
        try:
            with ctx.db.read() as conn:
                ledger = conn.execute(sa.select(t.ledger.c.id)).scalars().all()
                states = conn.execute(sa.select(t.exports.c.state).order_by(t.exports.c.id)).scalars().all()
        finally:
            ctx.close()
        assert result["finished"] == [] and result["lines"] == len(ledger) > 0
        lines = (tmp_path / "b.csv").read_text(encoding="utf-8-sig").splitlines()[1:]
        assert sorted(int(line.split(",")[-1]) for line in lines) == sorted(ledger)
        assert states == ["failed", "done"]
