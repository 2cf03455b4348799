"""co-participation names folded for search (accents and case ignored), filled for stored rows

Revision ID: totvs_0002
"""

from __future__ import annotations

import sqlalchemy as sa

from app.core.migration_ops import add_columns, backfill, drop_columns

revision = "totvs_0002"
down_revision = "totvs_0001"

NAMES = ("employee_name", "dependent_name", "provider_name")


def upgrade() -> None:
    from app.core.search import fold

    add_columns(
        "totvs_copart",
        *(sa.Column(f"{name}_fold", sa.String(120), nullable=False, server_default="") for name in NAMES),
    )
    copart = sa.table(
        "totvs_copart",
        sa.column("id", sa.String),
        *(sa.column(name, sa.String) for name in NAMES),
        *(sa.column(f"{name}_fold", sa.String) for name in NAMES),
    )
    # 100,000+ rows: in batches, by id
    backfill(copart, NAMES, lambda row: {f"{name}_fold": fold(row[i + 1]) for i, name in enumerate(NAMES)})


def downgrade() -> None:
    drop_columns("totvs_copart", *(f"{name}_fold" for name in NAMES))
