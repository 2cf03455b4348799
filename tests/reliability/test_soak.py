"""Long variants of the reliability suite (``pytest -m soak tests/reliability``; not run by CI):
real ``python -m app`` processes for every kill, kills in a row during recovery, many chaos
seeds at the highest rate, and timeouts long enough to trip the clients' own deadlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import crashpoints
from app.core.sandbox import MAX_CHAOS_RATE
from tests.reliability.harness import SCENARIOS, SPAWN_ENV, OmnidocSend, PrescriptionCreate, RhLoad, cases
from tests.reliability.test_chaos import WORKFLOWS, Scenario, under_chaos

pytestmark = [pytest.mark.soak, pytest.mark.e2e, pytest.mark.timeout(1800)]


@pytest.mark.parametrize(("workflow", "step"), cases())
def test_killed_python_m_app_at_step_then_restarted(
    workflow: str, step: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same kills, each in a fresh ``python -m app`` (what the Task Scheduler starts)."""
    monkeypatch.setenv(SPAWN_ENV, "exec")
    with SCENARIOS[workflow](tmp_path) as scenario:
        crashed = scenario.crash(step)
        assert crashed.crashed_at(step), f"exit {crashed.code}: {crashed.err[-2000:]}"
        scenario.after_crash(step)
        scenario.resume()
        scenario.check()


@pytest.mark.parametrize("workflow", [w for w in SCENARIOS if w != "provet.webhooks"])
def test_killed_at_every_step_in_a_row_while_recovering(workflow: str, tmp_path: Path) -> None:
    """Kill at step 1, then kill the recovering run at step 2, and so on: a run that no longer
    reaches a step (already done) simply completes. Then the invariants."""
    with SCENARIOS[workflow](tmp_path) as scenario:
        if isinstance(scenario, OmnidocSend):
            scenario.abandoned_allowed = 1
        for i, step in enumerate(crashpoints.steps(workflow)):
            argv = scenario.command() if i == 0 else scenario.resume_command()
            run = scenario.cli.run(*argv, crash_at=scenario.crash_spec.get(step, step))
            assert run.code in (0, crashpoints.EXIT_CODE), run.err
        scenario.resume()
        scenario.check()


@pytest.mark.parametrize("seed", range(10, 20))
@pytest.mark.parametrize(("scenario_type", "in_a_row"), WORKFLOWS, ids=lambda v: getattr(v, "workflow", ""))
def test_many_seeds_at_the_highest_rate(
    scenario_type: type[Scenario], in_a_row: int, seed: int, tmp_path: Path
) -> None:
    with scenario_type(tmp_path) as scenario:
        runs = under_chaos(scenario, f"seed-{seed}", in_a_row, must_bite=False, rate=MAX_CHAOS_RATE)
        if isinstance(scenario, OmnidocSend):
            scenario.abandoned_allowed = len(runs)
        if runs[-1].code != 0:
            scenario.resume()
        scenario.check()


@pytest.mark.parametrize(
    ("scenario_type", "hang"), [(PrescriptionCreate, 35.0), (OmnidocSend, 35.0), (RhLoad, 65.0)]
)
def test_a_real_client_timeout(scenario_type: type[Scenario], hang: float, tmp_path: Path) -> None:
    """A request left unanswered past the client's own deadline (30 s, 60 s for TOTVS RH)."""
    with scenario_type(tmp_path) as scenario:
        faults = [scenario.server.faults(name) for name in scenario.server.specs]
        for f in faults:
            f.update({"hang_seconds": hang, "script": ["ok", "timeout"]})
        first = scenario.cli.here(*scenario.command())
        assert first.code in (0, 1), first.err
        if isinstance(scenario, OmnidocSend):
            scenario.abandoned_allowed = 1
        for f in faults:
            f.reset()
        if first.code != 0:
            scenario.resume()
        scenario.check()
