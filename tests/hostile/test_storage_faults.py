"""Item 10, storage faults: a damaged database at start is a sentence and the last backup
restores it (window and command line); a disk that fills during an import commits nothing
partial and the import completes once space is back; the window's process and a headless
command writing the same database at once lose nothing and corrupt nothing."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event as sa_event

from app.core.context import AppContext
from app.core.db import DatabaseError
from app.core.paths import database_file
from app.core.qt import QtWidgets
from app.ops.backup import backup

ROOT = Path(__file__).resolve().parents[2]

DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "garbage header": lambda b: b"this is not SQLite at all" + b[25:],
    "truncated": lambda b: b[: len(b) // 3 + 100],
    "torn pages": lambda b: b[:4096] + bytes(range(256)) * 48 + b[4096 + 256 * 48 :],
    "first page": lambda b: b[:100] + b"\xff" * 3000 + b[3100:],
}


def entries(ctx: Any) -> set[str]:
    return {e.summary for e in ctx.journal.search("", limit=10_000) if e.action == "probe"}


@pytest.fixture
def backed_up(data_dir: Path) -> Iterator[tuple[Path, Path, set[str]]]:
    """A database with a backup, then more work after it; closed. Yields (db file, backup, backed-up entries)."""
    ctx = AppContext.open(data_dir)
    for i in range(150):
        ctx.journal.record("ops", "probe", "ok", f"before the backup {i} " + "x" * 100)
    saved = backup(ctx)
    before = entries(ctx)
    ctx.journal.record("ops", "probe", "ok", "after the backup")
    ctx.close()
    yield database_file(data_dir), saved, before


def damage(db: Path, how: str) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(DAMAGE[how](db.read_bytes()))


def test_a_damaged_database_at_start_is_a_sentence(
    data_dir: Path, backed_up: tuple[Path, Path, set[str]]
) -> None:
    from app.core.errors import Action, describe

    db, _saved, _before = backed_up
    healthy = db.read_bytes()
    for how in DAMAGE:
        db.write_bytes(healthy)
        damage(db, how)
        with pytest.raises(DatabaseError) as caught:
            AppContext.open(data_dir)
        text = str(caught.value)
        assert db.name in text and "backup" in text.lower(), how
        assert "sqlalche.me" not in text and "Traceback" not in text, how
        assert describe(caught.value).action is Action.RESTORE, how


def test_the_window_offers_the_last_backup_and_restores_it(
    qtbot: Any, data_dir: Path, backed_up: tuple[Path, Path, set[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import app as ui_app

    db, saved, before = backed_up
    damage(db, "torn pages")
    questions: list[str] = []

    def answer_yes(box: QtWidgets.QMessageBox) -> QtWidgets.QMessageBox.StandardButton:
        questions.append(box.text())
        return QtWidgets.QMessageBox.StandardButton.Yes

    reopened: list[Any] = []
    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", answer_yes)
    run_gui = ui_app.run_gui
    monkeypatch.setattr(ui_app, "run_gui", lambda args: reopened.append(args) or 0)
    args = argparse.Namespace(data_dir=data_dir, demo=False, lang="en", verbose=False)
    assert run_gui(args) == 0
    assert len(questions) == 1 and saved.name in questions[0] and db.name in questions[0]
    assert reopened == [args]  # the window starts again, on the restored database
    ctx = AppContext.open(data_dir)
    try:
        assert entries(ctx) == before
    finally:
        ctx.close()
    damaged = list((data_dir / "backups").glob("damaged-*.db"))
    assert len(damaged) == 1, "the damaged file is kept aside"


def cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PASSERELLE_")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return env


def start_cli(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_command_line_says_it_and_restores_the_backup(
    data_dir: Path, backed_up: tuple[Path, Path, set[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    db, saved, before = backed_up
    damage(db, "garbage header")
    assert main(["--data-dir", str(data_dir), "journal", "search", "probe"]) != 0
    said = capsys.readouterr().err
    assert db.name in said and "restore" in said.lower() and "Traceback" not in said
    assert main(["--data-dir", str(data_dir), "restore", str(saved)]) == 0, capsys.readouterr().err
    assert "Traceback" not in capsys.readouterr().err
    ctx = AppContext.open(data_dir)
    try:
        assert entries(ctx) == before
        assert [e.action for e in ctx.journal.search("restored from", limit=5)] == ["restore"]
    finally:
        ctx.close()
    assert len(list((data_dir / "backups").glob("damaged-*.db"))) == 1


# ---------------------------------------------------------------- the disk fills during an import


def cap_growth(ctx: Any, pages: int) -> Callable[[], None]:
    """Let the database grow by ``pages`` pages at most (SQLite's max_page_count): the disk is full."""
    with ctx.db.engine.connect() as conn:
        limit = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one()) + pages

    def cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={limit}")

    sa_event.listen(ctx.db.engine, "connect", cap)
    ctx.db.engine.dispose()

    def lift() -> None:
        sa_event.remove(ctx.db.engine, "connect", cap)
        ctx.db.engine.dispose()

    return lift


def vet_counts(ctx: Any) -> dict[str, int]:
    from app.integrations.vetelevage import tables as t

    with ctx.db.read() as conn:
        return {
            name: int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())
            for name, table in (
                ("batches", t.batches),
                ("visits", t.visits),
                ("products", t.visit_products),
                ("held", t.held),
            )
        }


async def test_a_full_disk_during_an_import_commits_nothing_partial(vet_ctx: Any, sim: Any) -> None:
    from app.core.errors import describe
    from app.integrations.vetelevage.importing import import_visits

    if vet_ctx.db.dialect != "sqlite":
        pytest.skip("the disk of the clinic's PostgreSQL server is its administrator's")
    before = vet_counts(vet_ctx)
    journal_before = len(vet_ctx.journal.search("", limit=10_000))
    acknowledged = {cid: list(a.acknowledged) for cid, a in sim.accounts.items()}
    lift = cap_growth(vet_ctx, 2)
    with pytest.raises(Exception) as caught:
        await import_visits(vet_ctx)
    message = describe(caught.value).text
    assert "full" in message.lower() and "Something unexpected" not in message
    assert vet_counts(vet_ctx) == before, "a partial batch was committed"
    assert {cid: a.acknowledged for cid, a in sim.accounts.items()} == acknowledged, (
        "a batch that was not stored was acknowledged"
    )
    lift()
    results = await import_visits(vet_ctx)
    after = vet_counts(vet_ctx)
    assert after["visits"] + after["held"] > before["visits"] + before["held"]
    assert sum(r.received for r in results) == (after["visits"] - before["visits"]) + (
        after["held"] - before["held"]
    )
    assert len(vet_ctx.journal.search("", limit=10_000)) > journal_before
    with vet_ctx.db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_full_disk_during_a_csv_import_writes_nothing(ctx: Any, tmp_path: Path) -> None:
    from app.core.errors import describe
    from app.integrations.vetelevage.catalogue import catalogue, import_catalogue_csv

    path = tmp_path / "catalogue.csv"
    rows = "\n".join(f"P{i:05d};Produit {i} {'x' * 150};;{i},50;flacon" for i in range(2000))
    path.write_text("code;libelle;gtin;prix_ht;unite\n" + rows + "\n", encoding="utf-8")
    lift = cap_growth(ctx, 3)
    with pytest.raises(Exception) as caught:
        import_catalogue_csv(ctx, path)
    assert "full" in describe(caught.value).text.lower()
    assert catalogue(ctx) == []
    lift()
    assert import_catalogue_csv(ctx, path) == 2000
    assert len(catalogue(ctx)) == 2000


# ---------------------------------------------------------------- two processes, one database

WINDOW = r"""
import json, sys
from pathlib import Path
from app.core.context import AppContext
from app.integrations.provet import inbox

ctx = AppContext.open(Path(sys.argv[1]))
stop = Path(sys.argv[2])
written = 0
while not stop.exists() or written < 40:
    written += 1
    ctx.journal.record("ui", "probe", "ok", f"window write {written}")
    inbox.record_delivery(ctx, {"consultation_id": str(written)}, "form")
    if written == 5:
        print("writing", flush=True)
ctx.close()
print(json.dumps({"written": written}))
"""


def test_the_window_and_a_headless_command_write_at_once(data_dir: Path, tmp_path: Path) -> None:
    AppContext.open(data_dir).close()  # migrated once, as after an install
    csv_path = tmp_path / "catalogue.csv"
    csv_path.write_text(
        "code;libelle;gtin;prix_ht;unite\n"
        + "\n".join(f"C{i};Produit {i};;{i},00;u" for i in range(300))
        + "\n",
        encoding="utf-8",
    )
    stop = tmp_path / "stop"
    window = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(data_dir), str(stop)],
        cwd=ROOT,
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None
        assert window.stdout.readline().strip() == "writing"  # the window writes before the command starts
        commands = [
            start_cli(data_dir, "vetelevage", "catalog", "import", str(csv_path)),
            start_cli(data_dir, "backup", "--out", str(tmp_path / "during.db")),
        ]
        runs = [(c.communicate(timeout=60), c.returncode) for c in commands]
    finally:
        stop.touch()
        out, err = window.communicate(timeout=60)
    assert window.returncode == 0, err
    for (_out, command_err), code in runs:
        assert code == 0, command_err
    written = json.loads(out.strip().splitlines()[-1])["written"]
    assert written >= 40
    for path in (database_file(data_dir), tmp_path / "during.db"):
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", path.name
    ctx = AppContext.open(data_dir)
    try:
        with ctx.db.read() as conn:
            probes = conn.exec_driver_sql("SELECT count(*) FROM journal WHERE action = 'probe'").scalar()
            events = conn.exec_driver_sql("SELECT count(DISTINCT object_id) FROM provet_events").scalar()
            imports = conn.exec_driver_sql(
                "SELECT count(*) FROM journal WHERE action = 'catalogue_import' AND outcome = 'ok'"
            ).scalar()
            products = conn.exec_driver_sql("SELECT count(*) FROM vet_catalogue").scalar()
        assert (probes, events) == (written, written), "a write of the window was lost"
        assert (imports, products) == (1, 300), "a write of the command was lost"
    finally:
        ctx.close()
