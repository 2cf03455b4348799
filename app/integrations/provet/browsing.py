"""Browsing: filtered pulls and pages of Provet Cloud's lists, and the saved queries.

Owns what a person does in the Browse page or with ``passerelle provet pull``: pull every page
of a query (stored in the cache as it arrives), fetch one page to show, and keep named queries.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.db import utcnow
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, plural
from app.integrations.provet import NAME
from app.integrations.provet.cache import object_id, store_objects
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.connection import open_client
from app.integrations.provet.export import flatten
from app.integrations.provet.filters import Filter, Query
from app.integrations.provet.tables import (
    provet_saved_queries,
)

if TYPE_CHECKING:
    from app.core.context import AppContext

PULLED = plural.translate("journal", "Pulled %n {endpoint} object(s) from Provet Cloud.", None, 0)


@dataclass
class PullResult:
    """What a pull fetched: the objects, and how many pages, new and updated rows."""

    endpoint: str
    objects: list[dict[str, Any]]
    pages: int
    new: int
    updated: int


async def pull(
    ctx: AppContext,
    query: Query,
    *,
    client: ProvetClient | None = None,
    page_size: int = 100,
    progress: Callable[[int, int | None, str], None] | None = None,
    store: bool = True,
    flat: bool = False,
) -> PullResult:
    """Fetch every page of a query, storing each in the cache as it arrives (unless exposed).

    ``flat``: the result holds each object as its export row (``export.flatten``, made in the
    worker that stores the page) instead of the object itself. Twenty thousand nested objects kept
    until the end are some hundred thousand containers that every full garbage collection walks,
    on whichever thread allocates (the window's too: 40-50 ms pauses, measured by bench_stalls);
    rows of plain text are not tracked by the collector at all."""
    params = query.params()  # InputError before any request
    own = client is None
    client = client or await open_client(ctx)
    objects: list[dict[str, Any]] = []
    seen: set[int] = set()
    pages = new = updated = 0
    try:
        async for page in client.pages(query.endpoint, params, page_size=page_size):
            pages += 1
            fresh = [o for o in page.items if (oid := object_id(o)) is None or oid not in seen]
            seen.update(i for o in fresh if (i := object_id(o)) is not None)
            if store and not query.expose:  # exposed objects are not the endpoint's own shape
                n, u, kept = await ctx.db.run(_store_page, ctx, query.endpoint, fresh, flat)
                new, updated = new + n, updated + u
            else:
                kept = await asyncio.to_thread(_flattened, fresh) if flat else fresh
            objects.extend(kept)
            if progress is not None:
                progress(len(objects), page.total, f"{query.endpoint}: page {pages}")
    finally:
        if own:
            await client.aclose()
    await ctx.journal.record_ok(
        NAME,
        "pull",
        PULLED,
        args={"n": len(objects), "endpoint": query.endpoint},
        counts={"received": len(objects), "pages": pages, "new": new, "updated": updated},
    )
    return PullResult(query.endpoint, objects, pages, new, updated)


def _flattened(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [flatten(o) for o in objects]


def _store_page(
    ctx: AppContext, endpoint: str, objects: list[dict[str, Any]], flat: bool
) -> tuple[int, int, list[dict[str, Any]]]:
    """Store a page in the cache → (new, updated, the page as kept: its objects or their rows)."""
    new, updated = store_objects(ctx, endpoint, objects)
    return new, updated, _flattened(objects) if flat else objects


async def browse_page(
    ctx: AppContext, query: Query, page: int, *, page_size: int = 50, client: ProvetClient | None = None
) -> dict[str, Any]:
    """One page of a query, as Provet answers it (nothing stored)."""
    params = query.params()
    own = client is None
    client = client or await open_client(ctx)
    try:
        return await client.list_page(query.endpoint, params, page=page, page_size=page_size)
    finally:
        if own:
            await client.aclose()


def query_to_json(query: Query) -> str:
    """A query as the JSON a saved query keeps."""
    return json.dumps(
        {
            "endpoint": query.endpoint,
            "filters": [[f.field, f.method, f.value] for f in query.filters],
            "any_of": query.any_of,
            "expose": list(query.expose),
        },
        default=str,
    )


def query_from_json(text: str) -> Query:
    """The query a saved query's JSON describes."""
    data = json.loads(text)
    return Query(
        endpoint=data["endpoint"],
        filters=tuple(Filter(f[0], f[1], f[2]) for f in data.get("filters", [])),
        any_of=bool(data.get("any_of")),
        expose=tuple(data.get("expose", [])),
    )


def save_query(ctx: AppContext, name: str, query: Query) -> None:
    """Keep a valid query under a name (replacing one of that name)."""
    name = name.strip()
    if not name:
        raise refused(QT_TRANSLATE_NOOP("errors", "Give the saved query a name."), "name")
    query.params()  # only valid queries are saved
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(provet_saved_queries).where(provet_saved_queries.c.name == name))
        conn.execute(
            sa.insert(provet_saved_queries).values(
                name=name, endpoint=query.endpoint, query=query_to_json(query), updated_at=utcnow()
            )
        )


def saved_queries(ctx: AppContext) -> dict[str, Query]:
    """The saved queries by name, in name order."""
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(provet_saved_queries).order_by(provet_saved_queries.c.name)).all()
    return {r.name: query_from_json(r.query) for r in rows}


def delete_query(ctx: AppContext, name: str) -> None:
    """Forget the saved query of that name."""
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(provet_saved_queries).where(provet_saved_queries.c.name == name))
