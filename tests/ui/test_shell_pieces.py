from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.jobs import Job, JobContext
from app.core.qt import QtWidgets
from app.core.redact import register_secret
from app.ui.activity_view import ActivityView
from app.ui.crash_dialog import CrashHandler
from app.ui.job_status import JobStatus
from app.ui.models.journal_model import JournalModel, JournalQuery

pytestmark = pytest.mark.ui


async def test_journal_model_pages_and_filters(qtbot: QtBot, qtmodeltester: Any, ctx: Any) -> None:
    for i in range(450):
        ctx.journal.record(
            "vetelevage" if i % 2 else "provet",
            "import",
            "ok" if i % 3 else "error",
            f"batch L-{i}",
            keys=[f"L-{i}"],
        )
    model = JournalModel(ctx.journal, batch=200)
    model.set_query(JournalQuery())
    await model.wait_idle()
    assert model.rowCount() == 200
    model.fetchMore()
    await model.wait_idle()
    assert model.rowCount() == 400
    qtmodeltester.check(model)
    model.set_query(JournalQuery(text="L-77"))
    await model.wait_idle()
    assert model.rowCount() == 1 and model.index(0, 4).data() == "batch L-77"
    # The integration as the user knows it, the outcome in words.
    assert model.index(0, 1).data() == "Vétélevage" and model.index(0, 3).data() == "Succeeded"
    model.set_query(JournalQuery(integration="provet", outcome="error"))
    await model.wait_idle()
    assert model.rowCount() == 75


async def test_activity_view_searches(qtbot: QtBot, ctx: Any) -> None:
    ctx.journal.record(
        "vetelevage", "import", "ok", "batch L-2026-11-23-0007 imported", keys=["L-2026-11-23-0007"]
    )
    ctx.journal.record("provet", "webhook", "ok", "consultation 338", keys=["consultation:338"])
    view = ActivityView(ctx, [("vetelevage", "Vétélevage"), ("provet", "Provet Cloud")])
    qtbot.addWidget(view)
    view.search.setText("L-2026-11-23-0007")
    view.refresh()
    await view.model.wait_idle()
    assert view.model.rowCount() == 1


async def test_job_status_shows_progress_and_cancels(qtbot: QtBot, ctx: Any) -> None:
    status = JobStatus(ctx)
    qtbot.addWidget(status)
    started = asyncio.Event()

    async def work(job: JobContext) -> None:
        job.progress(1, 10, "page 1")
        started.set()
        await asyncio.Event().wait()  # works until cancelled

    job = ctx.jobs.start(Job("Import Vétélevage", work))
    await started.wait()
    assert status.running_titles == ["Import Vétélevage"]
    row = next(iter(status._rows.values()))
    assert row.bar.maximum() == 10 and "page 1" in row.label.text()
    row.cancel.click()
    await job.wait()
    assert status.running_titles == []


@pytest.mark.expect_error_log(r"^unexpected error$", logger="passerelle.crash")  # the crash it shows
def test_crash_dialog_report_is_redacted(qtbot: QtBot, tmp_path: Path) -> None:
    register_secret("crash-secret-token-1234")
    handler = CrashHandler(tmp_path / "logs" / "passerelle.log")
    try:
        raise RuntimeError("failed with crash-secret-token-1234 for NIR 180012A00412343")
    except RuntimeError:
        handler.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert handler.dialog is not None
    qtbot.addWidget(handler.dialog)
    report = handler.dialog.report
    assert (
        "RuntimeError" in report
        and "crash-secret-token-1234" not in report
        and "180012A00412343" not in report
    )
    assert str(tmp_path / "logs") in report
    handler.dialog.close()


def test_many_void_qt_calls_do_not_abort(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on CPython 3.11 corrupts None's refcount after a few thousand void calls."""
    label = QtWidgets.QLabel()
    qtbot.addWidget(label)
    for i in range(10_000):
        label.setText(str(i))
        label.setEnabled(i % 2 == 0)
        label.blockSignals(False)
    assert label.text() == "9999"


async def test_journal_summaries_are_searchable_in_english_and_shown_in_the_ui_language(
    qtbot: QtBot, ctx: Any
) -> None:
    from app.core.qt import QtWidgets
    from app.core.tr import QT_TRANSLATE_NOOP
    from app.ui.i18n import install

    ctx.journal.record(
        "vetelevage",
        "acknowledge",
        "ok",
        QT_TRANSLATE_NOOP("journal", "batch {lot} acknowledged"),
        args={"lot": "L-2026-11-23-0007"},
        keys=["L-2026-11-23-0007"],
    )
    [entry] = ctx.journal.search("acknowledged")
    assert entry.summary == "batch L-2026-11-23-0007 acknowledged"
    app = QtWidgets.QApplication.instance()
    assert app is not None
    try:
        install(app, "fr")
        model = JournalModel(ctx.journal)
        model.set_query(JournalQuery())
        await model.wait_idle()
        assert model.index(0, 2).data() == "Acquittement"
        assert model.index(0, 4).data() == "Lot L-2026-11-23-0007 acquitté"  # a sentence: a capital
    finally:
        install(app, "en")
