"""Dates that cannot go wrong (issue 19 item 1): typed with real key events in the UI locale's
order, an impossible day refused with a sentence beside the field, never kept or rolled over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt, QtWidgets
from app.ui.dates import DateEdit, DateOrder, MonthEdit, Problem, months_before, parse_date, parse_month

pytestmark = pytest.mark.ui

NBSP = "\u00a0"
SENTENCES = {
    # lang: (placeholder, month placeholder, impossible day, impossible month)
    "fr": (
        "jj/mm/aaaa",
        "mm/aaaa",
        f"31/02/2026 n’existe pas{NBSP}: février 2026 a 28 jours.",
        "n’existe pas",
    ),
    "pt_BR": ("dd/mm/aaaa", "mm/aaaa", "31/02/2026 não existe: fevereiro de 2026 tem 28 dias.", "não existe"),
    "en": (
        "dd/mm/yyyy",
        "mm/yyyy",
        "31/02/2026 does not exist: February 2026 has 28 days.",
        "does not exist",
    ),
}


@pytest.fixture(params=["fr", "pt_BR", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    from app.ui.i18n import install

    app = QtWidgets.QApplication.instance()
    assert app is not None
    install(app, request.param)
    try:
        yield request.param
    finally:
        install(app, "en")


def _type(qtbot: QtBot, edit: DateEdit | MonthEdit, text: str) -> None:
    edit.line.selectAll()
    qtbot.keyClick(edit.line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit.line, text)


def test_the_locale_format_is_shown_and_accepted(qtbot: QtBot, lang: str) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.line.placeholderText() == SENTENCES[lang][0]
    _type(qtbot, edit, "03/02/2026")
    assert edit.value() == dt.date(2026, 2, 3) and edit.is_valid()
    assert not edit.message.isVisible()
    _type(qtbot, edit, "3/2/2026")
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)  # once typed, the field writes it in the locale's shape
    assert edit.text() == "03/02/2026" and edit.value() == dt.date(2026, 2, 3)
    edit.set_value(dt.date(2025, 11, 30))
    assert edit.text() == "30/11/2025"


def test_an_impossible_date_is_refused_never_rolled_or_kept(qtbot: QtBot, lang: str) -> None:
    edit = DateEdit(value=dt.date.today())
    qtbot.addWidget(edit)
    edit.show()
    seen: list[Any] = []
    edit.changed.connect(lambda: seen.append(edit.value()))
    _type(qtbot, edit, "31/02/2026")
    assert edit.value() is None and not edit.is_valid()
    assert edit.text() == "31/02/2026"  # the clerk's text stays to be corrected
    assert edit.message.isVisible() and edit.message.text() == SENTENCES[lang][2]
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    assert edit.text() == "31/02/2026" and edit.value() is None  # not fixed up on leaving
    assert dt.date(2026, 2, 3) not in seen and dt.date(2026, 3, 3) not in seen
    for wrong in ("2026-02-31", "31/13/2026", "29/02/2025"):
        _type(qtbot, edit, wrong)
        assert edit.value() is None and SENTENCES[lang][3] in edit.message.text(), wrong
    _type(qtbot, edit, "3-2-26")
    assert edit.value() is None and SENTENCES[lang][0] in edit.message.text()
    _type(qtbot, edit, "29/02/2028")
    assert edit.value() == dt.date(2028, 2, 29) and not edit.message.isVisible()


def test_limits_and_the_time(qtbot: QtBot, lang: str) -> None:
    today = dt.date.today()
    edit = DateEdit(maximum=today)
    qtbot.addWidget(edit)
    edit.show()
    tomorrow = today + dt.timedelta(days=1)
    _type(qtbot, edit, DateOrder.of().show(tomorrow))
    assert edit.value() is None and DateOrder.of().show(today) in edit.message.text()
    _type(qtbot, edit, "")
    assert not edit.is_valid() and edit.problem()  # required
    moment = DateEdit(with_time=True)
    qtbot.addWidget(moment)
    _type(qtbot, moment, "03/02/2026 08:30")
    assert moment.moment() == dt.datetime(2026, 2, 3, 8, 30)
    _type(qtbot, moment, "03/02/2026 25:00")
    assert moment.moment() is None and moment.problem()
    _type(qtbot, moment, "2026-02-03T08:30:00")
    assert moment.moment() == dt.datetime(2026, 2, 3, 8, 30)


def test_the_month_as_the_screen_shows_it(qtbot: QtBot, lang: str) -> None:
    edit = MonthEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.line.placeholderText() == SENTENCES[lang][1]
    for typed in ("11/2026", "2026-11", "202611"):
        _type(qtbot, edit, typed)
        assert edit.value() == "202611" and edit.is_valid(), typed
    qtbot.keyClick(edit.line, Qt.Key.Key_Return)
    assert edit.text() == "11/2026"
    _type(qtbot, edit, "13/2026")
    assert edit.value() == "" and SENTENCES[lang][3] in edit.problem()
    _type(qtbot, edit, "")
    assert edit.value() == "" and edit.is_valid()  # an empty filter is no filter


def test_pure_rules() -> None:
    order = DateOrder(("d", "M", "y"), "/")
    assert parse_date("31/12/2026", order) == dt.date(2026, 12, 31)
    assert isinstance(parse_date("31/02/2026", order), Problem)
    assert isinstance(parse_date("00/01/2026", order), Problem)
    assert parse_date("", order) is None
    us = DateOrder(("M", "d", "y"), "/")
    assert parse_date("02/03/2026", us) == dt.date(2026, 2, 3)
    assert parse_month("2026/11", order) == (2026, 11)
    assert isinstance(parse_month("2026", order), Problem)
    assert months_before(3, dt.date(2026, 5, 31)) == dt.date(2026, 2, 28)
    assert months_before(2, dt.date(2026, 1, 15)) == dt.date(2025, 11, 15)
