"""Activity search by each kind of business key (functional), and the benchmark script at small scale."""

from __future__ import annotations

from typing import Any

import pytest

KEYS = {
    "visit id": ("vetelevage", "import", "V-000123"),
    "lot": ("vetelevage", "import", "LOT-2026-11-23-A"),
    "consultation id": ("provet", "poll", "consultation-88412"),
    "prescription code": ("provet", "prescription", "RX-7F3K2"),
    "beneficiary id": ("totvs_saude", "load", "0001.0002.000345-00"),
    "omnidoc draft id": ("omnidoc", "draft", "b9d7a3a0-5c1e-4c39-9d5e-0f7f0c1d2e3f"),
}


@pytest.mark.parametrize("kind", sorted(KEYS))
def test_search_by_each_business_key(any_ctx: Any, kind: str) -> None:
    ctx = any_ctx
    integration, action, key = KEYS[kind]
    for other_kind, (other_integration, other_action, other_key) in KEYS.items():
        # Noise: entries with other keys, and a summary mentioning a near-miss of the key.
        ctx.journal.record(other_integration, other_action, "ok", f"{other_kind} done", keys=[other_key])
        ctx.journal.record(other_integration, other_action, "ok", "unrelated", keys=[other_key + "9"])
    first = ctx.journal.record(integration, action, "ok", f"{kind} done", keys=[key, "LOT-OTHER"])
    second = ctx.journal.record(integration, action, "error", f"{kind} refused", keys=[key])
    found = ctx.journal.search(key)
    assert [e.id for e in found] == [second, first, *[e.id for e in found[2:]]]
    assert {e.id for e in found} >= {first, second}
    assert all(key in e.keys for e in found)
    assert all(key + "9" not in e.keys for e in found)
    assert [e.id for e in ctx.journal.search(key, outcome="error")] == [second]
    assert ctx.journal.search(key, integration="not-" + integration) == []


def test_key_search_uses_the_key_index(ctx: Any) -> None:
    import sqlalchemy as sa

    ctx.journal.record("vetelevage", "import", "ok", "batch", keys=["V-1"])
    with ctx.db.read() as conn:
        plan = " ".join(
            str(r[-1])
            for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT j.id FROM journal_keys k JOIN journal j ON j.id = k.entry_id "
                "WHERE k.key = ? ORDER BY k.entry_id DESC",
                ("V-1",),
            )
        )
        indexes = {i["name"] for i in sa.inspect(conn).get_indexes("journal_keys")}
    assert "ix_journal_keys_entry" in indexes
    assert "SCAN journal_keys" not in plan and "SCAN j" not in plan, plan


def test_benchmark_script_runs_and_reports_a_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import bench_journal_search
    from benchmarks.common import print_table

    results = bench_journal_search.measure(5_000)
    assert results[0].value < 1000 and results[0].baseline is not None
    print_table(results)
    out = capsys.readouterr().out
    assert "journal search by key" in out
