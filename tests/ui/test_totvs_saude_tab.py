"""The TOTVS Saúde tab and the new-prescription dialog against the sandbox."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt
from app.integrations.totvs.models import PRESCRIPTION_STATUS
from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER, SaudeSandbox
from app.ui.dialogs.totvs_prescription_dialog import PrescriptionDialog
from app.ui.totvs_saude_tab import LAST_SUBSCRIBER, StatusPicker, TotvsSaudeTab

pytestmark = pytest.mark.ui


def test_status_multi_select_produces_the_query_value(qtbot: QtBot) -> None:
    picker = StatusPicker()
    qtbot.addWidget(picker)
    assert picker.value() == ""
    for code in ("2", "0", "1"):
        picker.actions_[code].trigger()
    assert picker.value() == "0,1,2"
    picker.actions_["A"].trigger()
    picker.actions_["1"].trigger()
    assert picker.value() == "0,2,A"
    assert "0, 2, A" in picker.text()


async def test_list_scrolls_orders_and_shows_refunds(
    qtbot: QtBot, qtmodeltester: Any, totvs_ctx: Any, saude_sim: SaudeSandbox
) -> None:
    tab = TotvsSaudeTab(totvs_ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 300)
    tab.show()
    tab.subscriber_edit.setText(DEMO_SUBSCRIBER)
    tab.search()
    await tab.wait_idle()
    total = sum(len(p.medications) for p in saude_sim.of(DEMO_SUBSCRIBER))
    assert total > 50 and tab.model.rowCount() == 50  # one page, more on scroll
    assert tab.model.canFetchMore()
    tab.model.fetchMore()
    await tab.wait_idle()
    assert tab.model.rowCount() == total and not tab.model.canFetchMore()
    qtmodeltester.check(tab.model)
    status = tab.model.index(0, 1).data()
    assert status.split(" - ", 1)[1] in set(PRESCRIPTION_STATUS.values())

    tab.view.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)  # like a header click
    await tab.wait_idle()
    assert tab.model.order == "-final_medication_date"
    dates = [r.final_medication_date for r in tab.model.rows]
    assert dates == sorted(dates, reverse=True)

    tab.status_picker.set_codes(["3"])
    tab.search()
    await tab.wait_idle()
    assert tab.model.rows and {r.prescription_status for r in tab.model.rows} == {"3"}

    with_refunds = next(
        r
        for r in tab.model.rows
        if any(
            f["prescription_code"] == r.prescription_code and f["medication_code"] == r.medication_code
            for f in saude_sim.refunds
        )
    )
    row = tab.model.rows.index(with_refunds)
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    await tab.wait_idle()
    expected = {
        f["protocol"]
        for f in saude_sim.refunds
        if f["prescription_code"] == with_refunds.prescription_code
        and f["medication_code"] == with_refunds.medication_code
    }
    assert {r.protocol for r in tab.refunds_model.rows} == expected
    qtmodeltester.check(tab.refunds_model)


async def test_dialog_validates_then_files_once(
    qtbot: QtBot, totvs_ctx: Any, saude_sim: SaudeSandbox
) -> None:
    dialog = PrescriptionDialog(totvs_ctx, DEMO_SUBSCRIBER)
    qtbot.addWidget(dialog)
    assert dialog.uf_combo.count() == 27
    dialog.send()  # no council number, name, medication code, link: every one said, nothing sent
    assert dialog.job is None and {"professionalCouncilNumber", "medications", "attachments"} <= {
        path for path, label in dialog.messages.items() if not label.isHidden()
    }
    dialog.council_number_edit.setText("334456")
    dialog.professional_edit.setText("VINICIUS")
    dialog.date_edit.set_value(dt.date(2023, 4, 3))
    dialog.medications.setData(dialog.medications.index(0, 1), "0490173961")
    dialog.attachments.setData(dialog.attachments.index(0, 0), "ftp://nope")
    assert "Attachment 1: link" in dialog.messages["attachments"].text()
    dialog.attachments.setData(dialog.attachments.index(0, 0), "https://example.com/receita.pdf")
    assert dialog.issues() == [] and dialog.send_button.isEnabled()
    dialog.send()
    assert dialog.job is not None
    await dialog.job.wait()
    assert "Protocolado" in dialog.result_label.text()
    assert saude_sim.posts == 1
    dialog.send()  # the same prescription again: found, not posted
    await dialog.job.wait()
    assert saude_sim.posts == 1 and "already" in dialog.result_label.text()


async def test_the_tab_comes_back_on_the_last_subscriber(
    qtbot: QtBot, totvs_ctx: Any, saude_sim: SaudeSandbox
) -> None:
    totvs_ctx.db.set_state(LAST_SUBSCRIBER, "")  # the demo configuration remembers one
    first = TotvsSaudeTab(totvs_ctx)
    qtbot.addWidget(first)
    first.refresh()  # nothing searched yet: stays empty, no request
    assert first.subscriber_edit.text() == "" and first.model.rowCount() == 0
    first.subscriber_edit.setText(DEMO_SUBSCRIBER)
    first.search()
    await first.wait_idle()
    again = TotvsSaudeTab(totvs_ctx)  # e.g. the next day
    qtbot.addWidget(again)
    again.refresh()
    await again.wait_idle()
    assert again.subscriber_edit.text() == DEMO_SUBSCRIBER and again.model.rowCount() == 50
