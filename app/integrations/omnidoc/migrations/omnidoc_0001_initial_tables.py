"""initial tables

Revision ID: omnidoc_0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.core.db import UtcDateTime
from app.core.migration_ops import create_table, drop_tables

revision = "omnidoc_0001"
down_revision = None
branch_labels = ("omnidoc",)
depends_on = "core_0001"


def upgrade() -> None:
    create_table(
        "omnidoc_form_drafts",
        sa.Column("slot", sa.String(length=32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("files", sa.Text(), server_default="[]", nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        key="slot",
    )
    create_table(
        "omnidoc_requests",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("recipient_rpps", sa.String(length=11), server_default="", nullable=False),
        sa.Column("draft_id", sa.String(length=64), nullable=True),
        sa.Column("redirect_url", sa.Text(), nullable=True),
        sa.Column("form", sa.Text(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("purged_at", UtcDateTime(), nullable=True),
        key="id",
    )
    op.create_index("ix_omnidoc_requests_created", "omnidoc_requests", ["created_at"], unique=False)
    create_table(
        "omnidoc_files",
        sa.Column("request_id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("uploaded_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["omnidoc_requests.id"],
            name=op.f("fk_omnidoc_files_request_id_omnidoc_requests"),
            ondelete="CASCADE",
        ),
        key=("request_id", "position"),
    )


def downgrade() -> None:
    drop_tables("omnidoc_files", "omnidoc_requests", "omnidoc_form_drafts")
