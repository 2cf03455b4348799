"""Importing: each account's frozen batch of visits, stored exactly once, then acknowledged.

Owns the crash-safe import: the batch and every visit are stored in one transaction (a visit
that cannot be read is held with its raw JSON instead of being lost), the batch is
acknowledged to Vétélevage only after that, and a batch stored but not acknowledged before a
crash is acknowledged first on the next run. In SaaS mode every account is imported on its
own — under its own lease, a few at once — so one account whose batch fails (a 5xx, a
timeout, an unreadable answer) has its own result and attention item and never stops the
others. Also the list of held visits.
"""

from __future__ import annotations

import asyncio
import contextlib
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
from app.core.leases import Holder, LeaseBusy, hold
from app.core.search import fold_all
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME, accounts_to_import, client_for
from app.integrations.vetelevage.client import SERVICE, VetelevageClient
from app.integrations.vetelevage.evaluation import COMMITTED, NEW, _refresh_states, _sync_unmapped_attention
from app.integrations.vetelevage.models import Lot, Visite

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.vetelevage")

# How many accounts are imported at once in SaaS mode.
IMPORT_CONCURRENCY = 4
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

    The accounts are imported a few at once (``concurrency``), each under its own lease; one
    that fails does not stop the others. With one account its failure is raised as it is;
    with several, :class:`AccountsFailed` carries every account's result once all have run.
    """
    async with client_for(ctx, client) as client:
        accounts = [compte] if compte else await accounts_to_import(ctx, client)
        gate = asyncio.Semaphore(max(1, concurrency))
        store_lock = asyncio.Lock()  # batches are fetched a few at once, written one at a time

        async def one(account: str | None) -> ImportResult:
            async with gate:
                return await _import_captured(ctx, client, account, store_lock)

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one(a), name=f"vetelevage-import-{a or 'default'}") for a in accounts]
        results = [task.result() for task in tasks]
    failed = [r for r in results if r.failure is not None]
    if failed and len(results) == 1 and failed[0].failure is not None:
        raise failed[0].failure
    if failed:
        raise AccountsFailed(results)
    return results


async def _import_captured(
    ctx: AppContext, client: VetelevageClient, compte: str | None, store_lock: asyncio.Lock
) -> ImportResult:
    """One account's import; its failure becomes its result instead of stopping the others."""
    try:
        return await import_account(ctx, client, compte, store_lock=store_lock)
    except Exception as exc:
        return ImportResult(
            compte=compte or "default", lot="", error=describe(exc, SERVICE).text, failure=exc
        )


async def import_account(
    ctx: AppContext,
    client: VetelevageClient,
    compte: str | None,
    *,
    store_lock: asyncio.Lock | None = None,
) -> ImportResult:
    """Import one account's batch under the account's lease; a failure raises an attention item.

    An account another desk is importing right now (``LeaseBusy``) is left to it: no attention item.
    """
    key = compte or "default"
    try:
        async with hold(ctx.db, f"vetelevage.import.{key}", Holder.for_desk(ctx.journal.desk)):
            await _finish_pending_acknowledgements(ctx, client, compte, store_lock)
            lot, raw = await client.get_visites(compte)
            crashpoints.step("vetelevage.import.fetched")
            account = compte or await client.account_id() or "default"
            result = await _store(ctx, account, lot, raw, store_lock)
            crashpoints.step("vetelevage.import.stored")
            await _acknowledge(ctx, client, compte, result, store_lock)
    except LeaseBusy:
        raise
    except Exception as exc:
        await ctx.db.run(_record_failure, ctx, key, exc)
        raise
    await ctx.db.run(ctx.attention.clear, NAME, "import_failed", key)
    return result


def _record_failure(ctx: AppContext, key: str, exc: BaseException) -> None:
    """The account's attention item (with Try again) and the journal entry of its failed import."""
    with ctx.db.transaction() as conn:
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
            f"import of account {key} failed: {type(exc).__name__}: {exc}",
            keys=[key],
            conn=conn,
        )


async def _store(ctx: AppContext, compte: str, lot: Lot, raw: Any, lock: asyncio.Lock | None) -> ImportResult:
    """Store the batch, one account at a time on this desk (batches share attention items and
    product states); a unique key another desk took meanwhile is a race: the whole transaction
    is rolled back, so it is simply run again."""
    for attempt in range(1, STORE_ATTEMPTS + 1):
        try:
            async with lock or contextlib.nullcontext():
                return await ctx.db.run(store_batch, ctx, compte, lot, raw)
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
    lock: asyncio.Lock | None = None,
) -> None:
    try:
        await client.ack_visites(result.lot, compte)
    except ConflictError:
        # Not the frozen batch any more: it was acknowledged before a crash. Everything is stored.
        log.info("batch %s was already acknowledged", result.lot)
    crashpoints.step("vetelevage.import.acknowledged_remote")
    async with lock or contextlib.nullcontext():  # queued here rather than in SQLite's busy wait
        await ctx.db.run(_record_acknowledgement, ctx, result)
    result.acknowledged = True
    crashpoints.step("vetelevage.import.recorded")


def _record_acknowledgement(ctx: AppContext, result: ImportResult) -> None:
    """Note that Vétélevage has the batch as acknowledged (a worker thread: other accounts write too)."""
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(t.batches)
            .where(t.batches.c.compte_id == result.compte)
            .where(t.batches.c.lot == result.lot)
            .where(t.batches.c.acknowledged_at.is_(None))
            .values(acknowledged_at=utcnow())
        )
        ctx.journal.record(
            NAME,
            "acknowledge",
            "ok",
            QT_TRANSLATE_NOOP("journal", "batch {lot} acknowledged"),
            args={"lot": result.lot},
            keys=[result.lot],
            conn=conn,
        )


async def _finish_pending_acknowledgements(
    ctx: AppContext, client: VetelevageClient, compte: str | None, lock: asyncio.Lock | None = None
) -> None:
    """A crash between storing and acknowledging leaves a stored batch: acknowledge it first."""
    for row in await ctx.db.run(_unacknowledged, ctx, compte):
        await _acknowledge(
            ctx,
            client,
            compte,
            ImportResult(compte=row["compte_id"], lot=row["lot"], received=row["received"]),
            lock,
        )


def _unacknowledged(ctx: AppContext, compte: str | None) -> list[dict[str, Any]]:
    """The stored batches (of this account, or all) not recorded as acknowledged yet."""
    with ctx.db.read() as conn:
        query = sa.select(t.batches).where(t.batches.c.acknowledged_at.is_(None))
        if compte:
            query = query.where(t.batches.c.compte_id == compte)
        return [dict(row) for row in conn.execute(query).mappings()]


def _held_reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"])
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def store_batch(ctx: AppContext, compte: str, lot: Lot, raw: Any) -> ImportResult:
    """Store the batch and every visit in ONE transaction; bad visits are held with their raw JSON."""
    result = ImportResult(compte=compte, lot=lot.lot, received=len(lot.visites))
    now = utcnow()
    with ctx.db.transaction() as conn:
        batch_id = conn.execute(
            sa.select(t.batches.c.id).where(t.batches.c.compte_id == compte).where(t.batches.c.lot == lot.lot)
        ).scalar_one_or_none()
        if batch_id is None:
            batch_id = conn.execute(
                sa.insert(t.batches)
                .values(
                    compte_id=compte,
                    lot=lot.lot,
                    fige_le=lot.fige_le,
                    stored_at=now,
                    received=len(lot.visites),
                )
                .returning(t.batches.c.id)
            ).scalar_one()
        new_ids: list[str] = []
        products: set[str] = set()
        for position, item in enumerate(lot.visites):
            try:
                visite = Visite.model_validate(item)
            except ValidationError as exc:
                visit_id = str(item.get("id")) if isinstance(item, dict) and item.get("id") else None
                _hold(conn, batch_id, position, visit_id, item, _held_reason(exc), now)
                result.held += 1
                continue
            products.update(line.produit_id for line in visite.produits)
            outcome = _store_visit(ctx, conn, batch_id, compte, visite, item, now)
            if outcome == "new":
                new_ids.append(visite.id)
                result.new += 1
            else:
                result.already_known += 1
        conn.execute(
            sa.update(t.batches)
            .where(t.batches.c.id == batch_id)
            .values(new=t.batches.c.new + result.new, held=result.held)
        )
        _refresh_states(conn, new_ids)
        # Only this batch's products and held visits: the others' items did not change.
        _sync_unmapped_attention(ctx, conn, products, batch_id)
        outcome_word = "ok" if not result.held else "partial"
        ctx.journal.record(
            NAME,
            "import",
            outcome_word,
            QT_TRANSLATE_NOOP(
                "journal",
                "batch {lot} of account {account}: {received} received, {new} new, "
                "{known} already known, {held} held",
            ),
            args={
                "lot": lot.lot,
                "account": compte,
                "received": result.received,
                "new": result.new,
                "known": result.already_known,
                "held": result.held,
            },
            keys=[lot.lot, compte, *new_ids],
            counts=result.as_dict(),
            conn=conn,
        )
        if new_ids:
            ctx.changes.notify("vetelevage.visits", lot.lot, conn=conn)
    return result


def _hold(
    conn: Connection,
    batch_id: int,
    position: int,
    visit_id: str | None,
    item: Any,
    reason: str,
    now: dt.datetime,
) -> None:
    exists = conn.execute(
        sa.select(t.held.c.id).where(t.held.c.batch_id == batch_id).where(t.held.c.position == position)
    ).first()
    if exists is None:
        conn.execute(
            sa.insert(t.held).values(
                batch_id=batch_id,
                position=position,
                visit_id=visit_id,
                raw=json.dumps(item, ensure_ascii=False, default=str),
                reason=reason,
                created_at=now,
            )
        )


def _store_visit(
    ctx: AppContext, conn: Connection, batch_id: int, compte: str, v: Visite, raw: Any, now: dt.datetime
) -> str:
    existing = conn.execute(
        sa.select(t.visits.c.state, t.visits.c.modifiee_le).where(t.visits.c.id == v.id)
    ).first()
    values = dict(
        compte_id=v.compte_id or compte,
        visit_date=v.date[:10],
        modifiee_le=v.modifiee_le,
        vet_id=v.veterinaire.id,
        vet_name=v.veterinaire.nom,
        breeder_id=v.eleveur.id,
        breeder_name=v.eleveur.nom,
        cheptel=v.eleveur.cheptel,
        espece=v.espece,
        raw=json.dumps(raw, ensure_ascii=False, default=str),
        search_text=fold_all(v.id, v.eleveur.nom, v.veterinaire.nom, v.eleveur.cheptel),
    )
    if existing is not None:
        state, modifiee_le = existing
        if modifiee_le != v.modifiee_le:
            if state == COMMITTED:
                ctx.attention.raise_item(
                    NAME,
                    "changed_after_commit",
                    v.id,
                    QT_TRANSLATE_NOOP(
                        "attention",
                        "Visit {visit} was changed in Vétélevage after it was billed: review it "
                        "and post a correction if needed.",
                    ),
                    args={"visit": v.id},
                    action="review",
                    conn=conn,
                )
            else:
                conn.execute(
                    sa.update(t.visits)
                    .where(t.visits.c.id == v.id)
                    .values(**values, version=t.visits.c.version + 1)
                )
                _store_lines(conn, v)
                _refresh_states(conn, [v.id])
        return "known"
    conn.execute(sa.insert(t.visits).values(id=v.id, batch_id=batch_id, imported_at=now, state=NEW, **values))
    _store_lines(conn, v)
    return "new"


def _store_lines(conn: Connection, v: Visite) -> None:
    conn.execute(sa.delete(t.visit_products).where(t.visit_products.c.visit_id == v.id))
    conn.execute(sa.delete(t.visit_acts).where(t.visit_acts.c.visit_id == v.id))
    if v.produits:
        conn.execute(
            sa.insert(t.visit_products),
            [
                {
                    "visit_id": v.id,
                    "line_no": i,
                    "produit_id": p.produit_id,
                    "libelle": p.libelle,
                    "gtin": p.gtin,
                    "quantite": p.quantite,
                    "unite": p.unite,
                }
                for i, p in enumerate(v.produits)
            ],
        )
    if v.actes:
        conn.execute(
            sa.insert(t.visit_acts),
            [
                {"visit_id": v.id, "line_no": i, "code": a.code, "quantite": a.quantite}
                for i, a in enumerate(v.actes)
            ],
        )


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
