"""``passerelle totvs-saude …`` and ``passerelle totvs-rh pull`` (shared/specs/cli.md)."""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from app.cli_language import number, say, translate
from app.cli_listing import cut, emit_listing
from app.cli_output import EXIT_INPUT, EXIT_OK, emit, fail
from app.core import csvsafe
from app.core.errors import InputError, read_json_file
from app.core.pydantic_sentences import problem
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.totvs import service_rh, service_saude
from app.integrations.totvs.client_saude import PrescriptionQuery
from app.integrations.totvs.models import UNREADABLE, FormIssue, PrescriptionForm, issue_path, status_list

if TYPE_CHECKING:
    from app.core.context import AppContext


def _statuses(text: str) -> str:
    codes = [c.strip().upper() for c in text.split(",") if c.strip()]
    try:
        return status_list(codes)
    except ValueError as exc:
        raise InputError(exc.args[0] if exc.args else str(exc), field="status") from exc  # its template kept


# A listing's columns: (title, how a row shows it, width). The header is the titles translated.
ListColumn = tuple[str, Callable[[dict[str, Any]], str], int]
PRESCRIPTION_COLUMNS: tuple[ListColumn, ...] = (
    (QT_TRANSLATE_NOOP("cli", "Prescription"), lambda r: str(r["prescription_code"]), 12),
    (QT_TRANSLATE_NOOP("cli", "Status"), lambda r: str(r["status_label"]), 28),
    (QT_TRANSLATE_NOOP("cli", "Medication"), lambda r: str(r["medication_code"]), 12),
    (QT_TRANSLATE_NOOP("cli", "Final date"), lambda r: str(r["final_medication_date"]), 0),
)
REFUND_COLUMNS: tuple[ListColumn, ...] = (
    (QT_TRANSLATE_NOOP("cli", "Protocol"), lambda r: str(r.get("protocol", "")), 12),
    (QT_TRANSLATE_NOOP("cli", "Status"), lambda r: str(r.get("status_label", "")), 40),
    (QT_TRANSLATE_NOOP("cli", "Requested"), lambda r: str(r.get("request_date", "")), 10),
    (QT_TRANSLATE_NOOP("cli", "Quantity"), lambda r: f"x{r.get('quantity_requested', '')}", 8),
    (QT_TRANSLATE_NOOP("cli", "Repaid"), lambda r: str(r.get("repayment_date") or ""), 0),
)


def _table(columns: tuple[ListColumn, ...], rows: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """A listing's header row (translated titles) and its lines, in aligned columns."""

    def line(cells: list[str]) -> str:
        return "  ".join(
            f"{cell:<{width}}" for cell, (_t, _g, width) in zip(cells, columns, strict=True)
        ).rstrip()

    header = line([say(title) for title, _g, _w in columns])
    return header, [line([show(r) for _t, show, _w in columns]) for r in rows]


async def prescriptions_list(ctx: AppContext, args: argparse.Namespace) -> int:
    """``totvs-saude prescriptions list``: a subscriber's prescriptions, optionally to a file."""
    query = PrescriptionQuery(
        subscriber_id=args.subscriber.strip(),
        statuses=_statuses(args.status),
        medication_code=args.medication.strip(),
    )
    items = await service_saude.list_all(ctx, query)
    rows = [{**i.model_dump(), "status_label": i.status_label} for i in items]
    if args.out:
        _write(args.out, rows)
    shown = cut(rows, args)
    header, lines = _table(PRESCRIPTION_COLUMNS, shown)
    empty = say(QT_TRANSLATE_NOOP("cli", "No prescription."))
    emit_listing(args, "prescriptions", shown, len(rows), lines, empty, header=header)
    return EXIT_OK


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    if path.suffix.lower() == ".json":
        csvsafe.write_export_text(path, json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if path.suffix.lower() != ".csv":
        raise refused(QT_TRANSLATE_NOOP("errors", "The output file must end in .csv or .json."), "out")
    with csvsafe.open_export(path) as handle:
        writer = csv.DictWriter(
            handle, fieldnames=list(rows[0]) if rows else ["prescription_code"], delimiter=";"
        )
        writer.writeheader()
        writer.writerows(csvsafe.row(r) for r in rows)


def read_form(path: Path) -> PrescriptionForm:
    """The POST body from a JSON file; InputError naming the field that cannot be read."""
    data = read_json_file(path, field="form")
    if not isinstance(data, dict):
        raise refused(
            QT_TRANSLATE_NOOP("errors", "{file} must hold one JSON object with the POST body's fields."),
            "form",
            file=path.name,
        )
    try:
        return PrescriptionForm.model_validate(data)
    except ValidationError as exc:  # every value that cannot be read, at once
        raise service_saude.FormInvalid(
            [
                FormIssue(issue_path(tuple(e.get("loc", ()))), UNREADABLE, {"detail": problem(e)})
                for e in exc.errors()
            ]
        ) from exc


def _form_refused(args: argparse.Namespace, refused: service_saude.FormInvalid) -> int:
    """Every problem of the form: one line each on stderr (exit 2), or one error object with
    every one of them under ``errors`` (--json)."""
    if getattr(args, "json", False):
        first = refused.issues[0] if refused.issues else None
        emit(
            args,
            {
                "error": {
                    "message": say(
                        QT_TRANSLATE_NOOP("cli", "The prescription cannot be sent: {problems}"),
                        problems="; ".join(i.text(translate) for i in refused.issues),
                    ),
                    "field": first.path if first else "form",
                    "code": "form_invalid",
                    "errors": [
                        {"field": i.path, "label": i.label(translate), "message": i.message(translate)}
                        for i in refused.issues
                    ],
                }
            },
        )
    else:
        lines = [f"- {i.text(translate)}" for i in refused.issues]
        fail("\n".join([say(QT_TRANSLATE_NOOP("cli", "The prescription cannot be sent:")), *lines]))
    return EXIT_INPUT


async def prescriptions_create(ctx: AppContext, args: argparse.Namespace) -> int:
    """``totvs-saude prescriptions create``: file a prescription once; a form with problems is
    refused with every one of them (exit 2)."""
    try:
        form = read_form(args.form)
        if not form.health_insurer_code:
            form.health_insurer_code = ctx.settings.totvs_saude.health_insurer_code
        if issues := form.issues():
            raise service_saude.FormInvalid(issues)
        result = await service_saude.submit(ctx, form)
    except service_saude.FormInvalid as refused:
        return _form_refused(args, refused)
    emit(
        args,
        {
            "prescriptionCode": result.prescription_code,
            "status": result.status,
            "status_label": result.status_label,
            "already_filed": result.already_filed,
        },
        f"{result.prescription_code} {result.status_label}"
        + (" (already filed earlier; not sent again)" if result.already_filed else ""),
    )
    return EXIT_OK


async def refunds(ctx: AppContext, args: argparse.Namespace) -> int:
    """``totvs-saude refunds``: a prescription's refund protocols (``--fields``: only those)."""
    items = await service_saude.refunds(
        ctx, args.prescription, medication_code=args.medication, fields=args.fields, filter=args.filter
    )
    rows = [
        {
            **r.model_dump(exclude_unset=bool(args.fields)),
            **({"status_label": r.status_label} if r.status else {}),
        }
        for r in items
    ]
    shown = cut(rows, args)
    header, lines = _table(REFUND_COLUMNS, shown)
    empty = say(QT_TRANSLATE_NOOP("cli", "No refund."))
    emit_listing(args, "refunds", shown, len(rows), lines, empty, header=header)
    return EXIT_OK


async def rh_pull(ctx: AppContext, args: argparse.Namespace) -> int:
    """``totvs-rh pull``: a full, incremental or since load, optionally exported."""
    if args.full:
        mode, since = service_rh.FULL, None
    elif args.since:
        mode, since = service_rh.SINCE, service_rh.parse_since(args.since)
    else:
        mode, since = service_rh.INCREMENTAL, None
    result = await service_rh.load(ctx, mode=mode, since=since, company=args.company, branch=args.branch)
    if args.out:
        pairs = service_rh.scopes(ctx, args.company, args.branch)
        if len(pairs) == 1:
            f = service_rh.CopartFilter(company=pairs[0][0], branch=pairs[0][1])
        else:
            f = service_rh.CopartFilter(company=args.company or "", branch=args.branch or "")
        written = await ctx.db.run(service_rh.export, ctx, f, args.out)
        if not args.json:
            print(
                say(QT_TRANSLATE_NOOP("cli", "Rows written to {out}: {n}."), out=args.out, n=number(written))
                if written
                else say(QT_TRANSLATE_NOOP("cli", "No row to export: {out} was not written."), out=args.out)
            )
    data: dict[str, Any] = dict(result.as_json())
    if result.received == 0:  # said, not a bare "total 0": a wrong pair or nothing paid since
        named = ", ".join(f"{c}/{b}" for c, b in service_rh.scopes(ctx, args.company, args.branch))
        if args.since:
            template = QT_TRANSLATE_NOOP(
                "cli",
                "TOTVS RH returned no row for {pairs}: check the company and branch (totvs_rh.scopes) "
                "or the date given to --since.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "cli", "TOTVS RH returned no row for {pairs}: check the company and branch (totvs_rh.scopes)."
            )
        warning = say(template, pairs=named)
        data["warning"] = warning
        if not args.json:
            fail(say(QT_TRANSLATE_NOOP("cli", "Warning: {warning}"), warning=warning))
    emit(
        args,
        data,
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "received {received}, stored {stored} (new or changed), already stored {known}, "
                "pages {pages}, total {total}",
            ),
            received=number(data["received"]),
            stored=number(data["stored"]),
            known=number(data["duplicates"]),
            pages=data["pages"],
            total=number(data["total"]),
        ),
    )
    return EXIT_OK
