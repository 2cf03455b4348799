"""Issue 15 item 7: the retry preview (and the CLI's --preview-retry) names an item by its
integration, the failure in words and the object as the user knows it, in the UI's language —
never by internal codes such as ``[provet] webhook_failed EV-1``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.attention import OPEN, Item
from app.core.tr import in_language
from app.ops import actions
from app.ops.retry import item_words

FRENCH = {
    ("attention", "{integration} — {what}"): "{integration} — {what}",
    ("attention", "request {request} not sent completely"): "demande {request} pas entièrement envoyée",
    ("attention", "{what} (attempt {n})"): "{what} (tentative {n})",
    ("attention", "{reason} ({ref})"): "{reason} ({ref})",
    ("attention", "Something failed: {why}"): "Quelque chose a échoué\u00a0: {why}",
    ("integrations", "Operations"): "Exploitation",
}


@pytest.fixture
def registry() -> Iterator[None]:
    saved = dict(actions._handlers)
    yield
    actions._handlers.clear()
    actions._handlers.update(saved)


def french(context: str, text: str, *_rest: Any, **_kw: Any) -> str:
    return FRENCH.get((context, text), text)


def _item(integration: str, kind: str, ref: str, template: str = "", **args: Any) -> Item:
    now = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    return Item(
        id=1,
        integration=integration,
        kind=kind,
        ref=ref,
        reason=template.format(**args) if template else "it failed",
        action="retry",
        state=OPEN,
        attempts=1,
        next_retry_at=None,
        created_at=now,
        updated_at=now,
        handled_by=None,
        comment=None,
        template=template,
        args=args,
    )


def test_a_known_kind_says_the_integration_the_failure_and_the_object() -> None:
    item = _item(
        "omnidoc",
        "uploads_missing",
        "e3dde3b7c0ffee",
        "The Omnidoc request {request} is not complete: {error}",
        request="e3dde3b7",
        error={"t": "Omnidoc is unavailable.", "a": {}, "c": "errors"},
    )
    words = item_words(item)
    assert words == "Omnidoc — request e3dde3b7 not sent completely"
    assert in_language(words, french) == "Omnidoc — demande e3dde3b7 pas entièrement envoyée"
    assert "uploads_missing" not in words and "e3dde3b7c0ffee" not in words


def test_vetelevage_names_an_account_only_when_there_are_several() -> None:
    assert item_words(_item("vetelevage", "import_failed", "default")) == (
        "Vétélevage — import of the visits failed"
    )
    assert item_words(_item("vetelevage", "import_failed", "ACC-2")) == (
        "Vétélevage — import of the visits of account ACC-2 failed"
    )
    assert item_words(_item("provet", "webhook", "12")) == "Provet Cloud — notification no. 12 not processed"


def test_a_kind_without_words_says_its_own_reason_in_the_language_and_its_reference() -> None:
    item = _item("ops", "something_new", "R-7", "Something failed: {why}", why="disk full")
    words = item_words(item)
    assert words == "Operations — Something failed: disk full (R-7)"
    assert in_language(words, french) == "Exploitation — Quelque chose a échoué\u00a0: disk full (R-7)"
    # a known kind whose values are missing (stored before it had them) says its reason too
    assert item_words(_item("vetelevage", "unmapped_product", "P-1", "map it")) == (
        "Vétélevage — map it (P-1)"
    )


def test_the_preview_lines_use_the_words(registry: None) -> None:
    async def resend(_ctx: Any, _item: Item) -> None:
        return None

    actions.register_action("omnidoc", "uploads_missing", resend)
    item = _item(
        "omnidoc", "uploads_missing", "abc", "The Omnidoc request {request} is not complete", request="abc"
    )
    (line,) = actions.preview([item])
    assert line.will_resend
    assert line.text == "Omnidoc — request abc not sent completely (attempt 2)"
    assert in_language(line.text, french) == "Omnidoc — demande abc pas entièrement envoyée (tentative 2)"


JOURNAL_FRENCH = {
    **FRENCH,
    ("journal", "{what}: marked handled ({comment})"): "{what}\u00a0: marqué comme traité ({comment})",
    ("journal", "{what}: gave up after {n} attempts; waits for a person"): (
        "{what}\u00a0: abandon après {n} tentatives\u00a0; attend une personne"
    ),
}


def journal_french(context: str, text: str, *_rest: Any, **_kw: Any) -> str:
    return JOURNAL_FRENCH.get((context, text), text)


def test_the_activity_names_retried_and_handled_items_in_words_too(ctx: Any) -> None:
    from app.ops import retry

    policy = retry.RetryPolicy(delays=(0.0,), max_attempts=1)
    item = retry.schedule_retry(ctx, "omnidoc", "uploads_missing", "e3dde3b7c0ffee", "down", policy=policy)
    actions.mark_handled(ctx, item, "sent by post")
    handled, gave_up = ctx.journal.search("e3dde3b7c0ffee")[:2]
    assert gave_up.sentence(journal_french).startswith("Omnidoc — ")  # no "uploads_missing e3dde3b7c0ffee"
    assert "gave up after 1 attempts" in gave_up.summary  # the English summary, for search and the CLI
    shown = handled.sentence(journal_french)
    assert "uploads_missing" not in shown and shown.endswith("\u00a0: marqué comme traité (sent by post)"), (
        shown
    )
