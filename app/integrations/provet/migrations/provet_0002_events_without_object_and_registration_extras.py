"""events without object (deliveries that name none), 64-bit object ids, delivery payloads,
registration extras

Revision ID: provet_0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "provet_0002"
down_revision = "provet_0001"


def upgrade() -> None:
    with op.batch_alter_table("provet_events") as batch:
        batch.add_column(sa.Column("payload", sa.Text(), nullable=True))
        batch.alter_column("object_id", existing_type=sa.Integer(), type_=sa.BigInteger(), nullable=True)
    with op.batch_alter_table("provet_objects") as batch:
        batch.alter_column(
            "object_id", existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False
        )
    with op.batch_alter_table("provet_registrations") as batch:
        batch.add_column(sa.Column("extra", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("provet_registrations") as batch:
        batch.drop_column("extra")
    with op.batch_alter_table("provet_objects") as batch:
        batch.alter_column(
            "object_id", existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False
        )
    op.execute("DELETE FROM provet_events WHERE object_id IS NULL")
    with op.batch_alter_table("provet_events") as batch:
        batch.alter_column("object_id", existing_type=sa.BigInteger(), type_=sa.Integer(), nullable=False)
        batch.drop_column("payload")
