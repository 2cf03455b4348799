"""The UI lists say "first N of M" when they show a part (issue 17 item 6): Activity, Needs
attention, the Provet inbox."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.ui


async def test_activity_says_how_many_entries_the_query_has(qtbot: QtBot, ctx: Any) -> None:
    from app.ui.activity_view import ActivityView

    for i in range(205):
        ctx.journal.record("vetelevage", "import", "ok", f"batch L-{i} imported", keys=[f"L-{i}"])
    view = ActivityView(ctx, [("vetelevage", "Vétélevage")])
    qtbot.addWidget(view)
    view.search.setText("imported")
    view.refresh()
    await view.model.wait_idle()
    assert view.model.rowCount() == 200 and view.model.total == 205
    assert view.count.text() == "Showing the first 200 of 205. (scroll for more)"
    view.search.setText("L-7 ")
    view.refresh()
    await view.model.wait_idle()
    assert view.model.rowCount() == 1 and view.count.text().startswith("1 entries shown")


async def test_needs_attention_says_it_shows_the_first_ones(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import attention_view
    from app.ui.attention_view import AttentionView

    monkeypatch.setattr(attention_view, "SHOWN", 3)
    for i in range(5):
        ctx.attention.raise_item("provet", "webhook", f"event-{i}", "Provet refused it", action="retry")
    view = AttentionView(ctx)
    qtbot.addWidget(view)
    counts: list[int] = []
    view.count_changed.connect(counts.append)
    view.refresh()
    await view.model.wait_loaded()
    assert view.model.rowCount() == 3 and counts[-1] == 5
    assert "5 item(s) wait for you." in view.summary.text()
    assert "Showing the first 3 of 5." in view.summary.text()
    ctx.attention.raise_item("omnidoc", "draft", "d-1", "Omnidoc refused it")
    monkeypatch.setattr(attention_view, "SHOWN", 100)
    view.refresh()
    await view.model.wait_loaded()
    assert view.model.rowCount() == 6 and "Showing" not in view.summary.text()


async def test_the_provet_inbox_says_it_shows_the_newest_ones(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.integrations.provet import inbox
    from app.ui.provet import webhooks_page

    monkeypatch.setattr(webhooks_page, "INBOX_SHOWN", 3)
    inbox.record_deliveries(ctx, [({"consultation_id": str(i)}, "form") for i in range(1, 6)])
    page = webhooks_page.WebhooksPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    await page.model.wait_loaded()
    assert page.model.rowCount() == 3 and "Showing the first 3 of 5." in page.summary.text()
    monkeypatch.setattr(webhooks_page, "INBOX_SHOWN", 10)
    page.refresh()
    await page.model.wait_loaded()
    assert page.model.rowCount() == 5 and "Showing" not in page.summary.text()
