"""co-participation names folded for search (accents and case ignored), filled for stored rows

Revision ID: totvs_0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "totvs_0002"
down_revision = "totvs_0001"
branch_labels = None
depends_on = None

BATCH = 2000
NAMES = ("employee_name", "dependent_name", "provider_name")


def upgrade() -> None:
    from app.core.search import fold

    for name in NAMES:
        op.add_column(
            "totvs_copart", sa.Column(f"{name}_fold", sa.String(120), nullable=False, server_default="")
        )
    copart = sa.table(
        "totvs_copart",
        sa.column("id", sa.String),
        *(sa.column(name, sa.String) for name in NAMES),
        *(sa.column(f"{name}_fold", sa.String) for name in NAMES),
    )
    conn = op.get_bind()
    last = ""
    while True:  # 100,000+ rows: in batches, by id
        rows = conn.execute(
            sa.select(copart.c.id, *(copart.c[name] for name in NAMES))
            .where(copart.c.id > last)
            .order_by(copart.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        conn.execute(
            sa.update(copart)
            .where(copart.c.id == sa.bindparam("b_id"))
            .values({f"{name}_fold": sa.bindparam(f"b_{name}") for name in NAMES}),
            [{"b_id": r[0], **{f"b_{name}": fold(r[i + 1]) for i, name in enumerate(NAMES)}} for r in rows],
        )
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("totvs_copart") as batch:
        for name in NAMES:
            batch.drop_column(f"{name}_fold")
