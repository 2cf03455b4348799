"""Export: the committed billing lines, each written to exactly one file for the billing software.

Owns the export as a two-step, resumable workflow: the lines not exported yet are assigned
to a new export in the database, then its file (CSV, optionally French-Excel, or JSON) is
written atomically and the export marked done; an export interrupted in between is
rewritten from its recorded lines by the next call.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core import atomic, crashpoints
from app.core.db import utcnow
from app.core.errors import InputError
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME

if TYPE_CHECKING:
    from app.core.context import AppContext

EXPORT_COLUMNS = [
    "visit_id",
    "line_type",
    "source_code",
    "lgcv_code",
    "quantity",
    "libelle",
    "unit_price",
    "amount",
    "visit_date",
    "compte_id",
    "breeder_id",
    "cheptel",
    "vet_id",
    "entry",
    "revision",
    "ledger_id",
]


@dataclass
class ExportResult:
    """An export: its id, the file written and how many billing lines it holds."""

    export_id: int | None
    path: str
    lines: int


def export_new(ctx: AppContext, out: str | Path, fmt: str = "csv", *, excel_fr: bool = False) -> ExportResult:
    """Export the committed billing lines not exported yet: each line appears in exactly one export.

    Two steps, both resumable: the lines are assigned to the export in the database, then the file
    is written (atomically) and the export marked done. A crash in between is finished by the next
    call, which rewrites that export's file from its recorded lines instead of repeating them.
    """
    if fmt not in ("csv", "json"):
        raise InputError("--format must be csv or json.", field="format")
    _finish_unwritten_exports(ctx)
    path = Path(out)
    with ctx.db.transaction() as conn:
        pending = (
            conn.execute(
                sa.select(t.ledger.c.id)
                .outerjoin(t.export_lines, t.export_lines.c.ledger_id == t.ledger.c.id)
                .where(t.export_lines.c.ledger_id.is_(None))
                .order_by(t.ledger.c.id)
            )
            .scalars()
            .all()
        )
        export_id = conn.execute(
            sa.insert(t.exports)
            .values(
                created_at=utcnow(),
                format=fmt + (":fr" if excel_fr else ""),
                path=str(path.resolve()),
                state="writing",
                line_count=len(pending),
            )
            .returning(t.exports.c.id)
        ).scalar_one()
        if pending:
            conn.execute(
                sa.insert(t.export_lines), [{"export_id": export_id, "ledger_id": i} for i in pending]
            )
    crashpoints.step("vetelevage.export.recorded")
    _write_export(ctx, export_id)
    return ExportResult(export_id, str(path), len(pending))


def _finish_unwritten_exports(ctx: AppContext) -> None:
    with ctx.db.read() as conn:
        ids = conn.execute(sa.select(t.exports.c.id).where(t.exports.c.state == "writing")).scalars().all()
    for export_id in ids:
        _write_export(ctx, export_id)


def _write_export(ctx: AppContext, export_id: int) -> None:
    with ctx.db.read() as conn:
        export = conn.execute(sa.select(t.exports).where(t.exports.c.id == export_id)).mappings().one()
        rows = (
            conn.execute(
                sa.select(
                    t.ledger,
                    t.visits.c.visit_date,
                    t.visits.c.compte_id,
                    t.visits.c.breeder_id,
                    t.visits.c.cheptel,
                    t.visits.c.vet_id,
                )
                .select_from(
                    t.export_lines.join(t.ledger, t.ledger.c.id == t.export_lines.c.ledger_id).join(t.visits)
                )
                .where(t.export_lines.c.export_id == export_id)
                .order_by(t.ledger.c.id)
            )
            .mappings()
            .all()
        )
    records = [{**{k: r[k] for k in EXPORT_COLUMNS if k != "ledger_id"}, "ledger_id": r["id"]} for r in rows]
    fmt, _, variant = export["format"].partition(":")
    path = Path(export["path"])
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        atomic.write_text(
            path,
            json.dumps({"export_id": export_id, "lines": records}, ensure_ascii=False, default=str, indent=1),
        )
    else:
        french = variant == "fr"
        with atomic.atomic_open(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";" if french else ",")
            writer.writerow(EXPORT_COLUMNS)
            for rec in records:
                writer.writerow([_cell(rec[c], french) for c in EXPORT_COLUMNS])
    crashpoints.step("vetelevage.export.written")
    with ctx.db.transaction() as conn:
        conn.execute(sa.update(t.exports).where(t.exports.c.id == export_id).values(state="done"))
        ctx.journal.record(
            NAME,
            "export",
            "ok",
            QT_TRANSLATE_NOOP("journal", "export {export}: {n} billing line(s) to {file}"),
            args={"export": export_id, "n": len(records), "file": path.name},
            keys=[f"export:{export_id}"],
            counts={"lines": len(records)},
            conn=conn,
        )


def _cell(value: Any, french: bool) -> str:
    if isinstance(value, Decimal):
        text = (
            format(value.normalize(), "f") if value == value.to_integral() else format(value, "f").rstrip("0")
        )
        return text.replace(".", ",") if french else text
    return "" if value is None else str(value)
