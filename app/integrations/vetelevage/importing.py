"""Importing: each account's frozen batch of visits, stored exactly once, then acknowledged.

Owns the crash-safe import: the batch and every visit are stored set-based in short
transactions, the batch marked complete by the last one (a visit that cannot be read is held
with its raw JSON instead of being lost); the batch is acknowledged to Vétélevage only once
complete, and a batch stored but not acknowledged before a
crash is acknowledged first on the next run. In SaaS mode every account is imported on its
own — under its own lease, many at once — so one account whose batch fails (a 5xx, a
timeout, an unreadable answer) has its own result and attention item and never stops the
others; what the accounts share (leases, grouped writes, attention items) is done once per run
(:mod:`app.integrations.vetelevage.import_run`). Also the list of held visits.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Connection

from app.core import crashpoints
from app.core.db import utcnow
from app.core.errors import Action, UserMessage, describe
from app.core.http import ApiError, ConflictError
from app.core.journal import Record
from app.core.tables import attention as attention_table
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME, accounts_to_import, client_for
from app.integrations.vetelevage.bulk import binder, insert_many, insert_rows, no_cyclic_gc
from app.integrations.vetelevage.client import SERVICE, VetelevageClient
from app.integrations.vetelevage.evaluation import (
    COMMITTED,
    NEW,
    SET_ASIDE,
    _sync_reviews,
    _sync_unmapped_attention,
)
from app.integrations.vetelevage.import_run import DeferredAttention, ImportRun
from app.integrations.vetelevage.incoming import IncomingVisit, TwinKey, evaluate_incoming, twins_of_batch
from app.integrations.vetelevage.ledger import CHANGED_IN_VETELEVAGE, flag_changed_after_commit
from app.integrations.vetelevage.models import Lot, Visite, VisiteDict, visite_dict
from app.integrations.vetelevage.visit_rows import (
    ACT_COLUMNS,
    NOBODY,
    PRODUCT_COLUMNS,
    VALUE_COLUMNS,
    VISIT_COLUMNS,
    Names,
    incoming_visit,
    names_folder,
    visit_values,
)

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.vetelevage")

# How many accounts are imported at once in SaaS mode: each costs two requests of one round trip
# (fetch, acknowledge), so 500 accounts 50 ms away take 1.6 s of waiting at 32 (12.5 s at 4). A
# server that asks to slow down (429, Retry-After) is honoured by the client.
IMPORT_CONCURRENCY = 32
STORE_ATTEMPTS = 3

_SOME_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "{failed} of {total} Vétélevage accounts could not be imported ({accounts}); the others were. "
    "Each one is listed in Needs attention, where it can be tried again.",
)


@dataclass
class ImportResult:
    """One account's import: the batch, how many visits were received, new, known or held.

    A failed account has ``error`` (a sentence) and ``failure`` (the exception), and no batch.
    """

    compte: str
    lot: str
    received: int = 0
    new: int = 0
    already_known: int = 0
    held: int = 0
    acknowledged: bool = False
    error: str = ""
    failure: BaseException | None = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        """Whether this account's batch was imported."""
        return self.failure is None

    def as_dict(self) -> dict[str, Any]:
        """Every field by name (the exception aside), and ``ok``, for the journal and JSON output."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "failure"}
        data["ok"] = self.ok
        return data


class AccountsFailed(ApiError):
    """Some of several accounts could not be imported; ``results`` holds every account's result."""

    def __init__(self, results: list[ImportResult]) -> None:
        self.results = results
        self.failures = [r for r in results if not r.ok]
        names = ", ".join(r.compte for r in self.failures)
        super().__init__(
            f"{len(self.failures)} of {len(results)} Vétélevage accounts could not be imported: "
            + "; ".join(f"{r.compte}: {r.error}" for r in self.failures),
            service=SERVICE,
        )
        self.user_message = UserMessage(
            _SOME_FAILED,
            {"failed": str(len(self.failures)), "total": str(len(results)), "accounts": names},
            Action.RETRY,
        )


async def import_visits(
    ctx: AppContext,
    client: VetelevageClient | None = None,
    compte: str | None = None,
    *,
    concurrency: int = IMPORT_CONCURRENCY,
) -> list[ImportResult]:
    """Import every account's frozen batch (store, then acknowledge). One result per account.

    The accounts are imported a few at once (``concurrency``), each under its own lease, in one
    :class:`ImportRun` (leases, pending acknowledgements, grouped writes and attention items
    done once for all); one that fails does not stop the others. With one account its failure is
    raised as it is; with several, :class:`AccountsFailed` carries every account's result.
    """
    async with client_for(ctx, client) as client:
        accounts = [compte] if compte else await accounts_to_import(ctx, client)
        gate = asyncio.Semaphore(max(1, concurrency))
        async with ImportRun(ctx, [a or "default" for a in accounts]) as run:

            async def one(account: str | None) -> ImportResult:
                async with gate:
                    return await _import_captured(ctx, client, account, run)

            async with asyncio.TaskGroup() as group:
                tasks = [
                    group.create_task(one(a), name=f"vetelevage-import-{a or 'default'}") for a in accounts
                ]
        results = [task.result() for task in tasks]
    failed = [r for r in results if r.failure is not None]
    if failed and len(results) == 1 and failed[0].failure is not None:
        raise failed[0].failure
    if failed:
        raise AccountsFailed(results)
    return results


async def _import_captured(
    ctx: AppContext, client: VetelevageClient, compte: str | None, run: ImportRun
) -> ImportResult:
    """One account's import; its failure becomes its result instead of stopping the others."""
    try:
        return await import_account(ctx, client, compte, run=run)
    except Exception as exc:
        return ImportResult(
            compte=compte or "default", lot="", error=describe(exc, SERVICE).text, failure=exc
        )


async def import_account(
    ctx: AppContext, client: VetelevageClient, compte: str | None, *, run: ImportRun
) -> ImportResult:
    """Import one account's batch under the account's lease (taken by the run); a failure raises an
    attention item, a success clears it (in the transaction that records the acknowledgement).

    An account another desk is importing right now (``LeaseBusy``) is left to it: no attention item.
    """
    key = compte or "default"
    if key in run.busy:
        raise run.busy[key]
    try:
        for row in run.unacknowledged(compte):  # stored before a crash, not acknowledged yet
            pending = ImportResult(compte=row["compte_id"], lot=row["lot"], received=row["received"])
            await _acknowledge(ctx, client, compte, pending, run)
        lot, raw = await client.get_visites(compte)
        crashpoints.step("vetelevage.import.fetched")
        account = compte or await client.account_id() or "default"
        result = await _store(ctx, account, lot, raw, run)
        crashpoints.step("vetelevage.import.stored")
        await _acknowledge(ctx, client, compte, result, run, succeeded=key)
    except Exception as exc:
        await run.writes.write(_record_failure, ctx, key, exc)
        raise
    return result


def _record_failure(conn: Connection, ctx: AppContext, key: str, exc: BaseException) -> None:
    """The account's attention item (with Try again) and the journal entry of its failed import."""
    ctx.attention.raise_item(
        NAME,
        "import_failed",
        key,
        QT_TRANSLATE_NOOP("attention", "Import failed: {error}"),
        args={"error": exc},
        action="retry",
        conn=conn,
    )
    ctx.journal.record(
        NAME,
        "import",
        "error",
        QT_TRANSLATE_NOOP("journal", "import of account {account} failed: {error}"),
        args={"account": key, "error": exc},
        keys=[key],
        conn=conn,
    )


async def _store(ctx: AppContext, compte: str, lot: Lot, raw: Any, run: ImportRun) -> ImportResult:
    """Store the batch: a small one in the run's next grouped transaction, a large one in its own
    short transactions between rounds; a unique key another desk took meanwhile is a race: the
    write is rolled back, so it is simply run again."""
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            if len(lot.visites) <= min(SMALL_BATCH, STORE_CHUNK):  # one chunk, stored with others
                stored: ImportResult = await run.writes.write_together(
                    _store_many, ctx, compte, lot, raw, run.attention
                )
            elif len(lot.visites) <= STORE_CHUNK:
                stored = await run.writes.write(_store_in, ctx, compte, lot, raw, run.attention)
            else:
                stored = await run.writes.alone(store_batch, ctx, compte, lot, raw, run.attention)
            return stored
        except sa.exc.IntegrityError:
            if attempt == STORE_ATTEMPTS:
                raise
            log.info("batch %s of account %s met a concurrent write; storing it again", lot.lot, compte)
    raise AssertionError("unreachable")


async def _acknowledge(
    ctx: AppContext,
    client: VetelevageClient,
    compte: str | None,
    result: ImportResult,
    run: ImportRun,
    *,
    succeeded: str | None = None,
) -> None:
    """Acknowledge the batch to Vétélevage, then record it (with, for the account's new batch, the
    end of its import_failed item, in the same grouped transaction)."""
    try:
        await client.ack_visites(result.lot, compte)
    except ConflictError:
        # Not the frozen batch any more: it was acknowledged before a crash. Everything is stored.
        log.info("batch %s was already acknowledged", result.lot)
    crashpoints.step("vetelevage.import.acknowledged_remote")
    await run.writes.write_together(_record_acknowledgements, ctx, result, succeeded)
    result.acknowledged = True
    crashpoints.step("vetelevage.import.recorded")


def _record_acknowledgements(
    conn: Connection, items: list[tuple[AppContext, ImportResult, str | None]]
) -> list[None]:
    """Note that Vétélevage has these batches as acknowledged (one journal entry each); the accounts
    ``succeeded`` names (the third of each item, or None) are done: their failure items cleared."""
    ctx = items[0][0]
    conn.execute(
        sa.update(t.batches)
        .where(t.batches.c.compte_id == sa.bindparam("b_compte"))
        .where(t.batches.c.lot == sa.bindparam("b_lot"))
        .where(t.batches.c.acknowledged_at.is_(None))
        .values(acknowledged_at=utcnow()),
        [{"b_compte": result.compte, "b_lot": result.lot} for _ctx, result, _done in items],
    )
    ctx.journal.record_many(
        [
            Record(
                NAME,
                "acknowledge",
                "ok",
                QT_TRANSLATE_NOOP("journal", "batch {lot} acknowledged"),
                args={"lot": result.lot},
                keys=[result.lot],
            )
            for _ctx, result, _done in items
        ],
        conn=conn,
    )
    done = sorted({key for _ctx, _result, key in items if key is not None})
    a = attention_table.c
    for start in range(0, len(done), 500):
        conn.execute(
            sa.delete(attention_table)
            .where(a.integration == NAME)
            .where(a.kind == "import_failed")
            .where(a.ref.in_(done[start : start + 500]))
        )
    return [None] * len(items)


def _unacknowledged(ctx: AppContext, compte: str | None) -> list[dict[str, Any]]:
    """The stored batches (of this account, or all) not recorded as acknowledged yet."""
    with ctx.db.read() as conn:
        query = (
            sa.select(t.batches)
            .where(t.batches.c.acknowledged_at.is_(None))
            .where(t.batches.c.received != PARTIAL)  # still being stored: fetched again, not acknowledged
        )
        if compte:
            query = query.where(t.batches.c.compte_id == compte)
        return [dict(row) for row in conn.execute(query).mappings()]


def _held_reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"])
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


# Visits stored per transaction: a batch of thousands is written in a few short transactions.
STORE_CHUNK = 1000
# ``vet_batches.received`` while a batch is being stored in chunks: not complete, so never
# acknowledged; the next run fetches the same frozen batch and stores what is missing.
PARTIAL = -1


@dataclass
class _Parsed:
    """A batch read: the visits that parse (first occurrence of each id) and the ones held."""

    visits: list[tuple[VisiteDict, Any]] = field(default_factory=list)
    held: list[tuple[int, str | None, Any, str]] = field(default_factory=list)  # position, id, raw, reason
    repeated: int = 0  # an id seen earlier in the same batch: already known


def _parse(items: list[Any]) -> _Parsed:
    """Validate each visit into a plain dictionary; one the dictionary schema refuses is validated
    again with the ``Visite`` model, which decides whether it is held, and says why."""
    parsed = _Parsed()
    seen: set[str] = set()
    fast = visite_dict()
    for position, item in enumerate(items):
        try:
            visite = fast.validate_python(item)
        except ValidationError:
            try:
                visite = VisiteDict(**Visite.model_validate(item).model_dump())  # type: ignore[typeddict-item]
            except ValidationError as exc:
                visit_id = str(item.get("id")) if isinstance(item, dict) and item.get("id") else None
                parsed.held.append((position, visit_id, item, _held_reason(exc)))
                continue
        if visite["id"] in seen:
            parsed.repeated += 1
            continue
        seen.add(visite["id"])
        parsed.visits.append((visite, item))
    return parsed


def store_batch(
    ctx: AppContext, compte: str, lot: Lot, raw: Any, attention: DeferredAttention | None = None
) -> ImportResult:
    """Store the batch and every visit, set-based, in short transactions of ``STORE_CHUNK`` visits.

    Per chunk: one SELECT of the known ids, one executemany per table, the new visits evaluated
    from their lines in memory. The batch stays ``PARTIAL`` (never acknowledged) until the last
    transaction, which also holds the visits that cannot be read (with their raw JSON), writes
    the totals, the attention items (or leaves them to the end of the run: ``attention``) and the
    journal entry. A crash between chunks leaves the batch partial: the next run fetches the same
    frozen batch and stores what is missing.
    """
    with no_cyclic_gc():
        storing = _Storing(ctx, compte, lot, attention)
    for number, chunk in enumerate(storing.chunks):
        with no_cyclic_gc(), ctx.db.transaction() as conn:
            storing.store(conn, number, chunk)
    return storing.result


def _store_in(
    conn: Connection, ctx: AppContext, compte: str, lot: Lot, raw: Any, attention: DeferredAttention | None
) -> ImportResult:
    """:func:`store_batch` inside the caller's transaction (a small batch, in a grouped round)."""
    with no_cyclic_gc():
        storing = _Storing(ctx, compte, lot, attention)
        for number, chunk in enumerate(storing.chunks):
            storing.store(conn, number, chunk)
    return storing.result


# A batch this small is stored together with the other accounts' in the same round (set-based
# across them); a larger one in a round of its own, a batch over STORE_CHUNK in its own transactions.
SMALL_BATCH = 100


def _store_many(
    conn: Connection, jobs: list[tuple[AppContext, str, Lot, Any, DeferredAttention | None]]
) -> list[ImportResult]:
    """Several accounts' small batches stored at once inside the caller's transaction, set-based
    across them: their batch rows, one SELECT of the known visits, one evaluation, one executemany
    per table; then each batch completed (held visits, totals, attention, journal) as
    :func:`store_batch` does. A visit id two of them share fails the whole (the writer then
    stores each batch alone)."""
    with no_cyclic_gc():
        ctx = jobs[0][0]
        storings = [
            _Storing(job_ctx, compte, lot, attention) for job_ctx, compte, lot, _raw, attention in jobs
        ]
        _open_batches(conn, storings)
        first = storings[0]
        assert all(len(s.chunks) == 1 for s in storings), "small batches only"
        visits = [(v, raw, s.batch_id, s.compte) for s in storings for v, raw in s.chunks[0]]
        inserted = set(_store_chunk(ctx, conn, visits, first.now, first.folded))
        entries: list[Record] = []
        for n, s in enumerate(storings):
            chunk = s.chunks[0]
            s.new_ids = [v["id"] for v, _raw in chunk if v["id"] in inserted]
            s.result.new += len(s.new_ids)
            s.result.already_known += len(chunk) - len(s.new_ids)
            s.products = {line["produit_id"] for visite, _ in chunk for line in visite.get("produits", ())}
            _finish_batch(
                s.ctx,
                conn,
                s.batch_id,
                s.lot,
                s.parsed,
                s.result,
                s.products,
                s.new_ids,
                s.now,
                s.attention,
                new=len(s.new_ids),
                mark=n == 0 or s.attention is not storings[0].attention,  # the run's marker, set once
                journal=entries,
            )
        ctx.journal.record_many(entries, conn=conn)
    return [s.result for s in storings]


def _open_batches(conn: Connection, storings: list[_Storing]) -> None:
    """Every batch's row (as :func:`_open_batch`): one SELECT, one executemany of the new ones."""
    b = t.batches.c
    pairs = sorted({(s.compte, s.lot.lot) for s in storings})
    found: dict[tuple[str, str], int] = {}

    def read() -> None:
        for start in range(0, len(pairs), 500):
            query = sa.select(b.id, b.compte_id, b.lot).where(
                sa.tuple_(b.compte_id, b.lot).in_(pairs[start : start + 500])
            )
            found.update(((str(c), str(lot)), int(i)) for i, c, lot in conn.execute(query))

    read()
    missing = [s for s in storings if (s.compte, s.lot.lot) not in found]
    if missing:
        rows = [
            {
                "compte_id": s.compte,
                "lot": s.lot.lot,
                "fige_le": s.lot.fige_le,
                "stored_at": s.now,
                "received": PARTIAL,
            }
            for s in missing
        ]
        insert_many(conn, t.batches, rows)
        read()
    for s in storings:
        s.batch_id = found[(s.compte, s.lot.lot)]


class _Storing:
    """One batch being stored, chunk after chunk (see :func:`store_batch`)."""

    def __init__(self, ctx: AppContext, compte: str, lot: Lot, attention: DeferredAttention | None) -> None:
        self.ctx, self.compte, self.lot, self.attention = ctx, compte, lot, attention
        self.result = ImportResult(compte=compte, lot=lot.lot, received=len(lot.visites))
        self.now = utcnow()
        self.parsed = _parse(lot.visites)
        self.result.already_known += self.parsed.repeated
        visits = self.parsed.visits
        self.chunks = [visits[i : i + STORE_CHUNK] for i in range(0, len(visits), STORE_CHUNK)] or [[]]
        self.folded = names_folder()
        self.new_ids: list[str] = []
        self.products: set[str] = set()
        self.batch_id = 0
        self.twins: dict[TwinKey, list[str]] | None = None  # a batch of several chunks: its twins

    def store(self, conn: Connection, number: int, chunk: list[tuple[VisiteDict, Any]]) -> None:
        """Store one chunk (the first opens the batch, the last completes it)."""
        if number == 0:
            self.batch_id = _open_batch(conn, self.compte, self.lot, self.now)
            if len(self.chunks) > 1:
                self.twins = _batch_twins(conn, self.compte, self.parsed.visits)
        visits = [(v, raw, self.batch_id, self.compte) for v, raw in chunk]
        chunk_new = _store_chunk(self.ctx, conn, visits, self.now, self.folded, self.twins)
        self.new_ids.extend(chunk_new)
        self.result.new += len(chunk_new)
        self.result.already_known += len(chunk) - len(chunk_new)
        self.products.update(line["produit_id"] for visite, _ in chunk for line in visite.get("produits", ()))
        conn.execute(
            sa.update(t.batches)
            .where(t.batches.c.id == self.batch_id)
            .values(new=t.batches.c.new + len(chunk_new))
        )
        if number == len(self.chunks) - 1:
            _finish_batch(
                self.ctx,
                conn,
                self.batch_id,
                self.lot,
                self.parsed,
                self.result,
                self.products,
                self.new_ids,
                self.now,
                self.attention,
            )


def _batch_twins(
    conn: Connection, compte: str, visits: list[tuple[VisiteDict, Any]]
) -> dict[TwinKey, list[str]]:
    """The same-day twins of a batch stored in several chunks, worked out before its first chunk
    from the visits it will write (new ones, changed ones not billed: as :func:`_store_chunk`
    decides) and the stored ones, so that each chunk's visits also see the later chunks'."""
    known = _known(conn, [v["id"] for v, _raw in visits])
    written: dict[str, TwinKey] = {}
    for v, _raw in visits:
        found = known.get(v["id"])
        if found is None or (found[1] != v.get("modifiee_le", "") and found[0] != COMMITTED):
            breeder = v.get("eleveur", NOBODY).get("id", "")  # as visit_values
            written[v["id"]] = (v.get("compte_id") or compte, breeder, v.get("date", "")[:10])
    return twins_of_batch(conn, written)


def _open_batch(conn: Connection, compte: str, lot: Lot, now: dt.datetime) -> int:
    """The batch's row: the stored one (complete or partial), else a new one marked partial."""
    batch_id = conn.execute(
        sa.select(t.batches.c.id).where(t.batches.c.compte_id == compte).where(t.batches.c.lot == lot.lot)
    ).scalar_one_or_none()
    if batch_id is not None:
        return int(batch_id)
    return int(
        conn.execute(
            sa.insert(t.batches)
            .values(compte_id=compte, lot=lot.lot, fige_le=lot.fige_le, stored_at=now, received=PARTIAL)
            .returning(t.batches.c.id)
        ).scalar_one()
    )


def _finish_batch(
    ctx: AppContext,
    conn: Connection,
    batch_id: int,
    lot: Lot,
    parsed: _Parsed,
    result: ImportResult,
    products: set[str],
    new_ids: list[str],
    now: dt.datetime,
    attention: DeferredAttention | None = None,
    new: int = 0,
    mark: bool = True,
    journal: list[Record] | None = None,
) -> None:
    """The last transaction: held visits, the batch complete, attention items (now, or noted for the
    end of the run), journal, notification."""
    _hold_all(conn, batch_id, parsed.held, now)
    result.held = len(parsed.held)
    conn.execute(
        sa.update(t.batches)
        .where(t.batches.c.id == batch_id)
        .values(
            received=len(lot.visites), held=result.held, **({"new": t.batches.c.new + new} if new else {})
        )
    )
    # Only this batch's products and held visits: the others' items did not change.
    if attention is None:
        _sync_unmapped_attention(ctx, conn, products, batch_id)
    else:
        attention.defer(ctx, conn, products, batch_id, result.held, mark=mark)
    entry = Record(
        NAME,
        "import",
        "ok" if not result.held else "partial",
        QT_TRANSLATE_NOOP(
            "journal",
            "batch {lot} of account {account}: {received} received, {new} new, "
            "{known} already known, {held} held",
        ),
        args={
            "lot": lot.lot,
            "account": result.compte,
            "received": result.received,
            "new": result.new,
            "known": result.already_known,
            "held": result.held,
        },
        keys=[lot.lot, result.compte, *new_ids],
        counts=result.as_dict(),
    )
    if journal is None:
        ctx.journal.record_many([entry], conn=conn)
    else:
        journal.append(entry)  # recorded with the other batches stored with it
    if new_ids:
        ctx.changes.notify("vetelevage.visits", lot.lot, conn=conn)


def _hold_all(
    conn: Connection, batch_id: int, held: list[tuple[int, str | None, Any, str]], now: dt.datetime
) -> None:
    """Hold the visits that cannot be read (each position of the batch once), one executemany."""
    if not held:
        return
    stored = set(conn.execute(sa.select(t.held.c.position).where(t.held.c.batch_id == batch_id)).scalars())
    rows = [
        {
            "batch_id": batch_id,
            "position": position,
            "visit_id": visit_id,
            "raw": json.dumps(item, ensure_ascii=False, default=str),
            "reason": reason,
            "created_at": now,
        }
        for position, visit_id, item, reason in held
        if position not in stored
    ]
    if rows:
        conn.execute(sa.insert(t.held), rows)


def _known(conn: Connection, ids: list[str]) -> dict[str, tuple[str, Any]]:
    """The stored visits among ``ids``: their state and ``modifiee_le``."""
    known: dict[str, tuple[str, Any]] = {}
    c = t.visits.c
    for start in range(0, len(ids), 500):
        query = sa.select(c.id, c.state, c.modifiee_le).where(c.id.in_(ids[start : start + 500]))
        known.update((str(r[0]), (str(r[1]), r[2])) for r in conn.execute(query))
    return known


def _store_chunk(
    ctx: AppContext,
    conn: Connection,
    chunk: list[tuple[VisiteDict, Any, int, str]],
    now: dt.datetime,
    folded: Names,
    twins: dict[TwinKey, list[str]] | None = None,
) -> list[str]:
    """Store a chunk of visits set-based, in one pass over the parsed visits (each row built as the
    tuple its columns bind), evaluated from their lines in memory, their review items kept in step
    in the same transaction; → the ids inserted (the others were known).

    A known visit changed since (``modifiee_le``) is updated with its lines if it still waits
    (its state and warnings evaluated again unless set aside), or raises an attention item if it
    was billed; unchanged ones are left as they are.
    """
    if not chunk:
        return []
    known = _known(conn, [v["id"] for v, *_ in chunk])
    quantity = binder(conn, t.visit_acts.c.quantite)  # the products' quantities bind alike
    inserts: list[tuple[str, int, tuple[Any, ...]]] = []
    updates: list[dict[str, Any]] = []
    relined: list[str] = []
    incoming: list[IncomingVisit] = []
    products: list[tuple[Any, ...]] = []
    acts: list[tuple[Any, ...]] = []
    for v, raw, batch_id, compte in chunk:
        visit_id = v["id"]
        state = NEW
        if visit_id in known:
            state, modifiee_le = known[visit_id]
            if modifiee_le == v.get("modifiee_le", ""):
                continue
            if state == COMMITTED:
                _changed_after_commit(ctx, conn, visit_id)
                continue
        values = visit_values(compte, v, raw, folded)
        one = incoming_visit(v, state, values)
        if state != SET_ASIDE:  # a visit set aside keeps its state and warnings until restored
            incoming.append(one)
        acts.extend((visit_id, n, code, quantity(q)) for n, (code, q) in enumerate(one.acts))
        products.extend(
            (
                visit_id,
                n,
                p["produit_id"],
                p.get("libelle", ""),
                p.get("gtin"),
                quantity(p["quantite"]),
                p.get("unite", ""),
            )
            for n, p in enumerate(v.get("produits", ()))
        )
        relined.append(visit_id)
        if visit_id in known:
            updates.append({"b_id": visit_id, **dict(zip(VALUE_COLUMNS, values, strict=True))})
        else:
            inserts.append((visit_id, batch_id, values))
    evaluations = evaluate_incoming(conn, incoming, with_lines=False, twins=twins)
    stamp = binder(conn, t.visits.c.imported_at)(now)
    rows = []
    for visit_id, batch_id, values in inserts:
        ev = evaluations[visit_id]
        rows.append((visit_id, batch_id, stamp, *values, ev.state, "\n".join(ev.blocking + ev.warnings)))
    insert_rows(conn, t.visits, VISIT_COLUMNS, rows)
    if updates:
        changed = [u["b_id"] for u in updates]
        conn.execute(sa.delete(t.visit_products).where(t.visit_products.c.visit_id.in_(changed)))
        conn.execute(sa.delete(t.visit_acts).where(t.visit_acts.c.visit_id.in_(changed)))
        _update_visits(conn, [u for u in updates if u["b_id"] in evaluations], evaluations)
        _update_visits(conn, [u for u in updates if u["b_id"] not in evaluations], {})
    insert_rows(conn, t.visit_products, PRODUCT_COLUMNS, products)
    insert_rows(conn, t.visit_acts, ACT_COLUMNS, acts)
    if relined:
        _sync_reviews(conn, evaluations, relined)
    return [visit_id for visit_id, _b, _v in inserts]


def _update_visits(conn: Connection, updates: list[dict[str, Any]], evaluations: dict[str, Any]) -> None:
    """Changed visits rewritten (one executemany), with their new state and warnings when evaluated."""
    if not updates:
        return
    columns: dict[str, Any] = {c: sa.bindparam(c) for c in updates[0] if c != "b_id"}
    if evaluations:
        columns |= {"state": sa.bindparam("b_state"), "warnings": sa.bindparam("b_warnings")}
        for u in updates:
            ev = evaluations[u["b_id"]]
            u["b_state"], u["b_warnings"] = ev.state, "\n".join(ev.blocking + ev.warnings)
    conn.execute(
        sa.update(t.visits)
        .where(t.visits.c.id == sa.bindparam("b_id"))
        .values({**columns, "version": t.visits.c.version + 1}),
        updates,
    )


def _changed_after_commit(ctx: AppContext, conn: Connection, visit_id: str) -> None:
    flag_changed_after_commit(ctx, conn, visit_id, CHANGED_IN_VETELEVAGE)


def held_visits(ctx: AppContext) -> list[dict[str, Any]]:
    """The visits that could not be read and are held with their raw JSON, unresolved, oldest first."""
    with ctx.db.read() as conn:
        rows = (
            conn.execute(
                sa.select(t.held, t.batches.c.lot)
                .select_from(t.held.join(t.batches))
                .where(t.held.c.resolved_at.is_(None))
                .order_by(t.held.c.id)
            )
            .mappings()
            .all()
        )
    return [dict(r) for r in rows]
