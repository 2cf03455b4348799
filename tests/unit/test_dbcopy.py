from __future__ import annotations

from pathlib import Path

import pytest

from app.core.attention import Attention
from app.core.clinic import clinic_id
from app.core.db import Database, sqlite_url
from app.core.journal import Journal
from app.ops.dbcopy import CopyRefused, copy, preview


def _desk(path: Path) -> Database:
    db = Database(sqlite_url(path))
    db.migrate()
    clinic_id(db)
    j = Journal(db, "DESK-1")
    for i in range(25):
        j.record("vetelevage", "import", "ok", f"batch L-{i} imported", keys=[f"L-{i}"])
    Attention(db).raise_item("provet", "webhook_failed", "event:1", "failed")
    return db


@pytest.mark.postgres
def test_copy_sqlite_into_postgres_once(tmp_path: Path, pg_database_url: str) -> None:
    source = _desk(tmp_path / "desk.db")
    target = Database(pg_database_url)
    p = preview(source, target)
    assert p.source_counts["journal"] == 25 and p.target_counts["journal"] == 0 and not p.target_has_data
    after = copy(source, target)
    assert after.target_counts["journal"] == 25 and after.target_counts["journal_keys"] == 25
    assert clinic_id(target, create=False) == clinic_id(source, create=False)
    # Sequences continue after the copied ids: new entries do not collide.
    Journal(target, "DESK-2").record("vetelevage", "import", "ok", "batch L-99", keys=["L-99"])
    assert [e.summary for e in Journal(target).search("L-3")] == ["batch L-3 imported"]
    with pytest.raises(CopyRefused, match="already holds data"):
        copy(source, target)
    other = _desk(tmp_path / "other-clinic.db")
    with pytest.raises(CopyRefused, match="another clinic"):
        copy(other, target)
    assert preview(source, target).target_counts["journal"] == 26
    for db in (source, target, other):
        db.dispose()


def test_copy_between_sqlite_files(tmp_path: Path) -> None:
    source = _desk(tmp_path / "a.db")
    target = Database(sqlite_url(tmp_path / "b.db"))
    after = copy(source, target)
    assert after.target_counts["attention"] == 1
    source.dispose()
    target.dispose()
