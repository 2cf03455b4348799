"""Strings ~40 % longer (as German or Portuguese often are) must not be clipped anywhere."""

from __future__ import annotations

import asyncio
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtCore, QtWidgets
from scripts import i18n

pytestmark = pytest.mark.ui
PLACEHOLDER = re.compile(r"(\{[^}]*\}|%n|<[^>]+>|&(?=\w))")


def lengthen(text: str) -> str:
    """Keep placeholders, markup and mnemonics; stretch the words by ~40 %."""
    parts = PLACEHOLDER.split(text)
    out = []
    for part in parts:
        if PLACEHOLDER.fullmatch(part or "") or not part:
            out.append(part)
        else:
            extra = "~" * max(1, round(len(part) * 0.4))
            out.append(part.replace("a", "à").replace("e", "é").replace("o", "ö") + extra)
    return "".join(out)


def pseudo_qm(tmp_path: Path) -> Path:
    tree = ET.parse(i18n.ts_path("fr"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = lengthen(source)
        else:
            translation.text = lengthen(source)
    ts = tmp_path / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "pseudo.qm"
    subprocess.run([i18n._tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def clipped(root: QtWidgets.QWidget) -> list[str]:
    """Buttons, check boxes and one-line labels whose text does not fit their width."""
    out = []
    for widget in root.findChildren(QtWidgets.QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QtWidgets.QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
        elif (
            isinstance(widget, QtWidgets.QLabel)
            and widget.text()
            and not widget.wordWrap()
            and "<" not in widget.text()
        ):
            needed = widget.fontMetrics().horizontalAdvance(widget.text()) + 2 * widget.margin()
        else:
            continue
        if widget.width() + 2 < needed:
            out.append(f"{type(widget).__name__} '{widget.text()[:50]}' {widget.width()} < {needed}")
    return out


async def test_no_clipped_text_with_longer_strings(qtbot: QtBot, ctx: Any, tmp_path: Path) -> None:
    from app.integrations import available
    from app.ui.main_window import MainWindow

    app = QtWidgets.QApplication.instance()
    assert app is not None
    translator = QtCore.QTranslator()
    assert translator.load(str(pseudo_qm(tmp_path)))
    app.installTranslator(translator)
    try:
        window = MainWindow(ctx, available())
        qtbot.addWidget(window)
        window.resize(1280, 820)
        window.show()
        problems = {}
        shots = tmp_path / "shots"
        shots.mkdir()
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            await asyncio.sleep(0.2)  # the loop lays the tab out; no nested processEvents under qasync
            window.grab().save(str(shots / f"{index:02d}.png"))
            found = clipped(window.tabs.currentWidget())
            if found:
                problems[window.tabs.tabText(index)] = found
        assert problems == {}, problems
    finally:
        app.removeTranslator(translator)
