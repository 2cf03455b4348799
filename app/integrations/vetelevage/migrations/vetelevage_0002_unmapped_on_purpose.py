"""products left unmapped on purpose

Revision ID: vetelevage_0002
"""

from __future__ import annotations

import sqlalchemy as sa

from app.core.db import UtcDateTime
from app.core.migration_ops import create_table, drop_tables

revision = "vetelevage_0002"
down_revision = "vetelevage_0001"


def upgrade() -> None:
    create_table(
        "vet_unmapped_on_purpose",
        sa.Column("produit_id", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=128), server_default="", nullable=False),
        key="produit_id",
    )


def downgrade() -> None:
    drop_tables("vet_unmapped_on_purpose")
