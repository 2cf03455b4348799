"""initial

Revision ID: provet_0001
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from app.core.db import UtcDateTime
from app.core.migration_ops import create_serial_table, create_table, drop_tables

revision = "provet_0001"
down_revision = None
branch_labels = ("provet",)
depends_on = "core_0001"


def _endpoint() -> sa.Column[Any]:
    """``endpoint``: which Provet Cloud list a row belongs to (consultations, invoices, clients…)."""
    return sa.Column("endpoint", sa.String(length=40), nullable=False)


def upgrade() -> None:
    create_table(
        "provet_cursors",
        _endpoint(),
        sa.Column("last_modified", UtcDateTime(), nullable=True),
        sa.Column("last_poll_at", UtcDateTime(), nullable=True),
        sa.Column("last_poll_ok", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        key="endpoint",
    )
    create_serial_table(
        "provet_events",
        sa.Column("dedupe_key", sa.String(length=120), nullable=False),
        sa.Column("trigger", sa.String(length=64), nullable=False),
        _endpoint(),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("content_type", sa.String(length=16), nullable=False),
        sa.Column("deliveries", sa.Integer(), server_default="1", nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("last_delivery_at", UtcDateTime(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("next_retry_at", UtcDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_provet_events_dedupe_key")),
    )
    op.create_index("ix_provet_events_object", "provet_events", ["trigger", "object_id"], unique=False)
    op.create_index("ix_provet_events_state", "provet_events", ["state", "next_retry_at"], unique=False)
    create_table(
        "provet_objects",
        _endpoint(),
        sa.Column("object_id", sa.Integer(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("modified", UtcDateTime(), nullable=True),
        sa.Column("fetched_at", UtcDateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        key=("endpoint", "object_id"),
    )
    op.create_index("ix_provet_objects_modified", "provet_objects", ["endpoint", "modified"], unique=False)
    create_table(
        "provet_registrations",
        sa.Column("client_id", sa.String(length=200), nullable=False),
        sa.Column("provet_id", sa.String(length=40), nullable=False),
        sa.Column("algorithm", sa.String(length=20), nullable=True),
        sa.Column("authorization_grant_type", sa.String(length=40), nullable=False),
        sa.Column("client_type", sa.String(length=20), nullable=False),
        sa.Column("redirect_uris", sa.Text(), nullable=False),
        sa.Column("token_url", sa.Text(), nullable=False),
        sa.Column("authorize_url", sa.Text(), nullable=False),
        sa.Column("openid_autodiscovery_url", sa.Text(), nullable=True),
        sa.Column("has_secret", sa.Boolean(), nullable=False),
        sa.Column("registered_at", UtcDateTime(), nullable=False),
        key="client_id",
    )
    create_table(
        "provet_saved_queries",
        sa.Column("name", sa.String(length=120), nullable=False),
        _endpoint(),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        key="name",
    )


def downgrade() -> None:
    drop_tables(
        "provet_saved_queries",
        "provet_registrations",
        "provet_objects",
        "provet_events",
        "provet_cursors",
    )
