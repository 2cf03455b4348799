"""Errors are never swallowed (issue 17 item 4): a read that fails is a sentence, never an empty
view or "Not set"; a write in a slot that fails (a locked database) is in the error bar, not
the crash dialog."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import keyring.errors
import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtWidgets
from tests.waiting import wait_until

pytestmark = pytest.mark.ui

LOCKED = sqlite3.OperationalError("database is locked")


def _locked(*_args: Any, **_kwargs: Any) -> Any:
    raise LOCKED


async def test_a_journal_that_cannot_be_read_is_a_sentence_not_an_empty_list(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.activity_view import ActivityView

    ctx.journal.record("provet", "pull", "ok", "consultation 338")
    view = ActivityView(ctx, [("provet", "Provet Cloud")])
    qtbot.addWidget(view)
    monkeypatch.setattr(ctx.journal, "search", _locked)
    view.refresh()
    await view.model.wait_idle()
    await wait_until(lambda: not view.error_bar.isHidden(), what="the error bar")
    assert "OperationalError" in view.error_bar.label.text()
    assert view.error_bar.action_button.text() == "Try again"
    monkeypatch.undo()  # the database is free again: Try again shows the journal
    view.error_bar.action_button.click()
    await view.model.wait_idle()
    assert view.model.rowCount() == 1 and view.error_bar.isHidden()


async def test_a_dashboard_that_cannot_be_read_says_why(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ops import backup
    from app.ui.dashboard import Dashboard

    dashboard = Dashboard(ctx, [])
    qtbot.addWidget(dashboard)
    monkeypatch.setattr(backup, "backup_status", _locked)
    dashboard.refresh()
    await asyncio.wait([dashboard._refreshing])  # type: ignore[list-item]
    await wait_until(lambda: not dashboard.error_bar.isHidden(), what="the error bar")
    assert "OperationalError" in dashboard.error_bar.label.text()
    monkeypatch.undo()
    dashboard.refresh()
    await asyncio.wait([dashboard._refreshing])  # type: ignore[list-item]
    assert dashboard.error_bar.isHidden()


def test_a_keyring_that_cannot_be_read_is_never_shown_as_no_secret(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.connections_dialog import ConnectionsDialog

    def unreadable(section: str, key: str) -> bool:
        raise keyring.errors.KeyringError("the keyring is locked")

    monkeypatch.setattr(ctx.secrets, "has", unreadable)
    dialog = ConnectionsDialog(ctx)
    qtbot.addWidget(dialog)
    editors = {f"{e.section}.{e.key}": e for s in dialog.editors.values() for e in s}
    secret = editors["vetelevage.client_secret"].widget
    assert isinstance(secret, QtWidgets.QLineEdit)
    assert secret.placeholderText() == "The keyring could not be read — type to replace"
    assert not dialog.error_bar.isHidden() and "KeyringError" in dialog.error_bar.label.text()


async def test_marking_handled_on_a_locked_database_is_in_the_error_bar(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ops import actions
    from app.ui.attention_view import AttentionView

    ctx.attention.raise_item("omnidoc", "uploads_missing", "r1", "2 files not uploaded", action="retry")
    view = AttentionView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    await view.model.wait_loaded()
    monkeypatch.setattr(actions, "mark_handled", _locked)
    view.handle_items(view.model.rows, "sent by post")
    await wait_until(lambda: not view.error_bar.isHidden(), what="the error bar")
    assert "OperationalError" in view.error_bar.label.text()
    assert ctx.attention.count() == 1  # nothing was lost: the item still waits
