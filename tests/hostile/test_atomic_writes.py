"""Issue 20 item 2: every file the app writes is written whole or not at all. A full disk (the
write or the flush to the disk failing with ENOSPC) leaves the previous file exactly as it was
and no temporary file behind; a successful write reaches the disk before it replaces the old one."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core import atomic, csvsafe
from app.core.errors import describe
from app.core.settings import load_settings, save_settings, set_value
from tests.hostile.export_data import copart_row, new_billing_line

OLD = b"the previous file, which must survive\n"


def full_disk(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


class FailingWrites:
    """``open`` whose handles write half of what they are given, then hit a full disk."""

    def __init__(self) -> None:
        self.opened: list[Path] = []

    def __call__(self, file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = open(file, mode, *args, **kwargs)  # noqa: SIM115
        self.opened.append(Path(file))
        real_write = handle.write

        def write(data: Any) -> int:
            real_write(data[: len(data) // 2])
            full_disk()
            return 0

        handle.write = write
        return handle


def writers(ctx: Any, tmp_path: Path) -> dict[str, tuple[Path, Callable[[], Any]]]:
    """Each thing the app writes, with the file it writes to."""
    from app.integrations.provet.export import write_out
    from app.integrations.totvs import cli as totvs_cli
    from app.integrations.totvs import service_rh
    from app.integrations.vetelevage.export import export_new
    from app.integrations.vetelevage.mapping import export_mappings_csv
    from app.ops.backup import backup
    from app.ops.support import build_report

    exports = tmp_path / "exports"
    exports.mkdir(exist_ok=True)
    copart_row(ctx)  # an export with nothing in it writes no file

    def billing(path: Path, fmt: str = "csv") -> Any:
        new_billing_line(ctx)
        return export_new(ctx, path, fmt)

    rows = [{"id": 1, "name": "=HYPERLINK(1)"}, {"id": 2, "name": "Rex"}]

    def settings() -> None:
        set_value(ctx.settings, "app.desk_name", "Accueil 2")
        save_settings(ctx.settings, ctx.data_dir)

    return {
        "settings": (ctx.data_dir / "settings.json", settings),
        "backup": (exports / "backup.db", lambda: backup(ctx, exports / "backup.db")),
        "support report": (exports / "support.zip", lambda: build_report(ctx, exports / "support.zip")),
        "provet csv": (exports / "provet.csv", lambda: write_out(rows, exports / "provet.csv")),
        "provet json": (exports / "provet.json", lambda: write_out(rows, exports / "provet.json")),
        "totvs csv": (exports / "totvs.csv", lambda: totvs_cli._write(exports / "totvs.csv", rows)),
        "totvs rh csv": (
            exports / "rh.csv",
            lambda: service_rh.export(ctx, service_rh.CopartFilter(), exports / "rh.csv"),
        ),
        "totvs rh xlsx": (
            exports / "rh.xlsx",
            lambda: service_rh.export(ctx, service_rh.CopartFilter(), exports / "rh.xlsx"),
        ),
        "vetelevage mappings": (exports / "map.csv", lambda: export_mappings_csv(ctx, exports / "map.csv")),
        "vetelevage billing csv": (exports / "bill.csv", lambda: billing(exports / "bill.csv")),
        "vetelevage billing json": (exports / "bill.json", lambda: billing(exports / "bill.json", "json")),
    }


@pytest.mark.parametrize("fault", ["fsync", "write"])
def test_a_full_disk_keeps_the_previous_file_and_leaves_no_temporary_file(
    ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    for name, (target, write) in writers(ctx, tmp_path).items():
        target.write_bytes(OLD)
        folder_before = set(os.listdir(target.parent))
        with monkeypatch.context() as patch:
            if fault == "fsync":
                patch.setattr(atomic.os, "fsync", full_disk)
            else:
                patch.setattr(atomic, "open", FailingWrites(), raising=False)
            if fault == "write" and name in ("backup", "support report", "totvs rh csv", "totvs rh xlsx"):
                continue  # these write through a temporary file's name (SQLite, zipfile, openpyxl)
            with pytest.raises(OSError) as caught:
                write()
        assert caught.value.errno == errno.ENOSPC, name
        assert "disk is full" in describe(caught.value).text, name
        assert target.read_bytes() == OLD, f"{name}: the previous file was damaged"
        assert leftovers(target.parent, folder_before) == [], f"{name}: a temporary file was left"


def test_a_write_reaches_the_disk_before_it_replaces_the_previous_file(
    ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        events.append(f"replace {Path(dst).name}")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    for name, (target, write) in writers(ctx, tmp_path).items():
        target.write_bytes(OLD)
        events.clear()
        write()
        assert f"replace {target.name}" in events, name
        assert events.index("fsync") < events.index(f"replace {target.name}"), name
        assert target.read_bytes() != OLD, name
    backup_file = tmp_path / "exports" / "backup.db"
    with sqlite3.connect(backup_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert load_settings(ctx.data_dir).app.desk_name == "Accueil 2"
    assert csvsafe.cell("=HYPERLINK(1)") in (tmp_path / "exports" / "provet.csv").read_text("utf-8-sig")


def test_a_file_open_in_another_program_keeps_the_previous_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(OLD)

    def locked(_src: Any, _dst: Any) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(PermissionError), csvsafe.open_export(target) as handle:
        handle.write("new;content\n")
    assert target.read_bytes() == OLD
    assert leftovers(tmp_path, {"export.csv"}) == []


def test_atomic_writes_are_private_to_their_owner(tmp_path: Path) -> None:
    if os.name == "nt":
        pytest.skip("Windows: the per-user profile folder is already private (docs/limits.md)")
    target = tmp_path / "settings.json"
    atomic.write_text(target, "{}")
    assert target.stat().st_mode & 0o777 == 0o600
