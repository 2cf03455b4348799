"""Issue 20 items 6 and 7: the store's problems said right.

6. A password typed into database.url goes to the keyring, never into settings.json (or, with
   no usable keyring, the command refuses and says how); a database that cannot be reached still
   lets ``config show``, ``config set`` and ``support-report`` run, with a sentence naming
   database.url.
7. A quick integrity check at start catches damage that opening alone does not see, and the
   sentence names the last *good* backup; a disk or I/O error or a missing WAL is never called
   damaged and never advises a restore; a running inbox whose file is deleted or cut short
   answers 503, never 200 into a file that is gone."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from keyring.backends import fail

from app.core.context import AppContext, database_url
from app.core.db import DatabaseError
from app.core.errors import Action, describe
from app.core.paths import database_file, settings_file
from app.ops.backup import backup

UNREACHABLE = "postgresql+psycopg://clinic:S3cret-Pw_42@127.0.0.1:1/passerelle"
TOKEN = "whk-4f7c2a9e1b3d5f60a7b8c9d0"


def cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> tuple[int, str, str]:
    from app.cli import main

    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- 6. the database URL


def test_a_password_in_database_url_goes_to_the_keyring(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = cli(capsys, data_dir, "config", "set", "database.url", UNREACHABLE)
    assert code == 0, err
    text = settings_file(data_dir).read_text(encoding="utf-8")
    assert "S3cret-Pw_42" not in text
    assert json.loads(text)["database"]["url"] == "postgresql+psycopg://clinic@127.0.0.1:1/passerelle"
    assert keyring.get_password("passerelle", "database.password") == "S3cret-Pw_42"
    ctx = AppContext.open(data_dir, without_store=True)
    try:
        assert "S3cret-Pw_42" in database_url(ctx.settings, data_dir, ctx.secrets)
    finally:
        ctx.close()


def test_without_a_keyring_a_password_in_database_url_is_refused_with_the_way(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(fail.Keyring())
    code, out, err = cli(capsys, data_dir, "config", "set", "database.url", UNREACHABLE)
    assert code == 2 and "saved" not in out
    assert "PASSERELLE_DATABASE__PASSWORD" in err and "S3cret-Pw_42" not in err
    assert not settings_file(data_dir).exists() or "S3cret" not in settings_file(data_dir).read_text()


def test_an_unreachable_database_lets_settings_and_the_support_report_work(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_file(data_dir).write_text(
        json.dumps({"database": {"url": "postgresql+psycopg://clinic@127.0.0.1:1/passerelle"}}), "utf-8"
    )
    code, out, err = cli(capsys, data_dir, "config", "show")
    assert code == 0 and "database.url" in out
    assert "database.url" in err and "cannot be reached" in err and "Traceback" not in err
    code, out, err = cli(capsys, data_dir, "config", "set", "database.url", "")
    assert code == 0 and "saved" in out
    settings_file(data_dir).write_text(
        json.dumps({"database": {"url": "postgresql+psycopg://clinic@127.0.0.1:1/passerelle"}}), "utf-8"
    )
    report = tmp_path / "support.zip"
    code, out, err = cli(capsys, data_dir, "support-report", "--out", str(report))
    assert code == 0, err
    with zipfile.ZipFile(report) as archive:
        content = json.loads(archive.read("report.json"))
    assert "database.url" in content["database"]
    code, _out, err = cli(capsys, data_dir, "journal", "search", "x")
    assert code == 1 and "database.url" in err and "restore" not in err.lower()
    assert "Traceback" not in err and "Something unexpected" not in err


def test_a_password_given_in_the_environment_is_never_shown_nor_written(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.settings import load_settings, save_settings

    monkeypatch.setenv("PASSERELLE_DATABASE__URL", UNREACHABLE)
    code, out, err = cli(capsys, data_dir, "config", "show")
    assert code == 0, err
    assert "S3cret-Pw_42" not in out and "clinic:***@127.0.0.1" in out
    save_settings(load_settings(data_dir), data_dir)  # even without the context's move
    assert "S3cret" not in settings_file(data_dir).read_text(encoding="utf-8")


# ---------------------------------------------------------------- 7. damage, and what is not damage


def fill(ctx: Any, n: int = 3000) -> None:
    for i in range(n):
        ctx.journal.record("ops", "probe", "ok", f"entry {i} " + "x" * 120)


def corrupt_deep_page(db: Path) -> None:
    """Damage a page of the journal's data far from the schema: opening and migrating still work."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    page = pages * 2 // 3
    data[page * page_size : page * page_size + 64] = b"\xa5" * 64
    db.write_bytes(bytes(data))


def test_the_quick_check_at_start_names_the_last_good_backup(data_dir: Path) -> None:
    ctx = AppContext.open(data_dir)
    fill(ctx)
    good = backup(ctx)
    ctx.close()
    damaged_backup = good.with_name(good.name.replace(".db", "-later.db"))
    damaged_backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)  # newer, but no good
    corrupt_deep_page(database_file(data_dir))
    with pytest.raises(DatabaseError) as caught:
        AppContext.open(data_dir)
    text = str(caught.value)
    assert "damaged" in text and good.name in text and damaged_backup.name not in text
    assert describe(caught.value).action is Action.RESTORE


def test_an_io_error_is_not_called_damaged(ctx: Any) -> None:
    for name, message in (
        ("SQLITE_IOERR_SHORT_READ", "disk I/O error"),
        ("SQLITE_IOERR_READ", "disk I/O error"),
        ("SQLITE_CANTOPEN", "unable to open database file"),
    ):
        error = sqlite3.OperationalError(message)
        error.sqlite_errorname = name  # type: ignore[attr-defined]
        problem = ctx.db.damaged(error)
        assert problem is not None, name
        assert "damaged" not in str(problem).split("not known to be damaged")[0], name
        assert "Do not restore" in str(problem)
        assert describe(problem).action is not Action.RESTORE, name


def test_a_missing_wal_is_not_called_damaged(data_dir: Path) -> None:
    ctx = AppContext.open(data_dir)
    fill(ctx, 200)
    wal = Path(str(database_file(data_dir)) + "-wal")
    assert wal.exists()
    wal.unlink()  # what a careless copy or cleaner does while the app runs
    try:
        ctx.journal.record("ops", "probe", "ok", "after the WAL went")
    except Exception as exc:
        problem = ctx.db.damaged(exc)
        assert problem is None or describe(problem).action is not Action.RESTORE
    ctx.close()
    reopened = AppContext.open(data_dir)  # a WAL that is gone is not damage: it opens
    reopened.close()


@pytest.mark.expect_error_log(
    r"A webhook delivery could not be stored: .* disappeared or was cut short", logger="passerelle.db"
)
async def test_a_running_inbox_whose_file_goes_answers_503(ctx: Any) -> None:
    from app.integrations.provet.webhook_server import make_app

    ctx.secrets.set("provet", "webhook_token", TOKEN)
    transport = httpx.ASGITransport(app=make_app(ctx))
    db_path = database_file(ctx.data_dir)
    async with httpx.AsyncClient(transport=transport, base_url="http://inbox") as client:
        answer = await client.post(f"/provet/webhook/{TOKEN}", data={"consultation_id": "1"})
        assert answer.status_code == 200
        assert ctx.db.healthy()
        db_path.unlink()  # deleted under the running server
        for i in range(2, 5):
            answer = await client.post(f"/provet/webhook/{TOKEN}", data={"consultation_id": str(i)})
            assert answer.status_code == 503, answer.text
        assert not ctx.db.healthy()


@pytest.mark.expect_error_log(
    r"A webhook delivery could not be stored: .* disappeared or was cut short", logger="passerelle.db"
)
async def test_a_running_inbox_whose_file_is_cut_short_answers_503(ctx: Any) -> None:
    from app.integrations.provet.webhook_server import make_app

    fill(ctx, 500)
    with ctx.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx.secrets.set("provet", "webhook_token", TOKEN)
    transport = httpx.ASGITransport(app=make_app(ctx))
    db_path = database_file(ctx.data_dir)
    async with httpx.AsyncClient(transport=transport, base_url="http://inbox") as client:
        assert (
            await client.post(f"/provet/webhook/{TOKEN}", data={"consultation_id": "1"})
        ).status_code == 200
        with db_path.open("r+b") as handle:
            handle.truncate(db_path.stat().st_size // 3)
        answer = await client.post(f"/provet/webhook/{TOKEN}", data={"consultation_id": "2"})
        assert answer.status_code == 503, answer.text


def test_the_window_offers_the_last_good_backup_and_never_a_restore_for_an_io_error(
    qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from app.core.qt import QtWidgets
    from app.ui import app as ui_app

    ctx = AppContext.open(data_dir)
    fill(ctx)
    good = backup(ctx)
    ctx.close()
    later = good.with_name(good.name.replace(".db", "-later.db"))
    later.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    corrupt_deep_page(database_file(data_dir))
    asked: list[str] = []

    def answer_no(box: QtWidgets.QMessageBox) -> QtWidgets.QMessageBox.StandardButton:
        asked.append(box.text())
        return QtWidgets.QMessageBox.StandardButton.No

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", answer_no)
    args = argparse.Namespace(data_dir=data_dir, demo=False, lang="en", verbose=False)
    assert ui_app.run_gui(args) == 1
    assert len(asked) == 1 and good.name in asked[0] and later.name not in asked[0]

    said: list[str] = []
    monkeypatch.setattr(ui_app, "_fatal", lambda text: said.append(text) or 1)
    monkeypatch.setattr(
        AppContext,
        "open",
        classmethod(
            lambda cls, *a, **k: (_ for _ in ()).throw(DatabaseError("disk I/O error", advice="retry"))
        ),
    )
    asked.clear()
    assert ui_app.run_gui(args) == 1
    assert asked == [] and said == ["disk I/O error"]


async def test_a_restore_while_the_inbox_runs_keeps_it_accepting(ctx: Any) -> None:
    from app.integrations.provet.webhook_server import make_app
    from app.ops.backup import restore

    ctx.secrets.set("provet", "webhook_token", TOKEN)
    saved = backup(ctx)
    transport = httpx.ASGITransport(app=make_app(ctx))
    async with httpx.AsyncClient(transport=transport, base_url="http://inbox") as client:
        assert (
            await client.post(f"/provet/webhook/{TOKEN}", data={"consultation_id": "1"})
        ).status_code == 200
        restore(ctx, saved)  # the file is replaced on purpose
        answer = await client.post(f"/provet/webhook/{TOKEN}", data={"consultation_id": "2"})
        assert answer.status_code == 200, answer.text
