"""visits searchable with accents and case ignored: a folded search text, filled for stored visits

Revision ID: vetelevage_0003
"""

from __future__ import annotations

import sqlalchemy as sa

from app.core.migration_ops import add_search_text, drop_columns

revision = "vetelevage_0003"
down_revision = "vetelevage_0002"


def upgrade() -> None:
    from app.core.search import fold_all

    names = {"breeder_name": sa.String(), "vet_name": sa.String(), "cheptel": sa.String()}
    add_search_text("vet_visits", ("id", sa.String()), names, lambda row: fold_all(*row))


def downgrade() -> None:
    drop_columns("vet_visits", "search_text")
