"""CLI exit codes of the operations commands, the damaged-database check, incremental vacuum."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.cli import main
from app.ops import backup, retention


def _cli(data_dir: Path, *argv: str) -> list[str]:
    return ["--data-dir", str(data_dir), *argv]


def test_backup_restore_exit_codes_and_json(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copy.db"
    assert main(_cli(data_dir, "--json", "backup", "--out", str(out))) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["path"] == str(out) and payload["bytes"] == out.stat().st_size > 0
    assert backup.check_database(out) is None
    assert main(_cli(data_dir, "--json", "restore", str(out))) == 0
    restored = json.loads(capsys.readouterr().out)
    assert restored["restored"] == str(out) and Path(restored["previous_kept_as"]).exists()
    assert main(_cli(data_dir, "restore", str(tmp_path / "missing.db"))) == 2
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:  # --out is required (argparse's usage error)
        main(_cli(data_dir, "backup"))
    assert usage.value.code == 2


def test_support_report_cli_writes_a_zip(data_dir: Path, tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "support.zip"
    assert main(_cli(data_dir, "support-report", "--out", str(out))) == 0
    with zipfile.ZipFile(out) as archive:
        assert "report.json" in archive.namelist()


def test_attention_cli_lists_previews_and_retries(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.context import AppContext
    from app.ops import actions

    ctx = AppContext.open(data_dir)
    try:
        ctx.attention.raise_item("provet", "webhook_failed", "EV-1", "processing failed", action="retry")
        ctx.attention.raise_item("provet", "auth", "token", "sign in again", action="reconnect")
    finally:
        ctx.close()
    outcomes = iter([RuntimeError("still down"), None])

    async def handler(_ctx: Any, _item: Any) -> None:
        error = next(outcomes)
        if error is not None:
            raise error

    monkeypatch.setitem(actions._handlers, ("provet", "webhook_failed"), handler)
    assert main(_cli(data_dir, "--json", "attention")) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert {i["ref"] for i in items} == {"EV-1", "token"}
    assert main(_cli(data_dir, "--json", "attention", "--preview-retry")) == 0
    preview = {p["ref"]: p["will_resend"] for p in json.loads(capsys.readouterr().out)["preview"]}
    assert preview == {"EV-1": True, "token": False}
    assert main(_cli(data_dir, "--json", "attention", "--retry")) == 1  # still failing
    first = json.loads(capsys.readouterr().out)
    assert first["done"] == 0 and first["failed"][0]["ref"] == "EV-1"
    assert main(_cli(data_dir, "attention", "--retry", "--id", "999")) == 2
    assert "--id" in capsys.readouterr().err
    assert main(_cli(data_dir, "--json", "attention", "--retry")) == 0  # recovered
    assert json.loads(capsys.readouterr().out)["done"] == 1
    assert main(_cli(data_dir, "--json", "attention")) == 0
    assert [i["ref"] for i in json.loads(capsys.readouterr().out)["items"]] == ["token"]


@pytest.mark.postgres
def test_backup_on_postgresql_is_the_servers_job(
    pg_database_url: str, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PASSERELLE_DATABASE__URL", pg_database_url)
    assert main(_cli(data_dir, "backup", "--out", str(data_dir / "x.db"))) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_damaged_database_is_detected_and_the_latest_backup_offered(ctx: Any, tmp_path: Path) -> None:
    ctx.journal.record("vetelevage", "import", "ok", "batch", keys=["L-1"])
    older = backup.backup(ctx, ctx.data_dir / "backups" / "passerelle-20260101-000000.db")
    newer = backup.backup(ctx, ctx.data_dir / "backups" / "passerelle-20260102-000000.db")
    assert backup.latest_backup(ctx.data_dir) == newer != older
    assert backup.latest_backup(tmp_path) is None
    damaged = tmp_path / "damaged.db"
    data = bytearray(newer.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 2000] = b"\xff" * 2000  # scribble over a b-tree page
    damaged.write_bytes(bytes(data))
    problem = backup.check_database(damaged)
    assert problem is not None and damaged.name in problem
    truncated = tmp_path / "cut.db"
    truncated.write_bytes(bytes(newer.read_bytes()[:100]))
    assert backup.check_database(truncated) is not None
    kept = backup.restore_file(tmp_path / "desk", newer)
    assert not kept.exists()  # nothing to keep aside: there was no database yet
    from app.core.paths import database_file

    assert backup.check_database(database_file(tmp_path / "desk")) is None


def test_incremental_vacuum_gives_space_back_and_converts_old_files(ctx: Any) -> None:
    assert retention.auto_vacuum_mode(ctx) == "incremental"
    table = sa.Table(
        "t_blob", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("b", sa.Text)
    )
    table.create(ctx.db.engine)
    with ctx.db.transaction() as conn:
        conn.execute(sa.insert(table), [{"id": i, "b": "x" * 4000} for i in range(300)])
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(table))
    assert retention.storage(ctx)["database_free"] > 0
    retention.prune(ctx, days=90)
    assert retention.storage(ctx)["database_free"] == 0
    # A file whose mode is "none" (created before the pragma) is switched once, by a VACUUM.
    old = Path(ctx.db.engine.url.database).with_name("old.db")
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    from app.core.db import Database, sqlite_url

    class Probe:
        db = Database(sqlite_url(old))

    try:
        assert retention.ensure_incremental_vacuum(Probe()) is True  # type: ignore[arg-type]
        assert retention.auto_vacuum_mode(Probe()) == "incremental"  # type: ignore[arg-type]
        assert retention.ensure_incremental_vacuum(Probe()) is False  # type: ignore[arg-type]
    finally:
        Probe.db.dispose()
