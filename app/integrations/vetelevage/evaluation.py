"""Evaluation: what a stored visit would bill, what blocks or warns, and so which state it is in.

Owns the visit states (new, needs mapping, ready, committed, set aside), the billing lines a
visit yields from the acts list, the mappings and the clinic catalogue, the quantity and
duplicate warnings, the re-evaluation of waiting visits after anything they depend on
changes, and the attention items for unmapped products and held visits that follow from it.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Row

from app.core.attention import Wanted, keep_only
from app.core.refusals import refused
from app.core.tables import attention as attention_table
from app.core.tr import QT_TRANSLATE_NOOP, Joined, Sentence
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME

if TYPE_CHECKING:
    from app.core.context import AppContext

ABSURD_QUANTITY = Decimal("1000")

# Visit states
NEW = "new"  # imported; something needs a person's review
NEEDS_MAPPING = "needs_mapping"
READY = "ready"
COMMITTED = "committed"
SET_ASIDE = "set_aside"
STATES = (NEW, NEEDS_MAPPING, READY, COMMITTED, SET_ASIDE)

# What blocks or warns about a visit: English templates filled from their values (stored as the
# English text), shown in the UI's language through app.core.tr.retranslate(text, REASONS, …).
UNKNOWN_ACT = QT_TRANSLATE_NOOP(
    "vetelevage", "Unknown act code {code}: add it to the acts list (or push the list again)."
)
LEFT_UNMAPPED = QT_TRANSLATE_NOOP(
    "vetelevage",
    "Product {product} ({id}) was left unmapped on purpose{note}: map it or set the visit aside.",
)
NOT_MAPPED = QT_TRANSLATE_NOOP("vetelevage", "Product {product} ({id}) is not mapped to a clinic product.")
EMPTY_VISIT = QT_TRANSLATE_NOOP("vetelevage", "The visit has no act and no product.")
DUPLICATE = QT_TRANSLATE_NOOP("vetelevage", "Looks like a duplicate of {visits} (same breeder, same day).")
ZERO_QUANTITY = QT_TRANSLATE_NOOP("vetelevage", "Quantity 0 for {what}.")
ABSURD = QT_TRANSLATE_NOOP("vetelevage", "Quantity {qty} for {what} looks wrong.")
REASONS = (UNKNOWN_ACT, LEFT_UNMAPPED, NOT_MAPPED, EMPTY_VISIT, DUPLICATE, ZERO_QUANTITY, ABSURD)


@dataclass
class BillingLine:
    """One line a visit bills: an act or a product, the clinic's code, quantity and unit price."""

    line_no: int
    line_type: str  # acte | produit
    source_code: str
    lgcv_code: str
    libelle: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        """Quantity times unit price, to four decimals."""
        return (self.quantity * self.unit_price).quantize(Decimal("0.0001"))


@dataclass
class Evaluation:
    """A visit's state, billing lines, what blocks its commit, its warnings and unmapped products."""

    state: str
    lines: list[BillingLine]
    blocking: list[str]
    warnings: list[str]
    unmapped: list[str]

    @property
    def total(self) -> Decimal:
        """The amount of every billing line."""
        return sum((line.amount for line in self.lines), Decimal(0))


def evaluate(conn: Connection, visit_id: str) -> Evaluation:
    """Evaluate one stored visit against the acts list, the mappings and the clinic catalogue."""
    return evaluate_many(conn, [visit_id])[visit_id]


# Visits evaluated per set of queries (each query binds this many ids at most).
EVALUATE_CHUNK = 500


def evaluate_many(conn: Connection, visit_ids: Collection[str]) -> dict[str, Evaluation]:
    """Evaluate stored visits in a few set-based queries per chunk: visits, acts, product lines with
    their mapping, override and catalogue entry, products left unmapped, same-day twins.

    A visit that is not stored raises ``sqlalchemy.exc.NoResultFound``, as one query would.
    """
    ids = list(dict.fromkeys(visit_ids))
    out: dict[str, Evaluation] = {}
    for start in range(0, len(ids), EVALUATE_CHUNK):
        out.update(_evaluate_chunk(conn, ids[start : start + EVALUATE_CHUNK]))
    return out


def _lines_by_visit(
    conn: Connection,
    ids: list[str],
    lines: sa.Table,
    source: sa.FromClause,
    *columns: str | sa.ColumnElement[Any],
) -> dict[str, list[Row[Any]]]:
    """The ``lines`` of these visits read from ``source``, grouped by visit in line order (a visit
    without lines: an empty list); each row is the visit id, then ``columns`` (a name: the column of
    ``lines``)."""
    chosen = [lines.c[c] if isinstance(c, str) else c for c in columns]
    out: dict[str, list[Row[Any]]] = {i: [] for i in ids}
    for row in conn.execute(
        sa.select(lines.c.visit_id, *chosen)
        .select_from(source)
        .where(lines.c.visit_id.in_(ids))
        .order_by(lines.c.visit_id, lines.c.line_no)
    ):
        out[str(row[0])].append(row)
    return out


def _evaluate_chunk(conn: Connection, ids: list[str]) -> dict[str, Evaluation]:
    visits = {
        str(r["id"]): r
        for r in conn.execute(
            sa.select(t.visits.c.id, t.visits.c.state, t.visits.c.breeder_id, t.visits.c.visit_date).where(
                t.visits.c.id.in_(ids)
            )
        ).mappings()
    }
    missing = [i for i in ids if i not in visits]
    if missing:
        raise sa.exc.NoResultFound(f"No stored visit {missing[0]}")
    acts = _lines_by_visit(
        conn,
        ids,
        t.visit_acts,
        t.visit_acts.outerjoin(t.acts, t.acts.c.code == t.visit_acts.c.code),
        "code",
        "quantite",
        t.acts.c.libelle,
        t.acts.c.prix_ht,
    )
    chosen = sa.func.coalesce(t.line_overrides.c.lgcv_code, t.mappings.c.lgcv_code)
    products = _lines_by_visit(
        conn,
        ids,
        t.visit_products,
        _waiting_lines(with_visits=False).outerjoin(t.catalogue, t.catalogue.c.code == chosen),
        "produit_id",
        "libelle",
        "quantite",
        chosen.label("lgcv_code"),
        t.catalogue.c.libelle.label("clinic_libelle"),
        t.catalogue.c.prix_ht,
    )
    left = _left_unmapped(
        conn, sorted({str(r[1]) for rows in products.values() for r in rows if r[4] is None})
    )
    other = t.visits.alias("other")
    twins: dict[str, list[str]] = {i: [] for i in ids}
    for visit_id, twin_id in conn.execute(
        sa.select(t.visits.c.id, other.c.id)
        .select_from(
            t.visits.join(
                other,
                (other.c.compte_id == t.visits.c.compte_id)  # one account's twins (incoming._twins)
                & (other.c.breeder_id == t.visits.c.breeder_id)
                & (other.c.visit_date == t.visits.c.visit_date)
                & (other.c.id != t.visits.c.id),
            )
        )
        .where(t.visits.c.id.in_(ids))
        .where(t.visits.c.breeder_id != "")
    ):
        twins[str(visit_id)].append(str(twin_id))
    return {i: _evaluation(visits[i]["state"], acts[i], products[i], left, twins[i]) for i in ids}


def _evaluation(
    visit_state: str,
    act_rows: list[Row[Any]],
    product_rows: list[Row[Any]],
    left: dict[str, str],
    twins: list[str],
    *,
    with_lines: bool = True,
) -> Evaluation:
    """One visit's evaluation from its rows (acts and product lines in line order); without its
    billing lines when ``with_lines`` is False (an import needs the state and reasons only)."""
    lines: list[BillingLine] = []
    blocking: list[str] = []
    warnings: list[str] = []
    unmapped: list[str] = []
    n = 0
    for _visit, code, qty, libelle, price in act_rows:
        if libelle is None:
            blocking.append(_said(UNKNOWN_ACT, ("code", code)))
            continue
        if qty == 0 or qty > ABSURD_QUANTITY:
            _quantity_warnings(warnings, qty, code)
        if with_lines:
            lines.append(BillingLine(n, "acte", code, code, libelle, qty, price))
        n += 1
    for _visit, produit_id, libelle, qty, lgcv_code, clinic_libelle, price in product_rows:
        if lgcv_code is None:
            unmapped.append(produit_id)
            if produit_id in left:
                note = f" ({left[produit_id]})" if left[produit_id] else ""
                blocking.append(
                    _said(
                        LEFT_UNMAPPED, ("product", libelle or produit_id), ("id", produit_id), ("note", note)
                    )
                )
                continue
            blocking.append(_said(NOT_MAPPED, ("product", libelle or produit_id), ("id", produit_id)))
            continue
        if qty == 0 or qty > ABSURD_QUANTITY:
            _quantity_warnings(warnings, qty, libelle or produit_id)
        if with_lines:
            lines.append(
                BillingLine(n, "produit", produit_id, lgcv_code, clinic_libelle or libelle, qty, price)
            )
        n += 1
    if not act_rows and not product_rows:
        warnings.append(_said(EMPTY_VISIT))
    if twins:
        warnings.append(Sentence("vetelevage", DUPLICATE, visits=", ".join(sorted(twins))))
    if visit_state in (COMMITTED, SET_ASIDE):
        state = visit_state
    elif unmapped:
        state = NEEDS_MAPPING
    elif blocking or warnings:
        state = NEW
    else:
        state = READY
    return Evaluation(state, lines, blocking, warnings, sorted(set(unmapped)))


@functools.lru_cache(maxsize=4096)
def _said(template: str, *values: tuple[str, Any]) -> Sentence:
    """The reason ``template`` filled with ``values`` (name, value pairs): one shared sentence for
    the many visits that give the same reason (an unmapped product, an unknown act)."""
    return Sentence("vetelevage", template, **dict(values))


def _left_unmapped(conn: Connection, produit_ids: list[str]) -> dict[str, str]:
    """Which of these products a person left unmapped on purpose, with their note."""
    if not produit_ids:
        return {}
    rows = conn.execute(
        sa.select(t.unmapped_on_purpose.c.produit_id, t.unmapped_on_purpose.c.note).where(
            t.unmapped_on_purpose.c.produit_id.in_(produit_ids)
        )
    ).all()
    return {str(r[0]): str(r[1] or "") for r in rows}


def _quantity_warnings(warnings: list[str], qty: Decimal, what: str) -> None:
    if qty == 0:
        warnings.append(_said(ZERO_QUANTITY, ("what", what)))
    elif qty > ABSURD_QUANTITY:
        warnings.append(_said(ABSURD, ("qty", str(qty)), ("what", what)))  # "1500.0" stays "1500.0"


def _refresh_states(conn: Connection, visit_ids: list[str] | None = None) -> None:
    """Re-evaluate the waiting visits (these ones, or all of them) and store their state and warnings
    (set-based: a few queries per chunk of visits, one executemany of the new states)."""
    query = sa.select(t.visits.c.id).where(t.visits.c.state.notin_([COMMITTED, SET_ASIDE]))
    if visit_ids is not None:
        if not visit_ids:
            return
        waiting: list[str] = []
        for start in range(0, len(visit_ids), EVALUATE_CHUNK):
            chunk = visit_ids[start : start + EVALUATE_CHUNK]
            waiting.extend(conn.execute(query.where(t.visits.c.id.in_(chunk))).scalars())
    else:
        waiting = list(conn.execute(query).scalars())
    if not waiting:
        _sync_reviews(conn, {}, visit_ids)
        return
    evaluations = evaluate_many(conn, waiting)
    _sync_reviews(conn, evaluations, visit_ids)
    conn.execute(
        sa.update(t.visits)
        .where(t.visits.c.id == sa.bindparam("b_id"))
        .values(state=sa.bindparam("b_state"), warnings=sa.bindparam("b_warnings")),
        [
            {"b_id": visit_id, "b_state": ev.state, "b_warnings": "\n".join(ev.blocking + ev.warnings)}
            for visit_id, ev in evaluations.items()
        ],
    )


# The attention item of a visit waiting for a person's review (an unknown act, a warning).
REVIEW = "visit_to_review"


def _sync_reviews(conn: Connection, evaluations: dict[str, Evaluation], scope: list[str] | None) -> None:
    """One attention item per visit of ``scope`` (None: every visit) waiting for a review, with
    what stops it; none for the others (mapped, ready, committed, set aside). Visits stopped by the
    same reasons (the same sentences: see :func:`_said`) share one value, stored once."""
    joined: dict[tuple[int, ...], Joined] = {}  # by the reasons' identities: alive meanwhile
    wanted: dict[str, Wanted] = {}
    for visit_id, ev in evaluations.items():
        if ev.state != NEW:
            continue
        reasons = ev.blocking + ev.warnings
        key = tuple(map(id, reasons))
        reason = joined.get(key)
        if reason is None:
            reason = joined[key] = Joined(reasons)  # each with its template
        wanted[visit_id] = Wanted(_REVIEW_REASON, {"visit": visit_id, "reason": reason}, "review")
    keep_only(conn, NAME, REVIEW, wanted, within=scope)


_REVIEW_REASON = QT_TRANSLATE_NOOP("attention", "Visit {visit} waits for your review: {reason}")


def refresh_states(ctx: AppContext) -> None:
    """Re-evaluate every waiting visit and bring the attention items up to date."""
    with ctx.db.transaction() as conn:
        _refresh_states(conn)
        _sync_unmapped_attention(ctx, conn)


def counts_by_state(ctx: AppContext) -> dict[str, int]:
    """How many visits are in each state."""
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(t.visits.c.state, sa.func.count()).group_by(t.visits.c.state)).all()
    return {state: int(n) for state, n in rows}


def visit_detail(ctx: AppContext, visit_id: str) -> tuple[dict[str, Any], Evaluation]:
    """A stored visit's row and its evaluation; InputError if there is no such visit."""
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(t.visits).where(t.visits.c.id == visit_id)).mappings().first()
        if row is None:
            raise refused(QT_TRANSLATE_NOOP("errors", "No visit {visit}."), "visit_id", visit=visit_id)
        return dict(row), evaluate(conn, visit_id)


def _states(conn: Connection, visit_ids: list[str]) -> dict[str, str]:
    if not visit_ids:
        return {}
    rows = conn.execute(sa.select(t.visits.c.id, t.visits.c.state).where(t.visits.c.id.in_(visit_ids))).all()
    return {str(r[0]): str(r[1]) for r in rows}


def _waiting_lines(*, with_visits: bool = True) -> sa.sql.expression.Join:
    """Visit product lines with their mapping and their per-visit override (and their visit)."""
    lines = t.visit_products.join(t.visits) if with_visits else t.visit_products
    return lines.outerjoin(t.mappings, t.mappings.c.produit_id == t.visit_products.c.produit_id).outerjoin(
        t.line_overrides,
        (t.line_overrides.c.visit_id == t.visit_products.c.visit_id)
        & (t.line_overrides.c.line_no == t.visit_products.c.line_no),
    )


def _unmapped_products(conn: Connection, only: Collection[str] | None = None) -> list[Row[Any]]:
    """(produit_id, libelle, gtin, waiting visits) for every product that waiting visits cannot bill
    (only these products when ``only`` names some)."""
    query = (
        sa.select(
            t.visit_products.c.produit_id,
            sa.func.max(t.visit_products.c.libelle),
            sa.func.max(t.visit_products.c.gtin),
            sa.func.count(sa.distinct(t.visit_products.c.visit_id)),
        )
        .select_from(_waiting_lines())
        .where(t.mappings.c.produit_id.is_(None))
        .where(t.line_overrides.c.lgcv_code.is_(None))
        .where(t.visits.c.state.notin_([COMMITTED, SET_ASIDE]))
        .group_by(t.visit_products.c.produit_id)
    )
    if only is not None:
        if not only:
            return []
        query = query.where(t.visit_products.c.produit_id.in_(sorted(only)))
    return list(conn.execute(query).all())


def _sync_unmapped_attention(
    ctx: AppContext, conn: Connection, products: Collection[str] | None = None, batch_id: int | None = None
) -> None:
    """One attention item per unmapped product with waiting visits (not one per visit), and one per
    held visit. An import passes the products and the batch it stored: only those items change."""
    unmapped = _unmapped_products(conn, products)
    left = _left_unmapped(conn, [r[0] for r in unmapped])  # a person decided: nothing to remind
    a = attention_table.c
    for start in range(0, len(left), 500):
        conn.execute(
            sa.delete(attention_table)
            .where((a.integration == NAME) & (a.kind == "unmapped_product"))
            .where(a.ref.in_(sorted(left)[start : start + 500]))
        )
    ctx.attention.raise_many(
        NAME,
        "unmapped_product",
        {
            produit_id: Wanted(
                QT_TRANSLATE_NOOP(
                    "attention", "Visits waiting for a clinic product for {product} ({code}): {count}."
                ),
                {"product": libelle or produit_id, "code": produit_id, "count": count},
                "open_mapping",
            )
            for produit_id, libelle, _gtin, count in unmapped
            if produit_id not in left
        },
        conn=conn,
    )
    held_query = (
        sa.select(t.held.c.id, t.held.c.reason, t.batches.c.lot)
        .select_from(t.held.join(t.batches))
        .where(t.held.c.resolved_at.is_(None))
    )
    if batch_id is not None:
        held_query = held_query.where(t.held.c.batch_id == batch_id)
    held_rows = conn.execute(held_query).all()
    for held_id, reason, lot in held_rows:
        ctx.attention.raise_item(
            NAME,
            "held_visit",
            f"{lot}#{held_id}",
            QT_TRANSLATE_NOOP("attention", "A visit of batch {lot} could not be read and is held: {reason}"),
            args={"lot": lot, "reason": reason},
            action="review",
            conn=conn,
        )
