"""Reconciliation: for a period, were all the imported visits committed and exported, and what still waits.

Owns the read-only summary used to close a period: visits imported, committed and exported,
the visits still waiting with the reason, and the amount billed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

import sqlalchemy as sa

from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.evaluation import COMMITTED, NEEDS_MAPPING, NEW, READY, SET_ASIDE

if TYPE_CHECKING:
    from app.core.context import AppContext


@dataclass
class Reconciliation:
    """A period's counts: visits imported, committed and exported, what waits and why, the total billed."""

    imported: int
    committed: int
    exported: int
    waiting: dict[str, int]
    waiting_visits: list[tuple[str, str, str]]  # (visit id, state, reason)
    billed_total: Decimal


# The reason of a ready visit (English; the CLI says it through translate("vetelevage", …)).
READY_TO_COMMIT = QT_TRANSLATE_NOOP("vetelevage", "Ready to commit.")


def reconciliation(ctx: AppContext, since: str = "", until: str = "") -> Reconciliation:
    """Per period (visit date, YYYY-MM-DD): imported vs committed vs exported, and what still waits."""
    with ctx.db.read() as conn:
        where = []
        if since:
            where.append(t.visits.c.visit_date >= since)
        if until:
            where.append(t.visits.c.visit_date <= until)
        rows = conn.execute(
            sa.select(
                t.visits.c.id, t.visits.c.state, t.visits.c.warnings, t.visits.c.set_aside_reason
            ).where(*where)
        ).all()
        exported_visits = set(
            conn.execute(
                sa.select(sa.distinct(t.ledger.c.visit_id)).select_from(t.ledger.join(t.export_lines))
            ).scalars()
        )
        amounts = conn.execute(sa.select(t.ledger.c.visit_id, t.ledger.c.amount)).all()
    ids = {r[0] for r in rows}
    waiting: dict[str, int] = {}
    waiting_visits = []
    for visit_id, state, warnings, reason in rows:
        if state in (NEW, NEEDS_MAPPING, READY, SET_ASIDE):
            waiting[state] = waiting.get(state, 0) + 1
            why = (
                reason if state == SET_ASIDE else (warnings.splitlines()[0] if warnings else READY_TO_COMMIT)
            )
            waiting_visits.append((visit_id, state, why or ""))
    return Reconciliation(
        imported=len(rows),
        committed=sum(1 for r in rows if r[1] == COMMITTED),
        exported=len(ids & exported_visits),
        waiting=waiting,
        waiting_visits=sorted(waiting_visits),
        billed_total=sum((a for v, a in amounts if v in ids), Decimal(0)),
    )
