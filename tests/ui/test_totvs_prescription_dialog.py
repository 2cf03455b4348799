"""The prescription dialog speaks to a clerk (issue 19 items 1 and 2): each problem beside its
field with the field's label, every one at once on Send; the date typed as dd/mm/aaaa and an
impossible one refused; Tab through every field to Send; Esc on a filled form asks first."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt, QtWidgets
from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER, SaudeSandbox
from app.ui.dialogs.totvs_prescription_dialog import PrescriptionDialog
from tests.ui.totvs_fixtures import *  # noqa: F403 (fixtures)

pytestmark = pytest.mark.ui


def _dialog(qtbot: QtBot, ctx: Any) -> PrescriptionDialog:
    dialog = PrescriptionDialog(ctx, DEMO_SUBSCRIBER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _retype(qtbot: QtBot, edit: QtWidgets.QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


async def test_every_problem_beside_its_field_in_portuguese(
    qtbot: QtBot, totvs_ctx: Any, saude_sim: SaudeSandbox, pt_br: None
) -> None:
    dialog = _dialog(qtbot, totvs_ctx)
    assert not any(m.isVisibleTo(dialog) for m in dialog.messages.values())  # nothing typed yet: no red
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    shown = {path: m.text() for path, m in dialog.messages.items() if m.isVisibleTo(dialog)}
    assert shown == {
        "professionalCouncilNumber": "Obrigatório.",
        "professionalName": "Obrigatório.",
        "medications": "Medicamento 1: código do medicamento: Obrigatório.",
        "attachments": "Informe ao menos um link para o arquivo da receita.",
    }
    assert saude_sim.posts == 0 and dialog.job is None
    everything = " ".join(shown.values())
    assert "professionalCouncilNumber" not in everything and "medications[" not in everything
    assert dialog.focusWidget() is dialog.council_number_edit  # the first field to correct

    qtbot.keyClicks(dialog.council_number_edit, "CRM-33.445")
    assert "algarismos" in dialog.messages["professionalCouncilNumber"].text()
    _retype(qtbot, dialog.council_number_edit, "334456")
    assert not dialog.messages["professionalCouncilNumber"].isVisibleTo(dialog)
    dialog.medications.add(["04", ""])
    dialog.medications.setData(dialog.medications.index(0, 1), "0490173961")
    dialog.attachments.setData(dialog.attachments.index(0, 0), "https://example.com/minha receita.pdf")
    assert "Medicamento 2: código do medicamento" in dialog.messages["medications"].text()
    assert "espaço" in dialog.messages["attachments"].text()
    assert dialog.messages["attachments"].text().startswith("Anexo 1: link:")


async def test_the_date_is_typed_as_the_clerk_writes_it_and_an_impossible_one_never_filed(
    qtbot: QtBot, totvs_ctx: Any, saude_sim: SaudeSandbox, pt_br: None
) -> None:
    dialog = _dialog(qtbot, totvs_ctx)
    assert dialog.date_edit.line.placeholderText() == "dd/mm/aaaa"
    qtbot.keyClicks(dialog.council_number_edit, "334456")
    qtbot.keyClicks(dialog.professional_edit, "VINICIUS")
    dialog.medications.setData(dialog.medications.index(0, 1), "0490173961")
    dialog.attachments.setData(dialog.attachments.index(0, 0), "https://example.com/receita.pdf")
    _retype(qtbot, dialog.date_edit.line, "31/02/2026")
    assert dialog.date_edit.message.isVisibleTo(dialog)
    assert dialog.date_edit.message.text() == "31/02/2026 não existe: fevereiro de 2026 tem 28 dias."
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.job is None and saude_sim.posts == 0  # never filed as 03/03 or as today
    assert dialog.focusWidget() is dialog.date_edit.line
    _retype(qtbot, dialog.date_edit.line, "03/04/2023")
    assert not dialog.date_edit.message.isVisibleTo(dialog) and dialog.issues() == []
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None
    await dialog.job.wait()
    assert saude_sim.posts == 1 and saude_sim.prescriptions[-1].start == "2023-04-03"
    assert "Protocolado" in dialog.result_label.text()


async def test_tab_reaches_every_field_and_send(qtbot: QtBot, totvs_ctx: Any) -> None:
    dialog = _dialog(qtbot, totvs_ctx)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.insurer_edit.setFocus()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is dialog.insurer_edit)
    order: list[QtWidgets.QWidget] = [dialog.insurer_edit]
    for _ in range(20):
        current = QtWidgets.QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QtWidgets.QApplication.focusWidget()
        assert now is not None
        if now is dialog.insurer_edit:
            break
        order.append(now)
    expected = [
        dialog.insurer_edit,
        dialog.subscriber_edit,
        dialog.council_edit,
        dialog.council_number_edit,
        dialog.uf_combo,
        dialog.professional_edit,
        dialog.date_edit.line,
        dialog.list_views["medications"],
        *dialog.list_buttons["medications"],
        dialog.list_views["attachments"],
        *dialog.list_buttons["attachments"],
        dialog.send_button,
        dialog.close_button,
    ]
    assert order == expected
    assert QtWidgets.QApplication.focusWidget() is dialog.insurer_edit  # Tab after Close goes round
    qtbot.keyClick(dialog.insurer_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QtWidgets.QApplication.focusWidget() is dialog.close_button


async def test_escape_on_a_filled_form_asks_before_discarding(qtbot: QtBot, totvs_ctx: Any) -> None:
    empty = _dialog(qtbot, totvs_ctx)
    qtbot.keyClick(empty, Qt.Key.Key_Escape)
    assert not empty.isVisible() and empty.confirm_box is None  # nothing typed: closes at once

    dialog = _dialog(qtbot, totvs_ctx)
    qtbot.keyClicks(dialog.council_number_edit, "334456")
    qtbot.keyClick(dialog.council_number_edit, Qt.Key.Key_Escape)
    box = dialog.confirm_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert dialog.isVisible()
    keep = next(b for b in box.buttons() if box.buttonRole(b) == QtWidgets.QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.council_number_edit.text() == "334456"

    qtbot.keyClick(dialog.council_number_edit, Qt.Key.Key_Escape)
    box = dialog.confirm_box
    qtbot.waitUntil(box.isVisible)
    discard = next(
        b for b in box.buttons() if box.buttonRole(b) == QtWidgets.QMessageBox.ButtonRole.DestructiveRole
    )
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
