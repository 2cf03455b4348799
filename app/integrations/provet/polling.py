"""Catch-up polling: what the webhooks may have missed, asked of Provet Cloud by modification time.

Owns ``provet_cursors``: for each watched endpoint, the newest modification seen and the last
poll's outcome; a poll asks for objects modified since then (minus an overlap, or the last 30
days the first time) and stores them in the cache. Also how long nothing was heard at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.db import utcnow
from app.core.http import ApiError
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.provet import NAME
from app.integrations.provet.cache import modified_at, store_objects
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.connection import open_client
from app.integrations.provet.filters import format_datetime
from app.integrations.provet.schema import (
    WATCHED,
)
from app.integrations.provet.tables import (
    provet_cursors,
)

if TYPE_CHECKING:
    from app.core.context import AppContext


FIRST_POLL_LOOKBACK = dt.timedelta(days=30)


def cursors(ctx: AppContext) -> dict[str, Any]:
    """Each watched endpoint's cursor row: newest modification seen, last poll's outcome."""
    with ctx.db.read() as conn:
        return {r.endpoint: r for r in conn.execute(sa.select(provet_cursors)).all()}


def _save_cursor(
    ctx: AppContext, endpoint: str, last_modified: dt.datetime | None, ok: bool, error: str | None
) -> None:
    with ctx.db.transaction() as conn:
        values = {"last_poll_at": utcnow(), "last_poll_ok": ok, "last_error": error}
        if last_modified is not None:
            values["last_modified"] = last_modified
        if (
            conn.execute(
                sa.update(provet_cursors).where(provet_cursors.c.endpoint == endpoint).values(**values)
            ).rowcount
            == 0
        ):
            conn.execute(sa.insert(provet_cursors).values(endpoint=endpoint, **values))


async def catch_up(
    ctx: AppContext,
    endpoints: Iterable[str] = WATCHED,
    *,
    client: ProvetClient | None = None,
    overlap: dt.timedelta | None = None,
    now: dt.datetime | None = None,
) -> dict[str, dict[str, int]]:
    """Poll each watched endpoint for objects modified since the last seen time minus an overlap."""
    if overlap is None:
        overlap = dt.timedelta(minutes=ctx.settings.provet.catchup_overlap_minutes)
    now = now or utcnow()
    known = await ctx.db.run(cursors, ctx)
    own = client is None
    client = client or await open_client(ctx)
    out: dict[str, dict[str, int]] = {}
    try:
        for endpoint in endpoints:
            row = known.get(endpoint)
            last = row.last_modified if row is not None and row.last_modified else None
            since = (last - overlap) if last else (now - FIRST_POLL_LOOKBACK)
            params = [("modified__gte", format_datetime(since.astimezone(dt.UTC)))]
            try:
                newest = last
                counts = {"seen": 0, "new": 0, "updated": 0}
                async for page in client.pages(endpoint, params, page_size=500):
                    n, u = await ctx.db.run(store_objects, ctx, endpoint, page.items)
                    counts["seen"] += len(page.items)
                    counts["new"] += n
                    counts["updated"] += u
                    for item in page.items:
                        m = modified_at(item)
                        if m is not None and (newest is None or m > newest):
                            newest = m
                await ctx.db.run(_save_cursor, ctx, endpoint, newest, True, None)
                out[endpoint] = counts
            except ApiError as exc:
                await ctx.db.run(_save_cursor, ctx, endpoint, None, False, str(exc))
                raise
    finally:
        if own:
            await client.aclose()
    total = {k: sum(c[k] for c in out.values()) for k in ("seen", "new", "updated")}
    await ctx.db.run(_polled, ctx, now, total)
    return out


def _polled(ctx: AppContext, now: dt.datetime, total: dict[str, int]) -> None:
    with ctx.db.transaction() as conn:
        ctx.db.set_state("provet.last_poll_at", now.isoformat(), conn)
        ctx.journal.record(
            NAME,
            "catch_up",
            "ok",
            QT_TRANSLATE_NOOP("journal", "Catch-up poll: {new} new, {updated} changed."),
            args={"new": total["new"], "updated": total["updated"]},
            counts=total,
            conn=conn,
        )


def gap(ctx: AppContext) -> dt.timedelta | None:
    """How long nothing was heard from Provet (neither an event nor a poll)."""
    moments = [ctx.db.get_state("provet.last_event_at"), ctx.db.get_state("provet.last_poll_at")]
    seen = [dt.datetime.fromisoformat(m) for m in moments if m]
    return utcnow() - max(seen) if seen else None
