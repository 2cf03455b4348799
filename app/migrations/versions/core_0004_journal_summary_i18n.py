"""journal summaries translatable: template and values kept beside the English summary

Revision ID: core_0004
"""

from __future__ import annotations

import sqlalchemy as sa

from app.core.migration_ops import adding_column

revision = "core_0004"
down_revision = "core_0003"

upgrade, downgrade = adding_column("journal", "summary_i18n", sa.JSON, nullable=True)
