"""Provet Cloud local store: object cache, webhook inbox, catch-up cursors, saved queries,
hookup registrations (never the secret: that is in the keyring)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.core.columns import last_error, raw_json, retries, serial_id, updated_at
from app.core.db import UtcDateTime, metadata
from app.integrations.provet.models import MAX_CLIENT_ID


def _endpoint(**options: Any) -> sa.Column[Any]:
    """``endpoint``: which Provet Cloud list a row belongs to (consultations, invoices, clients…)."""
    return sa.Column("endpoint", sa.String(40), **options)


provet_objects = sa.Table(
    "provet_objects",
    metadata,
    _endpoint(nullable=False),
    sa.Column("object_id", sa.BigInteger, nullable=False),
    raw_json(),
    sa.Column("modified", UtcDateTime, nullable=True),
    sa.Column("fetched_at", UtcDateTime, nullable=False),
    sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.PrimaryKeyConstraint("endpoint", "object_id", name="pk_provet_objects"),
)
sa.Index("ix_provet_objects_modified", provet_objects.c.endpoint, provet_objects.c.modified)

provet_events = sa.Table(
    "provet_events",
    metadata,
    serial_id(),
    sa.Column("dedupe_key", sa.String(120), nullable=False, unique=True),
    sa.Column("trigger", sa.String(64), nullable=False),
    _endpoint(nullable=False),
    sa.Column("object_id", sa.BigInteger, nullable=True),  # None: the delivery names no object
    sa.Column("content_type", sa.String(16), nullable=False),
    sa.Column("payload", sa.Text, nullable=True),  # the delivery's fields, as received
    sa.Column("deliveries", sa.Integer, nullable=False, server_default="1"),
    sa.Column("received_at", UtcDateTime, nullable=False),
    sa.Column("last_delivery_at", UtcDateTime, nullable=False),
    sa.Column("state", sa.String(12), nullable=False),
    *retries(),
    last_error(),
    updated_at(),
)
sa.Index("ix_provet_events_state", provet_events.c.state, provet_events.c.next_retry_at)
sa.Index("ix_provet_events_object", provet_events.c.trigger, provet_events.c.object_id)

provet_cursors = sa.Table(
    "provet_cursors",
    metadata,
    _endpoint(primary_key=True),
    sa.Column("last_modified", UtcDateTime, nullable=True),
    sa.Column("last_poll_at", UtcDateTime, nullable=True),
    sa.Column("last_poll_ok", sa.Boolean, nullable=False, server_default=sa.false()),
    last_error(),
)

provet_saved_queries = sa.Table(
    "provet_saved_queries",
    metadata,
    sa.Column("name", sa.String(120), primary_key=True),
    _endpoint(nullable=False),
    sa.Column("query", sa.Text, nullable=False),
    updated_at(),
)

provet_registrations = sa.Table(
    "provet_registrations",
    metadata,
    sa.Column("client_id", sa.String(MAX_CLIENT_ID), primary_key=True),
    sa.Column("provet_id", sa.String(40), nullable=False),
    sa.Column("algorithm", sa.String(20), nullable=True),
    sa.Column("authorization_grant_type", sa.String(40), nullable=False),
    sa.Column("client_type", sa.String(20), nullable=False),
    sa.Column("redirect_uris", sa.Text, nullable=False),
    sa.Column("token_url", sa.Text, nullable=False),
    sa.Column("authorize_url", sa.Text, nullable=False),
    sa.Column("openid_autodiscovery_url", sa.Text, nullable=True),
    sa.Column("has_secret", sa.Boolean, nullable=False),
    sa.Column("extra", sa.Text, nullable=True),  # properties beyond the seed's schema, as JSON
    sa.Column("registered_at", UtcDateTime, nullable=False),
)
