"""Provet Cloud workflows: pull and browse, the object cache, the durable webhook inbox, the
catch-up poll and the hookup registration. No Qt: used by the tab, the CLI and the tests."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Connection

from app.core import crashpoints, csvsafe
from app.core.db import utcnow
from app.core.errors import InputError
from app.core.http import ApiError, NotConfigured, NotFoundError
from app.core.secrets import SecretTooLong
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.base import ConnectionState, Schedule, Status
from app.integrations.provet.auth import (
    OAuthConfig,
    OAuthSession,
    ProvetAuth,
    TokenStore,
    loopback_redirect,
    sign_in_with_browser,
)
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.filters import Query, format_datetime
from app.integrations.provet.models import Registration, id_from_url
from app.integrations.provet.ratelimit import RollingLimiter
from app.integrations.provet.schema import (
    CONTEXT_PARAMS,
    ENDPOINTS,
    PARAM_TO_ENDPOINT,
    TRIGGER_PRIORITY,
    WATCHED,
)
from app.integrations.provet.tables import (
    provet_cursors,
    provet_events,
    provet_objects,
    provet_registrations,
    provet_saved_queries,
)

log = logging.getLogger("passerelle.provet")

NAME = "provet"
MAX_ATTEMPTS = 5
RETRY_BASE_SECONDS = 30.0
FIRST_POLL_LOOKBACK = dt.timedelta(days=30)
STALE_PROCESSING = dt.timedelta(minutes=5)
RECEIVED, PROCESSING, DONE, FAILED = "received", "processing", "done", "failed"
TOPIC_EVENTS = "provet.events"
TOPIC_OBJECTS = "provet.objects"


# ---------------------------------------------------------------- connection


def oauth_session(
    ctx: Any, transport: httpx.AsyncBaseTransport | None = None, *, reg: Mapping[str, Any] | None = None
) -> OAuthSession:
    """The OAuth2 session of the settings; with the hookup registration of this client id
    (``reg``, read by the caller off the GUI thread), its token and authorize URLs and a
    redirect address it lists are the ones used."""
    s = ctx.settings.provet
    config = OAuthConfig.from_base_url(
        s.base_url, s.client_id, ctx.secrets.get(NAME, "client_secret"), s.grant
    )
    if reg is not None and reg.get("client_id") != s.client_id:
        reg = None
    config = dataclasses.replace(
        config,
        token_url=(reg or {}).get("token_url") or config.token_url,
        authorize_url=(reg or {}).get("authorize_url") or config.authorize_url,
        redirect_uri=loopback_redirect((reg or {}).get("redirect_uris") or "", s.redirect_port)
        if s.grant == "authorization_code"
        else "",
    )
    return OAuthSession(config, TokenStore(ctx.secrets), transport=transport)


def make_client(
    ctx: Any,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limiter: RollingLimiter | None = None,
    reg: Mapping[str, Any] | None = None,
) -> ProvetClient:
    if not ctx.settings.provet.base_url:
        raise NotConfigured("Provet Cloud: the REST API address (provet.base_url) is not set.")
    session = oauth_session(ctx, transport, reg=reg)
    return ProvetClient(
        ctx.settings.provet.base_url, auth=ProvetAuth(session), transport=transport, limiter=limiter
    )


async def registered(ctx: Any) -> dict[str, Any] | None:
    """The hookup registration of the configured client id, read in a worker thread."""
    return await ctx.db.run(registration, ctx, ctx.settings.provet.client_id)


async def open_client(ctx: Any) -> ProvetClient:
    """The client of the settings, with the flows' URLs of their registration when there is one."""
    return make_client(ctx, reg=await registered(ctx))


async def connect(ctx: Any, open_url: Callable[[str], Any] | None = None, timeout: float = 300.0) -> str:
    """Client credentials, or the browser sign-in (PKCE) for the authorization code grant."""
    session = oauth_session(ctx, reg=await registered(ctx))
    if session.config.grant == "client_credentials":
        await session.client_credentials()
    else:
        kw: dict[str, Any] = {"timeout": timeout}
        if open_url is not None:
            kw["open_url"] = open_url
        await sign_in_with_browser(session, **kw)
    ctx.journal.record(NAME, "connect", "ok", f"Connected to Provet Cloud ({session.config.grant}).")
    ctx.attention.clear(NAME, "auth")
    return "Connected to Provet Cloud."


async def disconnect(ctx: Any) -> None:
    try:
        session = oauth_session(ctx)
    except NotConfigured:
        TokenStore(ctx.secrets).clear()
        return
    await session.revoke()
    ctx.journal.record(NAME, "disconnect", "ok", "Disconnected from Provet Cloud (tokens revoked).")


async def test_connection(ctx: Any) -> str:
    async with await open_client(ctx) as client:
        page = await client.list_page("department", page_size=1)
    return f"Provet Cloud answers: {page.get('count', 0)} department(s) visible."


# ---------------------------------------------------------------- cache


def _modified(item: Mapping[str, Any]) -> dt.datetime | None:
    value = item.get("modified")
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def object_id(item: Mapping[str, Any]) -> int | None:
    raw = item.get("id")
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    return id_from_url(str(item.get("url") or ""))


def upsert_objects(
    ctx: Any, endpoint: str, items: Iterable[Mapping[str, Any]], conn: Connection
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
            "modified": _modified(item),
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


def mark_deleted(ctx: Any, endpoint: str, oid: int, conn: Connection) -> None:
    conn.execute(
        sa.update(provet_objects)
        .where((provet_objects.c.endpoint == endpoint) & (provet_objects.c.object_id == oid))
        .values(deleted=True, fetched_at=utcnow())
    )


def cached(ctx: Any, endpoint: str, *, include_deleted: bool = False) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        q = sa.select(provet_objects.c.raw).where(provet_objects.c.endpoint == endpoint)
        if not include_deleted:
            q = q.where(provet_objects.c.deleted.is_(False))
        rows = conn.execute(q.order_by(provet_objects.c.object_id)).scalars().all()
    return [json.loads(r) for r in rows]


# ---------------------------------------------------------------- pull and browse


@dataclass
class PullResult:
    endpoint: str
    objects: list[dict[str, Any]]
    pages: int
    new: int
    updated: int


async def pull(
    ctx: Any,
    query: Query,
    *,
    client: ProvetClient | None = None,
    page_size: int = 100,
    progress: Callable[[int, int | None, str], None] | None = None,
    store: bool = True,
) -> PullResult:
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
            objects.extend(fresh)
            if store and not query.expose:  # exposed objects are not the endpoint's own shape
                n, u = await ctx.db.run(_store, ctx, query.endpoint, fresh)
                new, updated = new + n, updated + u
            if progress is not None:
                progress(len(objects), page.total, f"{query.endpoint}: page {pages}")
    finally:
        if own:
            await client.aclose()
    ctx.journal.record(
        NAME,
        "pull",
        "ok",
        QT_TRANSLATE_NOOP("journal", "Pulled {n} {endpoint} object(s) from Provet Cloud."),
        args={"n": len(objects), "endpoint": query.endpoint},
        counts={"received": len(objects), "pages": pages, "new": new, "updated": updated},
    )
    return PullResult(query.endpoint, objects, pages, new, updated)


def _store(ctx: Any, endpoint: str, items: list[dict[str, Any]]) -> tuple[int, int]:
    with ctx.db.transaction() as conn:
        return upsert_objects(ctx, endpoint, items, conn)


async def browse_page(
    ctx: Any, query: Query, page: int, *, page_size: int = 50, client: ProvetClient | None = None
) -> dict[str, Any]:
    params = query.params()
    own = client is None
    client = client or await open_client(ctx)
    try:
        return await client.list_page(query.endpoint, params, page=page, page_size=page_size)
    finally:
        if own:
            await client.aclose()


def flatten(item: Mapping[str, Any]) -> dict[str, str]:
    """One CSV/table row: relations as their ids, lists joined, objects as JSON."""
    row: dict[str, str] = {}
    for key, value in item.items():
        if isinstance(value, str) and "/api/" in value and id_from_url(value) is not None and key != "url":
            row[key] = str(id_from_url(value))
        elif isinstance(value, list):
            row[key] = ",".join(
                str(id_from_url(v) or v)
                if isinstance(v, str)
                else str(object_id(v) if isinstance(v, dict) else v)
                for v in value
            )
        elif isinstance(value, dict):
            row[key] = str(object_id(value) or json.dumps(value, ensure_ascii=False))
        elif value is None:
            row[key] = ""
        else:
            row[key] = str(value)
    return row


def write_out(objects: list[dict[str, Any]], path: Path) -> None:
    if path.suffix.lower() == ".json":
        csvsafe.write_export_text(path, json.dumps({"results": objects}, ensure_ascii=False, indent=1))
        return
    rows = [flatten(o) for o in objects]
    columns: list[str] = []
    for r in rows:
        columns.extend(k for k in r if k not in columns)
    with csvsafe.open_export(path) as fh:
        writer = csv.DictWriter(fh, fieldnames=columns or ["id"], delimiter=";")
        writer.writeheader()
        writer.writerows(csvsafe.row(r) for r in rows)


# ---------------------------------------------------------------- saved queries


def query_to_json(query: Query) -> str:
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
    from app.integrations.provet.filters import Filter

    data = json.loads(text)
    return Query(
        endpoint=data["endpoint"],
        filters=tuple(Filter(f[0], f[1], f[2]) for f in data.get("filters", [])),
        any_of=bool(data.get("any_of")),
        expose=tuple(data.get("expose", [])),
    )


def save_query(ctx: Any, name: str, query: Query) -> None:
    name = name.strip()
    if not name:
        raise InputError("Give the saved query a name.", field="name")
    query.params()  # only valid queries are saved
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(provet_saved_queries).where(provet_saved_queries.c.name == name))
        conn.execute(
            sa.insert(provet_saved_queries).values(
                name=name, endpoint=query.endpoint, query=query_to_json(query), updated_at=utcnow()
            )
        )


def saved_queries(ctx: Any) -> dict[str, Query]:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(provet_saved_queries).order_by(provet_saved_queries.c.name)).all()
    return {r.name: query_from_json(r.query) for r in rows}


def delete_query(ctx: Any, name: str) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(provet_saved_queries).where(provet_saved_queries.c.name == name))


# ---------------------------------------------------------------- webhook inbox


class WebhookRejected(ValueError):
    """A delivery that cannot be stored: the receiver answers 400 with this reason."""


MAX_OBJECT_ID = 2**63 - 1  # the largest id the store's BIGINT column holds
MAX_KEY_LENGTH = 64  # the longest parameter name kept (the seed's longest is 28 characters)
NOTHING_TO_FETCH = "Received; Passerelle has nothing to fetch for it."
_DIGITS = re.compile(r"[0-9]{1,19}")


@dataclass(frozen=True)
class Delivery:
    """What one webhook delivery names: the trigger's parameter and the object's endpoint and
    id (empty and None when it names none), with the other ``*_id`` fields it carried."""

    trigger: str
    endpoint: str
    object_id: int | None
    context: dict[str, int]

    @property
    def fetchable(self) -> bool:
        return bool(self.endpoint) and self.object_id is not None


def _object_id(key: str, value: Any) -> int:
    text = str(value).strip()
    if not _DIGITS.fullmatch(text) or int(text) > MAX_OBJECT_ID:
        raise WebhookRejected(f"'{key}' must be a whole number (an id), not '{text[:40]}'.")
    return int(text)


def parse_delivery(payload: Mapping[str, Any], param: str | None = None) -> Delivery:
    """Which object a delivery (``{"consultation_id": "123"}``) names, by the seed's list.

    A documented parameter names the object (the most specific one when there are several);
    other ``<endpoint>_id`` fields (``department_id``) are its context; a delivery with none of
    them names nothing (some events have no parameter) and is kept as received. A parameter
    that is neither, an id that is not a number or too large, refuse the delivery.

    ``param`` is the trigger's parameter when the receiver's address names it (one address per
    webhook in Provet's settings, ``…/<token>?param=invoice_id``): it wins when the delivery
    carries it, whatever else the delivery carries."""
    if param is not None and param not in PARAM_TO_ENDPOINT:
        raise WebhookRejected(
            f"The address names '{param[:40]}', not a parameter of any Provet Cloud webhook."
        )
    ids: dict[str, int] = {}
    for raw_key, value in payload.items():
        key = str(raw_key).strip()
        if len(key) > MAX_KEY_LENGTH:
            raise WebhookRejected(
                f"The delivery has a field name of {len(key)} characters: not a Provet field."
            )
        if not key.endswith("_id"):
            continue
        if key not in PARAM_TO_ENDPOINT and key not in CONTEXT_PARAMS:
            raise WebhookRejected(f"'{key}' is not a parameter of any Provet Cloud webhook.")
        ids[key] = _object_id(key, value)
    trigger = param if param in ids else next((p for p in TRIGGER_PRIORITY if p in ids), "")
    if not trigger:
        # No documented parameter: an <endpoint>_id other than the department names the object.
        trigger = next((k for k in ids if k != "department_id"), "")
    if not trigger:
        return Delivery("", "", None, ids)
    endpoint = PARAM_TO_ENDPOINT.get(trigger, CONTEXT_PARAMS.get(trigger, ""))
    oid = ids.pop(trigger)
    return Delivery(trigger, endpoint, oid, ids)


def record_delivery(
    ctx: Any, payload: Mapping[str, Any], content_type: str, *, now: dt.datetime | None = None
) -> tuple[int, bool]:
    """Commit one delivery to the inbox; returns (event id, duplicate). Call before answering 200."""
    return record_deliveries(ctx, [(payload, content_type)], now=now)[0]


def record_deliveries(
    ctx: Any,
    deliveries: Sequence[tuple[Mapping[str, Any], str] | tuple[Mapping[str, Any], str, str | None]],
    *,
    now: dt.datetime | None = None,
) -> list[tuple[int, bool]]:
    """Commit several deliveries in one transaction (the receiver's group commit): one fsync for
    all, and none of them answered before it. Each is validated first: one bad delivery raises
    before anything is written (the receiver validates each before it joins a group)."""
    parsed = [(parse_delivery(d[0], d[2] if len(d) > 2 else None), d[0], d[1]) for d in deliveries]
    now = now or utcnow()
    with ctx.db.transaction() as conn:
        out = [_store_delivery(ctx, conn, *fields, now) for fields in parsed]
        ctx.db.set_state("provet.last_event_at", now.isoformat(), conn)
    return out


def _payload_text(payload: Mapping[str, Any]) -> str:
    return json.dumps({str(k): v for k, v in payload.items()}, ensure_ascii=False, default=str)


def _store_delivery(
    ctx: Any,
    conn: Connection,
    delivery: Delivery,
    payload: Mapping[str, Any],
    content_type: str,
    now: dt.datetime,
) -> tuple[int, bool]:
    if delivery.fetchable:
        # Coalesce only with an event still waiting: once an event is being processed (or is
        # done), a new delivery may be a newer change and its object is fetched again.
        waiting = conn.execute(
            sa.select(provet_events.c.id)
            .where(
                (provet_events.c.trigger == delivery.trigger)
                & (provet_events.c.endpoint == delivery.endpoint)
                & (provet_events.c.object_id == delivery.object_id)
                & (provet_events.c.state == RECEIVED)
            )
            .order_by(provet_events.c.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if waiting is not None:
            conn.execute(
                sa.update(provet_events)
                .where(provet_events.c.id == waiting)
                .values(deliveries=provet_events.c.deliveries + 1, last_delivery_at=now)
            )
            return int(waiting), True
    state, note = (RECEIVED, None) if delivery.fetchable else (DONE, NOTHING_TO_FETCH)
    event_id = conn.execute(
        sa.insert(provet_events)
        .values(
            dedupe_key=uuid.uuid4().hex,
            trigger=delivery.trigger,
            endpoint=delivery.endpoint,
            object_id=delivery.object_id,
            content_type=content_type,
            payload=_payload_text(payload),
            deliveries=1,
            received_at=now,
            last_delivery_at=now,
            state=state,
            attempts=0,
            last_error=note,
            updated_at=now,
        )
        .returning(provet_events.c.id)
    ).scalar_one()
    if not delivery.fetchable:
        ctx.journal.record(
            NAME,
            "webhook",
            "ok",
            QT_TRANSLATE_NOOP("journal", "Provet Cloud notification {what} received; nothing to fetch."),
            args={"what": delivery.trigger or ", ".join(sorted(str(k) for k in payload)) or "(empty)"},
            conn=conn,
        )
    ctx.changes.notify(TOPIC_EVENTS, str(event_id), conn=conn)
    return int(event_id), False


@dataclass
class Event:
    id: int
    trigger: str
    endpoint: str
    object_id: int | None
    deliveries: int
    received_at: dt.datetime
    state: str
    attempts: int
    next_retry_at: dt.datetime | None
    last_error: str | None

    def public(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "trigger": self.trigger,
            "endpoint": self.endpoint,
            "object_id": self.object_id,
            "deliveries": self.deliveries,
            "received_at": self.received_at.isoformat(),
            "state": self.state,
            "attempts": self.attempts,
            "next_retry_at": self.next_retry_at.isoformat() if self.next_retry_at else None,
            "last_error": self.last_error,
        }


def events(ctx: Any, *, pending: bool = False, limit: int | None = 1000) -> list[Event]:
    """The inbox, newest first: at most ``limit`` events (None: all; :func:`count_events` says how many)."""
    q = sa.select(provet_events).order_by(provet_events.c.id.desc()).limit(limit)
    if pending:
        q = q.where(provet_events.c.state.in_([RECEIVED, PROCESSING, FAILED]))
    with ctx.db.read() as conn:
        rows = conn.execute(q).all()
    return [
        Event(r.id, r.trigger, r.endpoint, r.object_id, r.deliveries, r.received_at, r.state, r.attempts,
              r.next_retry_at, r.last_error)
        for r in rows
    ]  # fmt: skip


def count_events(ctx: Any, *, pending: bool = False) -> int:
    """How many events :func:`events` would list with no limit."""
    q = sa.select(sa.func.count()).select_from(provet_events)
    if pending:
        q = q.where(provet_events.c.state.in_([RECEIVED, PROCESSING, FAILED]))
    with ctx.db.read() as conn:
        return int(conn.execute(q).scalar_one())


def _claim(ctx: Any, now: dt.datetime, limit: int) -> list[tuple[int, str, int]]:
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


def _finish(ctx: Any, event_id: int, endpoint: str, item: dict[str, Any] | None, note: str | None) -> None:
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


def _kept(ctx: Any, event_id: int) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(provet_events)
            .where(provet_events.c.id == event_id)
            .values(state=DONE, last_error=NOTHING_TO_FETCH, next_retry_at=None, updated_at=utcnow())
        )
        ctx.changes.notify(TOPIC_EVENTS, str(event_id), conn=conn)


def _failed(
    ctx: Any, event_id: int, reason: str, now: dt.datetime, retry_base: float, max_attempts: int
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
    ctx: Any,
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
        ctx.journal.record(
            NAME,
            "webhooks",
            "ok",
            QT_TRANSLATE_NOOP("journal", "Processed {n} Provet Cloud notification(s)."),
            args={"n": counts["done"]},
            counts=counts,
        )
    return counts


def retry_failed(ctx: Any, event_ids: Iterable[int] | None = None) -> int:
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


# ---------------------------------------------------------------- catch-up


def cursors(ctx: Any) -> dict[str, Any]:
    with ctx.db.read() as conn:
        return {r.endpoint: r for r in conn.execute(sa.select(provet_cursors)).all()}


def _save_cursor(
    ctx: Any, endpoint: str, last_modified: dt.datetime | None, ok: bool, error: str | None
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
    ctx: Any,
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
                    n, u = await ctx.db.run(_store, ctx, endpoint, page.items)
                    counts["seen"] += len(page.items)
                    counts["new"] += n
                    counts["updated"] += u
                    for item in page.items:
                        m = _modified(item)
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
    ctx.db.set_state("provet.last_poll_at", now.isoformat())
    total = {k: sum(c[k] for c in out.values()) for k in ("seen", "new", "updated")}
    ctx.journal.record(
        NAME,
        "catch_up",
        "ok",
        QT_TRANSLATE_NOOP("journal", "Catch-up poll: {new} new, {updated} changed."),
        args={"new": total["new"], "updated": total["updated"]},
        counts=total,
    )
    return out


def gap(ctx: Any) -> dt.timedelta | None:
    """How long nothing was heard from Provet (neither an event nor a poll)."""
    moments = [ctx.db.get_state("provet.last_event_at"), ctx.db.get_state("provet.last_poll_at")]
    seen = [dt.datetime.fromisoformat(m) for m in moments if m]
    return utcnow() - max(seen) if seen else None


# ---------------------------------------------------------------- hookup registration


class RegistrationRejected(ValueError):
    pass


def _registration_secret_key(client_id: str) -> str:
    return f"provet.registration.{client_id}"


def validate_registration(body: Any) -> Registration:
    """The seed's JSON schema; each refusal names its field."""
    if not isinstance(body, dict):
        raise RegistrationRejected("The registration must be a JSON object.")
    try:
        return Registration.model_validate(body)
    except ValidationError as exc:
        reasons = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "body"
            if err["type"] == "missing":
                reasons.append(f"'{where}' is missing")
            elif err["type"] == "value_error":
                reasons.append(f"'{where}' {err['ctx']['error']}")
            elif err["type"] == "string_too_short":
                reasons.append(f"'{where}' is empty")
            elif err["type"] == "string_too_long":
                reasons.append(f"'{where}' is too long ({err['ctx']['max_length']} characters at most)")
            elif err["type"] == "string_type":
                reasons.append(f"'{where}' must be a string" + (" or null" if where in _NULLABLE else ""))
            else:
                reasons.append(f"'{where}': {err['msg']}")
        raise RegistrationRejected("; ".join(sorted(set(reasons))) + ".") from None


_NULLABLE = {"client_secret", "algorithm", "openid_autodiscovery_url"}


def register_hookup(ctx: Any, body: Any) -> Registration:
    """Validate, put the secret in the keyring, then the rest in the store (both before any 200)."""
    reg = validate_registration(body)
    if reg.client_secret:
        try:
            ctx.secrets.set_extra(_registration_secret_key(reg.client_id), reg.client_secret)
        except SecretTooLong:  # the keyring's own measure: a 400 naming the field, never a 503
            raise RegistrationRejected("'client_secret' is too long to keep in the keyring.") from None
    extra = reg.model_extra or {}
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(provet_registrations).where(provet_registrations.c.client_id == reg.client_id))
        conn.execute(
            sa.insert(provet_registrations).values(
                client_id=reg.client_id,
                provet_id=str(reg.provet_id),
                algorithm=reg.algorithm,
                authorization_grant_type=reg.authorization_grant_type,
                client_type=reg.client_type,
                redirect_uris=reg.redirect_uris,
                token_url=reg.token_url,
                authorize_url=reg.authorize_url,
                openid_autodiscovery_url=reg.openid_autodiscovery_url,
                has_secret=bool(reg.client_secret),
                extra=json.dumps(extra, ensure_ascii=False, default=str) if extra else None,
                registered_at=utcnow(),
            )
        )
        ctx.journal.record(
            NAME,
            "registration",
            "ok",
            "Provet Cloud registered this integration.",
            keys=[reg.client_id],
            conn=conn,
        )
    return reg


def registration(ctx: Any, client_id: str | None = None) -> dict[str, Any] | None:
    """The latest hookup registration (of ``client_id`` when given)."""
    q = sa.select(provet_registrations).order_by(provet_registrations.c.registered_at.desc()).limit(1)
    if client_id is not None:
        q = q.where(provet_registrations.c.client_id == client_id)
    with ctx.db.read() as conn:
        row = conn.execute(q).first()
    return dict(row._mapping) if row is not None else None


def registration_secret(ctx: Any, client_id: str) -> str:
    return str(ctx.secrets.get_extra(_registration_secret_key(client_id)))


def use_registration(ctx: Any, client_id: str) -> None:
    """Make a received registration the connection's credentials."""
    secret = registration_secret(ctx, client_id)
    ctx.settings.provet.client_id = client_id
    if secret:
        ctx.secrets.set(NAME, "client_secret", secret)
    else:  # a public client (null client_secret): the previous client's secret is not its own
        ctx.secrets.delete(NAME, "client_secret")
    ctx.save_settings()


# ---------------------------------------------------------------- app wiring


def status(ctx: Any) -> Status:
    s = ctx.settings.provet
    if not s.base_url or not s.client_id:
        return Status(
            ConnectionState.NOT_CONFIGURED, QT_TRANSLATE_NOOP("status", "Provet Cloud is not set up yet.")
        )
    with ctx.db.read() as conn:
        failed = conn.execute(
            sa.select(sa.func.count()).select_from(provet_events).where(provet_events.c.state == FAILED)
        ).scalar_one()
    last = ctx.db.get_state("provet.last_poll_at") or ""
    if failed:
        return Status(
            ConnectionState.FAILING,
            QT_TRANSLATE_NOOP("status", "{n} notification(s) could not be processed."),
            last,
            int(failed),
            args={"n": int(failed)},
        )
    return Status(ConnectionState.CONNECTED if last else ConnectionState.UNKNOWN, "", last, 0)


async def _scheduled_catch_up(ctx: Any) -> None:
    await catch_up(ctx)
    await process_pending(ctx)


def schedules(ctx: Any) -> list[Schedule]:
    return [
        Schedule(
            name="provet.catch_up",
            interval=lambda c: float(c.settings.provet.catchup_interval_minutes) * 60.0,
            run=_scheduled_catch_up,
            run_at_start=True,
        ),
        Schedule(name="provet.webhooks", interval=lambda c: 30.0, run=lambda c: process_pending(c)),
    ]


async def background(ctx: Any) -> None:
    """``passerelle serve``: the webhook inbox when enabled."""
    if not ctx.settings.provet.webhook_enabled:
        return
    from app.integrations.provet.webhook_server import serve

    await serve(ctx, ctx.settings.provet.webhook_host, ctx.settings.provet.webhook_port)


# ---------------------------------------------------------------- webhook subscriptions (as set in Provet)

SUBSCRIPTIONS_KEY = "provet.subscriptions"


def subscriptions(ctx: Any) -> dict[str, Any]:
    """Which triggers the clinic subscribed in Provet's settings, and for which department."""
    raw = ctx.db.get_state(SUBSCRIPTIONS_KEY)
    data = json.loads(raw) if raw else {}
    return {"triggers": list(data.get("triggers", [])), "department": data.get("department")}


def save_subscriptions(ctx: Any, triggers: Iterable[str], department: int | None) -> None:
    chosen = sorted(set(triggers))
    unknown = [t for t in chosen if t not in PARAM_TO_ENDPOINT]
    if unknown:
        raise InputError(
            f"'{unknown[0]}' is not a Provet webhook parameter Passerelle follows.", field="triggers"
        )
    if department is not None and department < 1:
        raise InputError(
            "The department is a Provet department id (1 or more), or empty for all.", field="department"
        )
    ctx.db.set_state(SUBSCRIPTIONS_KEY, json.dumps({"triggers": chosen, "department": department}))


def receiver_url(ctx: Any, param: str | None = None) -> str:
    """The address to paste in Provet's webhook settings (it holds the secret path token); with
    ``param``, the address of one webhook, which names its trigger's parameter."""
    s = ctx.settings.provet
    token = ctx.secrets.get(NAME, "webhook_token")
    if not token:
        raise NotConfigured("Provet Cloud: no webhook token is set (provet.webhook_token).")
    if param is not None and param not in PARAM_TO_ENDPOINT:
        raise InputError(f"'{param}' is not a Provet webhook parameter.", field="param")
    url = f"http://{s.webhook_host}:{s.webhook_port}/provet/webhook/{token}"
    return f"{url}?param={param}" if param else url
