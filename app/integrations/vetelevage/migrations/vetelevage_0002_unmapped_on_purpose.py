"""products left unmapped on purpose

Revision ID: vetelevage_0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.core.db import UtcDateTime

revision = "vetelevage_0002"
down_revision = "vetelevage_0001"


def upgrade() -> None:
    op.create_table(
        "vet_unmapped_on_purpose",
        sa.Column("produit_id", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=128), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("produit_id", name=op.f("pk_vet_unmapped_on_purpose")),
    )


def downgrade() -> None:
    op.drop_table("vet_unmapped_on_purpose")
