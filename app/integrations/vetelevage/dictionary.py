"""Dictionary: the local copy of the SNGTV product dictionary and of Vétélevage's reference tables.

Owns their refresh: products incrementally (since the last refresh), each reference table
replaced whole. Mapping proposals read product names and GTINs from here.
"""

from __future__ import annotations

import json
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


async def sync_dictionary(ctx: AppContext, client: VetelevageClient | None = None) -> dict[str, int]:
    """Refresh the SNGTV product dictionary (incrementally) and the four reference tables."""
    counts: dict[str, int] = {}
    async with client_for(ctx, client) as client:
        compte = (await accounts_to_import(ctx, client))[0]
        since = ctx.db.get_state("vetelevage.products_synced_at")
        started = utcnow().isoformat()
        n = 0
        async for page in client.produits(since=since, compte=compte):
            await ctx.db.run(_upsert_products, ctx, page.items)
            n += len(page.items)
        ctx.db.set_state("vetelevage.products_synced_at", started)
        counts["produits"] = n
        for name in REFERENCE_TABLES:
            items: list[dict[str, Any]] = []
            async for ref_page in client.referentiel(name, compte):
                items.extend(ref_page.items)
            await ctx.db.run(_replace_references, ctx, name, items)
            counts[name] = len(items)
        ctx.journal.record(
            NAME,
            "dictionary_sync",
            "ok",
            QT_TRANSLATE_NOOP("journal", "dictionary refreshed: {counts}"),
            args={"counts": json.dumps(counts)},
            counts=counts,
        )
        return counts


def _upsert_products(ctx: AppContext, items: list[Produit]) -> None:
    now = utcnow()
    with ctx.db.transaction() as conn:
        existing = set(
            conn.execute(
                sa.select(t.products.c.id).where(t.products.c.id.in_([p.id for p in items]))
            ).scalars()
        )
        for p in items:
            values = {
                "libelle": p.libelle,
                "gtin": p.gtin,
                "laboratoire": p.laboratoire,
                "forme": p.forme,
                "conditionnement": p.conditionnement,
                "specifique_clinique": p.specifique_clinique,
                "updated_at": now,
            }
            if p.id in existing:
                conn.execute(sa.update(t.products).where(t.products.c.id == p.id).values(**values))
            else:
                conn.execute(sa.insert(t.products).values(id=p.id, **values))


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
