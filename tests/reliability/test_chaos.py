"""Item 7 of issue 10: every workflow against sandboxes in chaos mode (random 5xx, 429 with
Retry-After, timeouts, slow and truncated bodies, malformed JSON; seeded, bounded, loopback).

Each run either completes, or stops with exit 1 and a sentence (shared/specs/cli.md) in a state
the next run resumes from. After a last run without chaos the workflow's invariants hold, and
the sandboxes' request logs show retries stayed bounded: no request was tried more than the
client's retry policy allows in a row.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest

from app.core.http import RetryPolicy
from app.core.sandbox import Faults
from tests.reliability.harness import (
    OmnidocSend,
    PrescriptionCreate,
    ProvetInbox,
    RhLoad,
    Run,
    Scenario,
    VetelevageImport,
    wait_until,
)

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(120)]

ATTEMPTS = 1 + RetryPolicy().max_retries  # one request, tried at most this many times in a row
MAX_RUNS = 4  # runs under chaos before the person's last, quiet run


def chaos(faults: Faults, rate: float, seed: int, hang_seconds: float = 0.3) -> None:
    """Chaos at ``rate``; a 429 asks for 1 s, a timeout hangs ``hang_seconds`` before its 504."""
    faults.chaos(rate, seed=seed, retry_after=1.0, hang_seconds=hang_seconds, slow_seconds=0.2)


WORKFLOWS: list[tuple[type[Scenario], int]] = [  # scenario, same request key legitimately in a row
    (RhLoad, 1),
    (PrescriptionCreate, 1),
    (OmnidocSend, len(OmnidocSend.names)),  # one upload per file, same URL
    (VetelevageImport, 1),
]


def longest_repeat(keys: list[str]) -> int:
    longest = run = 0
    previous = None
    for key in keys:
        run = run + 1 if key == previous else 1
        previous = key
        longest = max(longest, run)
    return longest


def assert_bounded(faults: Faults, since: int, in_a_row: int) -> None:
    keys = [key for key, _outcome in faults.requests()[since:]]
    assert longest_repeat(keys) <= ATTEMPTS * in_a_row, f"unbounded retries: {keys}"


def assert_visible_stop(run: Run) -> None:
    """Exit 1 (the remote side failed) with a sentence, never a traceback."""
    assert run.code == 1, f"exit {run.code}: {run.err}"
    sentence = run.err.strip().splitlines()[-1] if run.err.strip() else ""
    with contextlib.suppress(ValueError, KeyError, TypeError):  # --json: the error object on stdout
        sentence = json.loads(run.out)["error"]["message"]
    assert len(sentence) > 20 and sentence[0].isupper(), (run.out, run.err)
    assert "Traceback" not in run.err and "Something unexpected" not in run.err, run.err
    assert "credentials" not in sentence, f"chaos never refuses credentials: {sentence}"


EVERY_KIND = ["slow", "timeout", "429", "error", "truncated", "malformed"]
PLANS = ["seed-1", "seed-2", "every-kind"]


def start_chaos(faults: Faults, plan: str, rate: float = 0.3, hang_seconds: float = 0.3) -> None:
    """``seed-N``: random chaos at ``rate``; ``every-kind``: each kind of fault once, in turn."""
    if plan == "every-kind":
        chaos(faults, 0.0, 0, hang_seconds)
        faults.update({"script": EVERY_KIND})
    else:
        chaos(faults, rate, int(plan.removeprefix("seed-")), hang_seconds)


def under_chaos(
    scenario: Scenario, plan: str, in_a_row: int, *, must_bite: bool = True, **kw: float
) -> list[Run]:
    """Run the workflow under chaos until it completes (a bounded number of times)."""
    all_faults = [scenario.server.faults(name) for name in scenario.server.specs]
    for faults in all_faults:
        start_chaos(faults, plan, **kw)
    runs: list[Run] = []
    for attempt in range(MAX_RUNS + len(EVERY_KIND)):
        marks = [len(f.requests()) for f in all_faults]
        argv = scenario.command() if attempt == 0 else scenario.resume_command()
        run = scenario.cli.here(*argv)
        runs.append(run)
        for faults, mark in zip(all_faults, marks, strict=True):
            assert_bounded(faults, mark, in_a_row)
        if run.code == 0:
            break
        assert_visible_stop(run)
        if plan != "every-kind" and len(runs) == MAX_RUNS:
            break
    for faults in all_faults:
        assert faults.script == [] and (faults.stats()["faults"] > 0 or not must_bite), "no chaos"
        faults.reset()
        faults.clear_stats()
    return runs


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize(("scenario_type", "in_a_row"), WORKFLOWS, ids=lambda v: getattr(v, "workflow", ""))
def test_workflow_under_chaos_completes_or_stops_visibly_then_holds(
    scenario_type: type[Scenario], in_a_row: int, plan: str, tmp_path: Path
) -> None:
    with scenario_type(tmp_path) as scenario:
        runs = under_chaos(scenario, plan, in_a_row)
        if isinstance(scenario, OmnidocSend):  # an upload without an answer: the files move on
            scenario.abandoned_allowed = len(runs)
        if runs[-1].code != 0:
            scenario.resume()  # the person's "retry", chaos over
        scenario.check()
        faults = [scenario.server.faults(name) for name in scenario.server.specs]
        assert sum(f.stats()["faults"] for f in faults) == 0  # the quiet runs were quiet


@pytest.mark.parametrize("plan", PLANS)
def test_provet_inbox_under_chaos(plan: str, tmp_path: Path) -> None:
    """Deliveries are stored whatever happens to Provet; fetching their objects under chaos
    either succeeds, or waits for its next try (with the reason), or ends failed with an
    attention item after the bounded attempts; the person's retry then completes it."""
    from app.integrations.provet import inbox, processing
    from app.integrations.provet.webhook_server import WebhookReceiver

    with ProvetInbox(tmp_path) as scenario:
        with scenario.cli.context() as ctx:
            receiver = WebhookReceiver(ctx, port=scenario.port).start()
            try:
                scenario.emit_changes()
                wait_until(lambda: all(d["delivered"] for d in scenario.deliveries()), what="deliveries")
            finally:
                receiver.stop()
            assert len(inbox.events(ctx)) == len(scenario.changed), "every delivery stored once"
            faults = scenario.server.faults("provet")
            start_chaos(faults, plan, rate=0.4)
            now = dt.datetime.now(dt.UTC)
            for round_ in range(6):
                mark = len(faults.requests())
                asyncio.run(processing.process_pending(ctx, now=now, retry_base=1, max_attempts=3))
                assert_bounded(faults, mark, 1)
                events = inbox.events(ctx)
                for event in events:
                    assert event.state in (inbox.DONE, inbox.RECEIVED, inbox.FAILED), event
                    if event.state != inbox.DONE:
                        assert event.last_error and len(event.last_error) > 20, event
                failed = {str(e.id) for e in events if e.state == inbox.FAILED}
                flagged = {i.ref for i in ctx.attention.items("provet")}
                assert failed <= flagged, "a failed notification waits for a person, with its reason"
                if all(e.state == inbox.DONE for e in events):
                    break
                now += dt.timedelta(seconds=10 * 2**round_)
            assert faults.stats()["faults"] > 0 and faults.script == [], "the chaos did happen"
            faults.reset()
            faults.clear_stats()
            processing.retry_failed(ctx)
            asyncio.run(processing.process_pending(ctx, now=now + dt.timedelta(hours=1)))
            assert faults.stats()["faults"] == 0
        scenario.check()
