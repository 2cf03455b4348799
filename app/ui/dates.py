"""Date and month inputs that cannot go wrong: typed in the UI locale's order (``dd/mm/aaaa`` in
Portuguese, ``jj/mm/aaaa`` in French), an impossible or out-of-range value refused with a sentence
beside the field — never kept as another day, never rolled over into the next month.

``DateEdit`` (optionally with a time) and ``MonthEdit`` are the only date inputs of the app;
``parse_date`` and ``parse_month`` are the pure rules they follow (tested without a window)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from app.core.qt import Qt, QtCore, QtWidgets
from app.core.tr import QT_TRANSLATE_NOOP
from app.ui.layouts import no_margins

CONTEXT = "DateInput"

# -- sentences (English source, translated in the "DateInput" context) -------------------------
FORMAT = QT_TRANSLATE_NOOP("DateInput", "Write the date as {format}, e.g. {example}.")
FORMAT_TIME = QT_TRANSLATE_NOOP(
    "DateInput", "Write the date as {format}, with a time hh:mm if needed, e.g. {example} 08:30."
)
NO_SUCH_DAY = QT_TRANSLATE_NOOP("DateInput", "{text} does not exist: {month} {year} has {days} days.")
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("DateInput", "{text} does not exist: months go from 01 to 12.")
NO_SUCH_TIME = QT_TRANSLATE_NOOP(
    "DateInput", "{text} is not a time of day: hours 00 to 23, minutes 00 to 59."
)
TOO_LATE = QT_TRANSLATE_NOOP("DateInput", "The date cannot be after {limit}.")
TOO_EARLY = QT_TRANSLATE_NOOP("DateInput", "The date cannot be before {limit}.")
REQUIRED = QT_TRANSLATE_NOOP("DateInput", "Type the date as {format}.")
MONTH_FORMAT = QT_TRANSLATE_NOOP("DateInput", "Write the month as {format}, e.g. {example}.")
# The letters of a date's parts as a person of the UI's language writes them (dd/mm/aaaa, jj/mm/aaaa).
DAY_LETTERS = QT_TRANSLATE_NOOP("DateInput", "dd")
MONTH_LETTERS = QT_TRANSLATE_NOOP("DateInput", "mm")
YEAR_LETTERS = QT_TRANSLATE_NOOP("DateInput", "yyyy")


def _t(text: str) -> str:
    return QtCore.QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Problem:
    """Why a typed value is refused: a DateInput sentence and what fills it."""

    template: str
    args: dict[str, Any] = field(default_factory=dict)

    def sentence(self) -> str:
        """The sentence in the UI's language."""
        return _t(self.template).format(**self.args)


# -- the locale's order ----------------------------------------------------------------------


@dataclass(frozen=True)
class DateOrder:
    """The order and separator of a locale's numeric dates ("d", "M", "y"; "/")."""

    parts: tuple[str, str, str]
    separator: str

    @classmethod
    def of(cls, locale: QtCore.QLocale | None = None) -> DateOrder:
        """The UI locale's short date order (QLocale), always with a four-digit year."""
        fmt = (locale or QtCore.QLocale()).dateFormat(QtCore.QLocale.FormatType.ShortFormat)
        letters = [c for c in fmt if c in "dMy"]
        parts: list[str] = []
        for c in letters:
            if c not in parts:
                parts.append(c)
        if sorted(parts) != ["M", "d", "y"]:
            parts = ["d", "M", "y"]
        separator = next((c for c in fmt if c not in "dMy"), "/")
        return cls((parts[0], parts[1], parts[2]), separator if separator.strip() else "/")

    def qt_format(self) -> str:
        """The QDate/QLocale format string (``dd/MM/yyyy``)."""
        return self.separator.join({"d": "dd", "M": "MM", "y": "yyyy"}[p] for p in self.parts)

    def month_qt_format(self) -> str:
        """The month-only format (``MM/yyyy``): the date's without its day."""
        return self.separator.join({"M": "MM", "y": "yyyy"}[p] for p in self.parts if p != "d")

    def letters(self, with_day: bool = True) -> str:
        """What a person reads as the expected shape: ``dd/mm/aaaa`` (translated letters)."""
        names = {"d": _t(DAY_LETTERS), "M": _t(MONTH_LETTERS), "y": _t(YEAR_LETTERS)}
        return self.separator.join(names[p] for p in self.parts if with_day or p != "d")

    def show(self, value: dt.date) -> str:
        """``value`` written in this order (``03/02/2026``)."""
        numbers = {"d": f"{value.day:02d}", "M": f"{value.month:02d}", "y": f"{value.year:04d}"}
        return self.separator.join(numbers[p] for p in self.parts)

    def show_month(self, year: int, month: int) -> str:
        """A month written as the screens show it (``11/2026``)."""
        numbers = {"M": f"{month:02d}", "y": f"{year:04d}"}
        return self.separator.join(numbers[p] for p in self.parts if p != "d")


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_GROUPS = re.compile(r"^(\d{1,4})[./\-\s](\d{1,4})[./\-\s](\d{1,4})$")
_TIME = re.compile(r"^(\d{1,2})[:hH](\d{2})(?::(\d{2}))?$")


def _month_name(month: int) -> str:
    return QtCore.QLocale().standaloneMonthName(month, QtCore.QLocale.FormatType.LongFormat)


def local_date(iso: str) -> str:
    """An ISO date (or the date part of a timestamp) in the UI's short date format."""
    date = QtCore.QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QtCore.QLocale().toString(date, QtCore.QLocale.FormatType.ShortFormat) if date.isValid() else iso


def parse_date(text: str, order: DateOrder | None = None) -> dt.date | Problem | None:
    """The date typed (the locale's order, or ISO ``aaaa-mm-dd``); None when empty; a Problem when
    it is not a real day (``31/02/2026``: never rolled to March, never replaced by today)."""
    order = order or DateOrder.of()
    text = text.strip()
    if not text:
        return None
    shape = Problem(FORMAT, {"format": order.letters(), "example": order.show(dt.date.today())})
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _GROUPS.match(text):
        values = dict(zip(order.parts, match.groups(), strict=True))
        if len(values["y"]) != 4 or len(values["d"]) > 2 or len(values["M"]) > 2:
            return shape
        year, month, day = int(values["y"]), int(values["M"]), int(values["d"])
    else:
        return shape
    if not 1 <= month <= 12:
        return Problem(NO_SUCH_MONTH, {"text": text})
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if year < 1 or not 1 <= day <= days:
        return Problem(NO_SUCH_DAY, {"text": text, "month": _month_name(month), "year": year, "days": days})
    return dt.date(year, month, day)


def parse_moment(text: str, order: DateOrder | None = None) -> dt.datetime | Problem | None:
    """A date with an optional time (``03/02/2026 08:30``, ``2026-02-03T08:30:00``); midnight
    when no time is written."""
    order = order or DateOrder.of()
    text = text.strip()
    if not text:
        return None
    day_text, _, time_text = re.sub(r"(\d)T(\d)", r"\1 \2", text).partition(" ")
    day = parse_date(day_text, order)
    if day is None or isinstance(day, Problem):
        if isinstance(day, Problem) and day.template == FORMAT:
            return Problem(FORMAT_TIME, day.args)
        return day
    time_text = time_text.strip()
    if not time_text:
        return dt.datetime.combine(day, dt.time())
    match = _TIME.match(time_text)
    if not match:
        return Problem(FORMAT_TIME, {"format": order.letters(), "example": order.show(dt.date.today())})
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return Problem(NO_SUCH_TIME, {"text": time_text})
    return dt.datetime.combine(day, dt.time(hour, minute, second))


_MONTH_GROUPS = re.compile(r"^(\d{1,4})[./\-\s](\d{1,4})$")


def parse_month(text: str, order: DateOrder | None = None) -> tuple[int, int] | Problem | None:
    """The month typed as the screens show it (``11/2026``), or ``2026-11`` / ``202611``;
    (year, month); None when empty; a Problem when it is not a month."""
    order = order or DateOrder.of()
    text = text.strip()
    if not text:
        return None
    example = dt.date.today()
    shape = Problem(
        MONTH_FORMAT,
        {"format": order.letters(with_day=False), "example": order.show_month(example.year, example.month)},
    )
    if re.fullmatch(r"\d{6}", text):  # the API's own YYYYMM
        year, month = int(text[:4]), int(text[4:])
    elif match := _MONTH_GROUPS.match(text):
        first, second = match.groups()
        if len(first) == 4 and len(second) <= 2:
            year, month = int(first), int(second)
        elif len(second) == 4 and len(first) <= 2:
            year, month = int(second), int(first)
        else:
            return shape
    else:
        return shape
    if not 1 <= month <= 12 or year < 1:
        return Problem(NO_SUCH_MONTH, {"text": text})
    return year, month


def months_before(months: int, day: dt.date | None = None) -> dt.date:
    """The same day ``months`` months earlier (the last day of a shorter month: 31/05 → 28/02)."""
    day = day or dt.date.today()
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# -- widgets ---------------------------------------------------------------------------------


class _TypedInput(QtWidgets.QWidget):
    """A line edit with a refusal sentence beside it (below, in red) and a ``changed`` signal
    emitted when the value read from the text changes (to a value, or to nothing/refused)."""

    changed = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None, *, required: bool, show_message: bool) -> None:
        super().__init__(parent)
        self.order = DateOrder.of()
        self.required = required
        self.line = QtWidgets.QLineEdit(self)
        self.line.setClearButtonEnabled(not required)
        self.message = QtWidgets.QLabel(self)
        self.message.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self._show_message = show_message
        self.row = no_margins(QtWidgets.QHBoxLayout())
        self.row.addWidget(self.line, 1)
        box = no_margins(QtWidgets.QVBoxLayout(self))
        box.setSpacing(2)
        box.addLayout(self.row)
        box.addWidget(self.message)
        self.setFocusProxy(self.line)
        self._last: Any = object()
        self.line.textChanged.connect(self._revalidate)
        self.line.editingFinished.connect(self._tidy)

    # the subclasses' rules
    def _read(self) -> Any:
        raise NotImplementedError

    def _written(self, value: Any) -> str:
        raise NotImplementedError

    def _required_problem(self) -> Problem:
        return Problem(REQUIRED, {"format": self.order.letters()})

    def problem(self) -> str:
        """The refusal sentence in the UI's language; "" when the text is accepted."""
        found = self._read()
        if isinstance(found, Problem):
            return found.sentence()
        if found is None and self.required:
            return self._required_problem().sentence()
        return ""

    def is_valid(self) -> bool:
        """Whether the text is accepted (empty is accepted unless the field is required)."""
        return not self.problem()

    def text(self) -> str:
        """The text as typed."""
        return self.line.text()

    def _revalidate(self) -> None:
        found = self._read()
        problem = found.sentence() if isinstance(found, Problem) else ""
        shown = problem if self._show_message else ""
        self.message.setText(shown)
        self.message.setVisible(bool(shown))
        self.line.setToolTip(problem)
        self.line.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if problem else "")
        value = None if isinstance(found, Problem) else found
        key = (value, bool(problem))
        if key != self._last:
            self._last = key
            self.changed.emit()

    def _tidy(self) -> None:
        """Once typed: an accepted value rewritten in the locale's shape (``3/2/2026`` → ``03/02/2026``)."""
        found = self._read()
        if found is not None and not isinstance(found, Problem):
            written = self._written(found)
            if written != self.line.text():
                self.line.setText(written)


class DateEdit(_TypedInput):
    """A date typed as the UI locale writes it (``dd/mm/aaaa``), with a calendar; optionally a time
    (``with_time``: ``dd/mm/aaaa hh:mm``). ``value()`` is the date, or None when empty or refused."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        value: dt.date | None = None,
        *,
        required: bool = True,
        minimum: dt.date | None = None,
        maximum: dt.date | None = None,
        with_time: bool = False,
        show_message: bool = True,
    ) -> None:
        super().__init__(parent, required=required, show_message=show_message)
        self.minimum, self.maximum, self.with_time = minimum, maximum, with_time
        self.line.setPlaceholderText(self.order.letters() + (" hh:mm" if with_time else ""))
        self.calendar_button = QtWidgets.QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar_button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.calendar_button.setToolTip(self.tr("Pick the date in a calendar"))
        self.calendar_button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        # The menu's arrow drawn over a one-character label reads as a clipped "…⌄".
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QtWidgets.QMenu(self.calendar_button)
        self.calendar = QtWidgets.QCalendarWidget(menu)
        self.calendar.setLocale(QtCore.QLocale())
        action = QtWidgets.QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.calendar_button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.clicked.connect(menu.close)
        menu.aboutToShow.connect(self._sync_calendar)
        self.row.addWidget(self.calendar_button)
        min_width = self.line.fontMetrics().horizontalAdvance(self.line.placeholderText() + "000") + 24
        self.line.setMinimumWidth(min_width)
        self.set_value(value)

    def _read(self) -> Any:
        found: Any = (
            parse_moment(self.line.text(), self.order)
            if self.with_time
            else parse_date(self.line.text(), self.order)
        )
        if found is None or isinstance(found, Problem):
            return found
        day = found.date() if isinstance(found, dt.datetime) else found
        if self.maximum is not None and day > self.maximum:
            return Problem(TOO_LATE, {"limit": self.order.show(self.maximum)})
        if self.minimum is not None and day < self.minimum:
            return Problem(TOO_EARLY, {"limit": self.order.show(self.minimum)})
        return found

    def _written(self, value: Any) -> str:
        if isinstance(value, dt.datetime):
            text = self.order.show(value.date())
            if value.time() != dt.time():
                text += f" {value:%H:%M}" + (f":{value:%S}" if value.second else "")
            return text
        return self.order.show(value)

    def value(self) -> dt.date | None:
        """The date typed; None when empty or refused."""
        found = self._read()
        if found is None or isinstance(found, Problem):
            return None
        return found.date() if isinstance(found, dt.datetime) else found

    def moment(self) -> dt.datetime | None:
        """The date and time typed (midnight when no time is written); None when empty or refused."""
        found = self._read()
        if found is None or isinstance(found, Problem):
            return None
        return found if isinstance(found, dt.datetime) else dt.datetime.combine(found, dt.time())

    def set_value(self, value: dt.date | dt.datetime | None) -> None:
        """Show ``value`` in the locale's shape (None: empty)."""
        if isinstance(value, dt.datetime) and not self.with_time:
            value = value.date()
        self.line.setText("" if value is None else self._written(value))
        self._revalidate()

    def _sync_calendar(self) -> None:
        day = self.value() or dt.date.today()
        self.calendar.setSelectedDate(QtCore.QDate(day.year, day.month, day.day))
        if self.maximum is not None:
            self.calendar.setMaximumDate(
                QtCore.QDate(self.maximum.year, self.maximum.month, self.maximum.day)
            )
        if self.minimum is not None:
            self.calendar.setMinimumDate(
                QtCore.QDate(self.minimum.year, self.minimum.month, self.minimum.day)
            )

    def _picked(self, day: QtCore.QDate) -> None:
        picked = dt.date(day.year(), day.month(), day.day())
        moment = self.moment()
        if self.with_time and moment is not None:
            self.set_value(dt.datetime.combine(picked, moment.time()))
        else:
            self.set_value(picked)
        self.line.setFocus()


class MonthEdit(_TypedInput):
    """A month typed as the screens show it (``11/2026``; ``2026-11`` and ``202611`` too).
    ``value()`` is ``YYYYMM`` (the API's form), "" when empty or refused."""

    def __init__(
        self, parent: QtWidgets.QWidget | None = None, *, required: bool = False, show_message: bool = True
    ) -> None:
        super().__init__(parent, required=required, show_message=show_message)
        self.line.setPlaceholderText(self.order.letters(with_day=False))
        self.line.setMaxLength(8)
        self.line.setMinimumWidth(
            self.line.fontMetrics().horizontalAdvance(self.line.placeholderText() + "00") + 24
        )

    def _read(self) -> Any:
        return parse_month(self.line.text(), self.order)

    def _written(self, value: Any) -> str:
        year, month = value
        return self.order.show_month(year, month)

    def _required_problem(self) -> Problem:
        today = dt.date.today()
        return Problem(
            MONTH_FORMAT,
            {
                "format": self.order.letters(with_day=False),
                "example": self.order.show_month(today.year, today.month),
            },
        )

    def value(self) -> str:
        """``YYYYMM``; "" when empty or refused."""
        found = self._read()
        if found is None or isinstance(found, Problem):
            return ""
        return f"{found[0]:04d}{found[1]:02d}"

    def set_value(self, yyyymm: str) -> None:
        """Show a ``YYYYMM`` month as the screens write it ("" empties the field)."""
        text = yyyymm.strip()
        self.line.setText(self.order.show_month(int(text[:4]), int(text[4:6])) if len(text) == 6 else text)
        self._revalidate()
