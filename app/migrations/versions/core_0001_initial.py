"""Core tables: journal, journal keys, attention queue, leases, state.

Revision ID: core_0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.core.db import UtcDateTime
from app.core.migration_ops import drop_tables

revision = "core_0001"
down_revision = None
branch_labels = ("core",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("ts", UtcDateTime, nullable=False),
        sa.Column("integration", sa.String(32), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("who", sa.String(128), nullable=False, server_default=""),
        sa.Column("desk", sa.String(128), nullable=False, server_default=""),
        sa.Column("summary", sa.Text, nullable=False, server_default=""),
        sa.Column("counts", sa.JSON, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_journal"),
    )
    op.create_index("ix_journal_ts", "journal", ["ts"])
    op.create_index("ix_journal_integration_ts", "journal", ["integration", "ts"])
    op.create_table(
        "journal_keys",
        sa.Column("entry_id", sa.Integer, nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["journal.id"], ondelete="CASCADE", name="fk_journal_keys_entry_id_journal"
        ),
        sa.PrimaryKeyConstraint("key", "entry_id", name="pk_journal_keys"),
    )
    op.create_table(
        "attention",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("integration", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("ref", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("action", sa.String(64), nullable=False, server_default=""),
        sa.Column("state", sa.String(16), nullable=False, server_default="open"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_retry_at", UtcDateTime, nullable=True),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.Column("handled_by", sa.String(128), nullable=True),
        sa.Column("comment", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_attention"),
        sa.UniqueConstraint("integration", "kind", "ref", name="uq_attention_item"),
    )
    op.create_index("ix_attention_state", "attention", ["state", "integration"])
    op.create_table(
        "leases",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("desk", sa.String(128), nullable=False),
        sa.Column("acquired_at", UtcDateTime, nullable=False),
        sa.Column("expires_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_leases"),
    )
    op.create_table(
        "state",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_state"),
    )


def downgrade() -> None:
    drop_tables("state", "leases", "attention", "journal_keys", "journal")
