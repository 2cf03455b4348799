"""attention reasons translatable: their placeholders' values kept apart

Revision ID: core_0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "core_0003"
down_revision = "core_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("attention", sa.Column("reason_args", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attention") as batch:
        batch.drop_column("reason_args")
