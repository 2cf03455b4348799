"""TOTVS Saúde Planos workflows: list a subscriber's prescriptions, file a new one exactly once
(idempotency record + lookup before re-posting), list a prescription's refunds."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core import crashpoints
from app.core.db import utcnow
from app.core.errors import InputError
from app.core.http import ApiError, ConnectionFailed, ServerError
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.base import ConnectionState, Status
from app.integrations.totvs import tables as t
from app.integrations.totvs.client_base import credentials, unconfigured_status
from app.integrations.totvs.client_saude import ListPage, PrescriptionQuery, SaudeClient
from app.integrations.totvs.models import (
    PRESCRIPTION_STATUS,
    FormIssue,
    PrescriptionForm,
    PrescriptionItem,
    Refund,
    label,
)

if TYPE_CHECKING:
    import httpx

    from app.core.context import AppContext

log = logging.getLogger("passerelle.totvs_saude")

NAME = "totvs_saude"
PENDING, SENT, CONFIRMED, FAILED = "pending", "sent", "confirmed", "failed"


class FormInvalid(InputError):
    """The prescription form has errors, every one at once: ``issues`` (label and sentence,
    translatable), ``fields`` maps each API path to its English "label: sentence"."""

    def __init__(self, issues: list[FormIssue]) -> None:
        self.issues = issues
        self.fields = {issue.path: issue.text() for issue in issues}
        super().__init__(
            "The prescription cannot be sent:\n" + "\n".join(f"- {text}" for text in self.fields.values()),
            field=next(iter(self.fields), None),
        )


def make_client(
    ctx: AppContext, transport: httpx.AsyncBaseTransport | None = None, timeout: float = 30.0
) -> SaudeClient:
    """The Saúde client from the settings and the keyring; NotConfigured names what is missing."""
    base_url, username, password = credentials(ctx, NAME, "TOTVS Saúde Planos")
    return SaudeClient(base_url, username, password, transport=transport, timeout=timeout)


# ---------------------------------------------------------------- list / refunds


async def list_page(
    ctx: AppContext,
    query: PrescriptionQuery,
    *,
    page: int = 1,
    page_size: int = 20,
    transport: httpx.AsyncBaseTransport | None = None,
) -> ListPage[PrescriptionItem]:
    """One page of a subscriber's prescriptions."""
    if not query.subscriber_id.strip():
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Type the subscriber id (matrícula) first."), "subscriberId"
        )
    async with make_client(ctx, transport) as client:
        return await client.prescriptions(query, page=page, page_size=page_size)


async def list_all(
    ctx: AppContext, query: PrescriptionQuery, *, transport: httpx.AsyncBaseTransport | None = None
) -> list[PrescriptionItem]:
    """Every prescription line matching the query."""
    if not query.subscriber_id.strip():
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Type the subscriber id (matrícula) first."), "subscriberId"
        )
    out: list[PrescriptionItem] = []
    async with make_client(ctx, transport) as client:
        async for page in client.all_prescriptions(query):
            out.extend(page.items)
    return out


async def refunds(
    ctx: AppContext,
    prescription_code: str,
    *,
    medication_code: str = "",
    fields: str = "",
    filter: str = "",
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[Refund]:
    """Every refund protocol of a prescription, optionally of one medication, with the seed's
    ``fields`` (the properties returned) and OData ``filter``."""
    if not prescription_code.strip():
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Choose a prescription (prescriptionCode) first."), "prescriptionCode"
        )
    out: list[Refund] = []
    async with make_client(ctx, transport) as client:
        page_number = 1
        while True:
            page = await client.refunds(
                prescription_code.strip(),
                medication_code=medication_code.strip(),
                page=page_number,
                page_size=50,
                fields=fields.strip(),
                filter=filter.strip(),
            )
            out.extend(page.items)
            if not page.has_next or not page.items:
                return out
            page_number += 1


# ---------------------------------------------------------------- create, exactly once


def submission_key(form: PrescriptionForm) -> str:
    """The idempotency key of a prescription: subscriber, date and medications."""
    text = "|".join([form.subscriber_id, form.prescription_date, ",".join(form.medication_codes())])
    return hashlib.sha256(text.encode()).hexdigest()[:40]


@dataclass
class Submission:
    """The outcome of filing a prescription."""

    key: str
    prescription_code: str
    status: str
    already_filed: bool = False  # an earlier attempt had filed it (found, not posted again)

    @property
    def status_label(self) -> str:
        """ "1 - Protocolado"."""
        return label(PRESCRIPTION_STATUS, self.status)


def begin_submission(ctx: AppContext, form: PrescriptionForm) -> dict[str, Any]:
    """The submission row of this form: a new one, or the earlier attempt's."""
    key = submission_key(form)
    now = utcnow()
    with ctx.db.transaction() as conn:
        row = conn.execute(sa.select(t.submissions).where(t.submissions.c.key == key)).mappings().first()
        if row is None:
            values = {
                "key": key,
                "subscriber_id": form.subscriber_id,
                "prescription_date": form.prescription_date,
                "medications": ",".join(form.medication_codes()),
                "form": json.dumps(form.body(), ensure_ascii=False),
                "state": PENDING,
                "attempts": 0,
                "created_at": now,
                "updated_at": now,
            }
            conn.execute(sa.insert(t.submissions).values(**values))
            return values
        if row["state"] == FAILED:  # refused before: the corrected form may be sent again
            conn.execute(
                sa.update(t.submissions)
                .where(t.submissions.c.key == key)
                .values(state=PENDING, form=json.dumps(form.body(), ensure_ascii=False), updated_at=now)
            )
            return {**dict(row), "state": PENDING}
        return dict(row)


def _set(ctx: AppContext, key: str, **values: Any) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(t.submissions).where(t.submissions.c.key == key).values(updated_at=utcnow(), **values)
        )
        if values.get("state") == CONFIRMED:
            ctx.journal.record(
                NAME,
                "prescription",
                "ok",
                QT_TRANSLATE_NOOP("journal", "Prescription {code} filed"),
                args={"code": values["prescription_code"]},
                keys=[values["prescription_code"]],
                conn=conn,
            )
            ctx.attention.clear(NAME, "prescription_unconfirmed", key, conn=conn)


def _mark_sent(ctx: AppContext, key: str) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(t.submissions)
            .where(t.submissions.c.key == key)
            .values(state=SENT, attempts=t.submissions.c.attempts + 1, updated_at=utcnow())
        )


def _day(text: str) -> str:
    """A date as YYYYMMDD whatever way it is written (2023-04-03, 20230403, 2023-04-03T00:00:00)."""
    digits = "".join(ch for ch in text.strip()[:10] if ch.isdigit())
    return digits[:8]


async def lookup(client: SaudeClient, form: PrescriptionForm) -> PrescriptionItem | None:
    """The subscriber's prescription of this date with exactly these medications, if filed.

    Only what identifies a prescription is compared — the subscriber (the query), the date and
    the set of medication codes — never fields the server may echo padded or reformatted."""
    wanted = {code.strip() for code in form.medication_codes()}
    day = _day(form.prescription_date)
    groups: dict[str, list[PrescriptionItem]] = {}
    async for page in client.all_prescriptions(
        PrescriptionQuery(subscriber_id=form.subscriber_id), page_size=100
    ):
        for item in page.items:
            groups.setdefault(item.prescription_code.strip(), []).append(item)
    matches = [
        items[0]
        for items in groups.values()
        if _day(items[0].initial_medication_date) == day
        and {i.medication_code.strip() for i in items} == wanted
    ]
    return max(matches, key=lambda i: i.prescription_code) if matches else None


async def submit(
    ctx: AppContext,
    form: PrescriptionForm,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: float = 30.0,
) -> Submission:
    """File the prescription once. A retry after a timeout looks it up before posting again."""
    if not form.health_insurer_code:
        form.health_insurer_code = ctx.settings.totvs_saude.health_insurer_code
    issues = form.issues()
    if issues:
        raise FormInvalid(issues)
    row = await ctx.db.run(begin_submission, ctx, form)
    key = row["key"]
    if row["state"] == CONFIRMED:
        return Submission(key, row["prescription_code"], row["status"] or "", already_filed=True)
    async with make_client(ctx, transport, timeout=timeout) as client:
        if row["state"] == SENT:
            found = await lookup(client, form)
            if found is not None:
                await ctx.db.run(
                    _set,
                    ctx,
                    key,
                    state=CONFIRMED,
                    prescription_code=found.prescription_code,
                    status=found.prescription_status,
                )
                return Submission(key, found.prescription_code, found.prescription_status, already_filed=True)
        await ctx.db.run(_mark_sent, ctx, key)
        crashpoints.step("totvs_saude.create.sending")
        try:
            created = await client.create(form)
        except (ConnectionFailed, ServerError) as exc:
            # No answer (timeout, 503…): the server may have filed it. "Send again" in Needs
            # attention (resend) looks it up first and posts only when TOTVS does not have it.
            await ctx.db.run(_set, ctx, key, last_error=str(exc))
            await ctx.db.run(_unanswered, ctx, key, form.prescription_date, exc)
            raise
        except ApiError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status not in (401, 403, 408, 429):
                await ctx.db.run(_set, ctx, key, state=FAILED, last_error=str(exc))
            else:
                await ctx.db.run(_set, ctx, key, last_error=str(exc))
            raise
        crashpoints.step("totvs_saude.create.answered")
        await ctx.db.run(
            _set,
            ctx,
            key,
            state=CONFIRMED,
            prescription_code=created.prescription_code,
            status=created.status,
            last_error=None,
        )
        crashpoints.step("totvs_saude.create.confirmed")
    return Submission(key, created.prescription_code, created.status)


UNANSWERED = "prescription_unconfirmed"  # the attention kind of a prescription sent without an answer
_NO_ANSWER = QT_TRANSLATE_NOOP(
    "attention",
    "No answer while filing the prescription of {date}: send it again, "
    "Passerelle first checks whether TOTVS already has it.",
)
_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "attention",
    "TOTVS Saúde was unavailable while filing the prescription of {date}: send it again, "
    "Passerelle first checks whether TOTVS already has it.",
)


def _unanswered(ctx: AppContext, key: str, date: str, exc: BaseException) -> None:
    """The item of Needs attention for a prescription sent without an answer ("Send again")."""
    ctx.attention.raise_item(
        NAME,
        UNANSWERED,
        key,
        _UNAVAILABLE if isinstance(exc, ServerError) else _NO_ANSWER,
        args={"date": date},
        action="retry",
    )


async def resend(
    ctx: AppContext, key: str, *, transport: httpx.AsyncBaseTransport | None = None
) -> Submission:
    """Send a prescription again from its stored form, through the idempotency check: one already
    filed (found by :func:`lookup`) is confirmed, never posted twice. Raises as :func:`submit`."""
    row = await ctx.db.run(_submission, ctx, key)
    if row is None:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "This prescription is no longer in the local store: file it again."),
            "key",
        )
    if row["state"] == CONFIRMED:
        await ctx.db.run(lambda: ctx.attention.clear(NAME, UNANSWERED, key))
        return Submission(key, row["prescription_code"] or "", row["status"] or "", already_filed=True)
    form = PrescriptionForm.model_validate(json.loads(row["form"]))
    return await submit(ctx, form, transport=transport)


def _submission(ctx: AppContext, key: str) -> dict[str, Any] | None:
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(t.submissions).where(t.submissions.c.key == key)).mappings().first()
    return dict(row) if row is not None else None


def submissions(ctx: AppContext, limit: int = 200) -> list[dict[str, Any]]:
    """The latest submissions, newest first."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(t.submissions).order_by(t.submissions.c.created_at.desc()).limit(limit)
        ).mappings()
        return [dict(r) for r in rows]


# ---------------------------------------------------------------- status / test


def status(ctx: AppContext) -> Status:
    """The dashboard's line for TOTVS Saúde: configured, answers awaited."""
    unconfigured = unconfigured_status(
        ctx,
        "totvs_saude",
        QT_TRANSLATE_NOOP("status", "Set the TOTVS Saúde address and user in Connections."),
    )
    if unconfigured is not None:
        return unconfigured
    # The count of Needs attention (what the dashboard shows there): the prescriptions sent
    # without an answer, each an item with "Send again".
    waiting = sum(1 for item in ctx.attention.items(NAME) if item.kind == UNANSWERED)
    with ctx.db.read() as conn:
        last = conn.execute(
            sa.select(sa.func.max(t.submissions.c.updated_at)).where(t.submissions.c.state == CONFIRMED)
        ).scalar()
    sentence = (
        QT_TRANSLATE_NOOP("status", "{n} prescription(s) sent without an answer: send them again.")
        if waiting
        else QT_TRANSLATE_NOOP("status", "Ready to list and file prescriptions.")
    )
    return Status(
        ConnectionState.CONNECTED if not waiting else ConnectionState.FAILING,
        sentence,
        str(last or ""),
        waiting,
        args={"n": waiting},
    )


async def test_connection(ctx: AppContext) -> str:
    """Ask for a token; a sentence saying that TOTVS accepted the user."""
    async with make_client(ctx) as client:
        await client.auth.login(client.http)
    return Sentence(
        "errors",
        QT_TRANSLATE_NOOP("errors", "TOTVS Saúde Planos accepted the user and password (token issued)."),
    )
