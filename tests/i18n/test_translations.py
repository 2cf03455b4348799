"""Every user-facing string has a French and a Brazilian Portuguese translation, shipped compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtCore, QtWidgets
from scripts import i18n

LANGS = ("fr", "pt_BR")


@pytest.mark.parametrize("lang", LANGS)
def test_ts_files_are_complete_and_in_sync_with_the_code(lang: str, tmp_path: Path) -> None:
    i18n.generate_declared_strings()
    copy = tmp_path / f"passerelle_{lang}.ts"
    shutil.copy(i18n.ts_path(lang), copy)
    subprocess.run(
        [i18n._tool("lupdate"), "-silent", "-no-obsolete", *i18n.sources(), "-ts", str(copy)],
        cwd=i18n.ROOT,
        check=True,
    )
    original = i18n.ts_path
    try:
        i18n.ts_path = lambda _lang: copy  # type: ignore[assignment]
        missing = i18n.missing(lang)
    finally:
        i18n.ts_path = original  # type: ignore[assignment]
    assert missing == [], (
        f"untranslated ({lang}): run scripts/i18n.py after adding to the catalogue: {missing[:10]}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_qm_matches_the_ts(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [i18n._tool("lrelease"), "-silent", str(i18n.ts_path(lang)), "-qm", str(fresh)], check=True
    )
    shipped = i18n.FOLDER / f"passerelle_{lang}.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), "run scripts/i18n.py release"


@pytest.mark.ui
async def test_the_window_speaks_french_and_portuguese(qtbot: QtBot, ctx: Any) -> None:
    from app.integrations import available
    from app.ui.i18n import install
    from app.ui.main_window import MainWindow

    app = QtWidgets.QApplication.instance()
    assert app is not None
    try:
        install(app, "fr")
        window = MainWindow(ctx, available())
        qtbot.addWidget(window)
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert titles[0] == "Tableau de bord" and titles[-1] == "Activité"
        assert QtCore.QLocale().toString(1234.5, "f", 2) == "1\u202f234,50"
        install(app, "pt_BR")
        window2 = MainWindow(ctx, available())
        qtbot.addWidget(window2)
        assert window2.tabs.tabText(0) == "Painel"
    finally:
        install(app, "en")


def test_every_marked_string_has_a_literal_context() -> None:
    """lupdate only reads string literals: ``QT_TRANSLATE_NOOP(CONTEXT, …)`` or
    ``tr = QCoreApplication.translate`` silently drops strings from the catalogues."""
    noop = re.compile(r"QT_TRANSLATE_NOOP\(\s*[^\"'\s]")
    alias = re.compile(r"^\s*tr\s*=\s*QtCore\.QCoreApplication\.translate", re.MULTILINE)
    offenders = []
    for path in sorted((i18n.ROOT / "app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if path.name == "tr.py":
            continue
        if noop.search(text) or alias.search(text):
            offenders.append(str(path.relative_to(i18n.ROOT)))
    assert offenders == []


@pytest.mark.ui
def test_dashboard_status_sentences_are_translated_then_filled(qtbot: QtBot) -> None:
    from app.core.tr import QT_TRANSLATE_NOOP
    from app.integrations.base import ConnectionState, Integration, Status
    from app.ui.dashboard import Card
    from app.ui.i18n import install

    app = QtWidgets.QApplication.instance()
    assert app is not None
    try:
        install(app, "pt_BR")
        card = Card(Integration(name="provet", title="Provet Cloud"))
        qtbot.addWidget(card)
        card.show_status(
            Status(
                ConnectionState.FAILING,
                QT_TRANSLATE_NOOP("status", "{n} notification(s) could not be processed."),
                args={"n": 3},
            )
        )
        assert card.sentence.text() == "Notificações não processadas: 3."
    finally:
        install(app, "en")
