"""Mapping: which clinic product a Vétélevage (SNGTV) product is billed as.

Owns the queue of unmapped products with waiting visits (quantities over waiting visits
only), the clinic products proposed for one (same GTIN, then the same substance, strength and
form, then by name; one is suggested only when clearly the same product), the preview and the
save of a mapping (guarded against a concurrent change by another desk, and applied at once
to every waiting visit), the per-visit override, and the CSV import and export of mappings.
What a change or removal does to the visits is ``mapping_changes``; the attention items that
follow from the queue are kept by ``evaluation`` (it refreshes them with the states).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.db import utcnow
from app.core.errors import InputError
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence, plural
from app.core.write_errors import not_written
from app.integrations.vetelevage import drug_names
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME
from app.integrations.vetelevage.catalogue import NewProduct, add_product
from app.integrations.vetelevage.csvio import collect, read_rows, unneutralised
from app.integrations.vetelevage.edits import VISITS, record_edit
from app.integrations.vetelevage.evaluation import (
    COMMITTED,
    READY,
    SET_ASIDE,
    BillingLine,
    Evaluation,
    _refresh_states,
    _states,
    _sync_unmapped_attention,
    evaluate,
)
from app.integrations.vetelevage.mapping_changes import (
    LineChange,
    apply_changes,
    forget_decision,
    line_changes,
    lines_following_mapping,
    mapping_row,
    record_decision,
)
from app.integrations.vetelevage.spreadsheet import write_csv, write_xlsx

if TYPE_CHECKING:
    from app.core.context import AppContext

_IMPORTED = QT_TRANSLATE_NOOP("journal", "{n} mappings imported")


@dataclass(frozen=True)
class UnmappedProduct:
    """A product that waiting visits cannot bill yet: how many visits wait on it, in what quantity,
    and whether a person chose to leave it unmapped (with their note)."""

    produit_id: str
    libelle: str
    gtin: str | None
    visits: int
    quantity: Decimal
    on_purpose: bool = False
    note: str = ""


def unmapped_queue(ctx: AppContext) -> list[UnmappedProduct]:
    """Every product that waiting visits cannot bill: how many waiting visits, what quantity over
    them (set-aside and committed visits count for nothing), those left unmapped on purpose last."""
    with ctx.db.read() as conn:
        lines = conn.execute(
            lines_following_mapping("produit_id", "libelle", "gtin", "visit_id", "quantite")
            .where(t.mappings.c.produit_id.is_(None))
            .where(t.visits.c.state.notin_([COMMITTED, SET_ASIDE]))
        ).all()
        decided = {
            str(r[0]): str(r[1] or "")
            for r in conn.execute(sa.select(t.unmapped_on_purpose.c.produit_id, t.unmapped_on_purpose.c.note))
        }
    names: dict[str, tuple[str, str | None]] = {}
    visits: dict[str, set[str]] = {}
    quantities: dict[str, Decimal] = {}
    for produit_id, libelle, gtin, visit_id, qty in lines:  # exact decimals: summed here, not in SQL
        old_name, old_gtin = names.get(produit_id, ("", None))
        names[produit_id] = (max(old_name, libelle or ""), old_gtin or gtin)
        visits.setdefault(produit_id, set()).add(visit_id)
        quantities[produit_id] = quantities.get(produit_id, Decimal(0)) + qty
    out = [
        UnmappedProduct(
            produit_id,
            names[produit_id][0],
            names[produit_id][1],
            len(visits[produit_id]),
            quantities[produit_id],
            produit_id in decided,
            decided.get(produit_id, ""),
        )
        for produit_id in names
    ]
    return sorted(out, key=lambda u: (u.on_purpose, -u.visits, u.libelle))


# Why a clinic product is proposed (the CLI's "reason"; the dialog shows it in words).
GTIN = "gtin"
SAME_PRODUCT = "substance_strength"  # same active substance, strength and form
SAME_SUBSTANCE = "substance"  # same substance, another strength or form: never suggested
NAME_ONLY = "name"
REASONS = {
    GTIN: QT_TRANSLATE_NOOP("VetelevageMapping", "same GTIN"),
    SAME_PRODUCT: QT_TRANSLATE_NOOP("VetelevageMapping", "same substance and strength"),
    SAME_SUBSTANCE: QT_TRANSLATE_NOOP("VetelevageMapping", "same substance, other strength or form"),
    NAME_ONLY: QT_TRANSLATE_NOOP("VetelevageMapping", "name only"),
}
# Scores by reason: a suggestion scores 95 or more, anything else 79 or less.
SUGGESTION_SCORE = 95.0
SAME_SUBSTANCE_MAX = 79.0
NAME_ONLY_MAX = 70.0

# Why nothing is suggested.
NO_MATCH = "no_match"  # no clinic product has the GTIN or the same substance, strength and form
AMBIGUOUS = "ambiguous"  # several do, equally
NO_CATALOGUE = "no_catalogue"  # the clinic catalogue is empty


@dataclass(frozen=True)
class Candidate:
    """A clinic product proposed for a Vétélevage product, with its score and why (``REASONS``)."""

    code: str
    libelle: str
    gtin: str | None
    prix_ht: Decimal
    score: float
    reason: str
    suggested: bool = False


@dataclass(frozen=True)
class Proposals:
    """The clinic products proposed for one Vétélevage product, best first, and the one suggested
    (pre-selected, Enter maps it) only when it is clearly the same product; else why not."""

    produit_id: str
    libelle: str
    gtin: str | None
    candidates: list[Candidate]
    suggested: str | None
    why_none: str = ""


def _same_gtin(a: str | None, b: str | None) -> bool:
    return bool(a and b) and a.strip().lstrip("0") == b.strip().lstrip("0")  # type: ignore[union-attr]


def proposals(ctx: AppContext, produit_id: str, limit: int = 8) -> Proposals:
    """Rank the clinic catalogue for a Vétélevage product: same GTIN, then the same substance,
    strength and form (names normalised: ``drug_names``), then the same substance, then by name.
    One is suggested only when a single clinic product has the same GTIN, or else a single one
    (the same package size settling a tie) the same substance, strength and form."""
    from rapidfuzz import fuzz

    with ctx.db.read() as conn:
        seen = conn.execute(
            sa.select(t.visit_products.c.libelle, t.visit_products.c.gtin)
            .where(t.visit_products.c.produit_id == produit_id)
            .limit(1)
        ).first()
        dictionary = conn.execute(
            sa.select(t.products.c.libelle, t.products.c.gtin, t.products.c.conditionnement).where(
                t.products.c.id == produit_id
            )
        ).first()
        rows = conn.execute(sa.select(t.catalogue)).mappings().all()
    libelle = (seen[0] if seen else "") or (dictionary[0] if dictionary else "")
    gtin = (seen[1] if seen else None) or (dictionary[1] if dictionary else None)
    package = drug_names.parse(f"fl {dictionary[2]}").packaging if dictionary and dictionary[2] else ()
    wanted = drug_names.parse(libelle)
    ranked: list[tuple[float, str, Any]] = []
    for r in rows:
        name = drug_names.parse(r["libelle"])
        similarity = float(fuzz.token_sort_ratio(wanted.core, name.core)) if wanted.core else 0.0
        if _same_gtin(gtin, r["gtin"]):
            ranked.append((100.0, GTIN, r))
        elif drug_names.same_product(wanted, name):
            bonus = 1.0 if package and set(package) & set(name.packaging) else 0.0
            ranked.append((SUGGESTION_SCORE + bonus, SAME_PRODUCT, r))
        elif drug_names.same_substance(wanted, name):
            ranked.append(
                (round(50.0 + similarity * (SAME_SUBSTANCE_MAX - 50.0) / 100, 1), SAME_SUBSTANCE, r)
            )
        else:
            ranked.append((round(similarity * NAME_ONLY_MAX / 100, 1), NAME_ONLY, r))
    ranked.sort(key=lambda x: (-x[0], x[2]["libelle"], x[2]["code"]))
    suggested, why_none = _suggestion(ranked, bool(rows))
    out = [
        Candidate(r["code"], r["libelle"], r["gtin"], r["prix_ht"], score, reason, r["code"] == suggested)
        for score, reason, r in ranked[:limit]
        if score > 0 or reason != NAME_ONLY
    ]
    return Proposals(produit_id, libelle, gtin, out, suggested, why_none)


def _suggestion(ranked: list[tuple[float, str, Any]], any_rows: bool) -> tuple[str | None, str]:
    if not any_rows:
        return None, NO_CATALOGUE
    for reason in (GTIN, SAME_PRODUCT):
        found = [(score, r) for score, why, r in ranked if why == reason]
        if not found:
            continue
        best = [r for score, r in found if score == found[0][0]]
        return (best[0]["code"], "") if len(best) == 1 else (None, AMBIGUOUS)
    return None, NO_MATCH


def candidates(ctx: AppContext, produit_id: str, limit: int = 8) -> list[Candidate]:
    """The clinic products proposed for a Vétélevage product, best first (see ``proposals``)."""
    return proposals(ctx, produit_id, limit).candidates


@dataclass
class MappingResult:
    """A saved mapping: the waiting visits it updated, those it made ready, their new lines."""

    produit_id: str
    lgcv_code: str
    visits_updated: list[str]
    now_ready: list[str]
    preview: list[tuple[str, BillingLine]]
    changes: list[LineChange] = field(default_factory=list)


def _catalogue_item(conn: sa.Connection, lgcv_code: str) -> sa.RowMapping:
    """The clinic catalogue's row for ``lgcv_code``, or a refusal naming the code."""
    item = conn.execute(sa.select(t.catalogue).where(t.catalogue.c.code == lgcv_code)).mappings().first()
    if item is None:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Clinic product {code} is not in the catalogue."),
            "lgcv_code",
            code=lgcv_code,
        )
    return item


def preview_mapping(ctx: AppContext, produit_id: str, lgcv_code: str) -> list[tuple[str, BillingLine]]:
    """The billing lines the waiting visits would get for this product with this mapping."""
    with ctx.db.read() as conn:
        item = _catalogue_item(conn, lgcv_code)
        rows = conn.execute(
            sa.select(t.visit_products.c.visit_id, t.visit_products.c.line_no, t.visit_products.c.quantite)
            .select_from(t.visit_products.join(t.visits))
            .where(t.visit_products.c.produit_id == produit_id)
            .where(t.visits.c.state.notin_([COMMITTED, SET_ASIDE]))
            .order_by(t.visit_products.c.visit_id)
        ).all()
    return [
        (
            visit_id,
            BillingLine(line_no, "produit", produit_id, lgcv_code, item["libelle"], qty, item["prix_ht"]),
        )
        for visit_id, line_no, qty in rows
    ]


def save_mapping(
    ctx: AppContext, produit_id: str, lgcv_code: str, *, expected_version: int | None = None, who: str = ""
) -> MappingResult:
    """Map a product and re-apply the mapping to every waiting visit at once.

    ``expected_version`` is the version the person saw (None: new mapping): if someone else changed it
    meanwhile, the save is refused with a sentence instead of silently overwriting it.
    """
    preview = preview_mapping(ctx, produit_id, lgcv_code)
    now = utcnow()
    with ctx.db.transaction() as conn:
        current = _mapping_row(conn, produit_id)
        changes = line_changes(conn, produit_id, lgcv_code)
        if current is None:
            if expected_version is not None:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "errors", "The mapping of {product} was removed meanwhile; look again."
                    ),
                    "produit_id",
                    product=produit_id,
                )
            try:
                with conn.begin_nested():
                    conn.execute(
                        sa.insert(t.mappings).values(
                            produit_id=produit_id,
                            lgcv_code=lgcv_code,
                            updated_at=now,
                            updated_by=who or ctx.journal.who,
                        )
                    )
            except sa.exc.IntegrityError:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "errors", "{product} was mapped by someone else meanwhile; look again."
                    ),
                    "produit_id",
                    product=produit_id,
                ) from None
        else:
            _old, version = current
            if expected_version is not None and version != expected_version:
                raise InputError(
                    Sentence(
                        "errors",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The mapping of {product} was changed meanwhile by another desk; look again.",
                        ),
                        product=produit_id,
                    ),
                    field="produit_id",
                )
            updated = conn.execute(
                sa.update(t.mappings)
                .where(t.mappings.c.produit_id == produit_id)
                .where(t.mappings.c.version == version)
                .values(
                    lgcv_code=lgcv_code,
                    updated_at=now,
                    updated_by=who or ctx.journal.who,
                    version=version + 1,
                )
            )
            if updated.rowcount != 1:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "errors", "The mapping of {product} was changed meanwhile; look again."
                    ),
                    "produit_id",
                    product=produit_id,
                )
        forget_decision(conn, produit_id)
        waiting = sorted({v for v, _line in preview})
        before = _states(conn, waiting)
        _refresh_states(conn, waiting)
        apply_changes(ctx, conn, produit_id, changes)
        after = _states(conn, waiting)
        now_ready = [v for v in waiting if after.get(v) == READY and before.get(v) != READY]
        record_decision(
            ctx,
            conn,
            produit_id,
            "mapping",
            "ok",
            plural.translate(
                "journal", "product {product} mapped to {code}; %n waiting visit(s) updated", None, 0
            ),
            args={"product": produit_id, "code": lgcv_code, "n": len(waiting)},
            keys=[produit_id, lgcv_code, *waiting],
            counts={"visits": len(waiting), "now_ready": len(now_ready)},
        )
    return MappingResult(produit_id, lgcv_code, waiting, now_ready, preview, changes)


def map_for_visit(ctx: AppContext, visit_id: str, produit_id: str, lgcv_code: str) -> Evaluation:
    """Use ``lgcv_code`` for this product in this visit only (the mapping is not remembered)."""
    with ctx.db.transaction() as conn:
        _catalogue_item(conn, lgcv_code)
        state = conn.execute(
            sa.select(t.visits.c.state).where(t.visits.c.id == visit_id)
        ).scalar_one_or_none()
        if state in (None, COMMITTED):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors", "Visit {visit} cannot be changed (unknown or already committed)."
                ),
                "visit_id",
                visit=visit_id,
            )
        lines = (
            conn.execute(
                sa.select(t.visit_products.c.line_no)
                .where(t.visit_products.c.visit_id == visit_id)
                .where(t.visit_products.c.produit_id == produit_id)
            )
            .scalars()
            .all()
        )
        for line_no in lines:
            conn.execute(
                sa.delete(t.line_overrides)
                .where(t.line_overrides.c.visit_id == visit_id)
                .where(t.line_overrides.c.line_no == line_no)
            )
            conn.execute(
                sa.insert(t.line_overrides).values(visit_id=visit_id, line_no=line_no, lgcv_code=lgcv_code)
            )
        _refresh_states(conn, [visit_id])
        _sync_unmapped_attention(ctx, conn)
        record_edit(
            ctx,
            conn,
            VISITS,
            visit_id,
            "mapping",
            "ok",
            QT_TRANSLATE_NOOP(
                "journal", "visit {visit}: product {product} billed as {code} (this visit only)"
            ),
            args={"visit": visit_id, "product": produit_id, "code": lgcv_code},
            keys=[visit_id, produit_id],
        )
        return evaluate(conn, visit_id)


def mapping_of(ctx: AppContext, produit_id: str) -> tuple[str, int] | None:
    """The clinic code a product is mapped to and the mapping's version, or None."""
    with ctx.db.read() as conn:
        return _mapping_row(conn, produit_id)


_mapping_row = mapping_row


def import_mappings_csv(ctx: AppContext, path: str | Path) -> int:
    """Import produit_id,lgcv_code mappings, validated whole, and re-evaluate the waiting visits."""
    rows = [
        {k: unneutralised(v) for k, v in row.items()}
        for row in read_rows(Path(path), ["produit_id", "lgcv_code"])
    ]
    with ctx.db.read() as conn:
        known = set(conn.execute(sa.select(t.catalogue.c.code)).scalars())
    errors = []
    for i, row in enumerate(rows, start=2):
        if not row["produit_id"]:
            errors.append(f"Line {i}, column produit_id: a Vétélevage product id is expected.")
        elif row["lgcv_code"] not in known:
            errors.append(
                f"Line {i}, column lgcv_code: {row['lgcv_code'] or '(empty)'} is not in the clinic catalogue."
            )
    collect(errors)
    now = utcnow()
    with ctx.db.transaction() as conn:
        for row in rows:
            changes = line_changes(conn, row["produit_id"], row["lgcv_code"])
            forget_decision(conn, row["produit_id"])
            updated = conn.execute(
                sa.update(t.mappings)
                .where(t.mappings.c.produit_id == row["produit_id"])
                .values(lgcv_code=row["lgcv_code"], updated_at=now, version=t.mappings.c.version + 1)
            )
            if updated.rowcount == 0:
                conn.execute(
                    sa.insert(t.mappings).values(
                        produit_id=row["produit_id"],
                        lgcv_code=row["lgcv_code"],
                        updated_at=now,
                        updated_by=ctx.journal.who,
                    )
                )
            apply_changes(ctx, conn, row["produit_id"], changes)  # committed visits: flagged, not changed
        _refresh_states(conn)
        _sync_unmapped_attention(ctx, conn)
        ctx.journal.record_done(NAME, "mapping_import", _IMPORTED, len(rows), "mappings", conn=conn)
    return len(rows)


def export_mappings_csv(ctx: AppContext, path: str | Path) -> int:
    """Write every mapping to a produit_id,lgcv_code file (CSV, or XLSX for a .xlsx name), formula-safe
    and atomically; returns how many. A file that cannot be written raises a sentence naming it."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(t.mappings.c.produit_id, t.mappings.c.lgcv_code).order_by(t.mappings.c.produit_id)
        ).all()
    target = Path(path)
    header = ["produit_id", "lgcv_code"]
    try:
        if target.suffix.lower() == ".xlsx":
            write_xlsx(target, "Correspondances", header, rows)
        else:
            write_csv(target, header, rows)
    except OSError as exc:
        raise not_written(target, exc) from exc
    return len(rows)


def add_and_map(ctx: AppContext, produit_id: str, new: NewProduct) -> MappingResult:
    """ "Not in my catalogue": add the typed clinic product (validated per field), then map to it."""
    added = add_product(ctx, new)
    return save_mapping(ctx, produit_id, added["code"])
