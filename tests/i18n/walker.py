"""What a user sees, read off the live widgets, and the rules a translated screen must follow.

``shown_texts(root)`` collects every text a visible widget shows (labels, buttons, group and tab
titles, tooltips, placeholders, combo items, menu entries, status bar, header titles and the
display/tooltip text of the first rows of every item view, the lines of a read-only text such as
the retry preview, the value of a time picker). ``problems(texts, lang)`` names the
ones that are still English or an internal identifier:

- the English source of a message of ``passerelle_<lang>.ts`` whose translation differs (a
  template's ``{placeholders}`` and ``%n`` match any value), whole or as part of a longer text;
- an English sentence the catalogues never saw (two English-only function words);
- a "(s)" plural, a snake_case or dotted code, an enum member's name or value;
- an ISO date, a bare UTC time ("…Z") or a decimal point where the UI's language uses a comma;
- in French, a plain space before : ; ? ! or a straight apostrophe between letters.
"""

from __future__ import annotations

import enum
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from app.core.qt import QtCore, QtGui, QtWidgets
from scripts import i18n

ROWS_READ = 40  # rows of each item view read (the first page is what a user reads)

Display = QtCore.Qt.ItemDataRole.DisplayRole
ToolTip = QtCore.Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True)
class Shown:
    """One text on screen and where it was (a widget path, for the failure message)."""

    text: str
    where: str


def _plain(text: str) -> str:
    if "<" in text and ">" in text:  # rich text; toPlainText would turn no-break spaces into spaces
        kept = text.replace("\u00a0", "\ue000").replace("&nbsp;", "\ue000")
        text = QtGui.QTextDocumentFragment.fromHtml(kept).toPlainText().replace("\ue000", "\u00a0")
    return text


def _mnemonic(text: str) -> str:
    return re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")


def _where(widget: QtCore.QObject) -> str:
    names = []
    obj: QtCore.QObject | None = widget
    while obj is not None and len(names) < 4:
        names.append(obj.objectName() or type(obj).__name__)
        obj = obj.parent()
    return "/".join(reversed(names))


def _model_texts(
    view: QtWidgets.QAbstractItemView, model: QtCore.QAbstractItemModel, where: str
) -> Iterator[Shown]:
    root = QtCore.QModelIndex()
    columns = 1 if isinstance(model, QtCore.QAbstractListModel) else model.columnCount(root)
    hidden = {c for c in range(columns) if isinstance(view, QtWidgets.QTableView) and view.isColumnHidden(c)}
    for column in range(columns):
        if column in hidden:
            continue
        for role in (Display, ToolTip):
            value = model.headerData(column, QtCore.Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield Shown(value, f"{where} header {column}")
    for row in range(min(model.rowCount(root), ROWS_READ)):
        for column in range(max(columns, 1)):
            if column in hidden:
                continue
            index = model.index(row, column, root)
            for role in (Display, ToolTip):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield Shown(value, f"{where} cell {row},{column}")
            parent = model.index(row, 0, root)
            for child in range(min(model.rowCount(parent), 10)) if column == 0 else ():
                value = model.data(model.index(child, 0, parent), Display)
                if isinstance(value, str):
                    yield Shown(value, f"{where} child {row}.{child}")


def _menu_texts(menu: QtWidgets.QMenu | QtWidgets.QMenuBar, where: str) -> Iterator[Shown]:
    for action in menu.actions():
        if action.text():
            yield Shown(_mnemonic(action.text()), f"{where} menu")
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield Shown(action.toolTip(), f"{where} menu tooltip")
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), where)


def _widget_texts(widget: QtWidgets.QWidget) -> Iterator[Shown]:
    where = _where(widget)
    if widget.isWindow() and widget.windowTitle():
        yield Shown(widget.windowTitle(), f"{where} title")
    if widget.toolTip():
        yield Shown(_plain(widget.toolTip()), f"{where} tooltip")
    if isinstance(widget, QtWidgets.QLabel):
        yield Shown(_plain(widget.text()), where)
    elif isinstance(widget, QtWidgets.QAbstractButton):
        yield Shown(_mnemonic(widget.text()), where)
    elif isinstance(widget, QtWidgets.QGroupBox):
        yield Shown(widget.title(), where)
    elif isinstance(widget, QtWidgets.QTabBar):
        for i in range(widget.count()):
            yield Shown(_mnemonic(widget.tabText(i)), f"{where} tab")
            yield Shown(widget.tabToolTip(i), f"{where} tab tooltip")
    elif isinstance(widget, QtWidgets.QLineEdit):
        yield Shown(widget.placeholderText(), f"{where} placeholder")
        if widget.isReadOnly():
            yield Shown(widget.text(), where)
    elif isinstance(widget, (QtWidgets.QPlainTextEdit, QtWidgets.QTextEdit)):
        yield Shown(widget.placeholderText(), f"{where} placeholder")
        if isinstance(widget, QtWidgets.QPlainTextEdit) and widget.isReadOnly():  # a text to read (a preview)
            # toRawText: toPlainText would turn the no-break spaces French needs into spaces
            for n, line in enumerate(widget.document().toRawText().replace("\u2029", "\n").splitlines()):
                yield Shown(line, f"{where} line {n}")
    elif isinstance(widget, QtWidgets.QDateTimeEdit):  # a time or date picker shows its value
        yield Shown(widget.text(), where)
    elif isinstance(widget, QtWidgets.QComboBox):
        for i in range(widget.count()):
            yield Shown(widget.itemText(i), f"{where} item")
    elif isinstance(widget, QtWidgets.QProgressBar) and widget.isTextVisible():
        yield Shown(widget.text(), where)
    elif isinstance(widget, QtWidgets.QStatusBar):
        yield Shown(widget.currentMessage(), f"{where} message")
    elif isinstance(widget, QtWidgets.QMenuBar):
        yield from _menu_texts(widget, where)
    elif isinstance(widget, QtWidgets.QAbstractItemView) and not isinstance(widget, QtWidgets.QHeaderView):
        model = widget.model()
        if model is not None:
            yield from _model_texts(widget, model, where)


def shown_texts(root: QtWidgets.QWidget) -> list[Shown]:
    """Every non-empty text of the visible widgets under ``root`` (``root`` included)."""
    out: list[Shown] = []
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisible():
            continue
        for shown in _widget_texts(widget):
            text = shown.text.strip()
            if text:
                out.append(Shown(text, shown.where))
    return out


# ---------------------------------------------------------------- what counts as English


@dataclass(frozen=True)
class Sources:
    """The English sources of one language's .ts whose translation differs from them."""

    exact: frozenset[str]
    templates: tuple[tuple[re.Pattern[str], str], ...]
    phrases: tuple[str, ...]  # sources of three words or more, looked for inside longer texts


_FIELD = re.compile(r"\{[^{}]*\}|%n|%\d")


def _normal(text: str) -> str:
    return " ".join(_mnemonic(_plain(text)).split())


@cache
def english_sources(lang: str) -> Sources:
    """Read ``passerelle_<lang>.ts``: the sources a translated screen must never show."""
    exact: set[str] = set()
    same: set[str] = set()  # a word both languages share in some context ("Prescription", "OK")
    templates: dict[str, re.Pattern[str]] = {}
    for message in ET.parse(i18n.ts_path(lang)).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        forms = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
        if node is not None and not forms:
            forms = [node.text or ""]
        if any(_normal(f) == _normal(source) for f in forms):
            same.add(_normal(source))
            continue  # the same in both languages (OK, PDF, a proper name)
        words = re.findall(r"[A-Za-z]{2,}", _FIELD.sub(" ", source))
        if not words:
            continue
        text = _normal(source)
        if _FIELD.search(text):
            literal = [p for p in _FIELD.split(text)]
            if sum(len(p.strip()) for p in literal) < 6:
                continue  # "{n} ({m})": nothing English left to recognise
            pattern = ".+?".join(re.escape(p) for p in literal)
            templates[text] = re.compile(pattern, re.DOTALL)
        else:
            exact.add(text)
    exact -= same
    phrases = tuple(sorted(t for t in exact if len(t.split()) >= 3 and len(t) >= 16))
    return Sources(frozenset(exact), tuple((p, t) for t, p in sorted(templates.items())), phrases)


# Function words of English that French and Portuguese sentences never use as words.
ENGLISH_ONLY = frozenset(
    [
        "the",
        "is",
        "are",
        "was",
        "were",
        "could",
        "would",
        "should",
        "with",
        "and",
        "has",
        "have",
        "this",
        "that",
        "from",
        "been",
        "will",
        "cannot",
        "which",
        "what",
        "when",
        "there",
        "your",
        "you",
        "does",
        "did",
        "not",
        "into",
        "than",
        "them",
        "these",
        "those",
        "their",
        "its",
        "had",
        "of",
        "for",
        "to",
        "by",
        "at",
        "be",
        "it",
        "failed",
    ]
)

SNAKE = re.compile(r"(?<![\w./:@-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w./@-])")
DOTTED = re.compile(r"(?<![\w./:@-])[a-z][a-z_]+\.[a-z][a-z_]+(?![\w/@-]|\.\w)")
SHOUTED_ENUM = re.compile(r"(?<![\w.])[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+(?![\w.])")
ISO_DATE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")
UTC_Z = re.compile(r"\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b")
DECIMAL_POINT = re.compile(r"(?<![\w.,-])\d+\.\d{1,2}(?![\w.-])")
URLISH = re.compile(
    r"\b(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:csv|xlsx|json|zip|pdf|log|db|png|com|fr|br)\b"
    r"|(?:[A-Za-z]:)?(?:[/\\][\w.-]+){2,}"  # a file path (the data folder)
)


@cache
def enum_words() -> frozenset[str]:
    """Names and string values of the app's own enums (``FAILING``, ``url_opened``)."""
    words: set[str] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("app.") or module is None:
            continue
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, enum.Enum) and value.__module__ == name:
                for member in value:
                    if len(member.name) > 2:
                        words.add(member.name)
                    if isinstance(member.value, str) and len(member.value) > 2 and "_" in member.value:
                        words.add(member.value)
    return frozenset(words)


def why_wrong(text: str, lang: str) -> str | None:
    """Why ``text`` must not be shown in ``lang``, or None when it may."""
    sources = english_sources(lang)
    original, text = text, _normal(text)
    if text in sources.exact:
        return "English source"
    for pattern, template in sources.templates:
        if pattern.fullmatch(text):
            return f"English template {template!r}"
    for phrase in sources.phrases:
        if phrase in text:
            return f"contains English source {phrase!r}"
    bare = URLISH.sub(" ", text)
    words = {w.lower() for w in re.findall(r"[A-Za-z']+", bare)}
    english = sorted(words & ENGLISH_ONLY)
    if len(english) >= 2:
        return f"English words {english}"
    if "(s)" in text:
        return "'(s)' plural"
    for rule, reason in (
        (SNAKE, "snake_case identifier"),
        (DOTTED, "dotted code"),
        (SHOUTED_ENUM, "enum name"),
        (ISO_DATE, "ISO date"),
        (UTC_Z, "UTC time"),
        (DECIMAL_POINT, "decimal point"),
    ):
        found = rule.search(bare)
        if found:
            return f"{reason} {found.group(0)!r}"
    if text in enum_words():
        return "enum member"
    if lang == "fr":
        bare = URLISH.sub(" ", original)  # _normal folded the no-break spaces: look at the text shown
        if re.search(r" [:;?!](\s|$)", bare):
            return "French punctuation after a plain space (a no-break space is due)"
        if re.search(r"(?<=[^\W\d_])'(?=[^\W\d_])", bare):
            return "straight apostrophe in French (’ is the one used)"
    return None


def problems(
    texts: Iterable[Shown],
    lang: str,
    allowed: Iterable[re.Pattern[str]] = (),
    places: Iterable[re.Pattern[str]] = (),
) -> dict[str, str]:
    """``{text: "why — where"}`` for every shown text that is English or an identifier, but the
    texts ``allowed`` match whole and the texts shown where ``places`` match."""
    allow, skip = list(allowed), list(places)
    out: dict[str, str] = {}
    for shown in texts:
        if any(p.search(shown.where) for p in skip):
            continue
        for line in shown.text.splitlines():
            line = line.strip()
            if not line or line in out or any(p.fullmatch(line) for p in allow):
                continue
            why = why_wrong(line, lang)
            if why is not None:
                out[line] = f"{why} — {shown.where}"
    return out
