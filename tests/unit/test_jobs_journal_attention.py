from __future__ import annotations

import asyncio
from typing import Any

from app.core.jobs import Job, JobContext, JobManager, JobState


async def test_job_reports_progress_and_result() -> None:
    seen: list[tuple[JobState, int]] = []

    async def work(ctx: JobContext) -> str:
        for i in range(3):
            ctx.progress(i + 1, 3, "step")
            await asyncio.sleep(0)
        return "done"

    manager = JobManager()
    manager.subscribe(lambda j: seen.append((j.state, j.progress.done)))
    job = manager.start(Job("work", work))
    assert await job.wait() == "done"
    assert job.state is JobState.DONE and job.result == "done"
    assert (JobState.RUNNING, 3) in seen and seen[-1][0] is JobState.DONE


async def test_job_cancel_and_failure() -> None:
    started = asyncio.Event()

    async def slow(ctx: JobContext) -> None:
        started.set()
        await asyncio.Event().wait()  # works until cancelled

    async def broken(ctx: JobContext) -> None:
        raise ValueError("bad input")

    manager = JobManager()
    job = manager.start(Job("slow", slow))
    await started.wait()
    job.cancel()
    await job.wait()
    assert job.state is JobState.CANCELLED
    failing = manager.start(Job("broken", broken))
    await failing.wait()
    assert failing.state is JobState.FAILED and isinstance(failing.error, ValueError)


async def test_manager_shutdown_cancels_running_jobs() -> None:
    started = asyncio.Event()

    async def forever(ctx: JobContext) -> None:
        started.set()
        while True:  # a long job that looks at its cancel between steps
            ctx.check_cancelled()
            await asyncio.sleep(0.01)

    manager = JobManager()
    job = manager.start(Job("forever", forever))
    await started.wait()
    await manager.shutdown()
    assert job.state is JobState.CANCELLED and manager.running == []


def test_journal_records_searches_by_key_and_words(any_ctx: Any) -> None:
    j = any_ctx.journal
    j.record(
        "vetelevage",
        "import",
        "ok",
        "batch L-1 imported: 3 visits",
        keys=["L-1", "V-1", "V-2"],
        counts={"new": 3},
    )
    j.record("vetelevage", "import", "error", "batch L-2 failed", keys=["L-2"])
    j.record("provet", "webhook", "ok", "consultation 338 updated", keys=["consultation:338"])
    assert [e.summary for e in j.search("V-2")] == ["batch L-1 imported: 3 visits"]
    assert [e.integration for e in j.search("consultation:338")] == ["provet"]
    assert len(j.search("batch")) == 2
    assert len(j.search("", integration="vetelevage", outcome="error")) == 1
    assert j.search("100%_") == []
    first = j.search("V-1")[0]
    assert first.counts == {"new": 3} and first.keys == ("L-1", "V-1", "V-2") and first.who
    assert j.last("vetelevage", "import").summary.startswith("batch L-1")  # type: ignore[union-attr]


def test_journal_summary_is_redacted(any_ctx: Any) -> None:
    any_ctx.journal.record("omnidoc", "draft", "ok", "draft for NIR 180012A00412343 with token=abcdef123")
    summary = any_ctx.journal.search("draft")[0].summary
    assert "180012A00412343" not in summary and "abcdef123" not in summary


def test_journal_commits_with_the_work_transaction(any_ctx: Any) -> None:
    try:
        with any_ctx.db.transaction() as conn:
            any_ctx.journal.record(
                "vetelevage", "commit", "ok", "visit V-9 committed", keys=["V-9"], conn=conn
            )
            raise RuntimeError("crash")
    except RuntimeError:
        pass
    assert any_ctx.journal.search("V-9") == []


def test_attention_dedupes_per_condition(any_ctx: Any) -> None:
    a = any_ctx.attention
    for _ in range(5):
        a.raise_item(
            "provet", "webhook_failed", "event:12", "Processing failed: server error", action="retry"
        )
    items = a.items("provet")
    assert len(items) == 1 and items[0].attempts == 5
    a.raise_item("provet", "webhook_failed", "event:13", "Processing failed")
    assert a.count() == 2
    a.handle(items[0].id, "reception", "checked by phone")
    assert a.count("provet") == 1
    assert a.clear("provet", "webhook_failed") == 2
    assert a.count() == 0


def test_attention_retries_are_bounded(any_ctx: Any) -> None:
    from app.core.attention import FAILED, MAX_ATTEMPTS

    for _ in range(MAX_ATTEMPTS + 2):
        any_ctx.attention.raise_item("omnidoc", "uploads_missing", "r1", "not complete", action="retry")
    [item] = any_ctx.attention.items("omnidoc")
    assert item.state == FAILED and item.attempts == MAX_ATTEMPTS + 2
