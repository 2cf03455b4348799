"""Issue 15 item 7: Connections › Operations shows the clinic's opening hours as days named in the
UI's language (never the settings' English day codes), editable from the keyboard, and reads and
writes the settings' own text, which the alerts parse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qm import QmCatalog
from app.core.qt import Qt, QtCore, QtWidgets
from app.core.resources import resource
from app.ops.alerts import parse_opening_hours
from app.ui.opening_hours_editor import OpeningHoursEditor, format_opening_hours

pytestmark = pytest.mark.ui

DEFAULT = "mon-fri 08:00-19:00; sat 08:00-12:00"


@pytest.fixture
def french_locale() -> Iterator[None]:
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.French, QtCore.QLocale.Country.France))
    yield
    QtCore.QLocale.setDefault(before)


@pytest.mark.parametrize(
    "text, written",
    [
        (DEFAULT, DEFAULT),
        (
            "mon-fri 08:00-12:30,14:00-19:00; sat 08:00-12:00",
            "mon-fri 08:00-12:30,14:00-19:00; sat 08:00-12:00",
        ),
        ("lun-ven 08:00-19:00", "mon-fri 08:00-19:00"),  # the French codes the parser accepts
        ("mon 08:00-19:00; tue 08:00-19:00; thu 09:00-17:00", "mon-tue 08:00-19:00; thu 09:00-17:00"),
        ("sat-mon 10:00-12:00", "mon 10:00-12:00; sat-sun 10:00-12:00"),  # across the week's end
        ("", ""),
    ],
)
def test_the_settings_text_is_written_back_as_it_means(text: str, written: str) -> None:
    assert format_opening_hours(parse_opening_hours(text)) == written
    assert parse_opening_hours(written) == parse_opening_hours(text)


def test_days_are_named_in_the_language_and_ticked_as_stored(qtbot: QtBot, french_locale: None) -> None:
    editor = OpeningHoursEditor(DEFAULT)
    qtbot.addWidget(editor)
    assert [row.open.text() for row in editor.rows] == [
        "Lundi",
        "Mardi",
        "Mercredi",
        "Jeudi",
        "Vendredi",
        "Samedi",
        "Dimanche",
    ]
    assert [row.open.isChecked() for row in editor.rows] == [True] * 6 + [False]
    assert editor.rows[5].times[1].time() == QtCore.QTime(12, 0)
    assert not editor.rows[6].times[0].isEnabled()  # a closed day offers no times
    assert not editor.rows[0].times[2].isEnabled()  # nor a second span until it is ticked
    assert editor.text() == DEFAULT


def test_the_keyboard_ticks_days_and_changes_times(qtbot: QtBot, french_locale: None) -> None:
    editor = OpeningHoursEditor(DEFAULT)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    monday = editor.rows[0]
    qtbot.keyClick(monday.open, Qt.Key.Key_Space)  # closed on Mondays
    assert editor.text() == "tue-fri 08:00-19:00; sat 08:00-12:00"
    qtbot.keyClick(monday.open, Qt.Key.Key_Space)
    assert monday.open.nextInFocusChain() is monday.times[0] or monday.times[0].isAncestorOf(
        monday.open.nextInFocusChain()
    )
    # Tuesday: a lunch break, the second span typed with the keyboard.
    tuesday = editor.rows[1]
    tuesday.times[1].setFocus()
    tuesday.times[1].setTime(QtCore.QTime(12, 30))
    qtbot.keyClick(tuesday.second, Qt.Key.Key_Space)
    assert tuesday.times[2].isEnabled() and tuesday.times[3].isEnabled()
    tuesday.times[2].setCurrentSection(QtWidgets.QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(tuesday.times[2], Qt.Key.Key_Up)  # 14:00 → 15:00
    assert tuesday.times[2].time() == QtCore.QTime(15, 0)
    assert editor.text() == (
        "mon 08:00-19:00; tue 08:00-12:30,15:00-19:00; wed-fri 08:00-19:00; sat 08:00-12:00"
    )


def test_hours_that_end_before_they_start_are_refused_in_words(qtbot: QtBot, french_locale: None) -> None:
    editor = OpeningHoursEditor(DEFAULT)
    qtbot.addWidget(editor)
    editor.rows[2].times[1].setTime(QtCore.QTime(7, 0))
    problem = editor.problem()
    assert problem is not None and problem.startswith("Mercredi")
    assert editor.problem_label.text() == problem
    editor.rows[2].times[1].setTime(QtCore.QTime(19, 0))
    editor.rows[2].second.setChecked(True)
    assert editor.rows[2].spans() == [(dt.time(8), dt.time(12)), (dt.time(14), dt.time(19))]  # split at lunch
    editor.rows[2].times[2].setTime(QtCore.QTime(11, 0))  # opens again before it closed
    assert editor.problem() is not None
    editor.rows[2].second.setChecked(False)
    assert editor.problem() is None and editor.problem_label.text() == ""


def test_a_day_with_more_spans_keeps_the_ones_not_shown(qtbot: QtBot) -> None:
    text = "mon 08:00-10:00,11:00-12:00,14:00-18:00"
    editor = OpeningHoursEditor(text)
    qtbot.addWidget(editor)
    assert editor.text() == text


async def test_connections_saves_the_ticked_hours_and_refuses_wrong_ones(qtbot: QtBot, ctx: Any) -> None:
    from app.ui.connections_dialog import ConnectionsDialog
    from app.ui.tasks import tasks_of

    dialog = ConnectionsDialog(ctx)
    qtbot.addWidget(dialog)
    (editor,) = dialog.findChildren(OpeningHoursEditor)
    assert not dialog.findChildren(QtWidgets.QLineEdit, "ops.opening_hours")  # no raw text field
    editor.rows[5].open.setChecked(False)  # closed on Saturdays
    editor.rows[0].times[1].setTime(QtCore.QTime(7, 0))
    assert not dialog._apply()
    assert ctx.settings.ops.opening_hours == DEFAULT
    assert dialog.error_bar.label.text() == editor.problem()
    assert dialog.pages.currentIndex() == dialog.pages_list.currentRow()
    editor.rows[0].times[1].setTime(QtCore.QTime(19, 0))
    assert dialog._apply()
    await tasks_of(dialog).wait()  # the journal entry is written in a worker thread
    assert ctx.settings.ops.opening_hours == "mon-fri 08:00-19:00"
    (entry,) = [e for e in ctx.journal.search("") if e.action == "connection_changed"]
    assert entry.summary == "settings changed: Operations"  # the section in words, in the language
    french = QmCatalog.load(resource("translations", "passerelle_fr.qm")).translate
    assert entry.sentence(french) == "Réglages modifiés\u00a0: Exploitation"
    assert parse_opening_hours(ctx.settings.ops.opening_hours)[5] == []


def test_an_unreadable_stored_text_is_edited_as_text(qtbot: QtBot, ctx: Any) -> None:
    from app.ui.connections_dialog import ConnectionsDialog

    ctx.settings.ops.opening_hours = "weekdays 9 to 5"
    dialog = ConnectionsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.findChildren(OpeningHoursEditor)
    (edit,) = dialog.findChildren(QtWidgets.QLineEdit, "ops.opening_hours")
    assert edit.text() == "weekdays 9 to 5"  # never overwritten by a guess
