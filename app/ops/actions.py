"""What can be done about an attention item, by action name, and bulk retry with a preview.

Action names stored on items: ``retry`` (run again: a handler registered by the integration),
``reconnect`` (the connection settings), ``open_mapping`` (a decision in the integration's tab),
``mark_handled`` (a person says it is dealt with, with a comment). Integrations register their
retry handlers with ``register_action(integration, kind, handler)``; a handler is
``async (ctx, item) -> Any`` and raises when the work fails again. When it returns, the item
leaves the queue.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.attention import FAILED, HANDLED, Item
from app.core.redact import redact
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.ops.retry import item_words

if TYPE_CHECKING:
    from app.core.context import AppContext
    from app.ops.retry import RetryPolicy

RETRY = "retry"
RECONNECT = "reconnect"
OPEN_MAPPING = "open_mapping"
MARK_HANDLED = "mark_handled"
ACTIONS = (RETRY, RECONNECT, OPEN_MAPPING, MARK_HANDLED)
ANY_KIND = "*"

Handler = Callable[["AppContext", Item], Awaitable[Any]]
Progress = Callable[[int, int, str], None]
_handlers: dict[tuple[str, str], Handler] = {}


def register_action(integration: str, kind: str, handler: Handler) -> None:
    """``kind`` may be ``"*"``: the handler retries every kind of that integration."""
    _handlers[(integration, kind)] = handler


def unregister_action(integration: str, kind: str) -> None:
    _handlers.pop((integration, kind), None)


def handler_for(item: Item) -> Handler | None:
    _register_builtin()
    return _handlers.get((item.integration, item.kind)) or _handlers.get((item.integration, ANY_KIND))


def can_retry(item: Item) -> bool:
    return item.action == RETRY and item.state != HANDLED and handler_for(item) is not None


@dataclass(frozen=True)
class PreviewLine:
    item: Item
    will_resend: bool
    text: str  # what will be re-sent, or why not: a Sentence (English; ids only)


_ATTEMPT = QT_TRANSLATE_NOOP("attention", "{what} (attempt {n})")
_ATTEMPT_AFTER = QT_TRANSLATE_NOOP("attention", "{what} (attempt {n}, after giving up)")
_ALREADY_HANDLED = QT_TRANSLATE_NOOP("attention", "{what}: already handled")
_NEEDS_A_PERSON = QT_TRANSLATE_NOOP("attention", "{what}: needs a person ({action})")
# What the person does, in words (the item's action code stays in --json).
_ACTION_WORDS = {
    "reconnect": QT_TRANSLATE_NOOP("attention", "reconnect in Connections"),
    "open_mapping": QT_TRANSLATE_NOOP("attention", "map the product"),
    "review": QT_TRANSLATE_NOOP("attention", "a review"),
    "open": QT_TRANSLATE_NOOP("attention", "open it"),
}
_A_DECISION = QT_TRANSLATE_NOOP("attention", "a decision")
_NO_RETRY = QT_TRANSLATE_NOOP("attention", "{what}: cannot be retried from here")
_NO_RETRY_HERE = QT_TRANSLATE_NOOP("attention", "cannot be retried from here")


def preview(items: Iterable[Item]) -> list[PreviewLine]:
    """What a bulk retry would re-send, item by item, before anything is sent."""
    lines = []
    for item in items:
        what = item_words(item)  # "Provet Cloud — notification no. 12 not processed", never codes
        if can_retry(item):
            template = _ATTEMPT_AFTER if item.state == FAILED else _ATTEMPT
            lines.append(
                PreviewLine(item, True, Sentence("attention", template, what=what, n=item.attempts + 1))
            )
        elif item.state == HANDLED:
            lines.append(PreviewLine(item, False, Sentence("attention", _ALREADY_HANDLED, what=what)))
        elif item.action != RETRY:
            action = Sentence("attention", _ACTION_WORDS.get(item.action, _A_DECISION))
            lines.append(
                PreviewLine(item, False, Sentence("attention", _NEEDS_A_PERSON, what=what, action=action))
            )
        else:
            lines.append(PreviewLine(item, False, Sentence("attention", _NO_RETRY, what=what)))
    return lines


@dataclass
class BulkResult:
    done: int = 0
    failed: list[tuple[Item, str]] = field(default_factory=list)
    skipped: list[Item] = field(default_factory=list)


async def retry_item(ctx: AppContext, item: Item, *, policy: RetryPolicy | None = None) -> str | None:
    """Run the item's handler once: None when it went through (the item leaves the queue), else the
    reason it still fails (the attempt is counted and the next one planned, bounded)."""
    from app.ops.retry import DEFAULT_POLICY, error_sentence, reschedule, schedule_retry

    policy = policy or DEFAULT_POLICY
    handler = handler_for(item)
    if handler is None:
        return Sentence("attention", _NO_RETRY_HERE)
    try:
        await handler(ctx, item)
    except Exception as exc:
        reason = error_sentence(exc)

        def count_failure(error: Exception) -> None:
            current = next(
                (i for i in ctx.attention.items(item.integration, include_handled=True) if i.id == item.id),
                None,
            )
            if current is not None and current.attempts > item.attempts:
                reschedule(ctx, current.id, policy=policy)  # the integration already counted this failure
            else:
                schedule_retry(
                    ctx, item.integration, item.kind, item.ref, error, action=item.action, policy=policy
                )

        await ctx.db.run(count_failure, exc)  # the store in a thread, never on the window's loop
        return redact(reason)
    await ctx.db.run(_went_through, ctx, item)
    return None


def _went_through(ctx: AppContext, item: Item) -> None:
    ctx.attention.clear(item.integration, item.kind, item.ref)
    ctx.journal.record(
        item.integration,
        "retry",
        "ok",
        QT_TRANSLATE_NOOP("journal", "{what}: went through on retry"),
        args={"what": item_words(item)},
        keys=[item.ref],
    )


async def retry_items(
    ctx: AppContext,
    items: Iterable[Item],
    *,
    policy: RetryPolicy | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BulkResult:
    """Retry the items one after the other (what ``preview`` said would be re-sent)."""
    todo = list(items)
    result = BulkResult()
    for n, item in enumerate(todo):
        if cancelled is not None and cancelled():
            result.skipped.extend(todo[n:])
            break
        if progress is not None:
            progress(n, len(todo), f"{item.kind} {item.ref}")
        if not can_retry(item):
            result.skipped.append(item)
            continue
        problem = await retry_item(ctx, item, policy=policy)
        if problem is None:
            result.done += 1
        else:
            result.failed.append((item, problem))
    return result


def mark_handled(ctx: AppContext, item: Item, comment: str, who: str | None = None) -> None:
    """A person dealt with it: the item leaves the queue, the journal keeps who and why."""
    who = who or ctx.journal.who
    ctx.attention.handle(item.id, who, comment.strip())
    ctx.journal.record(
        item.integration,
        "handled",
        "info",
        QT_TRANSLATE_NOOP("journal", "{what}: marked handled ({comment})")
        if comment.strip()
        else QT_TRANSLATE_NOOP("journal", "{what}: marked handled"),
        args={"what": item_words(item), "comment": comment.strip()},
        keys=[item.ref],
    )


# ---------------------------------------------------------------- built-in handlers
_builtin_done = False


async def _vetelevage_retry(ctx: AppContext, item: Item) -> None:
    from app.integrations.vetelevage.acts import push_acts
    from app.integrations.vetelevage.importing import import_visits

    if item.kind == "import_failed":
        await import_visits(ctx, compte=None if item.ref == "default" else item.ref)
    elif item.kind == "push_refused":
        await push_acts(ctx)
    else:
        raise LookupError(f"{item.kind} items of Vétélevage are not retried automatically")


async def _omnidoc_retry(ctx: AppContext, item: Item) -> None:
    from app.integrations.omnidoc import service

    await service.send(ctx, item.ref)


async def _totvs_saude_resend(ctx: AppContext, item: Item) -> None:
    """ "Send again" a prescription sent without an answer: looked up first, posted only if TOTVS
    does not have it (the submission's idempotency check)."""
    from app.integrations.totvs import service_saude

    await service_saude.resend(ctx, item.ref)


def _register_builtin() -> None:
    # Integrations that landed before this registry: their retryable kinds, set once (a later
    # ``register_action`` by the integration itself wins because it is not overwritten here).
    global _builtin_done
    if _builtin_done:
        return
    _builtin_done = True
    for key, handler in (
        (("vetelevage", "import_failed"), _vetelevage_retry),
        (("vetelevage", "push_refused"), _vetelevage_retry),
        (("omnidoc", "uploads_missing"), _omnidoc_retry),
        (("totvs_saude", "prescription_unconfirmed"), _totvs_saude_resend),
    ):
        _handlers.setdefault(key, handler)
