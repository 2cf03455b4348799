"""Window first: the window shows (and says "Opening the database…") before the store is open; each
tab is built the first time it is shown, and then gets its data; the first window fits the screen."""

from __future__ import annotations

import argparse
import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.integrations import available
from app.ui.main_window import MainWindow
from tests.waiting import wait_until

pytestmark = pytest.mark.ui


@pytest.fixture(autouse=True)
def ini_settings(tmp_path: Path) -> None:
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.Format.IniFormat)
    QtCore.QSettings.setPath(
        QtCore.QSettings.Format.IniFormat, QtCore.QSettings.Scope.UserScope, str(tmp_path / "ui")
    )
    QtCore.QCoreApplication.setOrganizationName("PasserelleTest")
    QtCore.QCoreApplication.setApplicationName("PasserelleTest")


def _placeholder_text(window: MainWindow, key: str) -> str:
    label = window.tabs.widget(window.tab_index[key]).findChild(QtWidgets.QLabel, "opening")
    return label.text() if isinstance(label, QtWidgets.QLabel) else ""


async def test_the_skeleton_has_every_tab_and_says_the_store_is_opening(qtbot: QtBot, ctx: Any) -> None:
    integrations = available()
    window = MainWindow(None, integrations)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0] == "Dashboard" and titles[-2:] == ["Needs attention", "Activity"]
    assert len(titles) == 3 + len([i for i in integrations if i.tab])
    assert not window.store_open and not any(window.is_built(k) for k in window.tab_index)
    assert _placeholder_text(window, "dashboard") == "Opening the database…"
    assert window.opening.text() == "Opening the database…" and window.opening.isVisible()
    connections = next(a for a in window.menuBar().actions()[0].menu().actions() if "Connections" in a.text())
    assert not connections.isEnabled()
    window.tabs.setCurrentIndex(window.tab_index["activity"])  # switching while opening builds nothing
    assert not window.is_built("activity")

    opened: list[bool] = []
    window.opened.connect(lambda: opened.append(True))
    window.attach(ctx)
    assert opened == [True]
    assert window.is_built("activity"), "the tab shown when the store opened is built"
    assert not window.is_built("dashboard") and not window.is_built("provet")
    assert connections.isEnabled() and window.desk_label.text().startswith("Desk: ")


async def test_a_tab_is_built_when_first_shown_and_gets_its_data(qtbot: QtBot, ctx: Any) -> None:
    await asyncio.to_thread(ctx.journal.record, "vetelevage", "import", "ok", "12 visits imported")
    window = MainWindow(ctx, available())
    qtbot.addWidget(window)
    window.show()
    assert window.is_built("dashboard") and not window.is_built("activity")
    built: list[str] = []
    window.tab_built.connect(built.append)
    window.show_integration("activity")
    assert built == ["activity"]
    view = window.tabs.currentWidget()
    assert view is window.activity and window.tabs.widget(window.tab_index["activity"]) is view
    await wait_until(lambda: view.model.rowCount() == 1, what="the journal entry in the Activity tab")


async def test_ctrl_number_switches_tabs_and_builds_them(qtbot: QtBot, ctx: Any) -> None:
    window = MainWindow(ctx, available())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    await wait_until(window.isActiveWindow, what="the window active (shortcuts go to it)")
    for number in (2, 3):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
        await wait_until(lambda n=number: window.tabs.currentIndex() == n - 1, what=f"Ctrl+{number}")
        key = next(k for k, i in window.tab_index.items() if i == number - 1)
        assert window.is_built(key) and window.tabs.currentWidget() is window.tab(key)


@pytest.mark.expect_error_log(r"^the provet tab could not be built$", logger="passerelle.ui.main")
async def test_a_tab_that_fails_to_build_is_a_sentence_once_shown(qtbot: QtBot, ctx: Any) -> None:
    from app.integrations.base import Integration

    broken = Integration(name="provet", title="Provet Cloud", tab="app.ui.no_such_module:Nothing")
    window = MainWindow(ctx, [broken])
    qtbot.addWidget(window)
    assert not window.is_built("provet")
    window.show_integration("provet")
    labels = [w.text() for w in window.tabs.currentWidget().findChildren(QtWidgets.QLabel)]
    assert window.is_built("provet") and any(text.strip() for text in labels), labels


def test_the_first_window_fits_the_available_area(qtbot: QtBot) -> None:
    window = MainWindow(None, [])
    qtbot.addWidget(window)
    window.show()
    area = window.available_area()
    assert area.contains(window.frameGeometry()), (area, window.frameGeometry())
    assert window.width() <= 1280 and window.height() <= 820


def test_a_remembered_geometry_larger_than_the_screen_is_clamped(qtbot: QtBot) -> None:
    first = MainWindow(None, [])
    qtbot.addWidget(first)
    first.show()
    area = first.available_area()
    first.resize(area.width() + 600, area.height() + 400)
    first.move(area.right() - 100, area.bottom() - 50)
    first.save_state()
    second = MainWindow(None, [])
    qtbot.addWidget(second)
    second.show()
    assert area.contains(second.frameGeometry()), (area, second.frameGeometry())


def test_the_window_says_opening_in_its_language_while_the_store_opens(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """run_gui shows the window, then opens the store in a worker: held here until the window has
    been seen saying so; once open, the current tab is built and the window closes."""
    from app.ui import app as ui_app
    from app.ui import main_window

    monkeypatch.setenv("PASSERELLE_NO_SCHEDULER", "1")
    monkeypatch.setenv("PASSERELLE_DISABLE_SINGLE_INSTANCE", "1")
    shown = threading.Event()
    seen: dict[str, Any] = {}
    real_open = ui_app.open_store

    def held_open(args: argparse.Namespace, folder: Path | None) -> tuple[Any, Any]:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        assert shown.wait(60), "the window was never shown"
        return real_open(args, folder)

    class Watched(MainWindow):
        def showEvent(self, event: QtGui.QShowEvent) -> None:
            super().showEvent(event)
            if not shown.is_set():
                seen["status"] = self.opening.text()
                seen["tab"] = _placeholder_text(self, "dashboard")
                seen["open"] = self.store_open
                shown.set()

        def attach(self, ctx: Any) -> None:
            super().attach(ctx)
            seen["built"] = self.is_built("dashboard")
            QtCore.QTimer.singleShot(0, self.close)

    monkeypatch.setattr(ui_app, "open_store", held_open)
    monkeypatch.setattr(main_window, "MainWindow", Watched)
    from app.ui.i18n import install

    try:
        args = argparse.Namespace(data_dir=data_dir, demo=False, lang="fr", verbose=False)
        assert ui_app.run_gui(args) == 0
    finally:
        app = QtWidgets.QApplication.instance()
        assert app is not None
        install(app, "en")
    assert seen == {
        "worker": True,
        "status": "Ouverture de la base de données…",
        "tab": "Ouverture de la base de données…",
        "open": False,
        "built": True,
    }
    assert (data_dir / "passerelle.db").is_file()
