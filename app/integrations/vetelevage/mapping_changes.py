"""Mapping changes: what a new, changed or deleted mapping does to the visits' billing lines.

Owns the preview of the lines that change (every visit not committed yet: it is re-evaluated;
a committed visit is listed too but stays as billed, with an attention item asking for a
correction entry), the removal of a mapping, and the products a person leaves unmapped on
purpose (stored, so the queue and the visits waiting on them say so).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Unpack

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.core.db import utcnow
from app.core.errors import InputError, UserMessage
from app.core.json_fields import json_fields
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME
from app.integrations.vetelevage.edits import MAPPINGS, VISITS, EditDetails, record_edit
from app.integrations.vetelevage.evaluation import (
    COMMITTED,
    _refresh_states,
    _sync_unmapped_attention,
    _waiting_lines,
)
from app.integrations.vetelevage.ledger import MAPPING_CHANGED, flag_changed_after_commit

if TYPE_CHECKING:
    from app.core.context import AppContext


def refused(template: str, field: str, **args: Any) -> InputError:
    """An InputError whose sentence is a QT_TRANSLATE_NOOP("errors", …) template, shown translated."""
    exc = InputError(template.format(**args), field=field)
    exc.user_message = UserMessage(template, {k: str(v) for k, v in args.items()})  # type: ignore[attr-defined]
    return exc


@dataclass(frozen=True)
class LineChange:
    """One visit line whose billing changes: the clinic product before and after (None: not billed)."""

    visit_id: str
    state: str
    line_no: int
    produit_id: str
    libelle: str
    quantity: Decimal
    before: str | None
    before_libelle: str
    before_amount: Decimal | None
    after: str | None
    after_libelle: str
    after_amount: Decimal | None

    @property
    def committed(self) -> bool:
        """A committed visit stays as billed: the change asks for a correction entry instead."""
        return self.state == COMMITTED

    def as_dict(self) -> dict[str, Any]:
        """The change as the CLI's --json prints it (amounts as text, exact)."""
        return json_fields(self, _CHANGE_JSON)


# What --json prints of a LineChange, in this order.
_CHANGE_JSON = (
    "visit_id",
    "state",
    "line_no",
    "produit_id",
    "quantity",
    "before",
    "after",
    "before_amount",
    "after_amount",
    "committed",
)


def mapping_row(conn: Connection, produit_id: str) -> tuple[str, int] | None:
    """The clinic code a product is mapped to and the mapping's version, or None."""
    row = conn.execute(
        sa.select(t.mappings.c.lgcv_code, t.mappings.c.version).where(t.mappings.c.produit_id == produit_id)
    ).first()
    return (row[0], row[1]) if row else None


def lines_following_mapping(*columns: str | sa.ColumnElement[Any]) -> sa.Select[Any]:
    """``columns`` (a name: the visit line's column of that name) of the visit lines billed by their
    product's mapping (lines billed as chosen for one visit only do not follow it), with the visit
    and the mapping joined."""
    chosen = [t.visit_products.c[c] if isinstance(c, str) else c for c in columns]
    return sa.select(*chosen).select_from(_waiting_lines()).where(t.line_overrides.c.lgcv_code.is_(None))


def line_changes(conn: Connection, produit_id: str, new_code: str | None) -> list[LineChange]:
    """The visit lines of ``produit_id`` billed through its mapping whose clinic product would
    change if the mapping became ``new_code`` (None: removed); committed visits included."""
    current = mapping_row(conn, produit_id)
    old_code = current[0] if current else None
    if old_code == new_code:
        return []
    items = {
        r["code"]: r
        for r in conn.execute(
            sa.select(t.catalogue).where(t.catalogue.c.code.in_([c for c in (old_code, new_code) if c]))
        ).mappings()
    }
    if new_code is not None and new_code not in items:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Clinic product {code} is not in the catalogue."),
            "lgcv_code",
            code=new_code,
        )
    rows = conn.execute(
        lines_following_mapping("visit_id", t.visits.c.state, "line_no", "libelle", "quantite")
        .where(t.visit_products.c.produit_id == produit_id)
        .order_by(t.visits.c.visit_date, t.visit_products.c.visit_id, t.visit_products.c.line_no)
    ).all()

    def amount(code: str | None, qty: Decimal) -> Decimal | None:
        return None if code is None else (qty * items[code]["prix_ht"]).quantize(Decimal("0.01"))

    return [
        LineChange(
            visit_id,
            state,
            line_no,
            produit_id,
            libelle or "",
            qty,
            old_code,
            items[old_code]["libelle"] if old_code in items else "",
            amount(old_code, qty) if old_code in items else None,
            new_code,
            items[new_code]["libelle"] if new_code else "",
            amount(new_code, qty),
        )
        for visit_id, state, line_no, libelle, qty in rows
    ]


def preview_change(ctx: AppContext, produit_id: str, new_code: str | None) -> list[LineChange]:
    """The lines that would change if ``produit_id`` were mapped to ``new_code`` (None: unmapped)."""
    with ctx.db.read() as conn:
        return line_changes(conn, produit_id, new_code)


def apply_changes(ctx: AppContext, conn: Connection, produit_id: str, changes: list[LineChange]) -> None:
    """After a mapping changed: re-evaluate the waiting visits it concerns, and ask for a
    correction entry on each committed one (never changed silently)."""
    _refresh_states(conn, sorted({c.visit_id for c in changes if not c.committed}))
    for visit_id in sorted({c.visit_id for c in changes if c.committed}):
        flag_changed_after_commit(ctx, conn, visit_id, MAPPING_CHANGED, product=produit_id)
    ctx.changes.notify(VISITS, produit_id, conn=conn)


def delete_mapping(
    ctx: AppContext, produit_id: str, *, expected_version: int | None = None
) -> list[LineChange]:
    """Remove a product's mapping: its waiting visits wait for a mapping again; returns the lines
    that changed (committed visits stay as billed and get an attention item)."""
    with ctx.db.transaction() as conn:
        current = mapping_row(conn, produit_id)
        if current is None:
            raise refused(
                QT_TRANSLATE_NOOP("errors", "{product} has no mapping (perhaps removed meanwhile)."),
                "produit_id",
                product=produit_id,
            )
        code, version = current
        if expected_version is not None and version != expected_version:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors", "The mapping of {product} was changed meanwhile by another desk; look again."
                ),
                "produit_id",
                product=produit_id,
            )
        changes = line_changes(conn, produit_id, None)
        conn.execute(
            sa.delete(t.mappings)
            .where(t.mappings.c.produit_id == produit_id)
            .where(t.mappings.c.version == version)
        )
        apply_changes(ctx, conn, produit_id, changes)
        _sync_unmapped_attention(ctx, conn)
        record_edit(
            ctx,
            conn,
            MAPPINGS,
            produit_id,
            "mapping_delete",
            "ok",
            QT_TRANSLATE_NOOP("journal", "mapping of {product} to {code} removed; lines changed: {n}"),
            args={"product": produit_id, "code": code, "n": len(changes)},
            keys=[produit_id, code, *sorted({c.visit_id for c in changes})],
            counts={"lines": len(changes)},
        )
    return changes


def leave_unmapped(ctx: AppContext, produit_id: str, note: str = "", who: str = "") -> None:
    """Leave a product without a clinic product on purpose: its visits keep waiting and say so,
    and the queue lists it last; mapping it later removes the decision."""
    note = note.strip()
    with ctx.db.transaction() as conn:
        if mapping_row(conn, produit_id) is not None:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{product} is mapped: remove its mapping first (Mappings), then leave it unmapped.",
                ),
                "produit_id",
                product=produit_id,
            )
        conn.execute(sa.delete(t.unmapped_on_purpose).where(t.unmapped_on_purpose.c.produit_id == produit_id))
        conn.execute(
            sa.insert(t.unmapped_on_purpose).values(
                produit_id=produit_id, note=note, decided_at=utcnow(), decided_by=who or ctx.journal.who
            )
        )
        _refresh_states(conn)
        _sync_unmapped_attention(ctx, conn)
        record_decision(
            ctx,
            conn,
            produit_id,
            "mapping_skip",
            "info",
            QT_TRANSLATE_NOOP("journal", "product {product} left unmapped on purpose"),
            args={"product": produit_id},
        )


def record_decision(
    ctx: AppContext,
    conn: Connection,
    produit_id: str,
    action: str,
    outcome: str,
    summary: str,
    **details: Unpack[EditDetails],
) -> None:
    """A product is decided (mapped, or left unmapped on purpose): its "unmapped product" item goes,
    the edit is journalled and announced (see :func:`record_edit`)."""
    ctx.attention.clear(NAME, "unmapped_product", produit_id, conn=conn)
    record_edit(ctx, conn, MAPPINGS, produit_id, action, outcome, summary, **details)


def forget_decision(conn: Connection, produit_id: str) -> None:
    """A product is mapped now: it is no longer left unmapped on purpose."""
    conn.execute(sa.delete(t.unmapped_on_purpose).where(t.unmapped_on_purpose.c.produit_id == produit_id))


def undo_leave_unmapped(ctx: AppContext, produit_id: str) -> None:
    """Take back "leave unmapped on purpose": the product waits in the queue for a mapping again."""
    with ctx.db.transaction() as conn:
        forget_decision(conn, produit_id)
        _refresh_states(conn)
        _sync_unmapped_attention(ctx, conn)
        ctx.changes.notify(MAPPINGS, produit_id, conn=conn)
