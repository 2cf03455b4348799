"""Ledger: committing reviewed visits to billing, exactly once, and what may happen after.

Owns the billing ledger: a commit writes a visit's billing lines once (a unique key and the
visit's version guard it against a second desk), a visit can be set aside and restored
before it is committed, and a committed visit changed afterwards gets a correction entry
(the difference, per act or product, between what was billed and what it bills now).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.core import crashpoints
from app.core.db import utcnow
from app.core.errors import InputError, UserMessage
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Joined, Sentence, plural
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME
from app.integrations.vetelevage.edits import VISITS, record_edit
from app.integrations.vetelevage.evaluation import (
    COMMITTED,
    NEW,
    READY,
    REVIEW,
    SET_ASIDE,
    BillingLine,
    _refresh_states,
    evaluate,
)

if TYPE_CHECKING:
    from app.core.context import AppContext


def committed_lines(ctx: AppContext, visit_id: str) -> list[dict[str, Any]]:
    """The ledger rows of a visit, original lines then corrections, in order."""
    with ctx.db.read() as conn:
        return [
            dict(r)
            for r in conn.execute(
                sa.select(t.ledger)
                .where(t.ledger.c.visit_id == visit_id)
                .order_by(t.ledger.c.revision, t.ledger.c.line_no)
            ).mappings()
        ]


class AlreadyCommitted(InputError):
    """The visit is committed already (perhaps by another desk): it is billed once and stays so."""


def commit_visit(ctx: AppContext, visit_id: str, who: str = "") -> list[BillingLine]:
    """Write the visit's billing lines to the ledger, exactly once (a unique key guards it)."""
    who = who or ctx.journal.who
    with ctx.db.transaction() as conn:
        row = conn.execute(
            sa.select(t.visits.c.state, t.visits.c.version).where(t.visits.c.id == visit_id)
        ).first()
        if row is None:
            raise refused(QT_TRANSLATE_NOOP("errors", "No visit {visit}."), "visit_id", visit=visit_id)
        if row[0] == COMMITTED:
            raise AlreadyCommitted(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors", "Visit {visit} is already committed: it was billed once and stays so."
                    ),
                    visit=visit_id,
                ),
                field="visit_id",
            )
        ev = evaluate(conn, visit_id)
        if ev.blocking:
            raise refused(
                QT_TRANSLATE_NOOP("errors", "Visit {visit} cannot be committed yet: {reasons}"),
                "visit_id",
                visit=visit_id,
                reasons=Joined(ev.blocking),
            )
        now = utcnow()
        updated = conn.execute(
            sa.update(t.visits)
            .where(t.visits.c.id == visit_id)
            .where(t.visits.c.version == row[1])
            .where(t.visits.c.state != COMMITTED)
            .values(state=COMMITTED, committed_at=now, committed_by=who, version=row[1] + 1)
        )
        if updated.rowcount != 1:
            raise AlreadyCommitted(
                f"Visit {visit_id} was committed meanwhile by another desk.", field="visit_id"
            )
        ctx.attention.clear(NAME, REVIEW, visit_id, conn=conn)  # reviewed: billed
        try:
            if ev.lines:
                conn.execute(
                    sa.insert(t.ledger),
                    [_ledger_row(visit_id, 0, line, "original", now, who) for line in ev.lines],
                )
        except sa.exc.IntegrityError:
            raise AlreadyCommitted(
                f"Visit {visit_id} was committed meanwhile by another desk.", field="visit_id"
            ) from None
        record_edit(
            ctx,
            conn,
            VISITS,
            visit_id,
            "commit",
            "ok",
            plural.translate("journal", "visit {visit} committed: %n billing line(s)", None, 0),
            args={"visit": visit_id, "n": len(ev.lines)},
            counts={"lines": len(ev.lines)},
        )
    crashpoints.step("vetelevage.commit.done")
    return ev.lines


def _ledger_row(
    visit_id: str, revision: int, line: BillingLine, entry: str, now: dt.datetime, who: str
) -> dict[str, Any]:
    return {
        "visit_id": visit_id,
        "revision": revision,
        "line_no": line.line_no,
        "line_type": line.line_type,
        "source_code": line.source_code,
        "lgcv_code": line.lgcv_code,
        "libelle": line.libelle,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "amount": line.amount,
        "entry": entry,
        "created_at": now,
        "created_by": who,
    }


def commit_ready(ctx: AppContext, who: str = "") -> tuple[list[str], list[str]]:
    """Commit every visit whose products are all mapped and that needs no review."""
    with ctx.db.read() as conn:
        ready = (
            conn.execute(
                sa.select(t.visits.c.id)
                .where(t.visits.c.state == READY)
                .order_by(t.visits.c.visit_date, t.visits.c.id)
            )
            .scalars()
            .all()
        )
    done, skipped = [], []
    for visit_id in ready:
        try:
            commit_visit(ctx, visit_id, who)
            done.append(visit_id)
        except InputError:
            skipped.append(visit_id)
    return done, skipped


def set_aside(ctx: AppContext, visit_id: str, reason: str) -> None:
    """Put a visit that is not committed aside, with the reason (required, shown on the visit);
    it is not billed until restored."""
    reason = reason.strip()
    if not reason:
        exc = InputError("Say why the visit is set aside: a reason is required.", field="reason")
        exc.user_message = UserMessage(  # type: ignore[attr-defined]
            QT_TRANSLATE_NOOP("errors", "Say why the visit is set aside: a reason is required.")
        )
        raise exc
    with ctx.db.transaction() as conn:
        updated = conn.execute(
            sa.update(t.visits)
            .where(t.visits.c.id == visit_id)
            .where(t.visits.c.state != COMMITTED)
            .values(state=SET_ASIDE, set_aside_reason=reason, version=t.visits.c.version + 1)
        )
        if updated.rowcount != 1:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors", "Visit {visit} cannot be set aside (unknown or already committed)."
                ),
                "visit_id",
                visit=visit_id,
            )
        ctx.attention.clear(NAME, REVIEW, visit_id, conn=conn)  # reviewed: not billed now
        record_edit(
            ctx,
            conn,
            VISITS,
            visit_id,
            "set_aside",
            "info",
            QT_TRANSLATE_NOOP("journal", "visit {visit} set aside"),
            args={"visit": visit_id},
        )


def restore_visit(ctx: AppContext, visit_id: str) -> None:
    """Bring a set-aside visit back to review and re-evaluate it."""
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(t.visits)
            .where(t.visits.c.id == visit_id)
            .where(t.visits.c.state == SET_ASIDE)
            .values(state=NEW, set_aside_reason=None, version=t.visits.c.version + 1)
        )
        _refresh_states(conn, [visit_id])
        ctx.changes.notify(VISITS, visit_id, conn=conn)


def correct_visit(ctx: AppContext, visit_id: str, who: str = "") -> list[dict[str, Any]]:
    """After a commit, a change is a correction entry: the previous lines reversed, the new ones added."""
    who = who or ctx.journal.who
    with ctx.db.transaction() as conn:
        state = conn.execute(
            sa.select(t.visits.c.state).where(t.visits.c.id == visit_id)
        ).scalar_one_or_none()
        if state != COMMITTED:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors", "Visit {visit} is not committed: change it before committing instead."
                ),
                "visit_id",
                visit=visit_id,
            )
        rows = conn.execute(sa.select(t.ledger).where(t.ledger.c.visit_id == visit_id)).mappings().all()
        net: dict[tuple[str, str, str], Decimal] = {}
        for r in rows:
            k = (r["line_type"], r["source_code"], r["lgcv_code"])
            net[k] = net.get(k, Decimal(0)) + r["quantity"]
        conn.execute(sa.update(t.visits).where(t.visits.c.id == visit_id).values(state=NEW))
        ev = evaluate(conn, visit_id)
        conn.execute(sa.update(t.visits).where(t.visits.c.id == visit_id).values(state=COMMITTED))
        if ev.blocking:
            raise refused(
                QT_TRANSLATE_NOOP("errors", "The correction cannot be computed: {reasons}"),
                "visit_id",
                reasons=Joined(ev.blocking),
            )
        # The same act or product can appear on several lines of a visit: compare totals per item.
        wanted: dict[tuple[str, str, str], BillingLine] = {}
        for line in ev.lines:
            key = (line.line_type, line.source_code, line.lgcv_code)
            first = wanted.get(key)
            wanted[key] = line if first is None else replace(first, quantity=first.quantity + line.quantity)
        revision = max((r["revision"] for r in rows), default=0) + 1
        now = utcnow()
        new_rows = []
        n = 0
        for k in sorted(set(net) | set(wanted)):
            target = wanted[k].quantity if k in wanted else Decimal(0)
            delta = target - net.get(k, Decimal(0))
            if delta == 0:
                continue
            price = (
                wanted[k].unit_price
                if k in wanted
                else next(
                    r["unit_price"] for r in rows if (r["line_type"], r["source_code"], r["lgcv_code"]) == k
                )
            )
            libelle = wanted[k].libelle if k in wanted else ""
            line = BillingLine(n, k[0], k[1], k[2], libelle, delta, price)
            new_rows.append(_ledger_row(visit_id, revision, line, "correction", now, who))
            n += 1
        if new_rows:
            conn.execute(sa.insert(t.ledger), new_rows)
            conn.execute(
                sa.update(t.visits).where(t.visits.c.id == visit_id).values(version=t.visits.c.version + 1)
            )
            ctx.journal.record(
                NAME,
                "correction",
                "ok",
                QT_TRANSLATE_NOOP("journal", "visit {visit}: correction revision {revision}"),
                args={"visit": visit_id, "revision": revision},
                keys=[visit_id],
                counts={"lines": len(new_rows)},
                conn=conn,
            )
        ctx.attention.clear(NAME, "changed_after_commit", visit_id, conn=conn)
    return new_rows


# Why a billed visit asks for a review (the attention item "changed_after_commit").
CHANGED_IN_VETELEVAGE = QT_TRANSLATE_NOOP(
    "attention",
    "Visit {visit} was changed in Vétélevage after it was billed: review it and post a correction if needed.",
)
MAPPING_CHANGED = QT_TRANSLATE_NOOP(
    "attention",
    "The mapping of {product} changed after visit {visit} was billed: review it and post "
    "a correction if needed.",
)


def flag_changed_after_commit(
    ctx: AppContext, conn: Connection, visit_id: str, sentence: str, **args: object
) -> None:
    """Ask for a review of a billed visit that changed (never corrected silently): ``sentence`` is an
    attention template with {visit} and the other ``args``; a correction clears it."""
    ctx.attention.raise_item(
        NAME,
        "changed_after_commit",
        visit_id,
        sentence,
        args={"visit": visit_id, **args},
        action="review",
        conn=conn,
    )
