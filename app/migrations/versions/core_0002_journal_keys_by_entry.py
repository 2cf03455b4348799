"""journal keys by entry

Revision ID: core_0002
"""

from __future__ import annotations

from alembic import op

revision = "core_0002"
down_revision = "core_0001"


def upgrade() -> None:
    op.create_index("ix_journal_keys_entry", "journal_keys", ["entry_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_journal_keys_entry", table_name="journal_keys")
