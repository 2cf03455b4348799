"""The webhook inbox: every delivery Provet Cloud sends, stored before it is answered.

Owns ``provet_events`` as the receiver fills it: which object a delivery names (by the seed's
list of parameters, refused with a reason when it names something Provet never sends), storing
deliveries in one transaction (a delivery for an object still waiting joins it), the event
states, and listing and counting events for the Webhooks page and the CLI.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.core.db import utcnow
from app.core.json_fields import json_fields
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.provet import NAME
from app.integrations.provet.schema import (
    CONTEXT_PARAMS,
    PARAM_TO_ENDPOINT,
    TRIGGER_PRIORITY,
)
from app.integrations.provet.tables import (
    provet_events,
)

if TYPE_CHECKING:
    from app.core.context import AppContext


RECEIVED, PROCESSING, DONE, FAILED = "received", "processing", "done", "failed"
TOPIC_EVENTS = "provet.events"


class WebhookRejected(ValueError):
    """A delivery that cannot be stored: the receiver answers 400 with this reason."""


MAX_OBJECT_ID = 2**63 - 1  # the largest id the store's BIGINT column holds
MAX_KEY_LENGTH = 64  # the longest parameter name kept (the seed's longest is 28 characters)
# Stored as this English text in the event's reason; shown through translate("ProvetInbox", …).
NOTHING_TO_FETCH = QT_TRANSLATE_NOOP("ProvetInbox", "Received; Passerelle has nothing to fetch for it.")
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
        """Whether the delivery names an object Passerelle can fetch."""
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
    ctx: AppContext, payload: Mapping[str, Any], content_type: str, *, now: dt.datetime | None = None
) -> tuple[int, bool]:
    """Commit one delivery to the inbox; returns (event id, duplicate). Call before answering 200."""
    return record_deliveries(ctx, [(payload, content_type)], now=now)[0]


def record_deliveries(
    ctx: AppContext,
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


# Built once: a statement made anew per delivery costs SQLAlchemy its cache key each time
# (most of the receiver's time per delivery); these are compiled once and bound per delivery.
_WAITING = (
    sa.select(provet_events.c.id)
    .where(
        (provet_events.c.trigger == sa.bindparam("trigger"))
        & (provet_events.c.endpoint == sa.bindparam("endpoint"))
        & (provet_events.c.object_id == sa.bindparam("object_id"))
        & (provet_events.c.state == RECEIVED)
    )
    .order_by(provet_events.c.id.desc())
    .limit(1)
)
_ONE_MORE = (
    sa.update(provet_events)
    .where(provet_events.c.id == sa.bindparam("event_id"))
    .values(
        deliveries=provet_events.c.deliveries + 1,
        last_delivery_at=sa.bindparam("now", type_=provet_events.c.last_delivery_at.type),
    )
)
_INSERT = sa.insert(provet_events).returning(provet_events.c.id)


def _store_delivery(
    ctx: AppContext,
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
            _WAITING,
            {"trigger": delivery.trigger, "endpoint": delivery.endpoint, "object_id": delivery.object_id},
        ).scalar_one_or_none()
        if waiting is not None:
            conn.execute(_ONE_MORE, {"event_id": waiting, "now": now})
            return int(waiting), True
    state, note = (RECEIVED, None) if delivery.fetchable else (DONE, NOTHING_TO_FETCH)
    event_id = conn.execute(
        _INSERT,
        {
            "dedupe_key": uuid.uuid4().hex,
            "trigger": delivery.trigger,
            "endpoint": delivery.endpoint,
            "object_id": delivery.object_id,
            "content_type": content_type,
            "payload": _payload_text(payload),
            "deliveries": 1,
            "received_at": now,
            "last_delivery_at": now,
            "state": state,
            "attempts": 0,
            "last_error": note,
            "updated_at": now,
        },
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
    """One stored event of the inbox, as the Webhooks page and the CLI list it."""

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
        """The event as JSON-ready values."""
        return json_fields(self, (f.name for f in fields(self)))


def events(ctx: AppContext, *, pending: bool = False, limit: int | None = 1000) -> list[Event]:
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


def count_events(ctx: AppContext, *, pending: bool = False) -> int:
    """How many events :func:`events` would list with no limit."""
    q = sa.select(sa.func.count()).select_from(provet_events)
    if pending:
        q = q.where(provet_events.c.state.in_([RECEIVED, PROCESSING, FAILED]))
    with ctx.db.read() as conn:
        return int(conn.execute(q).scalar_one())
