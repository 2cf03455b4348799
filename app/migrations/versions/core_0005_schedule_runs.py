"""schedules remember their last run: last success, last attempt, its outcome and a short message

Revision ID: core_0005
"""

from __future__ import annotations

import sqlalchemy as sa

from app.core.db import UtcDateTime
from app.core.migration_ops import create_table, drop_tables

revision = "core_0005"
down_revision = "core_0004"


def upgrade() -> None:
    create_table(
        "schedule_runs",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("last_success_at", UtcDateTime(), nullable=True),
        sa.Column("last_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("last_outcome", sa.String(length=16), server_default="", nullable=False),
        sa.Column("last_message", sa.String(length=300), server_default="", nullable=False),
        sa.Column("last_message_args", sa.JSON(), nullable=True),
        sa.Column("desk", sa.String(length=128), server_default="", nullable=False),
        key="name",
    )


def downgrade() -> None:
    drop_tables("schedule_runs")
