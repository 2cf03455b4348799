"""Connections › Vétélevage: the SaaS account is "every linked account" in words (stored as the
settings' ``all``) or one account id typed in; the word ``all`` is never on screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt, QtWidgets
from app.ui.connections_dialog import AccountChoice


@pytest.fixture
def page(qtbot: QtBot) -> QtWidgets.QWidget:
    """The Connections page the choice sits on (kept alive by the fixture)."""
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    return widget


def test_every_account_is_said_in_words_and_stored_as_all(page: QtWidgets.QWidget) -> None:
    choice = AccountChoice("all", page)
    assert choice.currentText() == "Every linked account"  # the source text: no translator loaded here
    assert "all" not in [choice.itemText(i) for i in range(choice.count())]
    assert choice.account() == "all"


def test_one_account_typed_in_is_stored_as_typed(qtbot: QtBot, page: QtWidgets.QWidget) -> None:
    choice = AccountChoice("all", page)
    edit = choice.lineEdit()
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, " C456 ")
    assert choice.account() == "C456"
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert choice.account() == "all"  # nothing typed: every account, never an empty id


def test_a_stored_account_id_is_shown_as_it_is(page: QtWidgets.QWidget) -> None:
    choice = AccountChoice("C123", page)
    assert choice.currentText() == "C123" and choice.account() == "C123"
