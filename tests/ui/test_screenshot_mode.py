"""``--screenshot DIR`` on the demo: every tab, the pages inside them and every dialog a user can
open are saved (numbered, after the tabs), and none of those dialogs is left open."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.qt import QtGui, QtWidgets
from app.core.settings import SECTIONS

pytestmark = [pytest.mark.ui, pytest.mark.e2e]

DIALOGS = (
    "shared_database_dialog",
    "storage_dialog",
    "about_dialog",
    "crash_dialog",
    "vetelevage_mapping_dialog",
    "vetelevage_new_product",
    "vetelevage_set_aside_dialog",
    "vetelevage_change_mapping_dialog",
    "totvs_prescription_dialog",
    "retry_preview_dialog",  # the demo holds one Omnidoc request to send again
)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    from app.ops.demo import seed_demo, start_demo

    ctx, server = start_demo(tmp_path / "demo")
    errors: list[BaseException] = []

    def seed() -> None:  # a script with its own loop, as the app seeds after its first paint
        try:
            asyncio.run(seed_demo(ctx, server))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=seed, name="demo-seed")
    thread.start()
    thread.join(300)
    assert not thread.is_alive() and not errors, errors
    try:
        yield ctx, server
    finally:
        ctx.close()
        server.stop()


async def test_every_tab_page_and_dialog_is_saved(
    qtbot: QtBot, demo: tuple[Any, Any], tmp_path: Path
) -> None:
    from app.integrations import available
    from app.ui.app import _save_screenshots
    from app.ui.main_window import MainWindow
    from app.ui.tasks import tasks_of
    from tests.waiting import wait_until

    ctx, _server = demo
    window = MainWindow(ctx, available())
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "shots"
    await _save_screenshots(window, target)

    names = sorted(p.name for p in target.glob("*.png"))
    stems = {name[3:-4] for name in names}  # "NN_" and ".png" apart
    assert [name[:2] for name in names] == [f"{n:02d}" for n in range(len(names))]  # numbered in order
    assert {"dashboard", "attention", "activity", "vetelevage_unmapped_panel"} <= stems
    assert {f"connections_{section}" for section in SECTIONS} <= stems
    missing = [d for d in DIALOGS if d not in stems]
    assert not missing, missing
    for name in names:
        assert not QtGui.QImage(str(target / name)).isNull(), name
    await wait_until(
        lambda: (
            not [
                w
                for w in QtWidgets.QApplication.topLevelWidgets()
                if isinstance(w, QtWidgets.QDialog) and w.isVisible()
            ]
        ),
        what="every dialog closed",
    )
    assert window.tabs.currentIndex() == 0
    await wait_until(lambda: not tasks_of(window).running() and not ctx.jobs.running, timeout=60)
