"""The read models the Vétélevage screens show: plain data, read in one snapshot, no Qt.

Each function here is blocking database work that the UI runs off the GUI thread (through
``ctx.db.run`` or a job) and renders as it is: the screens never build a query themselves.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict, cast

import sqlalchemy as sa

from app.core.search import contains
from app.integrations.vetelevage import catalogue, evaluation, importing, ledger, mapping
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.evaluation import BillingLine, Evaluation

if TYPE_CHECKING:
    from app.core.context import AppContext

VISIT_LIST_LIMIT = 5000


class VisitRow(TypedDict):
    """One line of the visit list."""

    id: str
    visit_date: str
    compte_id: str
    vet_name: str
    breeder_name: str
    cheptel: str
    espece: str
    state: str
    warnings: str


def read_visits(
    ctx: AppContext, state: str | None, text: str, since: str, until: str, account: str | None = None
) -> list[VisitRow]:
    """The visits matching the review filters, newest first (at most VISIT_LIST_LIMIT)."""
    v = t.visits.c
    query = sa.select(
        v.id, v.visit_date, v.compte_id, v.vet_name, v.breeder_name, v.cheptel, v.espece, v.state, v.warnings
    ).order_by(v.visit_date.desc(), v.id.desc())
    if state:
        query = query.where(v.state == state)
    if text:  # the id, breeder, vet or herd, accents and case ignored ("joão" finds "JOAO")
        query = query.where(v.search_text.like(contains(text), escape="\\"))
    if account:
        query = query.where(v.compte_id == account)
    if since:
        query = query.where(v.visit_date >= since)
    if until:
        query = query.where(v.visit_date <= until)
    with ctx.db.read() as conn:
        return [cast(VisitRow, dict(r)) for r in conn.execute(query.limit(VISIT_LIST_LIMIT)).mappings()]


def visit_accounts(ctx: AppContext) -> list[str]:
    """Every Vétélevage account that visits were imported from, sorted."""
    with ctx.db.read() as conn:
        return sorted(conn.execute(sa.select(sa.distinct(t.visits.c.compte_id))).scalars())


@dataclass(frozen=True)
class SourceLine:
    """An act or product as the vet recorded it, with the clinic item it is billed as ("" if none)."""

    kind: str  # acte | produit
    code: str
    libelle: str
    qty: Any
    clinic: str


@dataclass(frozen=True)
class VisitView:
    """One visit as the review shows it: what was recorded, what it bills, and why it waits."""

    visit: dict[str, Any]
    evaluation: Evaluation
    sources: list[SourceLine]
    comment: str
    committed: bool
    lines: list[BillingLine] = field(default_factory=list)
    total: Decimal = Decimal(0)
    committed_at: dt.datetime | None = None
    committed_by: str = ""


def visit_view(ctx: AppContext, visit_id: str) -> VisitView:
    """The detail of one visit: its recorded lines, and its billing lines (the committed ones
    once committed, else the preview of what a commit would write)."""
    visit, ev = evaluation.visit_detail(ctx, visit_id)
    raw = json.loads(visit["raw"])
    clinic_of = {(line.line_type, line.source_code): line.lgcv_code for line in ev.lines}
    act_names = {line.source_code: line.libelle for line in ev.lines if line.line_type == "acte"}
    sources = [
        SourceLine(
            "acte",
            a.get("code", ""),
            act_names.get(a.get("code", ""), ""),
            a.get("quantite", ""),
            clinic_of.get(("acte", a.get("code")), ""),
        )
        for a in raw.get("actes", [])
    ]
    sources += [
        SourceLine(
            "produit",
            p.get("produit_id", ""),
            p.get("libelle", ""),
            p.get("quantite", ""),
            clinic_of.get(("produit", p.get("produit_id")), ""),
        )
        for p in raw.get("produits", [])
    ]
    comment = str(raw.get("commentaire") or "")
    if visit["state"] != evaluation.COMMITTED:
        return VisitView(visit, ev, sources, comment, False, ev.lines, ev.total)
    rows = ledger.committed_lines(ctx, visit_id)
    lines = [
        evaluation.BillingLine(
            r["line_no"],
            r["line_type"],
            r["source_code"],
            r["lgcv_code"],
            r["libelle"],
            r["quantity"],
            r["unit_price"],
        )
        for r in rows
    ]
    return VisitView(
        visit,
        ev,
        sources,
        comment,
        True,
        lines,
        sum((r["amount"] for r in rows), Decimal(0)),
        visit["committed_at"],
        visit["committed_by"] or "",
    )


@dataclass(frozen=True)
class TabSummary:
    """The counts the tab's status line and "Products to map" title show."""

    counts: dict[str, int]
    unmapped_products: int
    held: int


def tab_summary(ctx: AppContext) -> TabSummary:
    """How many visits wait in each state, products wait for a mapping, and batches are held."""
    counts = evaluation.counts_by_state(ctx)
    unmapped = len(mapping.unmapped_queue(ctx)) if counts.get(evaluation.NEEDS_MAPPING, 0) else 0
    return TabSummary(counts, unmapped, len(importing.held_visits(ctx)))


@dataclass(frozen=True)
class MappingChoices:
    """What the mapping dialog offers for one product: its current mapping, the ranked
    candidates (with the one suggested, if any, and why none), and the whole catalogue to search."""

    current: tuple[str, int] | None
    candidates: list[mapping.Candidate]
    catalogue: list[mapping.Candidate]
    proposals: mapping.Proposals | None = None


def mapping_choices(ctx: AppContext, produit_id: str) -> MappingChoices:
    """The current mapping of ``produit_id``, its best candidates, and the clinic catalogue."""
    everything = [
        mapping.Candidate(c["code"], c["libelle"], c["gtin"], c["prix_ht"], 0.0, "catalogue")
        for c in catalogue.catalogue(ctx)
    ]
    found = mapping.proposals(ctx, produit_id)
    return MappingChoices(mapping.mapping_of(ctx, produit_id), found.candidates, everything, found)


@dataclass(frozen=True)
class MappingRow:
    """One line of the Mappings view: a Vétélevage product and its clinic product (none when it
    was left unmapped on purpose), who changed it last and when."""

    produit_id: str
    libelle: str
    lgcv_code: str
    clinic_libelle: str
    updated_at: dt.datetime | None
    updated_by: str
    version: int
    on_purpose: bool = False
    note: str = ""


def mapping_rows(ctx: AppContext) -> list[MappingRow]:
    """Every mapping and every product left unmapped on purpose, by Vétélevage product name."""
    with ctx.db.read() as conn:
        seen: dict[str, str] = {
            str(r[0]): str(r[1] or "")
            for r in conn.execute(
                sa.select(t.visit_products.c.produit_id, sa.func.max(t.visit_products.c.libelle)).group_by(
                    t.visit_products.c.produit_id
                )
            )
        }
        named: dict[str, str] = {
            str(r[0]): str(r[1] or "") for r in conn.execute(sa.select(t.products.c.id, t.products.c.libelle))
        }
        mapped = conn.execute(
            sa.select(
                t.mappings.c.produit_id,
                t.mappings.c.lgcv_code,
                t.catalogue.c.libelle,
                t.mappings.c.updated_at,
                t.mappings.c.updated_by,
                t.mappings.c.version,
            ).select_from(t.mappings.outerjoin(t.catalogue, t.catalogue.c.code == t.mappings.c.lgcv_code))
        ).all()
        left = conn.execute(sa.select(t.unmapped_on_purpose)).mappings().all()

    def name(produit_id: str) -> str:
        return str(named.get(produit_id) or seen.get(produit_id) or "")

    rows = [MappingRow(r[0], name(r[0]), r[1], r[2] or "", r[3], r[4] or "", int(r[5])) for r in mapped]
    rows += [
        MappingRow(
            r["produit_id"],
            name(r["produit_id"]),
            "",
            "",
            r["decided_at"],
            r["decided_by"] or "",
            0,
            True,
            r["note"],
        )
        for r in left
    ]
    return sorted(rows, key=lambda r: (r.libelle.lower() or r.produit_id, r.produit_id))
