"""Item 6 of issue 10: each stateful workflow killed at each of its steps in turn, restarted,
and its invariants checked (nothing fetched lost, nothing billed/filed/stored twice, the remote
side acknowledged). The steps come from app.core.crashpoints.WORKFLOWS; see harness.py."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.core import crashpoints
from tests.reliability.harness import COVERED_ELSEWHERE, ROOT, SCENARIOS, RhLoad, cases, wait_until

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(120)]


def test_every_workflow_is_killed_somewhere() -> None:
    for workflow, steps in crashpoints.WORKFLOWS.items():
        if workflow in SCENARIOS:
            continue
        elsewhere = COVERED_ELSEWHERE.get(workflow)
        assert elsewhere is not None, f"no kill-at-every-step test for {workflow}"
        text = (ROOT / elsewhere).read_text(encoding="utf-8")
        missing = [s for s in steps if f'"{s}"' not in text]
        assert missing == [], f"{elsewhere} does not kill {workflow} at {missing}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest) -> str:
    """The SQLite file of one desk, then a clinic's PostgreSQL database (when a server is set)."""
    return "" if request.param == "sqlite" else str(request.getfixturevalue("pg_database_url"))


@pytest.mark.parametrize(("workflow", "step"), cases())
def test_killed_at_step_then_restarted(workflow: str, step: str, tmp_path: Path, database_url: str) -> None:
    with SCENARIOS[workflow](tmp_path, database_url) as scenario:
        crashed = scenario.crash(step)
        assert crashed.crashed_at(step), f"exit {crashed.code}: {crashed.err[-2000:]}"
        scenario.after_crash(step)
        scenario.resume()
        scenario.check()


def test_a_real_sigkill_in_the_middle_of_a_load(tmp_path: Path) -> None:
    """Not at a named step: SIGKILL from outside while pages are being stored, wherever it lands."""
    scenario = RhLoad(tmp_path)
    scenario.page_size = 100  # 18 pages
    with scenario:
        scenario.server.faults("totvs_rh").update({"latency": 0.05})
        child = scenario.cli.start(*scenario.command())

        def stored() -> int:
            try:
                return len(scenario.stored_ids())
            except sa.exc.OperationalError:  # the database is not created yet
                return 0

        wait_until(lambda: stored() >= 300 or not child.alive(), what="a few pages stored")
        child.kill()
        killed = child.wait(10)
        assert killed.code == -signal.SIGKILL, "killed mid-load, not finished"
        assert stored() % scenario.page_size == 0, "a page is stored whole or not at all"
        faults = scenario.server.faults("totvs_rh")
        wait_until(lambda: faults.stats()["in_flight"] == 0, what="the dead process's last request")
        faults.reset()
        resumed = scenario.cli.here(*scenario.resume_command())
        assert resumed.code == 0, resumed.err
        scenario.check()
