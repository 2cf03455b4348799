"""What waits for a person: failed work after its retries, decisions to take.

One row per (integration, kind, ref); raising an item that is already open refreshes it
instead of adding a second one, so a failure repeated by retries is one item, not a flood.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.core.db import Database, utcnow
from app.core.journal import stored_value
from app.core.redact import redact
from app.core.tables import attention
from app.core.tr import Joined, fill, nested, render

OPEN = "open"
HANDLED = "handled"
FAILED = "failed"
# After this many occurrences an item stops being retried automatically: it stays, "failed",
# until a person retries it or marks it handled. Nothing retries forever.
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Item:
    id: int
    integration: str
    kind: str
    ref: str
    reason: str
    action: str
    state: str
    attempts: int
    next_retry_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    handled_by: str | None
    comment: str | None
    # ``reason`` above is the sentence filled in English (CLI, support report); the UI translates
    # ``template`` (a QT_TRANSLATE_NOOP("attention", …) source) and fills it with ``args``.
    template: str = ""
    args: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Mapping[Any, Any]) -> Item:
        data = dict(row)
        args = json.loads(data.pop("reason_args", None) or "{}")
        template = data["reason"]
        data["reason"] = fill(template, args)
        return cls(**data, template=template, args=args)

    def sentence(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The reason in the UI's language (``translate`` is QCoreApplication.translate)."""
        if not self.template:
            return self.reason
        return render(self.template, self.args, "attention", translate)


@dataclass(frozen=True)
class Wanted:
    """An item that should be open: its English template, its values and the action that fixes it."""

    reason: str
    args: Mapping[str, object] = field(default_factory=dict)
    action: str = ""


# Refs bound per statement when items are kept in step with many records at once.
_CHUNK = 500


def _chunks(refs: Collection[str]) -> list[list[str]]:
    ordered = sorted(set(refs))
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def keep_only(
    conn: Connection,
    integration: str,
    kind: str,
    wanted: Mapping[str, Wanted],
    *,
    within: Collection[str] | None = None,
) -> None:
    """Make the items of ``kind`` (among the refs ``within``, or all of them) exactly ``wanted``,
    set-based: the others go, a new one is raised once, one already there takes the new reason
    without counting another attempt (a condition that lasts is not a failure that repeats), and
    one a person marked handled stays handled. For conditions that follow from stored records
    (a visit waiting for review), kept in step whenever those records are evaluated again."""
    base = (attention.c.integration == integration) & (attention.c.kind == kind)
    if within is None:
        existing = set(conn.execute(sa.select(attention.c.ref).where(base)).scalars())
    else:
        existing = _existing(conn, base, set(within) | set(wanted))
    for chunk in _chunks(existing - set(wanted)):
        conn.execute(sa.delete(attention).where(base & attention.c.ref.in_(chunk)))
    _write(conn, integration, kind, _stored(wanted, _Said()), existing)


def _existing(conn: Connection, base: sa.ColumnElement[bool], refs: Collection[str]) -> set[str]:
    """Which of ``refs`` have an item (``base``: of one integration and kind)."""
    found: set[str] = set()
    for chunk in _chunks(refs):
        found.update(
            conn.execute(sa.select(attention.c.ref).where(base & attention.c.ref.in_(chunk))).scalars()
        )
    return found


def _stored(items: Mapping[str, Wanted], said: _Said) -> dict[str, dict[str, Any]]:
    """What is stored of each item: its reason and values (see :class:`_Said`) and its action."""
    return {
        ref: {"reason": said.text(item.reason), "reason_args": said.args(item.args), "action": item.action}
        for ref, item in items.items()
    }


def _write(
    conn: Connection,
    integration: str,
    kind: str,
    rows: Mapping[str, dict[str, Any]],
    existing: set[str],
    **again: Any,
) -> None:
    """Items stored set-based (``rows``: :func:`_stored`, by ref): the ones in ``existing`` take the
    new reason (and the values of ``again``) in one executemany, the others are inserted open in one."""
    now = utcnow()
    base = (attention.c.integration == integration) & (attention.c.kind == kind)
    present = [
        {"b_ref": ref, **{f"b_{k}": v for k, v in row.items()}}
        for ref, row in rows.items()
        if ref in existing
    ]
    if present:
        conn.execute(
            sa.update(attention)
            .where(base & (attention.c.ref == sa.bindparam("b_ref")))
            .values(
                reason=sa.bindparam("b_reason"),
                reason_args=sa.bindparam("b_reason_args"),
                action=sa.bindparam("b_action"),
                **again,
            ),
            present,
        )
    new = [
        {
            "integration": integration,
            "kind": kind,
            "ref": ref,
            **row,
            "state": OPEN,
            "attempts": 1,
            "created_at": now,
            "updated_at": now,
        }
        for ref, row in rows.items()
        if ref not in existing
    ]
    if new:
        conn.execute(sa.insert(attention), new)


class _Said:
    """Items' reasons and values as they are stored (redacted; a sentence with its template, see
    :func:`nested`), each distinct one worked out once: many items sharing a value (the same
    reasons for many visits) do not redo the same redaction and encoding each. ``convert`` turns a
    value into what is stored of it first (:func:`app.core.journal.stored_value` for
    :meth:`Attention.raise_item`'s)."""

    def __init__(self, convert: Callable[[object], object] | None = None) -> None:
        self._convert = convert
        self._texts: dict[str, str] = {}
        self._values: dict[int, tuple[object, str]] = {}  # id → (the value, kept alive: its JSON)

    def text(self, reason: str) -> str:
        """``reason`` redacted."""
        done = self._texts.get(reason)
        if done is None:
            done = self._texts[reason] = redact(reason)
        return done

    def args(self, args: Mapping[str, object] | None) -> str | None:
        """``json.dumps({name: nested(value, redact)})`` of ``args`` (None when there are none)."""
        if not args:
            return None
        return _object((k, self._value(v)) for k, v in args.items())

    def _value(self, value: object) -> str:
        if type(value) is str:  # an id: nothing to share
            return json.dumps(redact(value))
        done = self._values.get(id(value))
        if done is not None and done[0] is value:
            return done[1]
        if isinstance(value, Joined):  # as nested() stores it, each part (often shared) encoded once
            names = [f"p{i}" for i in range(len(value.parts))]
            template = value.separator.join("{" + name + "}" for name in names)
            parts = _object((n, self._value(p)) for n, p in zip(names, value.parts, strict=True))
            encoded = _object((("t", _name(template)), ("a", parts), ("c", '""')))
        else:
            encoded = json.dumps(nested(self._convert(value) if self._convert else value, redact))
        self._values[id(value)] = (value, encoded)
        return encoded


def _object(members: Iterable[tuple[str, str]]) -> str:
    """The JSON object of these (name, JSON value) members, as ``json.dumps`` writes it."""
    return "{" + ", ".join(f"{_name(name)}: {value}" for name, value in members) + "}"


@functools.lru_cache(maxsize=256)
def _name(name: str) -> str:
    """``json.dumps(name)`` of a member name or template (the same few for every item): once."""
    return json.dumps(name)


class Attention:
    def __init__(self, db: Database) -> None:
        self.db = db

    def raise_item(
        self,
        integration: str,
        kind: str,
        ref: str,
        reason: str,
        *,
        args: Mapping[str, object] | None = None,
        action: str = "",
        state: str = OPEN,
        next_retry_at: dt.datetime | None = None,
        conn: Connection | None = None,
    ) -> None:
        """``reason`` is an English sentence, ideally a QT_TRANSLATE_NOOP("attention", …) template
        whose {placeholders} come from ``args`` (ids, counts, error sentences: redacted)."""
        if conn is None:
            with self.db.transaction() as c:
                self.raise_item(
                    integration,
                    kind,
                    ref,
                    reason,
                    args=args,
                    action=action,
                    state=state,
                    next_retry_at=next_retry_at,
                    conn=c,
                )
            return
        now = utcnow()
        stored_args = (
            json.dumps({k: nested(stored_value(v), redact) for k, v in args.items()}) if args else None
        )
        where = (
            (attention.c.integration == integration) & (attention.c.kind == kind) & (attention.c.ref == ref)
        )
        # What this raise says, written alike on an item raised again and on a new one.
        said = {
            "reason": redact(reason),
            "reason_args": stored_args,
            "action": action,
            "next_retry_at": next_retry_at,
            "updated_at": now,
        }
        updated = conn.execute(
            sa.update(attention)
            .where(where)
            .values(
                **said,
                state=sa.case((attention.c.attempts + 1 >= MAX_ATTEMPTS, FAILED), else_=state),
                attempts=attention.c.attempts + 1,
            )
        )
        if updated.rowcount == 0:
            conn.execute(
                sa.insert(attention).values(
                    integration=integration,
                    kind=kind,
                    ref=ref,
                    **said,
                    state=state,
                    attempts=1,
                    created_at=now,
                )
            )

    def raise_many(
        self, integration: str, kind: str, items: Mapping[str, Wanted], *, conn: Connection
    ) -> None:
        """:meth:`raise_item` for each ref of ``items`` (open, no retry planned), set-based: one
        SELECT of the items there, one executemany raising them again, one inserting the others."""
        if not items:
            return
        base = (attention.c.integration == integration) & (attention.c.kind == kind)
        _write(
            conn,
            integration,
            kind,
            _stored(items, _Said(stored_value)),
            _existing(conn, base, items),
            next_retry_at=None,
            updated_at=utcnow(),
            state=sa.case((attention.c.attempts + 1 >= MAX_ATTEMPTS, FAILED), else_=OPEN),
            attempts=attention.c.attempts + 1,
        )

    def clear(
        self, integration: str, kind: str, ref: str | None = None, *, conn: Connection | None = None
    ) -> int:
        """The condition is gone: remove its item(s)."""
        if conn is None:
            with self.db.transaction() as c:
                return self.clear(integration, kind, ref, conn=c)
        where = (attention.c.integration == integration) & (attention.c.kind == kind)
        if ref is not None:
            where &= attention.c.ref == ref
        return conn.execute(sa.delete(attention).where(where)).rowcount

    def keep_only(
        self,
        integration: str,
        kind: str,
        wanted: Mapping[str, Wanted],
        *,
        within: Collection[str] | None = None,
        conn: Connection,
    ) -> None:
        """See :func:`keep_only` (the same, as a method of the store's attention)."""
        keep_only(conn, integration, kind, wanted, within=within)

    def handle(self, item_id: int, who: str, comment: str = "") -> None:
        with self.db.transaction() as conn:
            conn.execute(
                sa.update(attention)
                .where(attention.c.id == item_id)
                .values(state=HANDLED, handled_by=who, comment=comment, updated_at=utcnow())
            )

    def items(
        self, integration: str | None = None, *, include_handled: bool = False, limit: int | None = None
    ) -> list[Item]:
        """Open items (or all), most recently changed first; at most ``limit`` (see :meth:`count`)."""
        query = sa.select(attention).order_by(attention.c.updated_at.desc(), attention.c.id.desc())
        if limit is not None:
            query = query.limit(limit)
        if integration:
            query = query.where(attention.c.integration == integration)
        if not include_handled:
            query = query.where(attention.c.state != HANDLED)
        with self.db.read() as conn:
            return [Item.from_row(row) for row in conn.execute(query).mappings()]

    def count(self, integration: str | None = None) -> int:
        query = sa.select(sa.func.count()).select_from(attention).where(attention.c.state != HANDLED)
        if integration:
            query = query.where(attention.c.integration == integration)
        with self.db.read() as conn:
            return int(conn.execute(query).scalar_one())
