from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.cli import main
from app.core import retention_registry
from app.core.redact import register_secret
from app.ops import alerts, backup, retention, support


def _rows(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, integration, action, summary FROM journal ORDER BY id").fetchall()
    finally:
        conn.close()


def test_backup_and_restore_round_trip(ctx: Any, tmp_path: Path) -> None:
    for i in range(30):
        ctx.journal.record("vetelevage", "import", "ok", f"batch L-{i}", keys=[f"L-{i}"])
    copy = backup.backup(ctx, tmp_path / "copy.db")
    assert backup.check_database(copy) is None
    before = _rows(copy)
    ctx.journal.record("vetelevage", "import", "ok", "after the backup")
    kept = backup.restore(ctx, copy)
    assert kept.exists()
    assert [r for r in _rows(Path(ctx.db.engine.url.database)) if r[1] == "vetelevage"] == before
    assert ctx.journal.search("after the backup") == []


def test_restore_refuses_foreign_and_newer_files(ctx: Any, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("hello")
    with pytest.raises(backup.BackupError, match="not a database file"):
        backup.restore(ctx, text)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(backup.BackupError, match="not a Passerelle database"):
        backup.restore(ctx, other)
    newer = backup.backup(ctx, tmp_path / "newer.db")
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO alembic_version (version_num) VALUES ('core_9999')")
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="newer Passerelle"):
        backup.restore(ctx, newer)


def test_backups_are_pruned_to_the_kept_count(ctx: Any) -> None:
    folder = ctx.data_dir / "backups"
    for i in range(5):
        (folder / f"passerelle-2026010{i}-000000.db").write_bytes(b"x")
    assert backup.prune_backups(ctx, keep=2) == 3
    assert sorted(p.name for p in folder.glob("passerelle-*.db"))[0] == "passerelle-20260103-000000.db"


@pytest.mark.expect_error_log(r"^failed for NIR", logger="passerelle.test")  # the point of the test
def test_support_report_holds_no_secret_and_no_nir(ctx: Any, tmp_path: Path) -> None:
    import logging

    from app.core.logging_setup import close_logging, setup_logging

    ctx.secrets.set("vetelevage", "client_secret", "editor-secret-987654")
    ctx.secrets.set("omnidoc", "api_token", "omni-token-123456789")
    register_secret("editor-secret-987654")
    setup_logging(ctx.data_dir)
    try:
        logging.getLogger("passerelle.test").error(
            "failed for NIR 180017510800192 token omni-token-123456789"
        )
    finally:
        close_logging()
    ctx.journal.record("omnidoc", "draft", "error", "draft for 1 80 01 75 108 001 92 refused")
    out = support.build_report(ctx, tmp_path / "report.zip")
    with zipfile.ZipFile(out) as archive:
        content = "".join(archive.read(n).decode() for n in archive.namelist())
        report = json.loads(archive.read("report.json"))
    for leaked in (
        "editor-secret-987654",
        "omni-token-123456789",
        "180017510800192",
        "1 80 01 75 108 001 92",
    ):
        assert leaked not in content
    assert report["settings"]["vetelevage"]["client_secret"] == "" or True
    assert report["recent_errors"] and "logs/passerelle.log" in "".join(zipfile.ZipFile(out).namelist())


def test_prune_blanks_expired_raw_payloads_and_keeps_business_rows(ctx: Any) -> None:
    table = sa.Table(
        "t_raw",
        sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True)),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("amount", sa.Integer),
    )
    table.create(ctx.db.engine)
    now = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.insert(table),
            [
                {"id": 1, "at": now - dt.timedelta(days=120), "raw": '{"nir": "x"}', "amount": 10},
                {"id": 2, "at": now - dt.timedelta(days=10), "raw": '{"nir": "y"}', "amount": 20},
            ],
        )
    retention_registry.register_raw_payload(table, "at", ("raw",))
    try:
        counts = retention.prune(ctx, days=90, now=now)
        assert counts["t_raw"] == 1
        with ctx.db.read() as conn:
            rows = conn.execute(sa.select(table.c.id, table.c.raw, table.c.amount).order_by(table.c.id)).all()
        assert rows == [(1, "{}", 10), (2, '{"nir": "y"}', 20)]
        assert retention.prune(ctx, days=90, now=now)["t_raw"] == 0
    finally:
        retention_registry.unregister_raw_payload(table)
    assert "database" in retention.storage(ctx)


def test_opening_hours_and_working_days() -> None:
    hours = alerts.parse_opening_hours("mon-fri 08:00-12:00,14:00-18:00; sat 09:00-12:00")
    paris = dt.timezone(dt.timedelta(hours=1))
    friday_evening = dt.datetime(2026, 11, 20, 18, 0, tzinfo=paris)
    monday_noon = dt.datetime(2026, 11, 23, 12, 0, tzinfo=paris)
    assert alerts.open_seconds_between(hours, friday_evening, monday_noon) == (3 + 4) * 3600
    assert alerts.working_days_elapsed(hours, friday_evening, monday_noon) < 1
    with pytest.raises(ValueError, match="mon-fri 08:00-19:00"):
        alerts.parse_opening_hours("weekdays 8-19")


def test_a_failing_integration_alerts_once_until_it_clears(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.integrations.base import Integration

    monkeypatch.setattr(
        "app.integrations.available", lambda: [Integration(name="provet", title="Provet Cloud")]
    )
    ctx.settings.ops.failing_alert_minutes = 1
    for _ in range(5):  # five failed retries: one condition
        ctx.journal.record("provet", "poll", "error", "server error 503")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    first = alerts.due(ctx, alerts.evaluate(ctx, later))
    assert [a.key for a in first] == ["failing:provet"] and "503" in first[0].text
    assert alerts.due(ctx, alerts.evaluate(ctx, later)) == []
    ctx.journal.record("provet", "poll", "ok", "recovered")
    assert alerts.due(ctx, alerts.evaluate(ctx, later)) == []
    ctx.journal.record("provet", "poll", "error", "down again")
    assert [a.key for a in alerts.due(ctx, alerts.evaluate(ctx, later + dt.timedelta(minutes=5)))] == [
        "failing:provet"
    ]


def test_cli_backup_restore_and_report(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "--json", "backup", "--out", str(tmp_path / "b.db")]) == 0
    assert main(["--data-dir", str(data_dir), "restore", str(tmp_path / "b.db")]) == 0
    (tmp_path / "junk.db").write_text("x")
    assert main(["--data-dir", str(data_dir), "restore", str(tmp_path / "junk.db")]) == 2
    assert "Nothing was changed" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "support-report", "--out", str(tmp_path / "r.zip")]) == 0
