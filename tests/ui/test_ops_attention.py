from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.attention import Item
from app.ops import actions
from app.ui.attention_view import AttentionView
from app.ui.tasks import tasks_of
from tests.waiting import wait_until

pytestmark = pytest.mark.ui


async def test_attention_view_lists_items_and_marks_them_handled(
    qtbot: QtBot, ctx: Any, qtmodeltester: Any
) -> None:
    ctx.attention.raise_item(
        "vetelevage", "unmapped_product", "P-1", "3 visits wait for a clinic product", action="open_mapping"
    )
    ctx.attention.raise_item("omnidoc", "uploads_missing", "r1", "2 files not uploaded", action="retry")
    view = AttentionView(ctx)
    qtbot.addWidget(view)
    counts: list[int] = []
    view.count_changed.connect(counts.append)
    view.refresh()
    await view.model.wait_loaded()
    assert view.model.rowCount() == 2 and counts[-1] == 2
    qtmodeltester.check(view.model)
    # The selection survives a refresh that brings new rows.
    view.view.selectRow(next(n for n, i in enumerate(view.model.rows) if i.ref == "r1"))
    ctx.attention.raise_item("provet", "poll_failed", "consultation", "Catch-up failed", action="retry")
    view.refresh()
    await view.model.wait_loaded()
    assert view.model.rowCount() == 3 and [i.ref for i in view.selected()] == ["r1"]
    item = next(i for i in view.model.rows if i.ref == "P-1")
    ctx.attention.handle(item.id, "accueil", "mapped by phone")
    view.refresh()
    await view.model.wait_loaded()
    assert sorted(i.ref for i in view.model.rows) == ["consultation", "r1"] and counts[-1] == 2


async def test_retry_from_the_queue_clears_the_item_once_it_goes_through(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    async def flaky(c: Any, item: Item) -> None:
        calls.append(item.ref)
        if len(calls) == 1:
            raise RuntimeError("still down")
        c.attention.clear(item.integration, item.kind, item.ref)

    monkeypatch.setitem(actions._handlers, ("provet", "*"), flaky)
    ctx.attention.raise_item("provet", "poll_failed", "consultation", "Catch-up failed", action="retry")
    view = AttentionView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    await view.model.wait_loaded()
    view._retry(list(view.model.rows))
    await wait_until(lambda: "still down" in view.error_bar.label.text(), what="the failure shown")
    assert ctx.attention.count("provet") == 1
    view._retry(ctx.attention.items("provet"))
    await wait_until(lambda: len(calls) == 2 and view.model.rowCount() == 0, what="the retry")
    assert ctx.attention.count("provet") == 0 and calls == ["consultation", "consultation"]


async def test_storage_dialog_backs_up(qtbot: QtBot, ctx: Any) -> None:
    from app.ui.storage_panel import StorageDialog

    dialog = StorageDialog(ctx)
    qtbot.addWidget(dialog)
    await wait_until(lambda: "No backup yet" in dialog.last.text(), what="the backup line")
    dialog.backup_now()
    await wait_until(lambda: "passerelle-" in dialog.last.text(), what="the new backup named")


async def test_mark_handled_asks_for_a_comment_and_keeps_it(qtbot: QtBot, ctx: Any) -> None:
    from app.core.qt import QtWidgets

    ctx.attention.raise_item("omnidoc", "uploads_missing", "r1", "2 files not uploaded", action="retry")
    view = AttentionView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    await view.model.wait_loaded()
    view.view.selectRow(0)
    assert view.handled_button.isEnabled()
    view.mark_handled()
    dialog = view._dialog
    assert isinstance(dialog, QtWidgets.QInputDialog) and dialog.isVisible()
    dialog.setTextValue("files sent by post")
    dialog.accept()
    await wait_until(lambda: ctx.attention.count() == 0, what="the item handled")
    await tasks_of(view).wait()
    await view.model.wait_loaded()
    assert view.model.rowCount() == 0
    (handled,) = ctx.attention.items(include_handled=True)
    assert handled.comment == "files sent by post" and handled.handled_by
    assert "files sent by post" in ctx.journal.search("r1")[0].summary


async def test_bulk_retry_previews_what_will_be_resent_then_sends_only_that(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch, qtmodeltester: Any
) -> None:
    from app.ui.attention_view import RetryPreviewDialog

    sent: list[str] = []

    async def resend(c: Any, item: Item) -> None:
        sent.append(item.ref)

    monkeypatch.setitem(actions._handlers, ("provet", "webhook_failed"), resend)
    ctx.attention.raise_item("provet", "webhook_failed", "EV-1", "processing failed", action="retry")
    ctx.attention.raise_item("provet", "webhook_failed", "EV-2", "processing failed", action="retry")
    ctx.attention.raise_item("vetelevage", "unmapped_product", "P-1", "map it", action="open_mapping")
    view = AttentionView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    await view.model.wait_loaded()
    qtmodeltester.check(view.model)
    assert {view.model.state_text(i) for i in view.model.rows} >= {"Waits for a person"}
    view.view.selectAll()
    view.retry_selected()
    dialog = view._dialog
    assert isinstance(dialog, RetryPreviewDialog)
    assert "EV-1" in dialog.resend_text.toPlainText() and "EV-2" in dialog.resend_text.toPlainText()
    assert "P-1" in dialog.left_text.toPlainText() and "P-1" not in dialog.resend_text.toPlainText()
    assert sent == []  # nothing is sent before the preview is accepted
    dialog.send_button.click()
    await wait_until(lambda: "went through" in view.error_bar.label.text(), what="the retry's outcome")
    await view.model.wait_loaded()
    assert sorted(sent) == ["EV-1", "EV-2"]
    assert [i.ref for i in view.model.rows] == ["P-1"]
    assert "2 item(s) went through" in view.error_bar.label.text()


async def test_tray_notifies_a_condition_once_until_it_clears(
    qtbot: QtBot, ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    import sqlalchemy as sa

    from app.core.qt import QtGui, QtWidgets
    from app.core.tables import journal
    from app.integrations.base import Integration
    from app.ui.alerts_tray import AlertsTray

    monkeypatch.setattr(
        "app.integrations.available", lambda: [Integration(name="provet", title="Provet Cloud")]
    )
    ctx.settings.ops.failing_alert_minutes = 5
    for _ in range(4):  # a failing source retried four times
        ctx.journal.record("provet", "poll", "error", "server error 503")
    with ctx.db.transaction() as conn:
        conn.execute(sa.update(journal).values(ts=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20)))
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    tray = AlertsTray(ctx, window, QtGui.QIcon(), interval_ms=3_600_000)
    messages: list[str] = []
    counts: list[int] = []
    tray.notified.connect(messages.append)
    tray.active_changed.connect(counts.append)
    for _ in range(3):
        tray.check()
        await tasks_of(tray).wait()
    assert len(messages) == 1 and "Provet Cloud has been failing" in messages[0]
    assert counts == [1, 1, 1]
    ctx.journal.record("provet", "poll", "ok", "recovered")
    tray.check()
    await tasks_of(tray).wait()
    assert counts[-1] == 0 and len(messages) == 1
    ctx.journal.record("provet", "poll", "error", "down again")
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(journal)
            .where(journal.c.summary == "down again")
            .values(ts=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=20))
        )
    tray.check()
    await tasks_of(tray).wait()
    assert len(messages) == 2  # it came back: one new notification


async def test_daily_digest_is_one_notification_a_day(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from app.ops import alerts

    ctx.settings.ops.opening_hours = "mon-sun 08:00-19:00"
    waiting = alerts.Alert("waiting:provet", "provet", "{n} waiting", {"n": "2"})
    local = dt.datetime.now().astimezone().tzinfo
    early = dt.datetime(2026, 11, 23, 7, 0, tzinfo=local)
    morning = dt.datetime(2026, 11, 23, 8, 5, tzinfo=local)
    assert alerts.digest_due(ctx, [waiting], early) == []  # before opening
    assert alerts.digest_due(ctx, [waiting], morning) == [waiting]
    assert alerts.digest_due(ctx, [waiting], morning + dt.timedelta(hours=3)) == []
    assert alerts.digest_due(ctx, [waiting], morning + dt.timedelta(days=1)) == [waiting]


async def test_storage_dialog_sizes_prune_and_restore(qtbot: QtBot, ctx: Any, tmp_path: Any) -> None:
    from app.core.qt import QtWidgets
    from app.ops import backup
    from app.ui.storage_panel import StorageDialog

    ctx.journal.record("vetelevage", "import", "ok", "before", keys=["L-1"])
    copy = backup.backup(ctx, tmp_path / "copy.db")
    ctx.journal.record("vetelevage", "import", "ok", "after", keys=["L-2"])
    dialog = StorageDialog(ctx)
    qtbot.addWidget(dialog)
    await wait_until(lambda: "Database" in dialog.sizes.text())
    assert "Database" in dialog.sizes.text() and "Logs" in dialog.sizes.text()
    dialog.prune()
    await wait_until(lambda: "pruned" in dialog.error_bar.label.text())
    assert "Old raw data pruned" in dialog.error_bar.label.text()
    dialog.confirm_restore(copy)
    box = dialog._dialog
    assert isinstance(box, QtWidgets.QMessageBox) and "copy.db" in box.text()
    assert ctx.journal.search("L-2")  # nothing happens before the person says yes
    box.button(QtWidgets.QMessageBox.StandardButton.Yes).click()
    await wait_until(lambda: "restored" in dialog.error_bar.label.text())
    assert "Restart Passerelle" in dialog.error_bar.label.text()
    assert ctx.journal.search("L-2") == [] and ctx.journal.search("L-1")


async def test_reasons_are_shown_in_the_ui_language_and_stay_english_for_scripts(
    qtbot: QtBot, ctx: Any
) -> None:
    from app.core.qt import QtWidgets
    from app.core.tr import QT_TRANSLATE_NOOP
    from app.ui.i18n import install

    ctx.attention.raise_item(
        "vetelevage",
        "import_failed",
        "bocage",
        QT_TRANSLATE_NOOP("attention", "Import failed: {error}"),
        args={"error": "Vétélevage did not answer. token=abc123"},
        action="retry",
    )
    [item] = ctx.attention.items()
    assert item.reason.startswith("Import failed: Vétélevage did not answer.")  # CLI, support report
    assert "abc123" not in item.reason  # the values are redacted like the sentence
    app = QtWidgets.QApplication.instance()
    assert app is not None
    try:
        install(app, "fr")
        view = AttentionView(ctx)
        qtbot.addWidget(view)
        view.refresh()
        await view.model.wait_loaded()
        shown = view.model.index(0, 1).data()
        assert shown.startswith("L’import a échoué\u00a0: Vétélevage did not answer.")
    finally:
        install(app, "en")
