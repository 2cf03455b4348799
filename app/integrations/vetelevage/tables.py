"""Vétélevage's local store: acts, batches and visits (raw JSON kept), held visits, the SNGTV
dictionary and reference caches, the clinic catalogue, mappings, the billing ledger, exports."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.core.columns import blank_text, by, created_at, raw_json, serial_id, updated_at
from app.core.db import Money, UtcDateTime, metadata

MONEY = Money()
QTY = Money()


def _code(name: str, *args: Any, **kw: Any) -> sa.Column[Any]:
    """A Vétélevage or clinic identifier or code (at most 64 characters)."""
    return sa.Column(name, sa.String(64), *args, **kw)


def _visit_line(table: str) -> tuple[sa.Column[Any], sa.Column[Any], sa.PrimaryKeyConstraint]:
    """``visit_id`` and ``line_no``, the key of ``table``: which line of which visit (gone with the visit)."""
    return (
        _code("visit_id", sa.ForeignKey("vet_visits.id", ondelete="CASCADE"), nullable=False),
        sa.Column("line_no", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("visit_id", "line_no", name=f"pk_{table}"),
    )


def _libelle() -> sa.Column[Any]:
    """A product's or act's label as Vétélevage names it ('' when it gives none)."""
    return blank_text("libelle", 300)


def _gtin() -> sa.Column[Any]:
    """The product's GTIN (none for a clinic-specific product)."""
    return sa.Column("gtin", sa.String(20), nullable=True)


def _clinic_product() -> sa.Column[Any]:
    """``lgcv_code``: the clinic catalogue product chosen."""
    return _code("lgcv_code", sa.ForeignKey("vet_catalogue.code"), nullable=False)


acts = sa.Table(
    "vet_acts",
    metadata,
    sa.Column("code", sa.String(32), primary_key=True),
    sa.Column("libelle", sa.String(200), nullable=False),
    sa.Column("unite", sa.String(40), nullable=False, server_default="forfait"),
    sa.Column("prix_ht", MONEY, nullable=False, server_default="0"),
    sa.Column("tva", Money(), nullable=False, server_default="20"),
    sa.Column("actif", sa.Boolean, nullable=False, server_default=sa.true()),
    updated_at(),
)

batches = sa.Table(
    "vet_batches",
    metadata,
    serial_id(),
    _code("compte_id", nullable=False),
    sa.Column("lot", sa.String(100), nullable=False),
    sa.Column("fige_le", sa.String(40), nullable=True),
    sa.Column("stored_at", UtcDateTime, nullable=False),
    sa.Column("acknowledged_at", UtcDateTime, nullable=True),
    sa.Column("received", sa.Integer, nullable=False, server_default="0"),
    sa.Column("new", sa.Integer, nullable=False, server_default="0"),
    sa.Column("held", sa.Integer, nullable=False, server_default="0"),
    sa.UniqueConstraint("compte_id", "lot", name="uq_vet_batches_compte_lot"),
)

visits = sa.Table(
    "vet_visits",
    metadata,
    _code("id", primary_key=True),
    _code("compte_id", nullable=False),
    sa.Column("batch_id", sa.Integer, sa.ForeignKey("vet_batches.id"), nullable=False),
    blank_text("visit_date", 10),
    blank_text("modifiee_le", 40),
    blank_text("vet_id", 64),
    blank_text("vet_name", 200),
    blank_text("breeder_id", 64),
    blank_text("breeder_name", 200),
    blank_text("cheptel", 40),
    blank_text("espece", 40),
    raw_json(),
    sa.Column("state", sa.String(16), nullable=False, server_default="new"),
    sa.Column("warnings", sa.Text, nullable=False, server_default=""),
    sa.Column("set_aside_reason", sa.Text, nullable=True),
    sa.Column("imported_at", UtcDateTime, nullable=False),
    sa.Column("committed_at", UtcDateTime, nullable=True),
    sa.Column("committed_by", sa.String(128), nullable=True),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    # Id, breeder, vet and herd folded (no accents, casefolded: app.core.search.fold_all)
    # for the review search: "joão" finds "JOAO" on both engines (migration vetelevage_0003).
    sa.Column("search_text", sa.Text, nullable=False, server_default=""),
)
sa.Index("ix_vet_visits_state", visits.c.state, visits.c.visit_date)
sa.Index("ix_vet_visits_compte", visits.c.compte_id, visits.c.visit_date)

visit_products = sa.Table(
    "vet_visit_products",
    metadata,
    *_visit_line("vet_visit_products"),
    _code("produit_id", nullable=False),
    _libelle(),
    _gtin(),
    sa.Column("quantite", QTY, nullable=False),
    blank_text("unite", 40),
)
sa.Index("ix_vet_visit_products_produit", visit_products.c.produit_id)

visit_acts = sa.Table(
    "vet_visit_acts",
    metadata,
    *_visit_line("vet_visit_acts"),
    _code("code", nullable=False),
    sa.Column("quantite", QTY, nullable=False),
)

held = sa.Table(
    "vet_held_visits",
    metadata,
    serial_id(),
    sa.Column("batch_id", sa.Integer, sa.ForeignKey("vet_batches.id"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),
    _code("visit_id", nullable=True),
    raw_json(),
    sa.Column("reason", sa.Text, nullable=False),
    created_at(),
    sa.Column("resolved_at", UtcDateTime, nullable=True),
    sa.UniqueConstraint("batch_id", "position", name="uq_vet_held_visits_batch_position"),
)

products = sa.Table(
    "vet_products",
    metadata,
    _code("id", primary_key=True),
    _libelle(),
    _gtin(),
    sa.Column("laboratoire", sa.String(200), nullable=True),
    sa.Column("forme", sa.String(100), nullable=True),
    sa.Column("conditionnement", sa.String(200), nullable=True),
    sa.Column("specifique_clinique", sa.Boolean, nullable=False, server_default=sa.false()),
    updated_at(),
)
sa.Index("ix_vet_products_gtin", products.c.gtin)

references = sa.Table(
    "vet_references",
    metadata,
    sa.Column("table_name", sa.String(32), nullable=False),
    _code("code", nullable=False),
    _libelle(),
    raw_json(),
    sa.PrimaryKeyConstraint("table_name", "code", name="pk_vet_references"),
)

catalogue = sa.Table(
    "vet_catalogue",
    metadata,
    _code("code", primary_key=True),
    sa.Column("libelle", sa.String(300), nullable=False),
    _gtin(),
    sa.Column("prix_ht", MONEY, nullable=False, server_default="0"),
    blank_text("unite", 40),
    updated_at(),
)
sa.Index("ix_vet_catalogue_gtin", catalogue.c.gtin)

mappings = sa.Table(
    "vet_mappings",
    metadata,
    _code("produit_id", primary_key=True),
    _clinic_product(),
    updated_at(),
    by("updated_by"),
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
)

ledger = sa.Table(
    "vet_ledger",
    metadata,
    serial_id(),
    _code("visit_id", sa.ForeignKey("vet_visits.id"), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("line_no", sa.Integer, nullable=False),
    sa.Column("line_type", sa.String(10), nullable=False),
    _code("source_code", nullable=False),
    _code("lgcv_code", nullable=False),
    _libelle(),
    sa.Column("quantity", QTY, nullable=False),
    sa.Column("unit_price", MONEY, nullable=False),
    sa.Column("amount", MONEY, nullable=False),
    sa.Column("entry", sa.String(12), nullable=False),
    created_at(),
    by("created_by"),
    # Exactly once: a visit's lines of one revision can only be written once.
    sa.UniqueConstraint("visit_id", "revision", "line_no", name="uq_vet_ledger_line"),
)

exports = sa.Table(
    "vet_exports",
    metadata,
    serial_id(),
    created_at(),
    sa.Column("format", sa.String(8), nullable=False),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("state", sa.String(12), nullable=False),
    sa.Column("line_count", sa.Integer, nullable=False),
)

export_lines = sa.Table(
    "vet_export_lines",
    metadata,
    sa.Column("export_id", sa.Integer, sa.ForeignKey("vet_exports.id"), nullable=False),
    sa.Column("ledger_id", sa.Integer, sa.ForeignKey("vet_ledger.id"), nullable=False),
    sa.PrimaryKeyConstraint("ledger_id", name="pk_vet_export_lines"),
)

# A clinic product chosen for one visit's line only ("remember" unticked in the mapping dialog).
line_overrides = sa.Table(
    "vet_line_overrides",
    metadata,
    *_visit_line("vet_line_overrides"),
    _clinic_product(),
)

# A Vétélevage product a person chose to leave without a clinic product ("Not in my catalogue":
# leave it unmapped): its visits still wait, and say why; saving a mapping removes the decision.
unmapped_on_purpose = sa.Table(
    "vet_unmapped_on_purpose",
    metadata,
    _code("produit_id", primary_key=True),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("decided_at", UtcDateTime, nullable=False),
    by("decided_by"),
)
