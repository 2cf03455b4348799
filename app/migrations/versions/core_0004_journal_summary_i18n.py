"""journal summaries translatable: template and values kept beside the English summary

Revision ID: core_0004
"""

from __future__ import annotations

import sqlalchemy as sa

from app.core.migration_ops import add_columns, drop_columns

revision = "core_0004"
down_revision = "core_0003"


def upgrade() -> None:
    add_columns("journal", sa.Column("summary_i18n", sa.JSON, nullable=True))


def downgrade() -> None:
    drop_columns("journal", "summary_i18n")
