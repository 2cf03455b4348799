"""Screens that tell the truth (issue 19 item 6): a card shows the last answer and the last
failure, is never "Connected" while calls fail, turns green again when the service answers (the
light check), checks only configured integrations, and counts what Needs attention counts."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.http import ConnectionFailed, NotConfigured, ValidationFailed
from app.core.jobs import Job
from app.integrations.base import ConnectionState, Integration, Status
from app.ops import health
from app.ui.dashboard import Dashboard
from app.ui.tasks import tasks_of

pytestmark = pytest.mark.ui


class Service:
    """A toy service the light check asks: up or down, and how often it was asked."""

    def __init__(self) -> None:
        self.up = True
        self.asked = 0

    async def test(self, _ctx: Any) -> str:
        self.asked += 1
        if not self.up:
            raise ConnectionFailed("Cannot reach Toy API.", service="Toy API")
        return "Toy API answered."


def _integration(
    name: str, service: Service, state: ConnectionState = ConnectionState.CONNECTED
) -> Integration:
    def status(_ctx: Any) -> Status:
        return Status(state, "Everything loaded." if state is ConnectionState.CONNECTED else "Set it up.")

    return Integration(name=name, title="Toy", test_connection=service.test, status=status)


async def _failing_job(ctx: Any, integration: str, error: BaseException) -> None:
    async def work(_job: Any) -> None:
        raise error

    job: Job[None] = ctx.jobs.start(Job("toy call", work, integration=integration))
    await job.wait()


async def test_a_failing_call_turns_the_card_red_and_an_answer_green_again(qtbot: QtBot, ctx: Any) -> None:
    service, idle = Service(), Service()
    dashboard = Dashboard(
        ctx, [_integration("toy", service), _integration("unset", idle, ConnectionState.NOT_CONFIGURED)]
    )
    qtbot.addWidget(dashboard)
    card = dashboard.cards["toy"]
    dashboard.refresh()
    await tasks_of(dashboard).wait()
    assert card.state.text() == "Connected"

    # Every call fails: the card is never "Connected".
    service.up = False
    await _failing_job(ctx, "toy", ConnectionFailed("Cannot reach Toy API.", service="Toy API"))
    await tasks_of(dashboard).wait()
    assert card.state.text() == "Failing"
    assert "Cannot reach Toy API" in card.sentence.text()
    assert card.last_failure.isVisibleTo(card) and "Last failure" in card.last_failure.text()

    # A refusal of one request says nothing about the line: the card stays as it is.
    await _failing_job(ctx, "toy", ValidationFailed("bad field", service="Toy API", status=400))
    await tasks_of(dashboard).wait()
    assert card.state.text() == "Failing"

    # The light check: still down, then up again → green, the last failure still told.
    await dashboard.check_now()
    await tasks_of(dashboard).wait()
    assert card.state.text() == "Failing" and service.asked == 1
    service.up = True
    await dashboard.check_now()
    await tasks_of(dashboard).wait()
    assert card.state.text() == "Connected"
    assert "Last answer" in card.last_test.text()
    assert "Cannot reach Toy API" in card.last_failure.text()
    assert idle.asked == 0  # an integration that is not set up is never asked
    known = health.read(ctx, "toy")
    assert known.answering and known.last_failure is not None


async def test_a_success_after_a_failure_asks_the_service_again(qtbot: QtBot, ctx: Any) -> None:
    service = Service()
    dashboard = Dashboard(ctx, [_integration("toy", service)])
    qtbot.addWidget(dashboard)
    await _failing_job(ctx, "toy", ConnectionFailed("Cannot reach Toy API.", service="Toy API"))
    await tasks_of(dashboard).wait()
    assert dashboard.cards["toy"].state.text() == "Failing"

    async def work(_job: Any) -> None:
        return None

    job: Job[None] = ctx.jobs.start(Job("toy call", work, integration="toy"))
    await job.wait()
    await tasks_of(dashboard).wait()
    await dashboard.checked.wait()
    await tasks_of(dashboard).wait()
    assert service.asked == 1 and dashboard.cards["toy"].state.text() == "Connected"


def test_merged_status_rules() -> None:
    import datetime as dt

    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    ok, down = (
        health.answered("", t0),
        health.failed(ConnectionFailed("x", service="S"), t0 + dt.timedelta(1)),
    )
    connected = Status(ConnectionState.CONNECTED, "Loaded.")
    assert health.merged(connected, health.Health()).state is ConnectionState.CONNECTED
    assert health.merged(connected, health.Health(None, ok, down)).state is ConnectionState.FAILING
    later = health.answered("", t0 + dt.timedelta(2))
    stopped = Status(ConnectionState.FAILING, "The last load stopped.")
    assert health.merged(stopped, health.Health(None, later, down)).state is ConnectionState.CONNECTED
    unset = Status(ConnectionState.NOT_CONFIGURED, "Set it.")
    assert health.merged(unset, health.Health(None, ok, down)) is unset
    assert not health.says_unreachable(NotConfigured("x"))
    assert health.says_unreachable(ConnectionFailed("x"))
