"""Processing: fetch the object each stored webhook event names and keep it in the cache.

Owns the inbox's state machine after a delivery is stored: claim waiting events (and events a
crashed run left processing), fetch each object, store it or mark it deleted, retry a failure
with backoff until it ends in the visible 'failed' state with an attention item, and put
failed events back in the queue when a person asks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core import crashpoints
from app.core.db import utcnow
from app.core.http import ApiError, NotFoundError
from app.core.tr import QT_TRANSLATE_NOOP, plural
from app.integrations.provet import NAME
from app.integrations.provet.cache import mark_deleted, upsert_objects
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.connection import open_client
from app.integrations.provet.inbox import DONE, FAILED, NOTHING_TO_FETCH, PROCESSING, RECEIVED, TOPIC_EVENTS
from app.integrations.provet.schema import (
    ENDPOINTS,
)
from app.integrations.provet.tables import (
    provet_events,
)

if TYPE_CHECKING:
    from app.core.context import AppContext


MAX_ATTEMPTS = 5
RETRY_BASE_SECONDS = 30.0
STALE_PROCESSING = dt.timedelta(minutes=5)
PROCESSED = plural.translate("journal", "Processed %n Provet Cloud notification(s).", None, 0)


def _claim(ctx: AppContext, now: dt.datetime, limit: int) -> list[tuple[int, str, int]]:
    with ctx.db.transaction() as conn:
        rows = conn.execute(
            sa.select(provet_events.c.id, provet_events.c.endpoint, provet_events.c.object_id)
            .where(
                (
                    (provet_events.c.state == RECEIVED)
                    & ((provet_events.c.next_retry_at.is_(None)) | (provet_events.c.next_retry_at <= now))
                )
                | (
                    (provet_events.c.state == PROCESSING)
                    & (provet_events.c.updated_at < now - STALE_PROCESSING)
                )
            )
            .order_by(provet_events.c.id)
            .limit(limit)
        ).all()
        ids = [r.id for r in rows]
        if ids:
            conn.execute(
                sa.update(provet_events)
                .where(provet_events.c.id.in_(ids))
                .values(state=PROCESSING, updated_at=now)
            )
    return [(r.id, r.endpoint, r.object_id) for r in rows]


def _finish(
    ctx: AppContext, event_id: int, endpoint: str, item: dict[str, Any] | None, note: str | None
) -> None:
    with ctx.db.transaction() as conn:
        if item is not None:
            upsert_objects(ctx, endpoint, [item], conn)
        else:
            oid = conn.execute(
                sa.select(provet_events.c.object_id).where(provet_events.c.id == event_id)
            ).scalar_one()
            mark_deleted(ctx, endpoint, oid, conn)
        conn.execute(
            sa.update(provet_events)
            .where(provet_events.c.id == event_id)
            .values(
                state=DONE,
                last_error=note,
                next_retry_at=None,
                attempts=provet_events.c.attempts + 1,
                updated_at=utcnow(),
            )
        )
        ctx.changes.notify(TOPIC_EVENTS, str(event_id), conn=conn)


def _kept(ctx: AppContext, event_id: int) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(provet_events)
            .where(provet_events.c.id == event_id)
            .values(state=DONE, last_error=NOTHING_TO_FETCH, next_retry_at=None, updated_at=utcnow())
        )
        ctx.changes.notify(TOPIC_EVENTS, str(event_id), conn=conn)


def _failed(
    ctx: AppContext, event_id: int, reason: str, now: dt.datetime, retry_base: float, max_attempts: int
) -> str:
    with ctx.db.transaction() as conn:
        attempts = (
            conn.execute(
                sa.select(provet_events.c.attempts).where(provet_events.c.id == event_id)
            ).scalar_one()
            + 1
        )
        final = attempts >= max_attempts
        conn.execute(
            sa.update(provet_events)
            .where(provet_events.c.id == event_id)
            .values(
                state=FAILED if final else RECEIVED,
                attempts=attempts,
                last_error=reason,
                next_retry_at=None if final else now + dt.timedelta(seconds=retry_base * 2 ** (attempts - 1)),
                updated_at=now,
            )
        )
        if final:
            ctx.attention.raise_item(
                NAME,
                "webhook",
                str(event_id),
                QT_TRANSLATE_NOOP(
                    "attention",
                    "A Provet Cloud notification could not be processed after {attempts} attempts: {reason}",
                ),
                args={"attempts": attempts, "reason": reason},
                action="retry",
                conn=conn,
            )
        ctx.changes.notify(TOPIC_EVENTS, str(event_id), conn=conn)
    return FAILED if final else RECEIVED


async def process_pending(
    ctx: AppContext,
    *,
    client: ProvetClient | None = None,
    now: dt.datetime | None = None,
    retry_base: float = RETRY_BASE_SECONDS,
    max_attempts: int = MAX_ATTEMPTS,
    limit: int = 200,
) -> dict[str, int]:
    """Fetch each stored event's object and update the cache; failures are retried with backoff
    and end in the visible 'failed' state (with an attention item), never dropped."""
    now = now or utcnow()
    claimed = await ctx.db.run(_claim, ctx, now, limit)
    counts = {"done": 0, "retry": 0, "failed": 0}
    if not claimed:
        return counts
    own = client is None
    client = client or await open_client(ctx)
    try:
        for event_id, endpoint, oid in claimed:
            crashpoints.step("provet.process.claimed")
            try:
                if (
                    endpoint not in ENDPOINTS or oid is None
                ):  # stored by an older version: kept, nothing to fetch
                    await ctx.db.run(_kept, ctx, event_id)
                    counts["done"] += 1
                    continue
                item = await client.get_object(endpoint, oid)
                crashpoints.step("provet.process.fetched")
                await ctx.db.run(_finish, ctx, event_id, endpoint, item, None)
                counts["done"] += 1
                crashpoints.step("provet.process.finished")
            except NotFoundError:
                note = f"Provet Cloud has no {endpoint} {oid} any more (deleted): marked deleted here."
                await ctx.db.run(_finish, ctx, event_id, endpoint, None, note)
                counts["done"] += 1
            except ApiError as exc:
                state = await ctx.db.run(_failed, ctx, event_id, str(exc), now, retry_base, max_attempts)
                counts["failed" if state == FAILED else "retry"] += 1
    finally:
        if own:
            await client.aclose()
    if counts["done"]:
        await ctx.journal.record_ok(NAME, "webhooks", PROCESSED, args={"n": counts["done"]}, counts=counts)
    return counts


def retry_failed(ctx: AppContext, event_ids: Iterable[int] | None = None) -> int:
    """Put failed events back in the queue (a person asked for it)."""
    with ctx.db.transaction() as conn:
        q = sa.update(provet_events).where(provet_events.c.state == FAILED)
        ids = list(event_ids) if event_ids is not None else None
        if ids is not None:
            q = q.where(provet_events.c.id.in_(ids))
        count = conn.execute(
            q.values(state=RECEIVED, attempts=0, next_retry_at=None, updated_at=utcnow())
        ).rowcount
        for i in ids or []:
            ctx.attention.clear(NAME, "webhook", str(i), conn=conn)
        if ids is None:
            ctx.attention.clear(NAME, "webhook", conn=conn)
    return int(count)
