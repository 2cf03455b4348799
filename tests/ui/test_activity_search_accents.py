"""Activity search as a Brazilian clerk types it (issue 19 item 4): words of the summary as the
window shows it in Portuguese, accents and case ignored, on both engines."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.ui.activity_view import ActivityView

pytestmark = pytest.mark.ui


@pytest.mark.parametrize("typed", ["cancelada", "CANCELADA", "coparticipacao de t1"])
async def test_typed_words_find_the_entry_shown_in_portuguese(qtbot: QtBot, any_ctx: Any, typed: str) -> None:
    shown = any_ctx.journal.record(
        "totvs_rh", "load", "partial", "Co-participation load of {scope} cancelled", args={"scope": "T1/01"}
    )
    any_ctx.journal.record(
        "totvs_rh", "load", "ok", "Co-participation full load of {scope}", args={"scope": "T2/01"}
    )
    view = ActivityView(any_ctx, [("totvs_rh", "TOTVS RH")])
    qtbot.addWidget(view)
    view.search.setText(typed)
    view.refresh()
    await view.model.wait_idle()
    found = [view.model.record(row).id for row in range(view.model.rowCount())]
    assert shown in found
    if typed != "coparticipacao de t1":
        assert found == [shown]
