"""schedules remember their last run: last success, last attempt, its outcome and a short message

Revision ID: core_0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.core.db import UtcDateTime

revision = "core_0005"
down_revision = "core_0004"


def upgrade() -> None:
    op.create_table(
        "schedule_runs",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("last_success_at", UtcDateTime(), nullable=True),
        sa.Column("last_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("last_outcome", sa.String(length=16), server_default="", nullable=False),
        sa.Column("last_message", sa.String(length=300), server_default="", nullable=False),
        sa.Column("last_message_args", sa.JSON(), nullable=True),
        sa.Column("desk", sa.String(length=128), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_schedule_runs")),
    )


def downgrade() -> None:
    op.drop_table("schedule_runs")
