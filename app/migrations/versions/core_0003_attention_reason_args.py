"""attention reasons translatable: their placeholders' values kept apart

Revision ID: core_0003
"""

from __future__ import annotations

import sqlalchemy as sa

from app.core.migration_ops import add_columns, drop_columns

revision = "core_0003"
down_revision = "core_0002"


def upgrade() -> None:
    add_columns("attention", sa.Column("reason_args", sa.Text, nullable=True))


def downgrade() -> None:
    drop_columns("attention", "reason_args")
