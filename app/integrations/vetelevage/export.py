"""Export: the committed billing lines, each written to exactly one file for the billing software.

Owns the export as a two-step, resumable workflow: the lines not exported yet are assigned
to a new export in the database, then its file (CSV, optionally French-Excel, XLSX or JSON)
is written atomically and the export marked done. An export interrupted in between (a crash)
is rewritten from its recorded lines by the next call. An export whose file could not be
written (a read-only folder, a file open in another program, a full disk) is released at
once: its lines go back to "not exported", so the next export — to the path then asked for —
carries them, and the error names the file and the cause. Text cells are formula-safe.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core import atomic, crashpoints
from app.core.db import utcnow
from app.core.json_fields import json_fields
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, plural
from app.core.write_errors import NotWritten, not_written
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME
from app.integrations.vetelevage.spreadsheet import Money, write_csv, write_xlsx

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.vetelevage")

FORMATS = ("csv", "json", "xlsx")
WRITING, DONE, FAILED = "writing", "done", "failed"

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
    """An export: its id, the file written and how many billing lines it holds.

    ``finished`` lists the exports interrupted by a crash that this call wrote first (to the
    file each was asked for), so that none of their lines is silently elsewhere.
    """

    export_id: int | None
    path: str
    lines: int
    finished: list[ExportResult] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The export and the interrupted ones finished first, for JSON output."""
        shown = ("export_id", "lines", "path")
        return {**json_fields(self, shown), "finished": [json_fields(f, shown) for f in self.finished]}


def export_new(ctx: AppContext, out: str | Path, fmt: str = "csv", *, excel_fr: bool = False) -> ExportResult:
    """Export the committed billing lines not exported yet: each line appears in exactly one export;
    with none, no file is written (``export_id`` None, ``lines`` 0).

    Two steps, both resumable: the lines are assigned to the export in the database, then the file
    is written (atomically) and the export marked done. A crash in between is finished by the next
    call, which rewrites that export's file from its recorded lines instead of repeating them. A
    file that cannot be written releases its lines and raises :class:`NotWritten` naming the file.
    """
    if fmt not in FORMATS:
        raise refused(QT_TRANSLATE_NOOP("errors", "--format must be csv, xlsx or json."), "format")
    finished = _finish_unwritten_exports(ctx)
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
        if not pending:  # nothing new: no file, no empty export (the caller says so)
            return ExportResult(None, str(path), 0, finished)
        export_id = conn.execute(
            sa.insert(t.exports)
            .values(
                created_at=utcnow(),
                format=fmt + (":fr" if excel_fr and fmt == "csv" else ""),
                path=str(path.resolve()),
                state=WRITING,
                line_count=len(pending),
            )
            .returning(t.exports.c.id)
        ).scalar_one()
        if pending:
            conn.execute(
                sa.insert(t.export_lines), [{"export_id": export_id, "ledger_id": i} for i in pending]
            )
    crashpoints.step("vetelevage.export.recorded")
    try:
        _write_export(ctx, export_id)
    except OSError as exc:
        raise _release(ctx, export_id, path, exc) from exc
    return ExportResult(export_id, str(path), len(pending), finished)


def _finish_unwritten_exports(ctx: AppContext) -> list[ExportResult]:
    """Write the exports a crash left unwritten; one whose file cannot be written is released."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(t.exports.c.id, t.exports.c.path, t.exports.c.line_count)
            .where(t.exports.c.state == WRITING)
            .order_by(t.exports.c.id)
        ).all()
    finished = []
    for export_id, path, count in rows:
        try:
            _write_export(ctx, export_id)
        except OSError as exc:
            failure = _release(ctx, export_id, Path(path), exc)
            log.warning("interrupted export %s released: %s", export_id, failure)
            continue
        finished.append(ExportResult(export_id, path, count))
    return finished


def _release(ctx: AppContext, export_id: int, path: Path, exc: OSError) -> NotWritten:
    """The file could not be written: the export is marked failed and its lines are free again."""
    failure = not_written(path, exc)
    with ctx.db.transaction() as conn:
        released = conn.execute(
            sa.delete(t.export_lines).where(t.export_lines.c.export_id == export_id)
        ).rowcount
        conn.execute(sa.update(t.exports).where(t.exports.c.id == export_id).values(state=FAILED))
        ctx.journal.record(
            NAME,
            "export",
            "error",
            plural.translate(
                "journal",
                "export {export} to {file} could not be written; its %n billing line(s) wait for the next export",
                None,
                0,
            ),
            args={"export": export_id, "n": released, "file": path.name},
            keys=[f"export:{export_id}"],
            counts={"released": released},
            conn=conn,
        )
    return failure


MONEY_COLUMNS = ("unit_price", "amount")
CENTS = Decimal("0.01")


def _cell(column: str, value: Any) -> Any:
    """A value as the file holds it: money with two decimals (the ledger keeps four)."""
    if column in MONEY_COLUMNS and value is not None:
        return Money(Decimal(value).quantize(CENTS, ROUND_HALF_UP))
    return value


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
    records = [
        {**{k: _cell(k, r[k]) for k in EXPORT_COLUMNS if k != "ledger_id"}, "ledger_id": r["id"]}
        for r in rows
    ]
    fmt, _, variant = export["format"].partition(":")
    path = Path(export["path"])
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        atomic.write_text(
            path,
            json.dumps({"export_id": export_id, "lines": records}, ensure_ascii=False, default=str, indent=1),
        )
    elif fmt == "xlsx":
        write_xlsx(path, "Facturation", EXPORT_COLUMNS, ([rec[c] for c in EXPORT_COLUMNS] for rec in records))
    else:
        write_csv(
            path,
            EXPORT_COLUMNS,
            ([rec[c] for c in EXPORT_COLUMNS] for rec in records),
            french=variant == "fr",
        )
    crashpoints.step("vetelevage.export.written")
    with ctx.db.transaction() as conn:
        conn.execute(sa.update(t.exports).where(t.exports.c.id == export_id).values(state=DONE))
        ctx.journal.record(
            NAME,
            "export",
            "ok",
            plural.translate("journal", "export {export}: %n billing line(s) to {file}", None, 0),
            args={"export": export_id, "n": len(records), "file": path.name},
            keys=[f"export:{export_id}"],
            counts={"lines": len(records)},
            conn=conn,
        )
