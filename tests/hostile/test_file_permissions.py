"""Issue 20 item 11: files only for their owner. On Linux and macOS the data folder (and every
folder in it) is 0700 and every file the app writes there is 0600, whatever the umask; on
Windows the per-user profile folder is already private (docs/limits.md)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from app.core.context import AppContext
from app.core.logging_setup import close_logging, setup_logging
from app.ops.backup import backup
from app.ops.support import build_report

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows: the user's profile folder is private")


def modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return found


def test_the_data_folder_and_its_files_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    previous = os.umask(0o022)  # the usual umask: new files readable by everyone
    try:
        data_dir = tmp_path / "fresh" / "data"
        ctx = AppContext.open(data_dir)
        try:
            setup_logging(data_dir)
            logging.getLogger("passerelle.test").warning("a line in the log")
            for i in range(20):
                ctx.journal.record("ops", "probe", "ok", f"entry {i}")
            ctx.settings.app.desk_name = "Accueil"
            ctx.save_settings()
            backup(ctx)
            build_report(ctx, data_dir / "exports" / "support.zip")
            assert (data_dir / "passerelle.db-wal").exists()
            found = modes(data_dir)
        finally:
            close_logging()
            ctx.close()
    finally:
        os.umask(previous)
    for name in ("logs", "backups", "exports", "passerelle.db", "settings.json", "logs/passerelle.log"):
        assert name in found, name
    for name, mode in found.items():
        path = data_dir / name
        expected = 0o700 if path.is_dir() else 0o600
        assert mode == expected, f"{name} is {mode:o}, expected {expected:o}"


def test_an_existing_data_folder_open_to_others_is_tightened(data_dir: Path) -> None:
    data_dir.chmod(0o755)
    AppContext.open(data_dir).close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
