"""The activity journal: who did what, when, with which outcome. PHI-free by construction.

Entries carry business keys (visit id, lot, consultation id, prescription code…) in a
separate indexed table so a key search stays fast on millions of entries on both engines.
The summary is redacted before it is stored; callers put ids in it, never names.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict, Unpack

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.core.db import Database, utcnow
from app.core.redact import redact
from app.core.search import contains, sentence_search_text
from app.core.tables import journal, journal_keys
from app.core.tr import fill, nested, render

OUTCOMES = ("ok", "partial", "error", "info")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return os.environ.get("USERNAME", "")


def current_desk(configured: str = "") -> str:
    return configured or os.environ.get("COMPUTERNAME") or socket.gethostname()


@dataclass(frozen=True)
class Entry:
    id: int
    ts: dt.datetime
    integration: str
    action: str
    outcome: str
    who: str
    desk: str
    summary: str
    counts: dict[str, Any] | None
    keys: tuple[str, ...] = ()
    template: str = ""
    args: dict[str, str] = field(default_factory=dict)

    def sentence(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The summary in the UI's language (``translate`` is QCoreApplication.translate), as a
        sentence: its first letter a capital."""
        if not self.template:
            return self.summary
        return render(self.template, self.args, "journal", translate, capital=True)


class Narrowing(TypedDict, total=False):
    """What :meth:`Journal.search` and :meth:`Journal.count` narrow the entries to, besides the text."""

    integration: str | None
    outcome: str | None
    since: dt.datetime | None  # entries at or after
    until: dt.datetime | None  # entries before


@dataclass(frozen=True)
class Record:
    """An entry to append with :meth:`Journal.record_many` (the arguments of :meth:`Journal.record`)."""

    integration: str
    action: str
    outcome: str
    summary: str
    keys: Iterable[str] = ()
    counts: dict[str, Any] | None = None
    args: Mapping[str, object] | None = None


class Journal:
    def __init__(self, db: Database, desk: str = "") -> None:
        self.db = db
        self.desk = current_desk(desk)
        self.who = current_user()

    def record_done(
        self, integration: str, action: str, summary: str, n: int, unit: str, *, conn: Connection
    ) -> int:
        """Append an "ok" entry for ``n`` ``unit`` done: ``summary`` is a journal template with {n}."""
        return self.record(integration, action, "ok", summary, args={"n": n}, counts={unit: n}, conn=conn)

    async def record_ok(
        self,
        integration: str,
        action: str,
        summary: str,
        *,
        args: Mapping[str, object] | None = None,
        counts: dict[str, Any] | None = None,
    ) -> int:
        """Append an "ok" entry from a coroutine: the database thread writes it, never the loop."""
        return await self.db.run(self.record, integration, action, "ok", summary, args=args, counts=counts)

    def record(
        self,
        integration: str,
        action: str,
        outcome: str,
        summary: str,
        *,
        keys: Iterable[str] = (),
        counts: dict[str, Any] | None = None,
        args: Mapping[str, object] | None = None,
        conn: Connection | None = None,
    ) -> int:
        """Append an entry (in ``conn``'s transaction when given, so it commits with the work).

        With ``args``, ``summary`` is a QT_TRANSLATE_NOOP("journal", …) template filled from them."""
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}")
        if conn is None:
            with self.db.transaction() as c:
                return self.record(
                    integration, action, outcome, summary, keys=keys, counts=counts, args=args, conn=c
                )
        row, unique_keys = self._row(
            Record(integration, action, outcome, summary, keys, counts, args), utcnow()
        )
        entry_id = conn.execute(sa.insert(journal).values(**row).returning(journal.c.id)).scalar_one()
        if unique_keys:
            conn.execute(sa.insert(journal_keys), [{"entry_id": entry_id, "key": k} for k in unique_keys])
        return int(entry_id)

    def record_many(self, records: Sequence[Record], *, conn: Connection) -> list[int]:
        """Append several entries in ``conn``'s transaction, as :meth:`record` does each, with one
        executemany for the entries and one for their keys (an import of many accounts at once)."""
        if not records:
            return []
        built = [self._row(r, utcnow()) for r in records]
        ids = [
            int(i)
            for i in conn.execute(
                sa.insert(journal).returning(journal.c.id, sort_by_parameter_order=True),
                [row for row, _k in built],
            ).scalars()
        ]
        keys = [{"entry_id": i, "key": k} for i, (_row, ks) in zip(ids, built, strict=True) for k in ks]
        if keys:
            conn.execute(sa.insert(journal_keys), keys)
        return ids

    def _row(self, r: Record, ts: dt.datetime) -> tuple[dict[str, Any], list[str]]:
        """The journal row of an entry (its summary filled and redacted) and its distinct keys."""
        if r.outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {OUTCOMES}")
        summary = r.summary
        i18n = None
        template, values = "", {}
        if r.args:
            values = {k: nested(stored_value(v), redact) for k, v in r.args.items()}
            i18n = {"t": summary, "a": values}
            template, summary = summary, fill(summary, values)
        shown = redact(summary)[:2000]
        row = {
            "ts": ts,
            "integration": r.integration,
            "action": r.action,
            "outcome": r.outcome,
            "who": self.who,
            "desk": self.desk,
            "summary": shown,
            "counts": r.counts,
            "summary_i18n": i18n,
            "search_text": sentence_search_text(shown, template, values),
        }
        return row, sorted({str(k)[:200] for k in r.keys if k})

    def search(
        self,
        text: str = "",
        *,
        limit: int | None = 200,
        before_id: int | None = None,
        **narrow: Unpack[Narrowing],
    ) -> list[Entry]:
        """Entries newest first (at most ``limit``; None: all). ``text`` matches a business key
        exactly, else words of the summary; :meth:`count` says how many match."""
        query = self._matching(text, narrow).limit(limit)
        if before_id:
            query = query.where(journal.c.id < before_id)
        with self.db.read() as conn:
            rows = conn.execute(query).mappings().all()
            ids = [r["id"] for r in rows]
            keys: dict[int, list[str]] = {}
            if ids:
                for entry_id, key in conn.execute(
                    sa.select(journal_keys.c.entry_id, journal_keys.c.key).where(
                        journal_keys.c.entry_id.in_(ids)
                    )
                ):
                    keys.setdefault(entry_id, []).append(key)
        return [_entry(r, keys.get(r["id"], ())) for r in rows]

    def count(self, text: str = "", **narrow: Unpack[Narrowing]) -> int:
        """How many entries :meth:`search` would find with no limit (a listing says what it left out)."""
        matching = self._matching(text, narrow).order_by(None).subquery()
        with self.db.read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(matching)).scalar_one())

    def _matching(self, text: str, narrow: Narrowing) -> sa.Select[Any]:
        integration, outcome = narrow.get("integration"), narrow.get("outcome")
        since, until = narrow.get("since"), narrow.get("until")
        query = sa.select(journal).order_by(journal.c.id.desc())
        text = text.strip()
        if text:
            with self.db.read() as conn:
                has_key = conn.execute(
                    sa.select(journal_keys.c.entry_id).where(journal_keys.c.key == text).limit(1)
                ).first()
            if has_key:
                # Start from the key index and join (the planner would otherwise walk the journal by id).
                query = (
                    sa.select(journal)
                    .select_from(journal_keys.join(journal, journal.c.id == journal_keys.c.entry_id))
                    .where(journal_keys.c.key == text)
                    .order_by(journal_keys.c.entry_id.desc())
                )
            else:
                # Accents and case ignored, in every language the summary is shown in.
                query = query.where(journal.c.search_text.like(contains(text), escape="\\"))
        if integration:
            query = query.where(journal.c.integration == integration)
        if outcome:
            query = query.where(journal.c.outcome == outcome)
        if since:
            query = query.where(journal.c.ts >= since)
        if until:
            query = query.where(journal.c.ts < until)
        return query

    def last(self, integration: str, action: str | None = None, outcome: str | None = "ok") -> Entry | None:
        query = sa.select(journal).where(journal.c.integration == integration)
        if action:
            query = query.where(journal.c.action == action)
        if outcome:
            query = query.where(journal.c.outcome == outcome)
        with self.db.read() as conn:
            row = conn.execute(query.order_by(journal.c.id.desc()).limit(1)).mappings().first()
        return _entry(row, ()) if row else None


def _entry(row: Any, keys: Sequence[str]) -> Entry:
    i18n = row.get("summary_i18n") or {}
    return Entry(
        id=row["id"],
        ts=row["ts"],
        integration=row["integration"],
        action=row["action"],
        outcome=row["outcome"],
        who=row["who"],
        desk=row["desk"],
        summary=row["summary"],
        counts=row["counts"],
        keys=tuple(sorted(keys)),
        template=i18n.get("t", ""),
        args=i18n.get("a", {}),
    )


def stored_value(value: object) -> object:
    """A value as the journal and the attention queue store it: an error as its sentence (template
    and values, shown in the UI's language); else the value."""
    if isinstance(value, BaseException):
        from app.core.errors import describe

        return describe(value)
    return value
