"""One import run over several Vétélevage accounts: what the accounts share, done once per run.

A run takes every account's lease in one transaction (renewed together, released together),
reads the batches stored but not acknowledged of every account at once, writes the accounts'
small batches and acknowledgements grouped (:class:`GroupedWrites`: one transaction, one commit,
for whatever several accounts queued meanwhile, each in its own savepoint so one that fails
fails alone), and brings the attention items of the products and held visits it stored up to
date once at the end rather than once per account. That last step is crash-safe: every store
that leaves it for later sets a marker in its own transaction (``attention_due``), and a run
that finds the marker set, because the one before stopped first, brings every item up to date.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.core.leases import DEFAULT_TTL, Holder, LeaseBusy, release_many, try_acquire_many
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.evaluation import _sync_unmapped_attention

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.vetelevage")

# The marker of attention items left for the end of a run, one per desk (core state table).
ATTENTION_DUE = "vetelevage.attention_due.{desk}"
# ``vet_batches.received`` while a batch is being stored in chunks (importing.PARTIAL).
_PARTIAL = -1
# No batch (serial ids start at 1): the products' items only, no held visit's.
_NO_BATCH = 0


def lease_name(account: str) -> str:
    """The lease of one account's import (two desks never import the same account at once)."""
    return f"vetelevage.import.{account}"


@dataclass
class DeferredAttention:
    """Products and batches (with held visits) whose attention items wait for the end of the run."""

    marker: str
    products: set[str] = field(default_factory=set)
    held_batches: set[int] = field(default_factory=set)

    def defer(
        self,
        ctx: AppContext,
        conn: Connection,
        products: set[str],
        batch_id: int,
        held: int,
        *,
        mark: bool = True,
    ) -> None:
        """Note a stored batch's products and held visits, and the marker in its transaction (``mark``
        False: already set in this transaction, for another batch stored with it)."""
        self.products |= products
        if held:
            self.held_batches.add(batch_id)
        if mark:
            ctx.db.set_state(self.marker, "1", conn)

    def sync(self, ctx: AppContext, conn: Connection, everything: bool) -> None:
        """The attention items of what was deferred (of every product and held visit after a run
        that stopped first), and the marker cleared."""
        if everything:
            _sync_unmapped_attention(ctx, conn)
        elif self.products or self.held_batches:
            batches = sorted(self.held_batches) or [_NO_BATCH]
            _sync_unmapped_attention(ctx, conn, self.products, batches[0])
            for batch_id in batches[1:]:
                _sync_unmapped_attention(ctx, conn, (), batch_id)
        ctx.db.set_state(self.marker, "", conn)


class GroupedWrites:
    """Writes queued by several tasks, run in the database thread together: one transaction and
    one commit per round, each write in its own savepoint (its failure is its caller's alone)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.lock = asyncio.Lock()  # one writer of this desk at a time: rounds and lone writes
        # (fn, args, future, together): a write done together with the round's others of the same fn
        self._queue: list[tuple[Callable[..., Any], tuple[Any, ...], asyncio.Future[Any], bool]] = []
        self._draining: asyncio.Task[None] | None = None

    async def write(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(conn, *args)`` in the next round's transaction; its result (or exception)."""
        return await self._queued(fn, args, False)

    async def write_together(self, fn: Callable[..., list[Any]], *args: Any) -> Any:
        """``fn(conn, [args, …])`` once for every write of ``fn`` queued for the same round (set-based
        across accounts), this write's result taken from the list it returns; if the combined
        call fails, each of its writes is run again alone, so a failure stays its own."""
        return await self._queued(fn, args, True)

    async def _queued(self, fn: Callable[..., Any], args: tuple[Any, ...], together: bool) -> Any:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._queue.append((fn, args, future, together))
        if self._draining is None or self._draining.done():
            self._draining = asyncio.get_running_loop().create_task(self._drain(), name="vetelevage-writes")
        return await future

    async def alone(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` (its own transactions) in the database thread, between rounds."""
        async with self.lock:
            return await self.ctx.db.run(fn, *args)

    async def _drain(self) -> None:
        while self._queue:
            async with self.lock:
                batch = [item for item in self._queue if not item[2].done()]
                self._queue = []
                if not batch:
                    continue
                try:
                    outcomes = await self.ctx.db.run(self._round, batch)
                except Exception as exc:  # the transaction itself (commit, disk): every write failed
                    for _fn, _args, future, _t in batch:
                        if not future.done():
                            future.set_exception(exc)
                    continue
            for (_fn, _args, future, _t), (ok, value) in zip(batch, outcomes, strict=True):
                if future.done():
                    continue
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)

    def _round(
        self, batch: list[tuple[Callable[..., Any], tuple[Any, ...], Any, bool]]
    ) -> list[tuple[bool, Any]]:
        outcomes: list[tuple[bool, Any] | None] = [None] * len(batch)
        together: dict[Callable[..., Any], list[int]] = {}
        with self.ctx.db.transaction() as conn:
            for i, (fn, args, _future, combined) in enumerate(batch):
                if combined:
                    if fn not in together:
                        together[fn] = []
                        outcomes[i] = None  # done below, at the first one's turn
                    together[fn].append(i)
                    continue
                outcomes[i] = _in_savepoint(conn, fn, args)
            for fn, positions in together.items():
                combined_out = _in_savepoint(conn, fn, ([batch[i][1] for i in positions],))
                if combined_out[0]:
                    for i, value in zip(positions, combined_out[1], strict=True):
                        outcomes[i] = (True, value)
                    continue
                for i in positions:  # one of them failed the combined call: each alone
                    ok, value = _in_savepoint(conn, fn, ([batch[i][1]],))
                    outcomes[i] = (True, value[0]) if ok else (False, value)
        return [o if o is not None else (False, RuntimeError("not written")) for o in outcomes]

    async def close(self) -> None:
        """Wait for the writes queued so far."""
        if self._draining is not None:
            with contextlib.suppress(Exception):
                await self._draining


def _in_savepoint(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[bool, Any]:
    """``fn(conn, *args)`` in a savepoint: (True, its result), or (False, its exception) rolled back."""
    savepoint = conn.begin_nested()
    try:
        result = fn(conn, *args)
    except Exception as exc:
        try:
            savepoint.rollback()
        except sa.exc.DBAPIError:
            # The savepoint is gone: SQLite rolled the whole transaction back (a full disk, an I/O
            # error). Not this write's failure but the round's: its own error, not the rollback's.
            raise exc from None
        return False, exc
    savepoint.commit()
    return True, result


class ImportRun:
    """The accounts of one import run: their leases, pending acknowledgements, grouped writes and
    deferred attention items (see the module's docstring). ``async with ImportRun(ctx, accounts)``."""

    def __init__(self, ctx: AppContext, accounts: list[str], ttl: float | None = None) -> None:
        self.ctx = ctx
        self.accounts = accounts
        self.ttl = ttl if ttl is not None else DEFAULT_TTL
        self.holder = Holder.for_desk(ctx.journal.desk)
        self.busy: dict[str, LeaseBusy] = {}
        self.held: list[str] = []
        self.pending: list[dict[str, Any]] = []
        self.writes = GroupedWrites(ctx)
        self.attention = DeferredAttention(ATTENTION_DUE.format(desk=ctx.journal.desk))
        self._everything = False
        self._heartbeat: asyncio.Task[None] | None = None

    async def __aenter__(self) -> ImportRun:
        names = [lease_name(a) for a in self.accounts]
        busy = await self.ctx.db.run(try_acquire_many, self.ctx.db, names, self.holder, self.ttl)
        self.busy = {a: busy[lease_name(a)] for a in self.accounts if lease_name(a) in busy}
        self.held = [lease_name(a) for a in self.accounts if a not in self.busy]
        self._heartbeat = asyncio.get_running_loop().create_task(self._renew(), name="vetelevage-leases")
        self.pending, self._everything = await self.ctx.db.run(self._start)
        return self

    def _start(self) -> tuple[list[dict[str, Any]], bool]:
        due = self.ctx.db.get_state(self.attention.marker) == "1"
        with self.ctx.db.read() as conn:
            rows = conn.execute(
                sa.select(t.batches)
                .where(t.batches.c.acknowledged_at.is_(None))
                .where(
                    t.batches.c.received != _PARTIAL
                )  # still being stored: fetched again, not acknowledged
            ).mappings()
            return [dict(r) for r in rows], due

    async def _renew(self) -> None:
        while self.held:
            await asyncio.sleep(self.ttl / 3)
            lost = await self.ctx.db.run(try_acquire_many, self.ctx.db, self.held, self.holder, self.ttl)
            for name, other in lost.items():
                log.warning("lease %s lost to %s", name, other.desk)

    def unacknowledged(self, compte: str | None) -> list[dict[str, Any]]:
        """The batches of this account (vétérinaire mode, ``None``: of every account) stored but not
        recorded as acknowledged when the run started."""
        return [r for r in self.pending if compte is None or r["compte_id"] == compte]

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            await self.writes.close()
            if exc_type is None or not issubclass(exc_type, asyncio.CancelledError):
                everything = self._everything
                await self.writes.write(lambda conn: self.attention.sync(self.ctx, conn, everything))
        finally:
            if self._heartbeat is not None:
                self._heartbeat.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._heartbeat
            if self.held:
                await self.ctx.db.run(release_many, self.ctx.db, self.held, self.holder)
