"""Journal.record_many appends what Journal.record appends, entry for entry (summary filled and
redacted, translations kept, counts, keys), in one executemany; both engines."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.journal import Record

TEMPLATE = "batch {lot} of account {account}: {n} new"


def _shown(entry: Any) -> tuple[Any, ...]:
    return (entry.integration, entry.action, entry.outcome, entry.summary, sorted(entry.keys), entry.counts)


def test_record_many_writes_what_record_writes(any_ctx: Any) -> None:
    journal = any_ctx.journal
    records = [
        Record(
            "vetelevage",
            "import",
            "ok",
            TEMPLATE,
            keys=["L-1", "C1", "V-1", "V-1"],
            counts={"new": 1},
            args={"lot": "L-1", "account": "C1", "n": 1},
        ),
        Record("vetelevage", "acknowledge", "partial", "password=hunter2 plain summary", keys=["L-2"]),
        Record("vetelevage", "import", "error", TEMPLATE, args={"lot": "L-3", "account": "C2", "n": 0}),
    ]
    with any_ctx.db.transaction() as conn:
        one_by_one = [
            journal.record(
                r.integration,
                r.action,
                r.outcome,
                r.summary,
                keys=r.keys,
                counts=r.counts,
                args=r.args,
                conn=conn,
            )
            for r in records
        ]
        together = journal.record_many(records, conn=conn)
        assert journal.record_many([], conn=conn) == []
    assert len(set(one_by_one + together)) == 6 and sorted(together) == together
    entries = {e.id: e for e in journal.search(limit=None)}
    for single, many in zip(one_by_one, together, strict=True):
        assert _shown(entries[single]) == _shown(entries[many])
        assert entries[many].sentence() == entries[single].sentence()
    assert "hunter2" not in entries[together[1]].summary
    assert entries[together[0]].summary == "batch L-1 of account C1: 1 new"
    assert journal.search("V-1")[0].id in (one_by_one[0], together[0])
    with pytest.raises(ValueError, match="outcome"), any_ctx.db.transaction() as conn:
        journal.record_many([Record("vetelevage", "import", "fine", "x")], conn=conn)
