"""visits searchable with accents and case ignored: a folded search text, filled for stored visits

Revision ID: vetelevage_0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "vetelevage_0003"
down_revision = "vetelevage_0002"
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade() -> None:
    from app.core.search import fold_all

    op.add_column("vet_visits", sa.Column("search_text", sa.Text, nullable=False, server_default=""))
    visits = sa.table(
        "vet_visits",
        sa.column("id", sa.String),
        sa.column("breeder_name", sa.String),
        sa.column("vet_name", sa.String),
        sa.column("cheptel", sa.String),
        sa.column("search_text", sa.Text),
    )
    conn = op.get_bind()
    last = ""
    while True:
        rows = conn.execute(
            sa.select(visits.c.id, visits.c.breeder_name, visits.c.vet_name, visits.c.cheptel)
            .where(visits.c.id > last)
            .order_by(visits.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        conn.execute(
            sa.update(visits)
            .where(visits.c.id == sa.bindparam("b_id"))
            .values(search_text=sa.bindparam("b_text")),
            [{"b_id": r[0], "b_text": fold_all(*r)} for r in rows],
        )
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("vet_visits") as batch:
        batch.drop_column("search_text")
