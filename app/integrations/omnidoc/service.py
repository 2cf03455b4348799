"""Omnidoc workflows: validate, open a prefilled draft by URL, or create a draft by API and upload
its files before opening it — once, resumable after a timeout or a crash."""

from __future__ import annotations

import datetime as dt
import json
import logging
import mimetypes
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import sqlalchemy as sa

from app.core import crashpoints
from app.core.db import utcnow
from app.core.errors import InputError
from app.core.http import ConnectionFailed, ValidationFailed
from app.core.missing_settings import not_configured
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence, plural
from app.integrations.base import ConnectionState, Status
from app.integrations.omnidoc import tables as t
from app.integrations.omnidoc.client import OmnidocClient, field_errors
from app.integrations.omnidoc.fields import FormInvalid
from app.integrations.omnidoc.models import OmnidocForm
from app.integrations.omnidoc.url import build_url
from app.integrations.omnidoc.validation import problems as form_problems

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.omnidoc")

NAME = "omnidoc"
MAX_FILE_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES = (
    "application/pdf",
    "image/jpeg",
    "image/png",
    "image/tiff",
    "image/heic",
    "text/plain",
    "application/dicom",
)

# Request states
NEW, CREATED, UPLOADED, OPENED, FAILED, URL_OPENED = (
    "new",
    "created",
    "uploaded",
    "opened",
    "failed",
    "url_opened",
)
# An upload got no answer: the request moves to a fresh draft (draft_id: the one left behind).
RESTART = "restart"
# The attention item of a draft created with its files that nobody opened yet.
DRAFT_READY = "draft_ready"
# File states
PENDING, SENDING, UPLOADED_FILE = "pending", "sending", "uploaded"


__all__ = ["FormInvalid", "InputError"]  # the tab and the CLI catch them from here


def make_client(
    ctx: AppContext, transport: httpx.AsyncBaseTransport | None = None, timeout: float = 30.0
) -> OmnidocClient:
    """The API client for the configured address and token (NotConfigured says which is missing)."""
    token = ctx.secrets.get(NAME, "api_token")
    if not ctx.settings.omnidoc.base_url or not token:
        missing = [
            n
            for n, v in (("omnidoc.base_url", ctx.settings.omnidoc.base_url), ("omnidoc.api_token", token))
            if not v
        ]
        raise not_configured("Omnidoc", missing)
    return OmnidocClient(ctx.settings.omnidoc.base_url, token, transport=transport, timeout=timeout)


async def test_connection(ctx: AppContext) -> str:
    """Omnidoc has no read endpoint: check the address answers and the token is set."""
    client = make_client(ctx)
    try:
        response = await client.request("GET", "/", ok=tuple(range(200, 600)))
        return Sentence(
            "errors",
            QT_TRANSLATE_NOOP("errors", "Omnidoc answers at {address} (HTTP {status})."),
            address=ctx.settings.omnidoc.base_url,
            status=response.status_code,
        )
    finally:
        await client.aclose()


def status(ctx: AppContext) -> Status:
    """The dashboard card: configured or not, requests still waiting to be sent, last success."""
    configured = bool(ctx.settings.omnidoc.base_url and ctx.secrets.has(NAME, "api_token"))
    with ctx.db.read() as conn:
        waiting = int(
            conn.execute(
                sa.select(sa.func.count())
                .select_from(t.requests)
                .where(t.requests.c.state.in_([NEW, CREATED, UPLOADED, FAILED, RESTART]))
                .where(t.requests.c.method == "api")
            ).scalar_one()
        )
    last = ctx.journal.last(NAME, None, "ok")
    if not configured:
        return Status(
            ConnectionState.NOT_CONFIGURED,
            QT_TRANSLATE_NOOP("status", "The prefilled URL works; set the API token to send files."),
            last_sync=last.ts.isoformat() if last else "",
            waiting=waiting,
        )
    return Status(
        ConnectionState.CONNECTED if last else ConnectionState.UNKNOWN,
        "",
        last_sync=last.ts.isoformat() if last else "",
        waiting=waiting,
    )


def validate(form: OmnidocForm) -> None:
    """Raise FormInvalid naming every field that cannot be sent as Omnidoc wants it."""
    problems = form_problems(form)
    if problems:
        raise FormInvalid(problems)


# ---------------------------------------------------------------------------- the form being typed


def save_form_draft(ctx: AppContext, form: OmnidocForm, files: list[str]) -> None:
    """Keep the half-filled form so it survives a crash."""
    with ctx.db.transaction() as conn:
        values = {"data": form.model_dump_json(), "files": json.dumps(files), "updated_at": utcnow()}
        if (
            conn.execute(
                sa.update(t.form_drafts).where(t.form_drafts.c.slot == "current").values(**values)
            ).rowcount
            == 0
        ):
            conn.execute(sa.insert(t.form_drafts).values(slot="current", **values))


def load_form_draft(ctx: AppContext) -> tuple[OmnidocForm, list[str]] | None:
    """The half-filled form and its files that still exist, or None."""
    with ctx.db.read() as conn:
        row = (
            conn.execute(sa.select(t.form_drafts).where(t.form_drafts.c.slot == "current")).mappings().first()
        )
    if row is None:
        return None
    return OmnidocForm.model_validate_json(row["data"]), [
        p for p in json.loads(row["files"]) if Path(p).exists()
    ]


def clear_form_draft(ctx: AppContext) -> None:
    """Forget the half-filled form (the user starts a new one)."""
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(t.form_drafts).where(t.form_drafts.c.slot == "current"))


# ---------------------------------------------------------------------------- files


@dataclass(frozen=True)
class Attachment:
    """A file accepted for upload: where it is, its size and its type."""

    path: Path
    size: int
    mime: str


def describe_file(path: str | Path) -> Attachment:
    """Check a file can be attached (exists, not empty, under the limit, an accepted type)."""
    p = Path(path)
    if not p.is_file():
        raise refused(
            QT_TRANSLATE_NOOP("errors", "{name}: the file does not exist or is not a file."),
            "file",
            name=p.name,
        )
    size = p.stat().st_size
    mime = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
    if size == 0:
        raise refused(QT_TRANSLATE_NOOP("errors", "{name}: the file is empty."), "file", name=p.name)
    if size > MAX_FILE_BYTES:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "{name}: {size} MB is over the {limit} MB limit."),
            "file",
            name=p.name,
            size=f"{size / 1e6:.1f}",
            limit=MAX_FILE_BYTES // 1_000_000,
        )
    if mime not in ALLOWED_TYPES:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "{name}: {mime} files are not accepted (PDF, images, text, DICOM)."),
            "file",
            name=p.name,
            mime=mime,
        )
    return Attachment(p, size, mime)


# ---------------------------------------------------------------------------- sending


def prefill_url(ctx: AppContext, form: OmnidocForm) -> str:
    """Validate and build the URL; record the request (the URL itself is never stored or logged)."""
    validate(form)
    url = build_url(form, ctx.settings.omnidoc.base_url or "https://app.omnidoc.fr")
    request_id = uuid.uuid4().hex
    with ctx.db.transaction() as conn:
        _insert_request(conn, request_id, "url", URL_OPENED, form)
        ctx.journal.record(
            NAME,
            "prefill_url",
            "ok",
            QT_TRANSLATE_NOOP("journal", "prefilled request {request} opened in the browser"),
            args={"request": request_id[:8]},
            keys=[request_id],
            conn=conn,
        )
    return url


Progress = Callable[[int, int, str], None]


@dataclass
class SendResult:
    """Where a sent request stands: its draft, its redirect URL, how many files went."""

    request_id: str
    draft_id: str
    redirect_url: str
    uploaded: int
    state: str


def create_request(ctx: AppContext, form: OmnidocForm, paths: Sequence[str | Path]) -> str:
    """Record the request and its files before anything is sent (so nothing typed is lost)."""
    validate(form)
    form.api_body(ctx.settings.omnidoc.author_rpps, {})  # the settings' author must be sendable too
    attachments = [describe_file(p) for p in paths]
    request_id = uuid.uuid4().hex
    with ctx.db.transaction() as conn:
        _insert_request(conn, request_id, "api", NEW, form)
        _insert_files(conn, request_id, 0, attachments)
    return request_id


def _insert_request(conn: sa.Connection, request_id: str, method: str, state: str, form: OmnidocForm) -> None:
    now = utcnow()
    conn.execute(
        sa.insert(t.requests).values(
            id=request_id,
            created_at=now,
            updated_at=now,
            method=method,
            state=state,
            recipient_rpps=form.normalised().get("recipient_rpps", ""),
            form=form.model_dump_json(),
        )
    )


def _insert_files(
    conn: sa.Connection, request_id: str, start: int, attachments: Sequence[Attachment]
) -> None:
    if not attachments:
        return
    conn.execute(
        sa.insert(t.files),
        [
            {
                "request_id": request_id,
                "position": start + i,
                "path": str(a.path.resolve()),
                "name": a.path.name,
                "size": a.size,
                "mime": a.mime,
                "state": PENDING,
            }
            for i, a in enumerate(attachments)
        ],
    )


async def send(
    ctx: AppContext, request_id: str, *, client: OmnidocClient | None = None, progress: Progress | None = None
) -> SendResult:
    """Create the draft (once), upload the files still pending, and mark it ready to open.

    Resumable at every step: a draft already created is reused (its id is stored right after the
    create, and a create whose answer was lost is retried with the same idempotency key), and
    only the files not yet uploaded are sent.
    """
    own = client is None
    client = client or make_client(ctx)
    try:
        row = await ctx.db.run(_resume_point, ctx, request_id)
        if row["state"] == OPENED:
            return SendResult(request_id, row["draft_id"], row["redirect_url"], 0, OPENED)
        form = OmnidocForm.model_validate_json(row["form"])
        if row["draft_id"] is None or row["state"] == RESTART:
            body = form.api_body(ctx.settings.omnidoc.author_rpps, {"passerelle_request": request_id})
            key = request_id if row["draft_id"] is None else f"{request_id}:{row['draft_id']}"
            try:
                draft_id, redirect_url = await client.create_draft(body, idempotency_key=key)
            except ValidationFailed as exc:
                await ctx.db.run(_fail, ctx, request_id, str(exc))
                fields = field_errors(exc.details)
                if fields:
                    raise FormInvalid.from_sentences(fields) from exc
                raise
            except ConnectionFailed as exc:
                await ctx.db.run(
                    _fail,
                    ctx,
                    request_id,
                    "The answer to the creation was lost; retrying will reuse the same draft.",
                )
                raise exc
            crashpoints.step("omnidoc.create.answered")
            await ctx.db.run(_store_draft, ctx, request_id, draft_id, redirect_url)
            crashpoints.step("omnidoc.create.stored")
        row, pending, total = await ctx.db.run(_upload_plan, ctx, request_id)
        done = total - len(pending)
        for record in pending:
            if progress:
                progress(done, total, record["name"] or "")
            await ctx.db.run(_file_state, ctx, request_id, record["position"], SENDING)
            try:
                await client.upload(row["draft_id"], Path(record["path"]), record["mime"])
            except ConnectionFailed as exc:
                if isinstance(exc.__cause__, httpx.ConnectError):  # it never reached Omnidoc
                    await ctx.db.run(_file_state, ctx, request_id, record["position"], PENDING)
                raise
            crashpoints.step("omnidoc.upload.sent")
            await ctx.db.run(_file_state, ctx, request_id, record["position"], UPLOADED_FILE)
            done += 1
            crashpoints.step("omnidoc.upload.one")
        if progress:
            progress(done, total, "")
        await ctx.db.run(_uploads_done, ctx, request_id, row["draft_id"], done)
        crashpoints.step("omnidoc.upload.done")
        return SendResult(request_id, row["draft_id"], row["redirect_url"], done, UPLOADED)
    except Exception as exc:
        if not isinstance(exc, FormInvalid):
            await ctx.db.run(
                ctx.attention.raise_item,
                NAME,
                "uploads_missing",
                request_id,
                QT_TRANSLATE_NOOP("attention", "The Omnidoc request {request} is not complete: {error}"),
                args={"request": request_id[:8], "error": exc},
                action="retry",
            )
        raise
    finally:
        if own:
            await client.aclose()


# The steps of :func:`send` that touch the store, each run in the database thread (never on the loop).


def _resume_point(ctx: AppContext, request_id: str) -> dict[str, Any]:
    """The request as :func:`send` resumes it (moved to a fresh draft if an upload got no answer)."""
    row = _request(ctx, request_id)
    if row["state"] != OPENED and row["draft_id"] is not None and _files(ctx, request_id, SENDING):
        _start_over(ctx, request_id)
        row = _request(ctx, request_id)
    return row


def _store_draft(ctx: AppContext, request_id: str, draft_id: str, redirect_url: str) -> None:
    """The draft Omnidoc created, stored with its journal entry."""
    with ctx.db.transaction() as conn:
        _update_request(
            conn,
            request_id,
            draft_id=draft_id,
            redirect_url=redirect_url,
            state=CREATED,
            last_error=None,
        )
        ctx.journal.record(
            NAME,
            "draft_created",
            "ok",
            QT_TRANSLATE_NOOP("journal", "Omnidoc draft {draft} created"),
            args={"draft": draft_id},
            keys=[draft_id, request_id],
            conn=conn,
        )


def _upload_plan(ctx: AppContext, request_id: str) -> tuple[dict[str, Any], list[dict[str, Any]], int]:
    """The request, its files still pending, and how many files it has."""
    row = _request(ctx, request_id)
    return row, _files(ctx, request_id, PENDING), len(_files(ctx, request_id))


def _uploads_done(ctx: AppContext, request_id: str, draft_id: str, done: int) -> None:
    """Every file is on the draft: the request is uploaded, its attention item cleared."""
    with ctx.db.transaction() as conn:
        _update_request(conn, request_id, state=UPLOADED, last_error=None)
        ctx.journal.record(
            NAME,
            "files_uploaded",
            "ok",
            plural.translate("journal", "%n file(s) on Omnidoc draft {draft}", None, 0),
            args={"n": done, "draft": draft_id},
            keys=[draft_id, request_id],
            counts={"files": done},
            conn=conn,
        )
        # Ready: it waits for the person to open it (mark_opened clears it).
        ctx.attention.raise_item(
            NAME,
            DRAFT_READY,
            request_id,
            QT_TRANSLATE_NOOP(
                "attention",
                "The Omnidoc draft {request} is ready with its files: open it to finish the request.",
            ),
            args={"request": request_id[:8]},
            action="open",
            conn=conn,
        )
    ctx.attention.clear(NAME, "uploads_missing", request_id)


def mark_opened(ctx: AppContext, request_id: str) -> str:
    """The person is sent to redirect_url: from now on Omnidoc refuses more files."""
    with ctx.db.transaction() as conn:
        row = conn.execute(sa.select(t.requests).where(t.requests.c.id == request_id)).mappings().one()
        if row["state"] not in (UPLOADED, OPENED):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors", "Upload the files first: Omnidoc refuses them once the draft is opened."
                ),
                "files",
            )
        _update_request(conn, request_id, state=OPENED)
        ctx.attention.clear(NAME, DRAFT_READY, request_id, conn=conn)
        ctx.journal.record(
            NAME,
            "draft_opened",
            "ok",
            QT_TRANSLATE_NOOP("journal", "Omnidoc draft {draft} opened in the browser"),
            args={"draft": row["draft_id"]},
            keys=[row["draft_id"], request_id],
            conn=conn,
        )
    return str(row["redirect_url"])


def add_files(ctx: AppContext, request_id: str, paths: Sequence[str | Path]) -> None:
    """More files for a request whose draft was not opened yet (Omnidoc refuses them after)."""
    row = _request(ctx, request_id)
    if row["state"] == OPENED:
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This draft was already opened in Omnidoc, which no longer accepts files for it. Add them in Omnidoc itself, or create a new request.",
                ),
            ),
            field="files",
        )
    attachments = [describe_file(p) for p in paths]
    with ctx.db.transaction() as conn:
        start = conn.execute(
            sa.select(sa.func.count()).select_from(t.files).where(t.files.c.request_id == request_id)
        ).scalar_one()
        _insert_files(conn, request_id, int(start), attachments)
        conn.execute(
            sa.update(t.requests)
            .where(t.requests.c.id == request_id)
            .values(state=CREATED)
            .where(t.requests.c.draft_id.is_not(None))
            .where(t.requests.c.state != RESTART)
        )


def _file_state(ctx: AppContext, request_id: str, position: int, state: str) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(t.files)
            .where(t.files.c.request_id == request_id)
            .where(t.files.c.position == position)
            .values(state=state, uploaded_at=utcnow() if state == UPLOADED_FILE else None)
        )


def _start_over(ctx: AppContext, request_id: str) -> None:
    """An upload got no answer (a crash, a lost connection): the file may be on the draft
    already and Omnidoc cannot tell. Rather than risk it twice, the request moves to a fresh
    draft with all its files; the old draft was never opened, so nobody sees it."""
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(t.files)
            .where(t.files.c.request_id == request_id)
            .values(state=PENDING, uploaded_at=None)
        )
        _update_request(
            conn,
            request_id,
            state=RESTART,
            last_error="An upload got no answer: the files go to a fresh draft.",
        )
        ctx.journal.record(
            NAME,
            "draft_replaced",
            "info",
            QT_TRANSLATE_NOOP(
                "journal", "request {request}: an upload got no answer, the files go to a fresh draft"
            ),
            args={"request": request_id[:8]},
            keys=[request_id],
            conn=conn,
        )


def _update_request(conn: sa.Connection, request_id: str, **values: Any) -> None:
    conn.execute(
        sa.update(t.requests).where(t.requests.c.id == request_id).values(**values, updated_at=utcnow())
    )


def _fail(ctx: AppContext, request_id: str, reason: str) -> None:
    with ctx.db.transaction() as conn:
        _update_request(
            conn,
            request_id,
            last_error=reason,
            state=sa.case((t.requests.c.draft_id.is_(None), FAILED), else_=t.requests.c.state),
        )
        ctx.journal.record(
            NAME,
            "draft_created",
            "error",
            f"request {request_id[:8]}: {reason}",
            keys=[request_id],
            conn=conn,
        )


def _request(ctx: AppContext, request_id: str) -> dict[str, Any]:
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(t.requests).where(t.requests.c.id == request_id)).mappings().first()
    if row is None:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "No Omnidoc request {request}."), "request", request=request_id
        )
    return dict(row)


def _files(ctx: AppContext, request_id: str, state: str | None = None) -> list[dict[str, Any]]:
    query = sa.select(t.files).where(t.files.c.request_id == request_id).order_by(t.files.c.position)
    if state:
        query = query.where(t.files.c.state == state)
    with ctx.db.read() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


# ---------------------------------------------------------------------------- history


@dataclass(frozen=True)
class HistoryEntry:
    """One past request as the History page shows it."""

    id: str
    created_at: dt.datetime
    method: str
    state: str
    recipient_rpps: str
    draft_id: str | None
    files: list[str]
    last_error: str | None
    purged: bool
    patient: str  # "first LAST", empty once purged


def history(ctx: AppContext, limit: int = 500) -> list[HistoryEntry]:
    """The latest requests, newest first."""
    with ctx.db.read() as conn:
        rows = (
            conn.execute(sa.select(t.requests).order_by(t.requests.c.created_at.desc()).limit(limit))
            .mappings()
            .all()
        )
        names: dict[str, list[str]] = {}
        for request_id, name in conn.execute(
            sa.select(t.files.c.request_id, t.files.c.name).order_by(t.files.c.position)
        ):
            names.setdefault(request_id, []).append(name or "")
    out = []
    for r in rows:
        patient = ""
        if r["form"]:
            form = OmnidocForm.model_validate_json(r["form"])
            patient = f"{form.patient_first_name} {form.patient_last_name.upper()}".strip()
        out.append(
            HistoryEntry(
                r["id"],
                r["created_at"],
                r["method"],
                r["state"],
                r["recipient_rpps"],
                r["draft_id"],
                names.get(r["id"], []),
                r["last_error"],
                r["purged_at"] is not None,
                patient,
            )
        )
    return out


def reopen(ctx: AppContext, request_id: str) -> OmnidocForm:
    """A past request's form, to send again as a new request."""
    row = _request(ctx, request_id)
    if not row["form"]:
        raise refused(
            QT_TRANSLATE_NOOP(
                "errors", "The personal data of this request was purged after the retention period."
            ),
            "request",
        )
    return OmnidocForm.model_validate_json(row["form"])


def purge_personal_data(ctx: AppContext, older_than_days: int | None = None) -> int:
    """Remove the form (names, NIR…) and file names of requests older than the retention period."""
    days = older_than_days if older_than_days is not None else ctx.settings.omnidoc.history_retention_days
    cutoff = utcnow() - dt.timedelta(days=days)
    with ctx.db.transaction() as conn:
        ids = (
            conn.execute(
                sa.select(t.requests.c.id)
                .where(t.requests.c.created_at < cutoff)
                .where(t.requests.c.purged_at.is_(None))
            )
            .scalars()
            .all()
        )
        if ids:
            conn.execute(
                sa.update(t.requests)
                .where(t.requests.c.id.in_(ids))
                .values(form=None, redirect_url=None, purged_at=utcnow())
            )
            conn.execute(sa.update(t.files).where(t.files.c.request_id.in_(ids)).values(path=None, name=None))
            ctx.journal.record_done(
                NAME,
                "purge",
                plural.translate("journal", "personal data of %n request(s) purged", None, 0),
                len(ids),
                "requests",
                conn=conn,
            )
    if ids:
        ctx.db.scrub()
    return len(ids)
