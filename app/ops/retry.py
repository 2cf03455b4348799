"""Bounded retries of queued work: a backoff schedule, a maximum number of attempts, then "failed".

An attention item with ``action="retry"`` is retried automatically when it is due: at its
``next_retry_at`` when the integration set one (``schedule_retry``), otherwise at
``updated_at`` plus the policy's delay for its attempt count (so items raised with a plain
``raise_item`` are retried too). After ``max_attempts`` the item is "failed" and only a person
retries it (from the queue) or marks it handled. Nothing retries forever.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.core.attention import FAILED, MAX_ATTEMPTS, OPEN, Item
from app.core.db import utcnow
from app.core.errors import describe
from app.core.tables import attention
from app.core.tr import QT_TRANSLATE_NOOP, Sentence, Translate, render
from app.integrations import title_of

if TYPE_CHECKING:
    from app.core.context import AppContext

RETRY = "retry"


@dataclass(frozen=True)
class RetryPolicy:
    # Wait after the 1st, 2nd, 3rd… failed attempt; the last delay repeats if attempts outnumber it.
    delays: tuple[float, ...] = (60.0, 300.0, 900.0, 3600.0)
    max_attempts: int = MAX_ATTEMPTS

    def __post_init__(self) -> None:
        if not self.delays or any(d < 0 for d in self.delays):
            raise ValueError("delays must be a non-empty list of seconds >= 0")
        if not 1 <= self.max_attempts <= MAX_ATTEMPTS:
            raise ValueError(f"max_attempts must be between 1 and {MAX_ATTEMPTS}")

    def delay(self, attempts: int) -> float | None:
        """Seconds to wait after ``attempts`` failed attempts; None when it is time to give up."""
        if attempts >= self.max_attempts:
            return None
        return self.delays[min(max(attempts, 1), len(self.delays)) - 1]


DEFAULT_POLICY = RetryPolicy()


def error_sentence(error: BaseException | str) -> str:
    """The reason shown in the queue: the user sentence for an exception, the text otherwise."""
    if isinstance(error, BaseException):
        message = describe(error)
        detail = str(error)
        return message.text if not detail or detail in message.text else f"{message.text} ({detail})"
    return error


_ERROR = QT_TRANSLATE_NOOP("attention", "{error}")
_ERROR_DETAIL = QT_TRANSLATE_NOOP("attention", "{error} ({detail})")


def error_reason(error: BaseException | str) -> tuple[str, dict[str, object]]:
    """The queue's reason as a template and its values, so the list shows it in the UI's language:
    an exception's user sentence (and its detail when the sentence does not say it); a text as it is."""
    if not isinstance(error, BaseException):
        return error, {}
    message, detail = describe(error), str(error)
    if not detail or detail in message.text:
        return _ERROR, {"error": message}
    return _ERROR_DETAIL, {"error": message, "detail": detail}


def _find(conn: Connection, integration: str, kind: str, ref: str) -> Item | None:
    row = (
        conn.execute(
            sa.select(attention).where(
                (attention.c.integration == integration)
                & (attention.c.kind == kind)
                & (attention.c.ref == ref)
            )
        )
        .mappings()
        .first()
    )
    return Item.from_row(row) if row else None


def schedule_retry(
    ctx: AppContext,
    integration: str,
    kind: str,
    ref: str,
    error: BaseException | str,
    *,
    action: str = RETRY,
    policy: RetryPolicy = DEFAULT_POLICY,
    now: dt.datetime | None = None,
    conn: Connection | None = None,
) -> Item:
    """Count one more failed attempt of (integration, kind, ref) and plan the next one.

    Returns the item as stored: ``state == "failed"`` and no ``next_retry_at`` once the attempts are
    used up (the journal says so once)."""
    if conn is None:
        with ctx.db.transaction() as c:
            return schedule_retry(
                ctx, integration, kind, ref, error, action=action, policy=policy, now=now, conn=c
            )
    now = now or utcnow()
    before = _find(conn, integration, kind, ref)
    attempts = (before.attempts if before else 0) + 1
    delay = policy.delay(attempts)
    reason, values = error_reason(error)
    if before is not None:  # the values that name its object stay (item_words reads them)
        kept = {k: v for k, v in before.args.items() if isinstance(v, str | int | float)}
        values = {**kept, **values}
    ctx.attention.raise_item(
        integration,
        kind,
        ref,
        reason,
        args=values,
        action=action,
        state=OPEN if delay is not None else FAILED,
        next_retry_at=now + dt.timedelta(seconds=delay) if delay is not None else None,
        conn=conn,
    )
    item = _find(conn, integration, kind, ref)
    assert item is not None
    if item.state == FAILED and (before is None or before.state != FAILED):
        ctx.journal.record(
            integration,
            "retry",
            "error",
            QT_TRANSLATE_NOOP("journal", "{what}: gave up after {n} attempts; waits for a person"),
            args={"what": item_words(item), "n": item.attempts},
            keys=[ref],
            conn=conn,
        )
    return item


def reschedule(
    ctx: AppContext, item_id: int, *, policy: RetryPolicy = DEFAULT_POLICY, now: dt.datetime | None = None
) -> Item | None:
    """Plan the next attempt of an item whose failure was already counted (the integration raised it
    again itself); gives up when its attempts are used up."""
    now = now or utcnow()
    with ctx.db.transaction() as conn:
        row = conn.execute(sa.select(attention).where(attention.c.id == item_id)).mappings().first()
        if row is None:
            return None
        item = Item.from_row(row)
        delay = policy.delay(item.attempts)
        values = (
            {"next_retry_at": now + dt.timedelta(seconds=delay)}
            if delay is not None
            else {"state": FAILED, "next_retry_at": None}
        )
        conn.execute(sa.update(attention).where(attention.c.id == item_id).values(**values))
        return Item.from_row(
            conn.execute(sa.select(attention).where(attention.c.id == item_id)).mappings().one()
        )


def due_at(item: Item, policy: RetryPolicy = DEFAULT_POLICY) -> dt.datetime | None:
    """When the item is next retried automatically (None: never — not retryable, failed or handled)."""
    if item.state != OPEN or item.action != RETRY:
        return None
    if item.next_retry_at is not None:
        return item.next_retry_at
    delay = policy.delay(item.attempts)
    return item.updated_at + dt.timedelta(seconds=delay) if delay is not None else None


def due(ctx: AppContext, now: dt.datetime | None = None, policy: RetryPolicy = DEFAULT_POLICY) -> list[Item]:
    now = now or utcnow()
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(attention)
            .where(attention.c.state == OPEN)
            .where(attention.c.action == RETRY)
            .order_by(attention.c.id)
        ).mappings()
        items = [Item.from_row(r) for r in rows]
    out = []
    for item in items:
        when = due_at(item, policy)
        if when is not None and when <= now:
            out.append(item)
    return out


# ---------------------------------------------------------------- an item in words
# How a preview (and a progress line) names an item: the integration as the user knows it, then
# the failure in words with the object it is about, never "[provet] webhook 12".
_NAMED = QT_TRANSLATE_NOOP("attention", "{integration} — {what}")
_KIND_WORDS: dict[tuple[str, str], str] = {
    ("provet", "webhook"): QT_TRANSLATE_NOOP("attention", "notification no. {ref} not processed"),
    ("vetelevage", "import_failed"): QT_TRANSLATE_NOOP("attention", "import of the visits failed"),
    ("vetelevage", "push_refused"): QT_TRANSLATE_NOOP("attention", "list of billable acts refused"),
    ("vetelevage", "visit_to_review"): QT_TRANSLATE_NOOP("attention", "visit {ref} to review"),
    ("vetelevage", "unmapped_product"): QT_TRANSLATE_NOOP("attention", "product {product} to map"),
    ("vetelevage", "held_visit"): QT_TRANSLATE_NOOP("attention", "a visit of batch {lot} held"),
    ("vetelevage", "changed_after_commit"): QT_TRANSLATE_NOOP("attention", "billed visit {visit} changed"),
    ("omnidoc", "uploads_missing"): QT_TRANSLATE_NOOP("attention", "request {request} not sent completely"),
    ("omnidoc", "draft_ready"): QT_TRANSLATE_NOOP("attention", "draft {request} ready to open"),
    ("totvs_saude", "prescription_unconfirmed"): QT_TRANSLATE_NOOP(
        "attention", "prescription of {date} without an answer"
    ),
    ("totvs_rh", "load_failed"): QT_TRANSLATE_NOOP("attention", "co-participation load of {scope} stopped"),
}
_REASON_OF = QT_TRANSLATE_NOOP("attention", "{reason} ({ref})")
# A Vétélevage account other than the clinic's only one is named (a SaaS desk has several).
_OF_ACCOUNT: dict[tuple[str, str], str] = {
    ("vetelevage", "import_failed"): QT_TRANSLATE_NOOP(
        "attention", "import of the visits of account {ref} failed"
    ),
    ("vetelevage", "push_refused"): QT_TRANSLATE_NOOP(
        "attention", "list of billable acts of account {ref} refused"
    ),
}


# Journal entries written before the items were named in words (still shown, in the language).
EARLIER_JOURNAL_TEMPLATES = (
    QT_TRANSLATE_NOOP("journal", "{kind} {ref}: gave up after {n} attempts; waits for a person"),
    QT_TRANSLATE_NOOP("journal", "{kind} {ref} went through on retry"),
    QT_TRANSLATE_NOOP("journal", "{kind} {ref} marked handled: {comment}"),
    QT_TRANSLATE_NOOP("journal", "{kind} {ref} marked handled"),
)


class ItemReason(Sentence):
    """An item's own reason (its stored template and values, which may be stored sentences)."""

    @classmethod
    def of(cls, item: Item) -> ItemReason:
        """The reason of ``item``, shown in the UI's language by ``in_language``."""
        self = str.__new__(cls, item.reason)
        self.template, self.context, self.args = item.template, "attention", dict(item.args)
        return self

    def translated(self, translate: Translate) -> str:
        """The reason in the UI's language."""
        return render(self.template, self.args, self.context, translate) if self.template else str(self)


def integration_name(name: str) -> Sentence:
    """The integration's name as the user knows it ("TOTVS RH", not "totvs_rh"), translatable."""
    return Sentence("integrations", title_of(name))


def item_words(item: Item) -> Sentence:
    """The item in words: its integration, the failure and the object as the user knows it
    ("Omnidoc — request 3f2a1b9c not sent completely"); an unknown kind says its own reason."""
    key = (item.integration, item.kind)
    template = (_OF_ACCOUNT.get(key) if item.ref not in ("", "default") else None) or _KIND_WORDS.get(key)
    values = {k: str(v) for k, v in item.args.items() if isinstance(v, str | int | float)}
    values["ref"] = item.ref
    named = {name for _text, name, _spec, _conv in string.Formatter().parse(template or "") if name}
    what: Sentence = (
        Sentence("attention", template, **values)
        if template and named <= values.keys()
        # a kind without words here, or a value they name is missing: its reason, and its reference
        else Sentence("attention", _REASON_OF, reason=ItemReason.of(item), ref=item.ref)
    )
    return Sentence("attention", _NAMED, integration=integration_name(item.integration), what=what)


async def run_due(
    ctx: AppContext, now: dt.datetime | None = None, policy: RetryPolicy = DEFAULT_POLICY
) -> dict[str, int]:
    """Retry every due item once (the scheduler calls this every minute)."""
    from app.ops import actions

    items = [i for i in await ctx.db.run(due, ctx, now, policy) if actions.handler_for(i) is not None]
    result = await actions.retry_items(ctx, items, policy=policy)
    return {"due": len(items), "done": result.done, "failed": len(result.failed)}
