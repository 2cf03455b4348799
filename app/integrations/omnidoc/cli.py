"""``passerelle omnidoc url|draft`` (shared/specs/cli.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli_output import EXIT_OK, emit
from app.core.errors import read_json_file
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.omnidoc import service
from app.integrations.omnidoc.models import OmnidocForm, form_from_json

if TYPE_CHECKING:
    from app.core.context import AppContext


def read_form(path: Path) -> OmnidocForm:
    """The form in a JSON file (its author_rpps and context kept); InputError names what is wrong."""
    return form_from_json(read_json_file(path, field="form"))


async def url(ctx: AppContext, args: argparse.Namespace) -> int:
    """Print the prefill URL of the form's normalised values (exit 2 naming a field that cannot be)."""
    form = read_form(args.form)
    link = await ctx.db.run(service.prefill_url, ctx, form)
    emit(args, {"url": link}, link)
    return EXIT_OK


async def draft(ctx: AppContext, args: argparse.Namespace) -> int:
    """Create the draft by API, upload the files, print its id and redirect URL."""
    if args.resume:
        request_id = args.resume
    else:
        if args.form is None:
            raise refused(QT_TRANSLATE_NOOP("errors", "--form is required (or --resume REQUEST_ID)."), "form")
        request_id = await ctx.db.run(service.create_request, ctx, read_form(args.form), args.file)
    result = await service.send(ctx, request_id)
    redirect = await ctx.db.run(service.mark_opened, ctx, request_id)
    emit(
        args,
        {"request_id": request_id, "id": result.draft_id, "redirect_url": redirect, "files": result.uploaded},
        f"{result.draft_id} {redirect}",
    )
    return EXIT_OK
