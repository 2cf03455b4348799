"""UI state (a table's column widths) is written off the GUI thread, in order, and read back."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from app.core.qt import QtCore
from app.ui import common


async def test_writes_happen_in_the_ui_state_thread_in_the_order_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writers: list[str] = []
    real = QtCore.QSettings.setValue

    def spy(self: Any, key: str, value: Any) -> None:
        writers.append(threading.current_thread().name)
        real(self, key, value)

    monkeypatch.setattr(QtCore.QSettings, "setValue", spy)
    for width in range(5):
        common.save_ui_state("headers/test.writer", width)
    await asyncio.wrap_future(common.ui_state_written())
    assert writers and all(name.startswith("passerelle-ui-state") for name in writers)
    assert int(common.settings_store().value("headers/test.writer")) == 4  # the last one asked
    common.settings_store().remove("headers/test.writer")
