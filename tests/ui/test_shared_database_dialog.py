from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core.journal import Journal
from app.ops.shared_database import saved_url, target_url
from app.ui.dialogs.shared_database_dialog import SharedDatabaseDialog

pytestmark = pytest.mark.ui


def test_addresses_are_checked() -> None:
    assert target_url("postgresql://u@h/db", "pw") == "postgresql+psycopg://u:pw@h/db"
    with pytest.raises(ValueError, match="postgresql"):
        target_url("sqlite:///x.db", "")
    # The settings keep the address, never the password (the keyring does).
    assert saved_url("postgresql://u:secret@h:5433/db") == "postgresql+psycopg://u@h:5433/db"


@pytest.mark.postgres
async def test_wizard_previews_copies_once_and_switches(qtbot: QtBot, ctx: Any, pg_database_url: str) -> None:
    Journal(ctx.db, "DESK-1").record("vetelevage", "import", "ok", "batch L-1", keys=["L-1"])
    dialog = SharedDatabaseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.url.setText(pg_database_url)
    await dialog.test().wait()
    assert dialog.apply_button.isEnabled()
    assert "PostgreSQL" in dialog.preview.text() and dialog.copy.isEnabled()
    dialog.copy.setChecked(True)
    await dialog.apply().wait()
    assert "Restart" in dialog.error_bar.label.text()
    assert ctx.settings.database.url.startswith("postgresql+psycopg://")
    from app.core.db import Database

    shared = Database(pg_database_url)
    try:
        assert [e.summary for e in Journal(shared).search("L-1")] == ["batch L-1"]
    finally:
        shared.dispose()


async def test_a_refused_address_shows_in_the_error_bar_for_both_steps(qtbot: QtBot, ctx: Any) -> None:
    dialog = SharedDatabaseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.url.setText("sqlite:///elsewhere.db")
    for step in (dialog.test, dialog.apply):
        dialog.error_bar.hide()
        job = step()
        await job.wait()
        assert job.title in ("Testing the shared database", "Preparing the shared database")
        assert not dialog.error_bar.isHidden() and dialog.error_bar.label.text()
    assert not dialog.apply_button.isEnabled()
    assert ctx.settings.database.url != "sqlite:///elsewhere.db"  # nothing saved


async def test_an_empty_address_is_refused_never_an_example_tested(qtbot: QtBot, ctx: Any) -> None:
    """The address starts empty (the example is a hint, not a value): testing it says why not."""
    dialog = SharedDatabaseDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.url.text() == "" and "postgresql+psycopg://" in dialog.url.placeholderText()
    job = dialog.test()
    await job.wait()
    assert not dialog.error_bar.isHidden() and dialog.error_bar.label.text()
    assert not dialog.apply_button.isEnabled()
