"""``passerelle vetelevage …`` (shared/specs/cli.md), calling the same services as the tab."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_language import amount, number, say, sentence, translate
from app.cli_listing import cut, emit_listing
from app.cli_output import EXIT_INPUT, EXIT_OK, EXIT_REMOTE, emit, fail
from app.core.errors import InputError
from app.core.tr import QT_TRANSLATE_NOOP, retranslate
from app.integrations.vetelevage import dictionary, evaluation
from app.integrations.vetelevage.acts import push_acts, read_acts_csv, replace_acts
from app.integrations.vetelevage.catalogue import import_catalogue_csv
from app.integrations.vetelevage.export import export_new
from app.integrations.vetelevage.importing import AccountsFailed, ImportResult, import_visits
from app.integrations.vetelevage.ledger import commit_ready, commit_visit, set_aside
from app.integrations.vetelevage.mapping import (
    AMBIGUOUS,
    NO_CATALOGUE,
    NO_MATCH,
    REASONS,
    export_mappings_csv,
    import_mappings_csv,
    mapping_of,
    proposals,
    save_mapping,
    unmapped_queue,
)
from app.integrations.vetelevage.mapping_changes import LineChange, delete_mapping
from app.integrations.vetelevage.reconciliation import READY_TO_COMMIT, reconciliation

if TYPE_CHECKING:
    from app.core.context import AppContext


def _number(value: Decimal) -> int | float:
    """A quantity as JSON prints it: 4 or 4.5."""
    return int(value) if value == value.to_integral_value() else float(value)


def _plain(value: Decimal) -> str:
    """A quantity as a person reads it, whatever scale the database kept: 2, not 2.0000."""
    return format(value.normalize(), "f")


async def unmapped(ctx: AppContext, args: argparse.Namespace) -> int:
    """``unmapped``: every product waiting visits cannot bill, with how many visits and what quantity."""
    queue = await ctx.db.run(unmapped_queue, ctx)
    products = [
        {
            "produit_id": u.produit_id,
            "libelle": u.libelle,
            "gtin": u.gtin,
            "visits": u.visits,
            "quantity": _number(u.quantity),
            "on_purpose": u.on_purpose,
        }
        for u in queue
    ]
    lines = [
        say(
            QT_TRANSLATE_NOOP(
                "cli", "{id}  {label}  GTIN {gtin}: {visits} waiting visit(s), quantity {quantity}"
            ),
            id=u.produit_id,
            label=u.libelle,
            gtin=u.gtin or "-",
            visits=number(u.visits),
            quantity=_plain(u.quantity),
        )
        + (say(QT_TRANSLATE_NOOP("cli", " (left unmapped on purpose)")) if u.on_purpose else "")
        for u in queue
    ]
    emit(
        args,
        {"products": products, "total": len(products), "truncated": False},
        "\n".join(lines) or say(QT_TRANSLATE_NOOP("cli", "No product waits for a mapping.")),
    )
    return EXIT_OK


async def show_candidates(ctx: AppContext, args: argparse.Namespace) -> int:
    """``candidates``: the clinic products proposed for a product, and the one suggested, if any."""
    found = await ctx.db.run(proposals, ctx, args.produit_id)
    data = {
        "produit_id": found.produit_id,
        "suggested": found.suggested,
        "candidates": [
            {"lgcv_code": c.code, "libelle": c.libelle, "gtin": c.gtin, "score": c.score, "reason": c.reason}
            for c in found.candidates
        ],
    }
    why = {
        NO_MATCH: QT_TRANSLATE_NOOP(
            "cli",
            "Nothing suggested: no clinic product has this GTIN or the same substance, strength and form.",
        ),
        AMBIGUOUS: QT_TRANSLATE_NOOP(
            "cli", "Nothing suggested: several clinic products match equally; choose one."
        ),
        NO_CATALOGUE: QT_TRANSLATE_NOOP(
            "cli", "Nothing suggested: the clinic catalogue is empty (passerelle vetelevage catalog import)."
        ),
    }
    lines = [
        f"{c.code}  {c.libelle}  {c.score:.0f}  {translate('VetelevageMapping', REASONS.get(c.reason, c.reason))}"
        + (say(QT_TRANSLATE_NOOP("cli", "  <- suggested")) if c.suggested else "")
        for c in found.candidates
    ]
    head = f"{found.produit_id} {found.libelle}".strip()
    tail = (
        say(QT_TRANSLATE_NOOP("cli", "Suggested: {code}."), code=found.suggested)
        if found.suggested
        else say(why.get(found.why_none, ""))
    )
    emit(args, data, "\n".join([head, *lines, tail]))
    return EXIT_OK


def _change_lines(changes: list[LineChange]) -> str:
    def side(code: str | None, amount: Decimal | None) -> str:
        if code is None:
            return say(QT_TRANSLATE_NOOP("cli", "not billed"))
        return say(QT_TRANSLATE_NOOP("cli", "{code} ({amount} € excl. VAT)"), code=code, amount=amount)

    out = []
    for c in changes:
        what = say(
            QT_TRANSLATE_NOOP("cli", "{visit} line {line}, {product} x {quantity}: "),
            visit=c.visit_id,
            line=c.line_no + 1,
            product=c.produit_id,
            quantity=_plain(c.quantity),
        )
        if c.committed:
            out.append(
                what
                + say(
                    QT_TRANSLATE_NOOP(
                        "cli", "committed, stays billed as {code}; post a correction if needed."
                    ),
                    code=c.before,
                )
            )
        else:
            out.append(what + f"{side(c.before, c.before_amount)} -> {side(c.after, c.after_amount)}")
    return "\n".join(out)


async def map_product(ctx: AppContext, args: argparse.Namespace) -> int:
    """``map``: save a mapping, re-evaluate the waiting visits, and print the lines that change."""
    result = await ctx.db.run(save_mapping, ctx, args.produit_id, args.lgcv_code)
    data = {
        "produit_id": result.produit_id,
        "lgcv_code": result.lgcv_code,
        "changes": [c.as_dict() for c in result.changes],
        "now_ready": result.now_ready,
    }
    text = say(
        QT_TRANSLATE_NOOP("cli", "{product} mapped to {code}; lines changed: {n}."),
        product=result.produit_id,
        code=result.lgcv_code,
        n=number(len(result.changes)),
    )
    emit(args, data, "\n".join(filter(None, [text, _change_lines(result.changes)])))
    return EXIT_OK


async def unmap_product(ctx: AppContext, args: argparse.Namespace) -> int:
    """``unmap``: remove a mapping; the waiting visits wait for one again; print the lines that change."""
    before = await ctx.db.run(mapping_of, ctx, args.produit_id)
    changes = await ctx.db.run(delete_mapping, ctx, args.produit_id)
    data = {
        "produit_id": args.produit_id,
        "removed": before[0] if before else None,
        "changes": [c.as_dict() for c in changes],
    }
    text = say(
        QT_TRANSLATE_NOOP("cli", "Mapping of {product} removed; lines changed: {n}."),
        product=args.produit_id,
        n=number(len(changes)),
    )
    emit(args, data, "\n".join(filter(None, [text, _change_lines(changes)])))
    return EXIT_OK


async def set_aside_visit(ctx: AppContext, args: argparse.Namespace) -> int:
    """``set-aside``: keep a visit out of billing with the reason (required), shown on the visit."""
    await ctx.db.run(set_aside, ctx, args.visit_id, args.reason)
    emit(
        args,
        {"visit_id": args.visit_id, "state": "set_aside", "reason": args.reason.strip()},
        say(
            QT_TRANSLATE_NOOP("cli", "Visit {visit} set aside: {reason}"),
            visit=args.visit_id,
            reason=args.reason.strip(),
        ),
    )
    return EXIT_OK


async def push_actes(ctx: AppContext, args: argparse.Namespace) -> int:
    """``push-actes``: push the acts list (optionally replaced from a CSV first) and compare it read back."""
    if args.csv:
        await ctx.db.run(replace_acts, ctx, read_acts_csv(args.csv))
    result = await push_acts(ctx)
    data = {
        "sent": result.sent,
        "accepted": result.accepted,
        "before": result.before.as_dict(),
        "after": result.after.as_dict(),
        "identical": result.after.empty,
    }
    text = say(
        QT_TRANSLATE_NOOP("cli", "{sent} acts sent, {accepted} accepted by Vétélevage."),
        sent=number(result.sent),
        accepted=number(result.accepted),
    )
    if not result.after.empty:
        text += say(
            QT_TRANSLATE_NOOP("cli", " The server's list still differs: {diff}"), diff=result.after.as_dict()
        )
    emit(args, data, text)
    return EXIT_OK if result.after.empty else EXIT_REMOTE


async def import_(ctx: AppContext, args: argparse.Namespace) -> int:
    """``import``: import every account's frozen batch (or one account's) and acknowledge it.

    Every account is tried; the output reports each one, and the exit code is 1 when any failed.
    """
    try:
        results = await import_visits(ctx, compte=args.compte)
    except AccountsFailed as exc:
        results = exc.results
    done = [r for r in results if r.ok]
    failed = [r for r in results if not r.ok]
    first = done[0] if done else ImportResult(compte="", lot="")
    data: dict[str, Any] = {
        "lot": first.lot if len(done) == 1 else ",".join(r.lot for r in done),
        "received": sum(r.received for r in done),
        "new": sum(r.new for r in done),
        "already_known": sum(r.already_known for r in done),
        "acknowledged": not failed and all(r.acknowledged for r in done),
        "held": sum(r.held for r in done),
        "accounts": [r.as_dict() for r in results],
        "failed": [{"compte": r.compte, "error": r.error} for r in failed],
    }
    lines = [
        say(
            QT_TRANSLATE_NOOP(
                "cli", "{account}: batch {lot}: {received} received, {new} new, {known} already known"
            ),
            account=r.compte,
            lot=r.lot,
            received=number(r.received),
            new=number(r.new),
            known=number(r.already_known),
        )
        + (say(QT_TRANSLATE_NOOP("cli", ", {n} held for review"), n=number(r.held)) if r.held else "")
        + (say(QT_TRANSLATE_NOOP("cli", ", acknowledged")) if r.acknowledged else "")
        for r in done
    ]
    lines += [
        say(QT_TRANSLATE_NOOP("cli", "{account}: FAILED: {error}"), account=r.compte, error=r.error)
        for r in failed
    ]
    if failed:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("cli", "{failed} of {total} account(s) could not be imported."),
                failed=number(len(failed)),
                total=number(len(results)),
            )
        )
    emit(args, data, "\n".join(lines) or say(QT_TRANSLATE_NOOP("cli", "No account to import.")))
    return EXIT_REMOTE if failed else EXIT_OK


async def catalog_import(ctx: AppContext, args: argparse.Namespace) -> int:
    """``catalog import``: import the clinic's product catalogue from a CSV file."""
    return await _file_command(
        ctx, args, import_catalogue_csv, "imported", QT_TRANSLATE_NOOP("cli", "{n} clinic products imported.")
    )


async def mappings_import(ctx: AppContext, args: argparse.Namespace) -> int:
    """``mappings import``: import product mappings from a CSV file."""
    return await _file_command(
        ctx, args, import_mappings_csv, "imported", QT_TRANSLATE_NOOP("cli", "{n} mappings imported.")
    )


async def mappings_export(ctx: AppContext, args: argparse.Namespace) -> int:
    """``mappings export``: write every product mapping to a CSV file."""
    return await _file_command(
        ctx,
        args,
        export_mappings_csv,
        "exported",
        QT_TRANSLATE_NOOP("cli", "{n} mappings exported to {file}."),
    )


async def _file_command(
    ctx: AppContext,
    args: argparse.Namespace,
    work: Callable[[AppContext, Path], int],
    key: str,
    sentence: str,
) -> int:
    n = await ctx.db.run(work, ctx, args.file)
    emit(args, {key: n}, say(sentence, n=number(n), file=args.file))
    return EXIT_OK


async def commit(ctx: AppContext, args: argparse.Namespace) -> int:
    """``commit``: commit the named reviewed visits, or every ready one, to billing."""
    if not args.all_ready and not args.visit:
        fail(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "Name the reviewed visits to commit (--visit V-000123 …) or use --all-ready."
                )
            )
        )
        return EXIT_INPUT
    committed: list[str] = []
    refused: dict[str, str] = {}
    if args.all_ready:
        done, skipped = await ctx.db.run(commit_ready, ctx)
        committed += done
        refused.update({v: say(QT_TRANSLATE_NOOP("cli", "changed meanwhile")) for v in skipped})
    said = dict(refused)  # the text output in the CLI's language (--json: the English refusals)
    for visit_id in args.visit:
        try:
            await ctx.db.run(commit_visit, ctx, visit_id)
            committed.append(visit_id)
        except InputError as exc:
            refused[visit_id] = str(exc)
            said[visit_id] = sentence(exc)
    emit(
        args,
        {"committed": committed, "refused": refused},
        say(QT_TRANSLATE_NOOP("cli", "Visits committed: {n}."), n=number(len(committed)))
        + "".join(f"\n{v}: {why}" for v, why in said.items()),
    )
    return EXIT_INPUT if refused and not committed else EXIT_OK


async def export(ctx: AppContext, args: argparse.Namespace) -> int:
    """``export``: write the committed billing lines not exported yet to a file."""
    result = await ctx.db.run(export_new, ctx, args.out, args.format, excel_fr=args.excel_fr)
    text = "".join(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "An interrupted export was finished first: {n} billing line(s) written to {path}."
            ),
            n=number(f.lines),
            path=f.path,
        )
        + "\n"
        for f in result.finished
    )
    if result.export_id is None:  # nothing new: no file written
        text += say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Nothing new to export: every committed billing line is already in an export; no file written.",
            )
        )
    else:
        text += say(
            QT_TRANSLATE_NOOP("cli", "{n} billing line(s) exported to {path}."),
            n=number(result.lines),
            path=result.path,
        )
    emit(args, result.as_dict(), text)
    return EXIT_OK


# A waiting visit's state in words (--json keeps the code).
VISIT_STATES = {
    evaluation.NEW: QT_TRANSLATE_NOOP("cli", "To review"),
    evaluation.NEEDS_MAPPING: QT_TRANSLATE_NOOP("cli", "Needs mapping"),
    evaluation.READY: QT_TRANSLATE_NOOP("cli", "Ready"),
    evaluation.SET_ASIDE: QT_TRANSLATE_NOOP("cli", "Set aside"),
}


def _waiting_line(w: dict[str, str]) -> str:
    state = say(VISIT_STATES[w["state"]]) if w["state"] in VISIT_STATES else w["state"]
    reason = w["reason"]
    if w["state"] != evaluation.SET_ASIDE:  # a person's own words stay as typed
        reason = retranslate(reason, (*evaluation.REASONS, READY_TO_COMMIT), "vetelevage", translate)
    return f"  {w['visit_id']} [{state}] {reason}"


async def reconcile(ctx: AppContext, args: argparse.Namespace) -> int:
    """``reconcile``: imported vs committed vs exported for a period, and what still waits."""
    r = await ctx.db.run(reconciliation, ctx, args.since, args.until)
    waiting = [{"visit_id": v, "state": s, "reason": why} for v, s, why in r.waiting_visits]
    shown = cut(waiting, args)
    totals = {
        "imported": r.imported,
        "committed": r.committed,
        "exported": r.exported,
        "waiting": r.waiting,
        "billed_total": str(r.billed_total),
    }
    head = say(
        QT_TRANSLATE_NOOP(
            "cli", "Imported {imported}, committed {committed}, exported {exported}; billed {total} € HT."
        ),
        imported=number(r.imported),
        committed=number(r.committed),
        exported=number(r.exported),
        total=amount(r.billed_total),
    )
    lines = [head, *(_waiting_line(w) for w in shown)]
    emit_listing(args, "waiting_visits", shown, len(waiting), lines, head, extra=totals)
    return EXIT_OK


async def sync_dictionary(ctx: AppContext, args: argparse.Namespace) -> int:
    """``sync-dictionary``: refresh the SNGTV product dictionary and the reference tables."""
    counts = await dictionary.sync_dictionary(ctx, full=True if args.full else None)
    words = {k: number(v) for k, v in counts.items()}
    text = say(
        QT_TRANSLATE_NOOP(
            "cli",
            "Products received: {produits} (added {products_added}, changed {products_changed}, removed "
            "{products_removed}). Reference tables: users {utilisateurs}, medicines {medicaments}, "
            "pathologies {pathologies}, routes {voies}.",
        ),
        **words,
    )
    emit(args, counts, text)
    return EXIT_OK
