"""The Omnidoc tab records, reopens and purges requests in the database thread (issue 16 item 2):
with the GUI-thread SQL guard on, "Create draft with files", "Reopen" and "Purge" work end to end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from app.core.db import utcnow
from app.core.qt import QtCore, QtGui
from app.core.sandbox import SandboxServer
from app.integrations.omnidoc import service
from app.integrations.omnidoc import tables as t
from app.integrations.omnidoc.models import OmnidocForm
from app.integrations.omnidoc.sandbox import configure_demo, sandbox
from app.ui.omnidoc_tab import OmnidocTab
from tests.waiting import wait_until

pytestmark = pytest.mark.ui

FORM = OmnidocForm(
    patient_first_name="Jeanne",
    patient_last_name="Dupuis",
    patient_gender="F",
    patient_birth_date="1961-04-02",
    patient_nir_cert="261047510800151",
    recipient_rpps="10002170750",
    text="Lésion pigmentée du dos",
)


@pytest.fixture
def omnidoc_ctx(ctx: Any) -> Iterator[Any]:
    with SandboxServer({"omnidoc": sandbox(0)}) as server:
        configure_demo(ctx, server.base_url("omnidoc"))
        yield ctx


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def no_browser(url: QtCore.QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", staticmethod(no_browser))
    return urls


async def test_create_draft_with_files_from_the_tab(
    qtbot: QtBot, omnidoc_ctx: Any, opened: list[str], tmp_path: Path
) -> None:
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    tab = OmnidocTab(omnidoc_ctx)
    qtbot.addWidget(tab)
    tab.load_form(FORM)
    tab.add_files([str(scan)])
    assert tab.api_button.isEnabled()
    tab.api_button.click()
    assert not tab.api_button.isEnabled()  # one request per click while it is recorded and sent
    await wait_until(lambda: opened, timeout=30, what="the draft opened in the browser")
    history = await omnidoc_ctx.db.run(service.history, omnidoc_ctx)
    assert [(h.method, h.state, h.files) for h in history] == [("api", service.OPENED, ["scan.png"])]
    await wait_until(lambda: not tab.paths, what="the form cleared for the next request")


async def test_reopen_and_purge_from_the_history(qtbot: QtBot, ctx: Any) -> None:
    service.create_request(ctx, FORM, [])  # the test's own setup, a year old
    with ctx.db.transaction() as conn:
        conn.execute(sa.update(t.requests).values(created_at=utcnow() - dt.timedelta(days=365)))
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    tab.tabs.setCurrentIndex(1)
    tab.refresh_history()
    await wait_until(lambda: tab.history_model.rowCount() == 1, what="the history")
    tab.history_view.selectRow(0)
    tab._reopen()
    await wait_until(lambda: tab.tabs.currentIndex() == 0, what="the form reopened")
    assert tab.value("patient_last_name") == "Dupuis"

    tab.tabs.setCurrentIndex(1)
    tab._purge()
    await wait_until(lambda: "purged" in tab.error_bar.label.text(), what="the purge said")
    await wait_until(
        lambda: tab.history_model.rowCount() == 1 and tab.history_model.rows[0].purged, what="the history"
    )
    tab.history_view.selectRow(0)
    tab._reopen()  # a purged request cannot be reopened: the sentence says so
    await wait_until(lambda: "retention" in tab.error_bar.label.text(), what="the refusal")
    assert tab.tabs.currentIndex() == 1
