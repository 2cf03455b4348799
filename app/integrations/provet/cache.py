"""The object cache: every object fetched from Provet Cloud, stored before it is shown.

Owns ``provet_objects``: an object's id and modification time as Provet writes them, storing
fetched objects (one row per endpoint and id, counted as new or updated), marking one deleted,
and reading an endpoint's cached objects back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.core.db import utcnow
from app.integrations.provet.models import id_from_url
from app.integrations.provet.tables import (
    provet_objects,
)

if TYPE_CHECKING:
    from app.core.context import AppContext


TOPIC_OBJECTS = "provet.objects"


def modified_at(item: Mapping[str, Any]) -> dt.datetime | None:
    """An object's ``modified`` time as an aware datetime (None when absent or unreadable)."""
    value = item.get("modified")
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def object_id(item: Mapping[str, Any]) -> int | None:
    """An object's id: its ``id`` field, else the id in its ``url``."""
    raw = item.get("id")
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    return id_from_url(str(item.get("url") or ""))


def upsert_objects(
    ctx: AppContext, endpoint: str, items: Iterable[Mapping[str, Any]], conn: Connection
) -> tuple[int, int]:
    """Store fetched objects; returns (new, updated). Same id twice: one row."""
    new = updated = 0
    now = utcnow()
    for item in items:
        oid = object_id(item)
        if oid is None:
            continue
        values = {
            "raw": json.dumps(item, ensure_ascii=False),
            "modified": modified_at(item),
            "fetched_at": now,
            "deleted": False,
        }
        where = (provet_objects.c.endpoint == endpoint) & (provet_objects.c.object_id == oid)
        existing = conn.execute(sa.select(provet_objects.c.raw).where(where)).scalar_one_or_none()
        if existing is None:
            conn.execute(sa.insert(provet_objects).values(endpoint=endpoint, object_id=oid, **values))
            new += 1
        elif existing != values["raw"]:
            conn.execute(sa.update(provet_objects).where(where).values(**values))
            updated += 1
    if new or updated:
        ctx.changes.notify(TOPIC_OBJECTS, endpoint, conn=conn)
    return new, updated


def mark_deleted(ctx: AppContext, endpoint: str, oid: int, conn: Connection) -> None:
    """Mark a cached object deleted (Provet no longer has it); its last copy is kept."""
    conn.execute(
        sa.update(provet_objects)
        .where((provet_objects.c.endpoint == endpoint) & (provet_objects.c.object_id == oid))
        .values(deleted=True, fetched_at=utcnow())
    )


def cached(ctx: AppContext, endpoint: str, *, include_deleted: bool = False) -> list[dict[str, Any]]:
    """The cached objects of an endpoint, by id (deleted ones only when asked)."""
    with ctx.db.read() as conn:
        q = sa.select(provet_objects.c.raw).where(provet_objects.c.endpoint == endpoint)
        if not include_deleted:
            q = q.where(provet_objects.c.deleted.is_(False))
        rows = conn.execute(q.order_by(provet_objects.c.object_id)).scalars().all()
    return [json.loads(r) for r in rows]


def cached_by_id(ctx: AppContext, endpoint: str, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """The cached objects of an endpoint with those ids (deleted ones too: a name stays a name)."""
    chosen = sorted(set(ids))
    found: dict[int, dict[str, Any]] = {}
    with ctx.db.read() as conn:
        for start in range(0, len(chosen), 500):  # a bounded IN list
            rows = conn.execute(
                sa.select(provet_objects.c.object_id, provet_objects.c.raw).where(
                    (provet_objects.c.endpoint == endpoint)
                    & provet_objects.c.object_id.in_(chosen[start : start + 500])
                )
            ).all()
            found.update((int(r.object_id), json.loads(r.raw)) for r in rows)
    return found


def store_objects(ctx: AppContext, endpoint: str, items: list[dict[str, Any]]) -> tuple[int, int]:
    """Store fetched objects in one transaction; returns (new, updated)."""
    with ctx.db.transaction() as conn:
        return upsert_objects(ctx, endpoint, items, conn)
