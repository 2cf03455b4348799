"""``passerelle support-report | backup | restore`` (shared/specs/cli.md)."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

from app.cli_language import number, say, translate
from app.cli_output import EXIT_OK, EXIT_REMOTE, emit
from app.core.tr import QT_TRANSLATE_NOOP, in_language

PRUNE_HELP = QT_TRANSLATE_NOOP("cli", "remove raw payloads older than the retention period")
DAYS_HELP = QT_TRANSLATE_NOOP("cli", "keep this many days (default: ops.raw_retention_days)")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "support-report",
        help=QT_TRANSLATE_NOOP("cli", "versions, settings (secrets masked), states, redacted errors, logs"),
    )
    p.add_argument(
        "--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("cli", "the report file to write (.zip)")
    )
    p.set_defaults(func=support_report)
    p = sub.add_parser("backup", help=QT_TRANSLATE_NOOP("cli", "consistent copy of the database"))
    p.add_argument(
        "--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("cli", "the backup file to write")
    )
    p.set_defaults(func=backup)
    p = sub.add_parser(
        "restore",
        help=QT_TRANSLATE_NOOP("cli", "check a backup, keep a copy of the current database, restore"),
    )
    p.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("cli", "the backup file to restore"))
    p.set_defaults(func=restore, needs_context=False)  # the current database may be the damaged one
    attention = sub.choices.get("attention")
    if attention is not None:
        # Additive options on the core command; without them it lists, exactly as before.
        group = attention.add_mutually_exclusive_group()
        group.add_argument(
            "--preview-retry",
            action="store_true",
            help=QT_TRANSLATE_NOOP("cli", "show what a retry would re-send, send nothing"),
        )
        group.add_argument(
            "--retry", action="store_true", help=QT_TRANSLATE_NOOP("cli", "retry every retryable item now")
        )
        attention.add_argument(
            "--id",
            type=int,
            action="append",
            dest="ids",
            help=QT_TRANSLATE_NOOP("cli", "only this item (repeatable)"),
        )
        attention.set_defaults(func=_attention_with_retry(attention.get_default("func")))
    p = sub.add_parser("prune", help=PRUNE_HELP)
    p.add_argument("--days", type=int, default=None, help=DAYS_HELP)
    p.set_defaults(func=prune)


async def _writing(out: Path, work: Awaitable[Path]) -> Path:
    """``work``'s file; when ``out`` cannot be written, the sentence saying why (exit 2, field out)."""
    try:
        return await work
    except OSError as exc:
        from app.core.write_errors import not_written

        raise not_written(out, exc) from exc


async def support_report(ctx: Any, args: argparse.Namespace) -> int:
    from app.ops.support import build_report

    path = await _writing(args.out, ctx.db.run(build_report, ctx, args.out))
    emit(
        args,
        {"path": str(path)},
        say(QT_TRANSLATE_NOOP("cli", "Support report written to {path}."), path=path),
    )
    return EXIT_OK


async def backup(ctx: Any, args: argparse.Namespace) -> int:
    from app.ops.backup import backup as do_backup

    path = await _writing(args.out, ctx.db.run(do_backup, ctx, args.out))
    emit(
        args,
        {"path": str(path), "bytes": path.stat().st_size},
        say(QT_TRANSLATE_NOOP("cli", "Backup written to {path}."), path=path),
    )
    return EXIT_OK


async def restore(_ctx: Any, args: argparse.Namespace) -> int:
    import asyncio

    from app.core.paths import ensure_data_dir

    data_dir = ensure_data_dir(args.data_dir)
    # Opening (and migrating) the store and restoring it: all in a worker thread, never on the loop.
    kept = await asyncio.to_thread(_restore, data_dir, args.file)
    emit(
        args,
        {"restored": str(args.file), "previous_kept_as": str(kept)},
        say(
            QT_TRANSLATE_NOOP("cli", "Database restored from {file}; the previous one is kept as {kept}."),
            file=args.file,
            kept=kept,
        ),
    )
    return EXIT_OK


def _restore(data_dir: Path, file: Path) -> Path:
    """Put the backup ``file`` in place of the data folder's database; where the previous one is kept."""
    from app.core.context import AppContext
    from app.core.db import DatabaseError, is_damaged
    from app.ops.backup import restore as do_restore
    from app.ops.backup import restore_file

    try:
        ctx = AppContext.open(data_dir)
    except DatabaseError as exc:
        if not is_damaged(exc):
            raise
        # Damaged: set it aside as it is and put the backup in its place (checked first).
        kept = restore_file(data_dir, file)
        ctx = AppContext.open(data_dir)  # brings the backup up to this version's schema
        try:
            ctx.journal.record(
                "ops",
                "restore",
                "ok",
                QT_TRANSLATE_NOOP("journal", "database restored from {source}; damaged one kept as {kept}"),
                args={"source": file.name, "kept": kept.name},
                keys=[file.name],
            )
        finally:
            ctx.close()
        return kept
    try:
        return do_restore(ctx, file)
    finally:
        ctx.close()


async def prune(ctx: Any, args: argparse.Namespace) -> int:
    from app.ops.retention import prune as do_prune

    if args.days is not None and args.days < 0:  # a negative age would prune everything, today's too
        from app.core.refusals import refused

        raise refused(
            QT_TRANSLATE_NOOP("errors", "--days is how many days to keep: 0 or more, not {days}."),
            "days",
            days=args.days,
        )
    counts = await ctx.db.run(do_prune, ctx, args.days)
    text = say(
        QT_TRANSLATE_NOOP("cli", "Raw payloads removed: {n} ({tables})."),
        n=number(sum(counts.values())),
        tables=", ".join(f"{_payload_words(table)} {number(n)}" for table, n in counts.items()) or "-",
    )
    emit(args, {"pruned": counts}, text)
    return EXIT_OK


# Where raw payloads are pruned, in words (``--json`` keeps the table names).
PAYLOAD_WORDS = {
    "vet_visits": QT_TRANSLATE_NOOP("cli", "Vétélevage visits"),
    "vet_held_visits": QT_TRANSLATE_NOOP("cli", "Vétélevage visits held"),
}


def _payload_words(table: str) -> str:
    return say(PAYLOAD_WORDS[table]) if table in PAYLOAD_WORDS else table


def _attention_with_retry(listing: Any) -> Any:
    def handler(ctx: Any, args: argparse.Namespace) -> Any:
        # A plain listing runs before any loop (the CLI runs a plain handler so); a retry on it.
        if not (getattr(args, "retry", False) or getattr(args, "preview_retry", False)):
            return listing(ctx, args)
        return attention_retry(ctx, args)

    return handler


async def attention_retry(ctx: Any, args: argparse.Namespace) -> int:
    """``attention --preview-retry`` / ``--retry``: exit 0 when everything went through, 1 when some
    items still fail (they stay in the queue, their attempts counted), 2 for an unknown ``--id``."""
    from app.core.refusals import refused  # not at the top: the parser is built without the store
    from app.ops import actions

    items = await ctx.db.run(ctx.attention.items, args.integration)
    if args.ids:
        unknown = sorted(set(args.ids) - {i.id for i in items})
        if unknown:
            raise refused(
                QT_TRANSLATE_NOOP("errors", "--id: no open item {ids}; `passerelle attention` lists them."),
                "id",
                ids=", ".join(map(str, unknown)),
            )
        items = [i for i in items if i.id in set(args.ids)]
    lines = actions.preview(items)
    plan = [
        {
            "id": line.item.id,
            "integration": line.item.integration,
            "ref": line.item.ref,
            "will_resend": line.will_resend,
            "text": line.text,
        }
        for line in lines
    ]
    if args.preview_retry:
        emit(
            args,
            {"preview": plan},
            "\n".join(
                say(QT_TRANSLATE_NOOP("cli", "will re-send: {what}"), what=in_language(line.text, translate))
                if line.will_resend
                else say(
                    QT_TRANSLATE_NOOP("cli", "left alone: {what}"), what=in_language(line.text, translate)
                )
                for line in lines
            )
            or say(QT_TRANSLATE_NOOP("cli", "Nothing waits for a person.")),
        )
        return EXIT_OK
    result = await actions.retry_items(ctx, [line.item for line in lines if line.will_resend])
    failed = [{"id": i.id, "ref": i.ref, "reason": why} for i, why in result.failed]
    now = {}  # as the queue holds them now: their reason is a template, said in the language
    if failed:
        attention = ctx.attention
        now = {i.id: i for i in await ctx.db.run(lambda: attention.items(include_handled=True))}
    shown = {f["id"]: now[f["id"]].sentence(translate) if f["id"] in now else f["reason"] for f in failed}
    emit(
        args,
        {
            "done": result.done,
            "failed": failed,
            "left_alone": [p["id"] for p in plan if not p["will_resend"]],
        },
        say(QT_TRANSLATE_NOOP("cli", "Went through: {n}."), n=number(result.done))
        + "".join(
            "\n"
            + say(
                QT_TRANSLATE_NOOP("cli", "still failing: {ref}: {reason}"),
                ref=f["ref"],
                reason=shown[f["id"]],
            )
            for f in failed
        ),
    )
    return EXIT_REMOTE if failed else EXIT_OK
