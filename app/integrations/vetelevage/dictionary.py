"""Dictionary: the local copy of the SNGTV product dictionary and of Vétélevage's reference tables.

Owns their refresh. Products come incrementally (``modifie_depuis`` the last refresh, with an
overlap for the desk's clock), which brings renamed and added products; a product removed from
the dictionary only shows by its absence, so a full listing runs on the first refresh, then
weekly (or when asked): products it no longer lists are removed here too — only those that a
second listing lacks as well, so a dictionary changing while it is read (a product slipping
between two pages) never removes a product by mistake. Every page the server sends is followed (``pages``), however
few products it puts in each. Each reference table is replaced whole. Mapping proposals read
product names and GTINs from here.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.db import utcnow
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME, accounts_to_import, client_for
from app.integrations.vetelevage.client import VetelevageClient
from app.integrations.vetelevage.models import REFERENCE_TABLES, Produit

if TYPE_CHECKING:
    from app.core.context import AppContext

SYNCED_AT = "vetelevage.products_synced_at"
FULL_SYNCED_AT = "vetelevage.products_full_synced_at"
FULL_SYNC_EVERY = dt.timedelta(days=7)
# Changes are asked from a little before the last refresh: the desk's clock may be ahead of the server's.
OVERLAP = dt.timedelta(minutes=10)
REMOVE_CHUNK = 500


@dataclass
class ProductChanges:
    """What products changed in the local dictionary."""

    added: int = 0
    changed: int = 0


@dataclass
class Listing:
    """One pass over the dictionary's pages: how many products came, what changed, which ids."""

    received: int = 0
    changes: ProductChanges = field(default_factory=ProductChanges)
    seen: set[str] = field(default_factory=set)


async def _list_products(
    ctx: AppContext, client: VetelevageClient, since: str | None, compte: str | None
) -> Listing:
    """Every page of the dictionary (or of what changed since ``since``), stored page by page."""
    listing = Listing()
    async for page in client.produits(since=since, compte=compte):
        changes = await ctx.db.run(_upsert_products, ctx, page.items)
        listing.changes.added += changes.added
        listing.changes.changed += changes.changed
        listing.received += len(page.items)
        listing.seen.update(p.id for p in page.items)
    return listing


def _full_due(ctx: AppContext, now: dt.datetime) -> bool:
    last = ctx.db.get_state(FULL_SYNCED_AT)
    if not last or not ctx.db.get_state(SYNCED_AT):
        return True
    try:
        when = dt.datetime.fromisoformat(last)
    except ValueError:
        return True
    return now - when >= FULL_SYNC_EVERY


async def sync_dictionary(
    ctx: AppContext, client: VetelevageClient | None = None, *, full: bool | None = None
) -> dict[str, int]:
    """Refresh the SNGTV product dictionary and the four reference tables.

    ``full`` lists the whole dictionary (and removes what it no longer holds); by default it is
    done on the first refresh and then weekly, the refreshes in between asking only what changed.
    """
    counts: dict[str, int] = {}
    async with client_for(ctx, client) as client:
        compte = (await accounts_to_import(ctx, client))[0]
        now = utcnow()
        full = await ctx.db.run(_full_due, ctx, now) if full is None else full
        since_text = await ctx.db.run(ctx.db.get_state, SYNCED_AT)
        since = None
        if since_text and not full:
            since = (dt.datetime.fromisoformat(since_text) - OVERLAP).isoformat()
        listing = await _list_products(ctx, client, since, compte)
        removed = 0
        if full:
            gone = await ctx.db.run(_missing, ctx, listing.seen)
            if gone:
                # A product can slip between two pages when the dictionary changes while it is
                # read: only what a second complete listing also lacks is removed.
                again = await _list_products(ctx, client, None, compte)
                removed = await ctx.db.run(_remove, ctx, gone - again.seen)
            await ctx.db.run(ctx.db.set_state, FULL_SYNCED_AT, now.isoformat())
        await ctx.db.run(ctx.db.set_state, SYNCED_AT, now.isoformat())
        received, totals = listing.received, listing.changes
        counts["produits"] = received
        counts["products_added"] = totals.added
        counts["products_changed"] = totals.changed
        counts["products_removed"] = removed
        for name in REFERENCE_TABLES:
            items: list[dict[str, Any]] = []
            async for ref_page in client.referentiel(name, compte):
                items.extend(ref_page.items)
            await ctx.db.run(_replace_references, ctx, name, items)
            counts[name] = len(items)
        await ctx.db.run(
            lambda: ctx.journal.record(
                NAME,
                "dictionary_sync",
                "ok",
                QT_TRANSLATE_NOOP(
                    "journal",
                    "dictionary refreshed: {received} read, {added} new, {changed} changed, {removed} removed",
                ),
                args={
                    "received": received,
                    "added": totals.added,
                    "changed": totals.changed,
                    "removed": removed,
                },
                counts=counts,
            )
        )
        return counts


PRODUCT_FIELDS = ("libelle", "gtin", "laboratoire", "forme", "conditionnement", "specifique_clinique")


def _values(p: Produit) -> dict[str, Any]:
    return {name: getattr(p, name) for name in PRODUCT_FIELDS}


def _upsert_products(ctx: AppContext, items: list[Produit]) -> ProductChanges:
    now = utcnow()
    changes = ProductChanges()
    columns = [t.products.c[k] for k in ("id", *PRODUCT_FIELDS)]
    with ctx.db.transaction() as conn:
        existing = {
            row[0]: dict(row._mapping)
            for row in conn.execute(sa.select(*columns).where(t.products.c.id.in_([p.id for p in items])))
        }
        for p in items:
            values = _values(p)
            before = existing.get(p.id)
            if before is None:
                conn.execute(sa.insert(t.products).values(id=p.id, updated_at=now, **values))
                existing[p.id] = {"id": p.id, **values}
                changes.added += 1
            elif any(before[k] != v for k, v in values.items()):
                conn.execute(
                    sa.update(t.products).where(t.products.c.id == p.id).values(updated_at=now, **values)
                )
                existing[p.id] = {"id": p.id, **values}
                changes.changed += 1
    return changes


def _missing(ctx: AppContext, listed: set[str]) -> set[str]:
    """The local products a complete listing did not hold."""
    with ctx.db.read() as conn:
        return set(conn.execute(sa.select(t.products.c.id)).scalars()) - listed


def _remove(ctx: AppContext, gone: set[str]) -> int:
    """Remove these products from the local dictionary; returns how many."""
    ids = sorted(gone)
    with ctx.db.transaction() as conn:
        for i in range(0, len(ids), REMOVE_CHUNK):
            conn.execute(sa.delete(t.products).where(t.products.c.id.in_(ids[i : i + REMOVE_CHUNK])))
    return len(ids)


def _replace_references(ctx: AppContext, name: str, items: list[dict[str, Any]]) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(t.references).where(t.references.c.table_name == name))
        rows = []
        seen = set()
        for item in items:
            code = str(item.get("code") or item.get("id") or "")
            if not code or code in seen:
                continue
            seen.add(code)
            rows.append(
                {
                    "table_name": name,
                    "code": code,
                    "libelle": str(item.get("libelle") or item.get("nom") or ""),
                    "raw": json.dumps(item, ensure_ascii=False),
                }
            )
        if rows:
            conn.execute(sa.insert(t.references), rows)


def dictionary_size(ctx: AppContext) -> int:
    """How many SNGTV products the local dictionary holds."""
    with ctx.db.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(t.products)).scalar_one())
