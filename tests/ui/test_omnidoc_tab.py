from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtCore, QtGui
from app.integrations.omnidoc import service
from app.ui.omnidoc_tab import OmnidocTab
from tests.waiting import wait_until

pytestmark = pytest.mark.ui


async def test_invalid_nir_shows_the_reason_and_disables_sending(qtbot: QtBot, ctx: Any) -> None:
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.inputs["patient_last_name"], "Dupuis")
    assert tab.url_button.isEnabled() and tab.api_button.isEnabled()
    qtbot.keyClicks(tab.inputs["patient_nir"], "11111111111111")
    assert not tab.url_button.isEnabled() and not tab.api_button.isEnabled()
    assert tab.messages["patient_nir"].isVisibleTo(tab)
    assert "15 characters" in tab.messages["patient_nir"].text()
    tab.inputs["patient_nir"].setText("180017510800192")  # type: ignore[union-attr]
    assert not tab.messages["patient_nir"].isVisibleTo(tab) and tab.api_button.isEnabled()
    tab.set_value("patient_gender", "F")
    assert "gender" in tab.messages["patient_nir"].text()  # a warning, sending stays possible
    assert tab.api_button.isEnabled()


def drop(widget: Any, paths: list[Path]) -> None:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(p)) for p in paths])
    point = QtCore.QPointF(5, 5)
    enter = QtGui.QDragEnterEvent(
        QtCore.QPoint(5, 5),
        QtCore.Qt.DropAction.CopyAction,
        mime,
        QtCore.Qt.MouseButton.LeftButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )
    QtCore.QCoreApplication.sendEvent(widget, enter)
    event = QtGui.QDropEvent(
        point,
        QtCore.Qt.DropAction.CopyAction,
        mime,
        QtCore.Qt.MouseButton.LeftButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )
    QtCore.QCoreApplication.sendEvent(widget, event)


async def test_drag_and_drop_adds_files_with_size_and_type(qtbot: QtBot, ctx: Any, tmp_path: Path) -> None:
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    a, b, bad = tmp_path / "scan.pdf", tmp_path / "photo.png", tmp_path / "run.exe"
    a.write_bytes(b"%PDF-1.4" + bytes(2000))
    b.write_bytes(b"\x89PNG" + bytes(500))
    bad.write_bytes(b"MZ")
    drop(tab.files_view.viewport(), [a, b, bad])
    assert [r["name"] for r in tab.files_model.rows] == ["scan.pdf", "photo.png"]
    assert tab.files_model.index(0, 2).data() == "application/pdf"
    assert tab.error_bar.isVisibleTo(tab) and "run.exe" in tab.error_bar.label.text()


async def test_history_is_read_off_the_gui_thread_and_shown(qtbot: QtBot, ctx: Any, tmp_path: Path) -> None:
    from app.integrations.omnidoc.models import OmnidocForm

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4" + bytes(100))
    form = OmnidocForm(
        patient_first_name="Jeanne",
        patient_last_name="Dupuis",
        patient_gender="F",
        patient_birth_date="1961-04-02",
        patient_nir_cert="261047510800151",
        recipient_rpps="10002170750",
        text="Lésion pigmentée du dos",
    )
    service.create_request(ctx, form, [scan])
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    tab.tabs.setCurrentIndex(1)  # the History page reads the history
    await tab.history_model.wait_loaded()
    assert tab.history_model.rowCount() == 1
    assert tab.history_model.index(0, 2).data() == "10002170750"
    assert tab.history_model.index(0, 5).data() == "scan.pdf"


async def test_half_filled_form_survives_a_restart(qtbot: QtBot, ctx: Any) -> None:
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.inputs["patient_first_name"], "Jeanne")
    tab._save_draft()
    await tab.draft_settled()
    again = OmnidocTab(ctx)
    qtbot.addWidget(again)
    await again.draft_settled()  # drafts are read and written in a worker thread
    assert again.value("patient_first_name") == "Jeanne"
    again.clear()
    await again.draft_settled()
    assert service.load_form_draft(ctx) is None


async def test_prefill_from_a_provet_patient_uses_its_owner(
    qtbot: QtBot, provet_ctx: Any, provet_sim: Any
) -> None:
    patient_id, patient = next(
        (pid, p) for pid, p in provet_sim.objects["patient"].items() if p.get("client")
    )
    owner = provet_sim.objects["client"][patient["client"]]
    tab = OmnidocTab(provet_ctx)
    qtbot.addWidget(tab)
    assert tab.provet_button.isVisibleTo(tab)
    tab.provet_kind.setCurrentIndex(tab.provet_kind.findData("patient"))
    tab.provet_id.setText(str(patient_id))
    tab.provet_button.click()
    await wait_until(lambda: tab.value("patient_last_name") != "")
    assert tab.value("patient_first_name") == owner["firstname"]
    assert tab.value("patient_last_name") == owner["lastname"]
    assert tab.value("patient_email") == owner["email"]
    assert owner["city"] in tab.value("patient_address")
    assert patient["name"] in tab.value("text") and str(patient_id) in tab.value("text")
    assert not tab.messages["patient_phone"].isVisibleTo(tab)


async def test_prefill_from_an_unknown_provet_client_is_a_sentence(qtbot: QtBot, provet_ctx: Any) -> None:
    tab = OmnidocTab(provet_ctx)
    qtbot.addWidget(tab)
    tab.inputs["patient_last_name"].setText("Dupuis")  # type: ignore[union-attr]
    tab.provet_id.setText("999999")
    tab.provet_button.click()
    await wait_until(lambda: tab.provet_button.isEnabled() and tab.error_bar.isVisibleTo(tab))
    assert "999999" in tab.error_bar.label.text() and tab.value("patient_last_name") == "Dupuis"


def test_prefill_is_hidden_when_provet_is_not_set_up(qtbot: QtBot, ctx: Any) -> None:
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    assert not tab.provet_button.isVisibleTo(tab)


def test_client_fields_map_to_the_form_and_phones_become_ten_digits() -> None:
    from app.integrations.omnidoc.prefill import fields_from_owner
    from app.integrations.provet.omnidoc_source import owner_from_client

    values = fields_from_owner(
        owner_from_client(
            {
                "firstname": " Agathe ",
                "lastname": "Le Goff",
                "email": None,
                "street_address": "3 rue des Lilas",
                "zip_code": "35000",
                "city": "Rennes",
                "phone_numbers": [{"phone_number": "+33 6 12 34 56 78"}],
            }
        )
    )
    assert values == {
        "patient_first_name": "Agathe",
        "patient_last_name": "Le Goff",
        "patient_phone": "0612345678",
        "patient_address": "3 rue des Lilas 35000 Rennes",
    }


async def test_a_birth_date_typed_day_first_is_accepted_and_sent_as_aaaa_mm_jj(
    qtbot: QtBot, ctx: Any
) -> None:
    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.inputs["patient_last_name"], "Dupuis")
    qtbot.keyClicks(tab.inputs["patient_birth_date"], "12/03/1990")
    assert not tab.messages["patient_birth_date"].isVisibleTo(tab) and tab.url_button.isEnabled()
    assert "patient_birth_date=1990-03-12" in service.prefill_url(ctx, tab.form())
    tab.inputs["patient_birth_date"].setText("19900312")  # type: ignore[union-attr]
    assert tab.messages["patient_birth_date"].isVisibleTo(tab) and not tab.url_button.isEnabled()
    assert "DD/MM/YYYY" in tab.messages["patient_birth_date"].text()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "Écrivez la date JJ/MM/AAAA"), ("pt_BR", "Escreva a data como DD/MM/AAAA")],
)
async def test_a_value_that_cannot_be_sent_is_explained_in_the_users_language(
    qtbot: QtBot, ctx: Any, lang: str, expected: str
) -> None:
    from app.core.qt import QtWidgets
    from app.ui.i18n import install

    app = QtWidgets.QApplication.instance()
    assert app is not None
    try:
        install(app, lang)
        tab = OmnidocTab(ctx)
        qtbot.addWidget(tab)
        qtbot.keyClicks(tab.inputs["patient_birth_date"], "1990-W10-1")
        assert tab.messages["patient_birth_date"].text().startswith(expected)
        qtbot.keyClicks(tab.inputs["patient_phone"], "+32 470 12 34 56")
        assert (
            "10" in tab.messages["patient_phone"].text()
            and "Phone" not in tab.messages["patient_phone"].text()
        )
    finally:
        install(app, "en")


async def test_a_reused_form_keeps_its_author_and_context(qtbot: QtBot, ctx: Any) -> None:
    from app.integrations.omnidoc.models import form_from_json

    tab = OmnidocTab(ctx)
    qtbot.addWidget(tab)
    form = form_from_json(
        {"patient_last_name": "Dupuis", "author_rpps": "10009876543", "context": {"id": "1234"}}
    )
    tab.load_form(form)
    qtbot.keyClicks(tab.inputs["patient_first_name"], "Jeanne")
    again = tab.form()
    assert again.author_rpps == "10009876543" and again.context == {"id": "1234"}
    assert "10009876543" in tab.author.text()
    tab.clear()
    assert tab.form().author_rpps == "" and tab.form().context == {}
