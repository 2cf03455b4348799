"""Bounded retries, the action registry, bulk retry preview, and flood-controlled alerts against a
sandbox that fails and then recovers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.core.attention import FAILED, OPEN, Item
from app.core.db import utcnow
from app.core.http import BaseClient, ServerError
from app.core.http import RetryPolicy as HttpRetryPolicy
from app.core.sandbox import SandboxServer
from app.integrations.base import Integration, SandboxSpec
from app.ops import actions, alerts, retry


@pytest.fixture
def registry() -> Iterator[dict[tuple[str, str], actions.Handler]]:
    saved = dict(actions._handlers)
    yield actions._handlers
    actions._handlers.clear()
    actions._handlers.update(saved)


def test_policy_backs_off_then_gives_up() -> None:
    policy = retry.RetryPolicy(delays=(10, 60), max_attempts=4)
    assert [policy.delay(n) for n in (1, 2, 3, 4, 5)] == [10, 60, 60, None, None]
    with pytest.raises(ValueError, match="max_attempts"):
        retry.RetryPolicy(max_attempts=50)
    with pytest.raises(ValueError, match="delays"):
        retry.RetryPolicy(delays=())


def test_schedule_retry_counts_attempts_and_ends_in_failed(ctx: Any) -> None:
    policy = retry.RetryPolicy(delays=(60, 300), max_attempts=3)
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    first = retry.schedule_retry(ctx, "provet", "poll_failed", "consultation", "503", policy=policy, now=now)
    assert (first.state, first.attempts, first.next_retry_at) == (OPEN, 1, now + dt.timedelta(seconds=60))
    second = retry.schedule_retry(
        ctx, "provet", "poll_failed", "consultation", ServerError("down"), policy=policy, now=now
    )
    assert second.attempts == 2 and second.next_retry_at == now + dt.timedelta(seconds=300)
    third = retry.schedule_retry(ctx, "provet", "poll_failed", "consultation", "503", policy=policy, now=now)
    assert (third.state, third.attempts, third.next_retry_at) == (FAILED, 3, None)
    retry.schedule_retry(ctx, "provet", "poll_failed", "consultation", "503", policy=policy, now=now)
    assert ctx.attention.count("provet") == 1  # one item, however often it failed
    gave_up = [e for e in ctx.journal.search("consultation") if e.action == "retry"]
    assert len(gave_up) == 1 and "gave up after 3 attempts" in gave_up[0].summary
    assert retry.due(ctx, now + dt.timedelta(days=1), policy) == []  # failed: never retried alone


def test_items_raised_without_a_schedule_are_retried_after_the_policy_delay(ctx: Any) -> None:
    ctx.attention.raise_item("omnidoc", "uploads_missing", "r1", "2 files missing", action="retry")
    ctx.attention.raise_item("vetelevage", "unmapped_product", "P-1", "map it", action="open_mapping")
    item = ctx.attention.items("omnidoc")[0]
    assert retry.due(ctx, item.updated_at + dt.timedelta(seconds=30)) == []
    assert [i.ref for i in retry.due(ctx, item.updated_at + dt.timedelta(seconds=61))] == ["r1"]


async def test_run_due_is_bounded(ctx: Any, registry: Any) -> None:
    calls: list[str] = []

    async def always_down(_ctx: Any, item: Item) -> None:
        calls.append(item.ref)
        raise ServerError("The service is down.", status=503)

    actions.register_action("provet", "poll_failed", always_down)
    policy = retry.RetryPolicy(delays=(60,), max_attempts=4)
    retry.schedule_retry(ctx, "provet", "poll_failed", "consultation", "503", policy=policy)
    now = utcnow()
    for _ in range(10):  # far more rounds than attempts
        now += dt.timedelta(minutes=2)
        await retry.run_due(ctx, now, policy)
    (item,) = ctx.attention.items("provet")
    assert item.state == FAILED and item.attempts == 4
    assert len(calls) == 3  # the first failure plus three retries = max_attempts


async def test_integration_that_raises_its_own_item_is_not_counted_twice(ctx: Any, registry: Any) -> None:
    async def reraises(c: Any, item: Item) -> None:
        c.attention.raise_item(item.integration, item.kind, item.ref, "still refused", action="retry")
        raise RuntimeError("still refused")

    actions.register_action("vetelevage", "push_refused", reraises)
    ctx.attention.raise_item("vetelevage", "push_refused", "default", "refused", action="retry")
    (item,) = ctx.attention.items("vetelevage")
    assert await actions.retry_item(ctx, item) is not None
    (after,) = ctx.attention.items("vetelevage")
    assert after.attempts == 2 and after.next_retry_at is not None


def test_preview_says_what_will_be_resent_and_what_is_left(ctx: Any, registry: Any) -> None:
    async def ok(_ctx: Any, _item: Item) -> None:
        return None

    actions.register_action("provet", actions.ANY_KIND, ok)
    ctx.attention.raise_item("provet", "webhook_failed", "EV-1", "processing failed", action="retry")
    ctx.attention.raise_item("provet", "auth", "token", "sign in again", action="reconnect")
    ctx.attention.raise_item("totvs_saude", "load_interrupted", "B-9", "interrupted", action="retry")
    lines = {line.item.ref: line for line in actions.preview(ctx.attention.items())}
    assert lines["EV-1"].will_resend and "attempt 2" in lines["EV-1"].text
    assert not lines["token"].will_resend and "reconnect" in lines["token"].text
    assert not lines["B-9"].will_resend and "cannot be retried" in lines["B-9"].text


def test_mark_handled_keeps_who_and_why(ctx: Any) -> None:
    ctx.attention.raise_item("omnidoc", "uploads_missing", "r1", "missing", action="retry")
    (item,) = ctx.attention.items()
    actions.mark_handled(ctx, item, "sent by post", who="accueil")
    assert ctx.attention.items() == []
    (handled,) = ctx.attention.items(include_handled=True)
    assert (handled.state, handled.handled_by, handled.comment) == ("handled", "accueil", "sent by post")
    assert "sent by post" in ctx.journal.search("r1")[0].summary


# ---------------------------------------------------------------- against a sandbox


def _toy_spec() -> SandboxSpec:
    async def status(_request: Request) -> JSONResponse:
        return JSONResponse({"consultations": [{"id": "C-1"}]})

    return SandboxSpec(app=Starlette(routes=[Route("/api/consultations", status)]), base_path="/api")


class ToyClient(BaseClient):
    service = "Toy"


@pytest.fixture
def toy() -> Iterator[SandboxServer]:
    with SandboxServer({"toy": _toy_spec()}) as server:
        yield server


@pytest.mark.e2e
async def test_failing_sandbox_alerts_once_and_the_queue_retry_goes_through_after_recovery(
    ctx: Any, toy: SandboxServer, registry: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.integrations.available", lambda: [Integration(name="toy", title="Toy API")])
    ctx.settings.ops.failing_alert_minutes = 1

    async def poll(c: Any, _item: Item | None = None) -> None:
        client = ToyClient(toy.base_url("toy"), retry=HttpRetryPolicy(max_retries=1, initial_delay=0.01))
        try:
            await client.get_json("consultations")
        except Exception as exc:
            c.journal.record("toy", "poll", "error", f"poll failed: {type(exc).__name__}")
            raise
        finally:
            await client.aclose()
        c.journal.record("toy", "poll", "ok", "polled", keys=["C-1"])

    actions.register_action("toy", "poll_failed", poll)
    toy.faults("toy").update({"failing": True, "retry_after": 0})
    try:
        await poll(ctx)
    except ServerError as exc:
        retry.schedule_retry(ctx, "toy", "poll_failed", "consultations", exc)
    later = utcnow() + dt.timedelta(minutes=5)
    notified: list[str] = []
    for round_ in range(3):  # three automatic retries while the sandbox is down
        (item,) = ctx.attention.items("toy")
        assert await actions.retry_item(ctx, item) is not None
        notified += [
            a.key for a in alerts.due(ctx, alerts.evaluate(ctx, later + dt.timedelta(minutes=round_)))
        ]
    assert notified.count("failing:toy") == 1  # one alert, not one per retry
    assert notified.count("waiting:toy") == 1
    (item,) = ctx.attention.items("toy")
    assert item.attempts == 4 and item.state == OPEN

    toy.faults("toy").update({"failing": False})
    result = await actions.retry_items(
        ctx, [line.item for line in actions.preview(ctx.attention.items("toy")) if line.will_resend]
    )
    assert (result.done, [why for _i, why in result.failed]) == (1, [])
    assert ctx.attention.items("toy") == []
    assert alerts.due(ctx, alerts.evaluate(ctx, later)) == []
    assert [a.key for a in alerts.evaluate(ctx, later)] == []
