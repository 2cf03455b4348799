"""Issue 15 item 7: a manual retry that fails again says so in the UI's language — the item in
words and its reason as the queue now shows it (the error's sentence, translated), never
"consultation: Something unexpected happened…" in English."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.attention import Item
from app.core.qt import QtWidgets
from app.ops import actions
from tests.waiting import wait_until

pytestmark = pytest.mark.ui


async def test_a_retry_that_fails_again_is_told_in_french(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.http import ServerError
    from app.ui.attention_view import AttentionView
    from app.ui.i18n import install

    async def still_down(_c: Any, _item: Item) -> None:
        raise ServerError("503 from the server", service="Omnidoc", status=503)

    monkeypatch.setitem(actions._handlers, ("omnidoc", "uploads_missing"), still_down)
    ctx.attention.raise_item(
        "omnidoc",
        "uploads_missing",
        "e3dde3b7c0ffee",
        "The Omnidoc request {request} is not complete: {error}",
        args={"request": "e3dde3b7", "error": "down"},
        action="retry",
    )
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    install(app, "fr")
    try:
        view = AttentionView(ctx)
        qtbot.addWidget(view)
        view.refresh()
        await view.model.wait_loaded()
        view._retry(list(view.model.rows))
        await wait_until(lambda: "toujours en échec" in view.error_bar.label.text(), what="the failure shown")
        text = view.error_bar.label.text()
        assert "Omnidoc — demande e3dde3b7 pas entièrement envoyée\u00a0: " in text, text
        assert "uploads_missing" not in text and "e3dde3b7c0ffee" not in text
        (item,) = ctx.attention.items("omnidoc")
        assert item.template == "{error} ({detail})" and item.attempts == 2  # its reason, translatable
        await view.model.wait_loaded()
    finally:
        install(app, "en")
