"""``passerelle provet pull|webhooks serve|webhooks list`` (shared/specs/cli.md)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli_language import number, say, translate
from app.cli_listing import cut, emit_listing, limit_of
from app.cli_output import EXIT_OK, emit, progress_printer
from app.core.errors import InputError
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.provet import browsing, export, inbox
from app.integrations.provet.filters import Filter, Query

if TYPE_CHECKING:
    from app.core.context import AppContext


async def pull(ctx: AppContext, args: argparse.Namespace) -> int:
    """``provet pull``: a filtered pull, printed or written to a .csv/.json file."""
    query = Query(
        endpoint=args.endpoint.strip().strip("/"),
        filters=tuple(Filter.parse(f) for f in args.filter),
        any_of=args.any_of,
        expose=tuple(args.expose),
    )
    query.params()  # bad input: exit 2 before any request
    report = progress_printer(args)
    result = await browsing.pull(ctx, query, progress=report)
    if args.out is not None:
        if args.out.suffix.lower() not in (".csv", ".json"):
            raise refused(QT_TRANSLATE_NOOP("errors", "--out must end with .csv or .json."), "out")
        export.write_out(result.objects, args.out)
        emit(
            args,
            {
                "endpoint": result.endpoint,
                "count": len(result.objects),
                "pages": result.pages,
                "out": str(args.out),
            },
            say(
                QT_TRANSLATE_NOOP("cli", "{n} {endpoint} object(s) written to {path}."),
                n=number(len(result.objects)),
                endpoint=result.endpoint,
                path=args.out,
            ),
        )
    else:
        shown = cut(result.objects, args)
        emit_listing(
            args,
            "results",
            shown,
            len(result.objects),
            [_line(o) for o in shown],
            say(QT_TRANSLATE_NOOP("cli", "Nothing matches.")),
        )
    return EXIT_OK


def _line(item: dict[str, Any]) -> str:
    row = export.flatten(item)
    return "\t".join(f"{k}={v}" for k, v in row.items() if k != "url")


async def serve(ctx: AppContext, args: argparse.Namespace) -> int:
    """``provet webhooks serve``: the inbox in the foreground until Ctrl+C."""
    from app.integrations.provet.webhook_server import serve as run

    if not ctx.secrets.get("provet", "webhook_token"):
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No webhook token is set: store one with `passerelle secret set provet.webhook_token`.",
                ),
            ),
            field="webhook_token",
        )
    port = args.port if args.port is not None else ctx.settings.provet.webhook_port
    await run(ctx, args.host, port)  # says where it listens (the real port when 0 was asked)
    return EXIT_OK


# An inbox event's state in words (--json keeps the code).
EVENT_STATES: dict[str, str] = {
    inbox.RECEIVED: QT_TRANSLATE_NOOP("cli", "Waiting"),
    inbox.PROCESSING: QT_TRANSLATE_NOOP("cli", "Being processed"),
    inbox.DONE: QT_TRANSLATE_NOOP("cli", "Done"),
    inbox.FAILED: QT_TRANSLATE_NOOP("cli", "Failed"),
}


def _state(code: str) -> str:
    return say(EVENT_STATES[code]) if code in EVENT_STATES else code


async def list_events(ctx: AppContext, args: argparse.Namespace) -> int:
    """``provet webhooks list``: the inbox, newest first, cut at --limit."""
    limit = limit_of(args)
    found = await ctx.db.run(inbox.events, ctx, pending=args.pending, limit=limit)
    total = (
        len(found)
        if limit is None or len(found) < limit
        else await ctx.db.run(inbox.count_events, ctx, pending=args.pending)
    )
    lines = [
        f"{e.id}\t{e.received_at.astimezone():%Y-%m-%d %H:%M:%S}\t"
        + (
            f"{e.trigger}={e.object_id}"
            if e.object_id is not None
            else e.trigger or say(QT_TRANSLATE_NOOP("cli", "(no parameter)"))
        )
        + f"\t{_state(e.state)}"
        + (f"\t{translate('ProvetInbox', e.last_error)}" if e.last_error else "")
        for e in found
    ]
    emit_listing(
        args, "events", [e.public() for e in found], total, lines, say(QT_TRANSLATE_NOOP("cli", "No events."))
    )
    return EXIT_OK
