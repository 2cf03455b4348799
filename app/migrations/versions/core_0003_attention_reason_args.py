"""attention reasons translatable: their placeholders' values kept apart

Revision ID: core_0003
"""

from __future__ import annotations

import sqlalchemy as sa

from app.core.migration_ops import adding_column

revision = "core_0003"
down_revision = "core_0002"

upgrade, downgrade = adding_column("attention", "reason_args", sa.Text, nullable=True)
