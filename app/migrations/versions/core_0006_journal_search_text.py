"""journal search ignores accents and case: a folded search text in every shipped language

Revision ID: core_0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "core_0006"
down_revision = "core_0005"
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade() -> None:
    from app.core.search import sentence_search_text

    op.add_column("journal", sa.Column("search_text", sa.Text, nullable=False, server_default=""))
    journal = sa.table(
        "journal",
        sa.column("id", sa.Integer),
        sa.column("summary", sa.Text),
        sa.column("summary_i18n", sa.JSON),
        sa.column("search_text", sa.Text),
    )
    conn = op.get_bind()
    last = 0
    while True:  # every entry written before, in batches (millions of entries stay in memory bounds)
        rows = conn.execute(
            sa.select(journal.c.id, journal.c.summary, journal.c.summary_i18n)
            .where(journal.c.id > last)
            .order_by(journal.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        updates = []
        for entry_id, summary, i18n in rows:
            template = i18n.get("t", "") if isinstance(i18n, dict) else ""
            values = i18n.get("a") if isinstance(i18n, dict) else None
            updates.append(
                {"b_id": entry_id, "b_text": sentence_search_text(summary or "", template, values)}
            )
        conn.execute(
            sa.update(journal)
            .where(journal.c.id == sa.bindparam("b_id"))
            .values(search_text=sa.bindparam("b_text")),
            updates,
        )
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("journal") as batch:
        batch.drop_column("search_text")
