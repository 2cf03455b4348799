"""A journal summary shown on its own is a sentence: its first letter a capital, in every language,
but never a value the template opens on."""

from __future__ import annotations

import datetime as dt

from app.core.journal import Entry
from app.core.tr import render


def entry(template: str, **args: str) -> Entry:
    return Entry(
        id=1,
        ts=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        integration="vetelevage",
        action="acknowledge",
        outcome="ok",
        who="accueil",
        desk="poste-1",
        summary=template.format(**args),
        counts=None,
        template=template,
        args=args,
    )


def french(context: str, text: str, n: int = -1) -> str:
    return {"batch {lot} acknowledged": "lot {lot} acquitté"}.get(text, text)


def test_a_summary_begins_with_a_capital_in_the_language_and_in_english() -> None:
    acknowledged = entry("batch {lot} acknowledged", lot="L-2026-11-23-0007")
    assert acknowledged.sentence(french) == "Lot L-2026-11-23-0007 acquitté"
    assert acknowledged.sentence() == "Batch L-2026-11-23-0007 acknowledged"


def test_a_value_the_template_opens_on_keeps_its_case() -> None:
    assert entry("{draft} sent", draft="d_6a66").sentence(french) == "d_6a66 sent"
    assert render("{draft} sent", {"draft": "d_6a66"}, "journal", french, capital=True) == "d_6a66 sent"


def test_other_sentences_are_left_as_their_template_says() -> None:
    assert render("batch {lot} acknowledged", {"lot": "L-1"}, "journal", french) == "lot L-1 acquitté"
