"""initial tables

Revision ID: vetelevage_0001
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from app.core.db import Money, UtcDateTime
from app.core.migration_ops import create_serial_table, create_table, drop_tables

revision = "vetelevage_0001"
down_revision = None
branch_labels = ("vetelevage",)
depends_on = "core_0001"


def _visit_line_table(name: str, *items: sa.Column[Any] | sa.Constraint) -> None:
    """A table of one visit's numbered lines: (visit_id, line_no), deleted with the visit."""
    op.create_table(
        name,
        sa.Column("visit_id", sa.String(length=64), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        *items,
        sa.ForeignKeyConstraint(
            ["visit_id"], ["vet_visits.id"], name=op.f(f"fk_{name}_visit_id_vet_visits"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("visit_id", "line_no", name=f"pk_{name}"),
    )


def upgrade() -> None:
    create_table(
        "vet_acts",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("libelle", sa.String(length=200), nullable=False),
        sa.Column("unite", sa.String(length=40), server_default="forfait", nullable=False),
        sa.Column("prix_ht", Money(), server_default="0", nullable=False),
        sa.Column("tva", Money(), server_default="20", nullable=False),
        sa.Column("actif", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        key="code",
    )
    create_serial_table(
        "vet_batches",
        sa.Column("compte_id", sa.String(length=64), nullable=False),
        sa.Column("lot", sa.String(length=100), nullable=False),
        sa.Column("fige_le", sa.String(length=40), nullable=True),
        sa.Column("stored_at", UtcDateTime(), nullable=False),
        sa.Column("acknowledged_at", UtcDateTime(), nullable=True),
        sa.Column("received", sa.Integer(), server_default="0", nullable=False),
        sa.Column("new", sa.Integer(), server_default="0", nullable=False),
        sa.Column("held", sa.Integer(), server_default="0", nullable=False),
        sa.UniqueConstraint("compte_id", "lot", name="uq_vet_batches_compte_lot"),
    )
    create_table(
        "vet_catalogue",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("libelle", sa.String(length=300), nullable=False),
        sa.Column("gtin", sa.String(length=20), nullable=True),
        sa.Column("prix_ht", Money(), server_default="0", nullable=False),
        sa.Column("unite", sa.String(length=40), server_default="", nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        key="code",
    )
    op.create_index("ix_vet_catalogue_gtin", "vet_catalogue", ["gtin"], unique=False)
    create_serial_table(
        "vet_exports",
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
    )
    create_table(
        "vet_products",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("libelle", sa.String(length=300), server_default="", nullable=False),
        sa.Column("gtin", sa.String(length=20), nullable=True),
        sa.Column("laboratoire", sa.String(length=200), nullable=True),
        sa.Column("forme", sa.String(length=100), nullable=True),
        sa.Column("conditionnement", sa.String(length=200), nullable=True),
        sa.Column("specifique_clinique", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        key="id",
    )
    op.create_index("ix_vet_products_gtin", "vet_products", ["gtin"], unique=False)
    create_table(
        "vet_references",
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("libelle", sa.String(length=300), server_default="", nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        key=("table_name", "code"),
    )
    create_serial_table(
        "vet_held_visits",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.String(length=64), nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("resolved_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["vet_batches.id"], name=op.f("fk_vet_held_visits_batch_id_vet_batches")
        ),
        sa.UniqueConstraint("batch_id", "position", name="uq_vet_held_visits_batch_position"),
    )
    create_table(
        "vet_mappings",
        sa.Column("produit_id", sa.String(length=64), nullable=False),
        sa.Column("lgcv_code", sa.String(length=64), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=128), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["lgcv_code"], ["vet_catalogue.code"], name=op.f("fk_vet_mappings_lgcv_code_vet_catalogue")
        ),
        key="produit_id",
    )
    create_table(
        "vet_visits",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("compte_id", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("visit_date", sa.String(length=10), server_default="", nullable=False),
        sa.Column("modifiee_le", sa.String(length=40), server_default="", nullable=False),
        sa.Column("vet_id", sa.String(length=64), server_default="", nullable=False),
        sa.Column("vet_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("breeder_id", sa.String(length=64), server_default="", nullable=False),
        sa.Column("breeder_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("cheptel", sa.String(length=40), server_default="", nullable=False),
        sa.Column("espece", sa.String(length=40), server_default="", nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), server_default="new", nullable=False),
        sa.Column("warnings", sa.Text(), server_default="", nullable=False),
        sa.Column("set_aside_reason", sa.Text(), nullable=True),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.Column("committed_at", UtcDateTime(), nullable=True),
        sa.Column("committed_by", sa.String(length=128), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["vet_batches.id"], name=op.f("fk_vet_visits_batch_id_vet_batches")
        ),
        key="id",
    )
    op.create_index("ix_vet_visits_compte", "vet_visits", ["compte_id", "visit_date"], unique=False)
    op.create_index("ix_vet_visits_state", "vet_visits", ["state", "visit_date"], unique=False)
    create_serial_table(
        "vet_ledger",
        sa.Column("visit_id", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("line_type", sa.String(length=10), nullable=False),
        sa.Column("source_code", sa.String(length=64), nullable=False),
        sa.Column("lgcv_code", sa.String(length=64), nullable=False),
        sa.Column("libelle", sa.String(length=300), server_default="", nullable=False),
        sa.Column("quantity", Money(), nullable=False),
        sa.Column("unit_price", Money(), nullable=False),
        sa.Column("amount", Money(), nullable=False),
        sa.Column("entry", sa.String(length=12), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=128), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["vet_visits.id"], name=op.f("fk_vet_ledger_visit_id_vet_visits")
        ),
        sa.UniqueConstraint("visit_id", "revision", "line_no", name="uq_vet_ledger_line"),
    )
    _visit_line_table(
        "vet_line_overrides",
        sa.Column("lgcv_code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["lgcv_code"], ["vet_catalogue.code"], name=op.f("fk_vet_line_overrides_lgcv_code_vet_catalogue")
        ),
    )
    _visit_line_table(
        "vet_visit_acts",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("quantite", Money(), nullable=False),
    )
    _visit_line_table(
        "vet_visit_products",
        sa.Column("produit_id", sa.String(length=64), nullable=False),
        sa.Column("libelle", sa.String(length=300), server_default="", nullable=False),
        sa.Column("gtin", sa.String(length=20), nullable=True),
        sa.Column("quantite", Money(), nullable=False),
        sa.Column("unite", sa.String(length=40), server_default="", nullable=False),
    )
    op.create_index("ix_vet_visit_products_produit", "vet_visit_products", ["produit_id"], unique=False)
    create_table(
        "vet_export_lines",
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.Column("ledger_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["export_id"], ["vet_exports.id"], name=op.f("fk_vet_export_lines_export_id_vet_exports")
        ),
        sa.ForeignKeyConstraint(
            ["ledger_id"], ["vet_ledger.id"], name=op.f("fk_vet_export_lines_ledger_id_vet_ledger")
        ),
        key="ledger_id",
    )


def downgrade() -> None:
    drop_tables(
        "vet_export_lines",
        "vet_visit_products",
        "vet_visit_acts",
        "vet_line_overrides",
        "vet_ledger",
        "vet_visits",
        "vet_mappings",
        "vet_held_visits",
        "vet_references",
        "vet_products",
        "vet_exports",
        "vet_catalogue",
        "vet_batches",
        "vet_acts",
    )
