"""Issue 20 item 3: the demo never touches real data. ``--demo --data-dir`` on a folder that
holds a real store is refused with a sentence (command line and window) and leaves it byte for
byte as it was; without --data-dir the demo uses a throwaway folder and its own SQLite file,
even when the environment names a real data folder or database."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Any

import pytest

from app.core.context import AppContext
from app.core.paths import database_file, settings_file


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def real_store(tmp_path: Path) -> Path:
    """A clinic's real data folder: a database with work in it and settings pointing at real APIs."""
    folder = tmp_path / "clinic"
    ctx = AppContext.open(folder)
    try:
        ctx.settings.vetelevage.base_url = "https://api.vetelevage.fr/v1"
        ctx.settings.vetelevage.username = "clinique.real"
        ctx.settings.provet.base_url = "https://provetcloud.com/4242/api/0.1/"
        ctx.save_settings()
        ctx.journal.record("ops", "probe", "ok", "real work")
    finally:
        ctx.close()
    return folder


def test_demo_with_a_real_data_dir_is_refused_on_the_command_line(
    real_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    before = fingerprint(real_store)
    assert main(["--demo", "--data-dir", str(real_store), "config", "show"]) == 2
    err = capsys.readouterr().err
    assert "demo" in err.lower() and str(real_store) in err and "Traceback" not in err
    assert fingerprint(real_store) == before, "the demo changed the real store"


def test_demo_with_a_real_data_dir_is_refused_by_the_window(
    qtbot: Any, real_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import app as ui_app

    said: list[str] = []
    monkeypatch.setattr(ui_app, "_fatal", lambda text: said.append(text) or 2)
    before = fingerprint(real_store)
    args = argparse.Namespace(data_dir=real_store, demo=True, lang="en", verbose=False)
    assert ui_app.run_gui(args) == 2
    assert len(said) == 1 and "demo" in said[0].lower() and str(real_store) in said[0]
    assert fingerprint(real_store) == before


def test_demo_in_an_empty_folder_works_and_may_run_there_again(tmp_path: Path) -> None:
    from app.ops.demo import start_demo

    folder = tmp_path / "empty"
    folder.mkdir()
    for _ in range(2):
        ctx, server = start_demo(folder)
        try:
            assert ctx.data_dir == folder and ctx.demo
            assert "127.0.0.1" in ctx.settings.vetelevage.base_url
        finally:
            ctx.close()
            server.stop()


def test_demo_without_data_dir_ignores_the_real_folder_and_database(
    real_store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(real_store))
    monkeypatch.setenv("PASSERELLE_DATABASE__URL", f"sqlite:///{database_file(real_store)}")
    before = fingerprint(real_store)
    assert main(["--demo", "vetelevage", "import"]) == 0, capsys.readouterr().err
    assert main(["--demo", "config", "set", "app.desk_name", "Demo desk"]) == 0
    capsys.readouterr()
    assert fingerprint(real_store) == before, "the demo wrote into the real store"
    assert "Demo desk" not in settings_file(real_store).read_text(encoding="utf-8")
