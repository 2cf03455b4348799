"""Names of related objects: a consultation's client, patients and vet as a person knows them.

Provet sends relations as URLs (``.../client/4/``). A name is read from the object itself when
the query exposed it, else from the local cache, else fetched with one ``id__in`` request per
endpoint (stored in the cache as it arrives, like everything fetched). Nothing here is Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from app.integrations.provet.cache import cached_by_id, object_id, store_objects
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.connection import open_client
from app.integrations.provet.models import id_from_url
from app.integrations.provet.schema import ENDPOINTS

if TYPE_CHECKING:
    from app.core.context import AppContext

# The fields that name an object of each endpoint, joined with a space.
NAME_FIELDS: dict[str, tuple[str, ...]] = {
    "client": ("firstname", "lastname"),
    "patient": ("name",),
    "user": ("first_name", "last_name"),
    "department": ("name",),
    "invoice": ("number",),
    "consultationitem": ("name",),
    "invoicerow": ("name",),
    "consultation": ("complaint",),
}
# At most this many ids in one id__in request (a page of names; the query string stays short).
BATCH = 100

Key = tuple[str, int]


def display_name(endpoint: str, obj: Mapping[str, Any]) -> str:
    """How a person names the object ("Marie Dubois", "Rex"); "" when it has no such fields."""
    fields = NAME_FIELDS.get(endpoint, ("name",))
    return " ".join(str(obj[f]).strip() for f in fields if obj.get(f) not in (None, "")).strip()


def _target_of(url: str) -> str:
    parts = url.rstrip("/").split("/")
    return parts[-2] if len(parts) >= 2 else ""


def references(endpoint: str, objects: Iterable[Mapping[str, Any]]) -> dict[str, set[int]]:
    """The related objects the objects point at by URL (exposed ones carry their own names)."""
    fields = ENDPOINTS[endpoint].fields if endpoint in ENDPOINTS else {}
    found: dict[str, set[int]] = defaultdict(set)
    for obj in objects:
        for name, value in obj.items():
            if name == "url":
                continue
            fld = fields.get(name)
            for item in value if isinstance(value, list) else [value]:
                if not isinstance(item, str) or "/api/" not in item:
                    continue
                oid = id_from_url(item)
                target = fld.target if fld is not None and fld.is_relation else _target_of(item)
                if oid is not None and target in NAME_FIELDS:
                    found[target].add(oid)
    return dict(found)


def cached_names(ctx: AppContext, wanted: Mapping[str, Iterable[int]]) -> dict[Key, str]:
    """The names the cache knows of the wanted objects (blocking: run it in a worker thread)."""
    names: dict[Key, str] = {}
    for endpoint, ids in wanted.items():
        for oid, obj in cached_by_id(ctx, endpoint, ids).items():
            if name := display_name(endpoint, obj):
                names[(endpoint, oid)] = name
    return names


async def resolve_names(
    ctx: AppContext, wanted: Mapping[str, Iterable[int]], *, client: ProvetClient | None = None
) -> dict[Key, str]:
    """The names of the wanted objects: the cached ones, then the others fetched (and cached)."""
    wanted = {e: set(ids) for e, ids in wanted.items() if ids}
    names = await ctx.db.run(cached_names, ctx, wanted)
    missing = {e: sorted(i for i in ids if (e, i) not in names) for e, ids in wanted.items()}
    missing = {e: ids for e, ids in missing.items() if ids}
    if not missing:
        return names
    own = client is None
    client = client or await open_client(ctx)
    try:
        for endpoint, ids in missing.items():
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                body = await client.list_page(
                    endpoint, [("id__in", ",".join(map(str, chunk)))], page_size=len(chunk)
                )
                fetched = [o for o in body.get("results", []) if isinstance(o, dict)]
                await ctx.db.run(store_objects, ctx, endpoint, fetched)
                for obj in fetched:
                    oid, name = object_id(obj), display_name(endpoint, obj)
                    if oid is not None and name:
                        names[(endpoint, oid)] = name
    finally:
        if own:
            await client.aclose()
    return names
