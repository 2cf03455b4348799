from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from app.core.context import AppContext


def test_sqlite_notices_arrive_after_commit_only(ctx: Any) -> None:
    seen: list[tuple[str, str]] = []
    ctx.changes.subscribe("vetelevage.visit", lambda t, k, d: seen.append((t, k)))
    with ctx.db.transaction() as conn:
        ctx.changes.notify("vetelevage.visit", "V-1", conn=conn)
        assert seen == []  # not before the commit
    assert seen == [("vetelevage.visit", "V-1")]
    with pytest.raises(RuntimeError), ctx.db.transaction() as conn:
        ctx.changes.notify("vetelevage.visit", "V-2", conn=conn)
        raise RuntimeError("rolled back")
    ctx.changes.notify("other.topic", "x")
    assert seen == [("vetelevage.visit", "V-1")]


@pytest.mark.postgres
def test_postgres_notices_reach_another_desk(
    pg_database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PASSERELLE_DATABASE__URL", pg_database_url)
    monkeypatch.setenv("PASSERELLE_APP__DESK_NAME", "DESK-1")
    desk1 = AppContext.open(tmp_path / "d1")
    monkeypatch.setenv("PASSERELLE_APP__DESK_NAME", "DESK-2")
    desk2 = AppContext.open(tmp_path / "d2")
    got = threading.Event()
    seen: list[tuple[str, str, str]] = []

    listening = threading.Event()

    def on_change(topic: str, key: str, desk: str) -> None:
        if topic == "test.probe":  # the listener is connected and LISTENing
            listening.set()
            return
        seen.append((topic, key, desk))
        got.set()

    desk2.changes.subscribe("*", on_change)
    desk2.changes.start()
    try:
        # Until the listener listens, a notice is lost: probe until one gets through.
        deadline = time.monotonic() + 10
        while not listening.is_set():
            assert time.monotonic() < deadline, "the listener never connected"
            desk1.changes.notify("test.probe")
            listening.wait(0.1)
        with desk1.db.transaction() as conn:
            desk1.changes.notify("vetelevage.mapping", "P-884211", conn=conn)
        assert got.wait(5), "no notice within 5 s"
        assert seen == [("vetelevage.mapping", "P-884211", "DESK-1")]
    finally:
        desk1.close()
        desk2.close()
