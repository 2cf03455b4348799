"""A prescription sent without an answer (503, timeout) is an item of Needs attention with
"Send again", which re-posts through the idempotency check (issue 19 item 6); the dashboard's
count is that tab's count."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.http import ConnectionFailed, ServerError
from app.core.sandbox import SandboxServer
from app.integrations import available
from app.integrations.totvs import service_saude
from app.integrations.totvs.sandbox import SaudeSandbox
from app.ops import actions
from app.ops.health import card_data
from app.ui.models.attention_model import AttentionModel
from tests.e2e.test_totvs_saude import _form

pytestmark = pytest.mark.e2e


async def test_a_503_is_an_item_with_send_again_that_files_once(
    qtbot: QtBot, totvs_ctx: Any, totvs_server: SandboxServer, saude_sim: SaudeSandbox
) -> None:
    faults = totvs_server.faults("totvs_saude")
    faults.retry_after = 0.0
    faults.failing = True
    form = _form(prescriptionDate="2024-03-05")
    with pytest.raises(ServerError):
        await service_saude.submit(totvs_ctx, form)
    [item] = totvs_ctx.attention.items("totvs_saude")
    assert item.kind == service_saude.UNANSWERED and item.ref == service_saude.submission_key(form)
    assert "unavailable" in item.sentence() and "send it again" in item.sentence()
    assert actions.can_retry(item)
    assert AttentionModel().action_label(item) == "Send again"

    # The dashboard's count is the count of Needs attention.
    saude = next(i for i in available() if i.name == "totvs_saude")
    card = card_data(totvs_ctx, saude)
    assert card.status.waiting == totvs_ctx.attention.count("totvs_saude") == 1
    assert service_saude.status(totvs_ctx).waiting == 1

    faults.failing = False
    assert await actions.retry_item(totvs_ctx, item) is None  # "Send again"
    assert saude_sim.posts == 1
    assert totvs_ctx.attention.count("totvs_saude") == 0
    assert card_data(totvs_ctx, saude).status.waiting == 0
    again = await service_saude.resend(totvs_ctx, item.ref)
    assert again.already_filed and saude_sim.posts == 1


async def test_a_timeout_after_the_server_kept_it_is_sent_again_without_a_second_post(
    totvs_ctx: Any, saude_sim: SaudeSandbox
) -> None:
    saude_sim.hang_after_create, saude_sim.hang_after_create_times = 3.0, 1
    form = _form(prescriptionDate="2024-03-06")
    with pytest.raises(ConnectionFailed):
        await service_saude.submit(totvs_ctx, form, timeout=0.5)
    assert saude_sim.posts == 1
    [item] = totvs_ctx.attention.items("totvs_saude")
    assert "No answer" in item.sentence()
    assert await actions.retry_item(totvs_ctx, item) is None
    assert saude_sim.posts == 1  # looked up and found: not posted twice
    assert totvs_ctx.attention.count("totvs_saude") == 0
