"""TOTVS RH co-participation loads (full, incremental with overlap, since a date), resumable,
upserted by ``id``; the filtered view, its totals and its CSV/XLSX exports.

``datemodified`` filters by payment date and is read by Protheus in its own local time: it is
sent as the server's wall-clock time (setting ``totvs_rh.server_timezone``), never as UTC."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import re
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core import crashpoints, side_loop
from app.core.db import utcnow
from app.core.errors import InputError
from app.core.http import ApiError, Page, ServerError
from app.core.json_fields import json_fields
from app.core.refusals import refused
from app.core.search import contains
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.core.validators import check_cnpj
from app.integrations.base import ConnectionState, Status
from app.integrations.totvs import rh_rows
from app.integrations.totvs import tables as t
from app.integrations.totvs.client_base import credentials, unconfigured_status
from app.integrations.totvs.client_rh import RhClient
from app.integrations.totvs.models import CONTRACT_TYPES, SERVICE_TYPES, Coparticipation
from app.integrations.totvs.protheus_time import server_wall, start_of_day, wire
from app.integrations.totvs.rh_export import export as export  # the exports' home; named here for callers
from app.integrations.totvs.rh_rows import RowBuilder

if TYPE_CHECKING:
    import httpx

    from app.core.context import AppContext
    from app.core.jobs import JobContext

log = logging.getLogger("passerelle.totvs_rh")

NAME = "totvs_rh"
FULL, INCREMENTAL, SINCE = "full", "incremental", "since"
LOAD_SUMMARIES = {
    FULL: QT_TRANSLATE_NOOP("journal", "Co-participation full load of {scope}"),
    INCREMENTAL: QT_TRANSLATE_NOOP("journal", "Co-participation incremental load of {scope}"),
    SINCE: QT_TRANSLATE_NOOP("journal", "Co-participation re-sync of {scope}"),
}
RUNNING, DONE, FAILED, CANCELLED = "running", "done", "failed", "cancelled"
UNFINISHED = (RUNNING, FAILED, CANCELLED)
CHUNK = 2000  # ids per IN (...) lookup: a page's (SQLite takes 32,766 parameters since 3.32)


def make_client(ctx: AppContext, transport: httpx.AsyncBaseTransport | None = None) -> RhClient:
    """The GPEA003API client from the settings and the keyring; NotConfigured names what is missing."""
    base_url, username, password = credentials(ctx, NAME, "TOTVS RH")
    return RhClient(base_url, username, password, transport=transport)


PAIRS_EXAMPLE = "T1:D MG 01, T2:01"


def scopes(ctx: AppContext, company: str | None = None, branch: str | None = None) -> list[tuple[str, str]]:
    """(companyId, branchId) pairs to load: the configured pairs (``totvs_rh.scopes``), those of
    ``company`` or ``branch`` alone, or exactly the one pair both name — never a cross product."""
    company, branch = (company or "").strip(), (branch or "").strip()
    if "," in company or "," in branch:
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "--company and --branch name one pair; list several in totvs_rh.scopes ({example}).",
                ),
                example=PAIRS_EXAMPLE,
            ),
            field="company" if "," in company else "branch",
        )
    if company and branch:
        return [(company, branch)]
    pairs = ctx.settings.totvs_rh.pairs()
    if company or branch:
        side, value, other = (0, company, "branch") if company else (1, branch, "company")
        chosen = [p for p in pairs if p[side] == value]
        if not chosen:
            template = (
                QT_TRANSLATE_NOOP(
                    "errors",
                    "No pair with company {value} in totvs_rh.scopes: give its branch too (--branch) "
                    "or add the pair there ({example}).",
                )
                if company
                else QT_TRANSLATE_NOOP(
                    "errors",
                    "No pair with branch {value} in totvs_rh.scopes: give its company too (--company) "
                    "or add the pair there ({example}).",
                )
            )
            raise InputError(Sentence("errors", template, value=value, example=PAIRS_EXAMPLE), field=other)
        return chosen
    if not pairs:
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Choose the companies and branches to load in totvs_rh.scopes, as pairs: {example}.",
                ),
                example=PAIRS_EXAMPLE,
            ),
            field="scopes",
        )
    return pairs


_SINCE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$")


def parse_since(text: str) -> dt.datetime:
    """``--since``: YYYY-MM-DD or YYYY-MM-DDThh:mm:ss in the Protheus server's time (naive), or
    with an offset (``Z``, ``-03:00``: converted to the server's time when the load starts)."""
    value = text.strip()
    try:
        if not _SINCE.match(value):
            raise ValueError(value)
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "'{text}' is not a date and time: expected YYYY-MM-DDThh:mm:ss (e.g. 2025-01-31T08:00:00, "
                    "the TOTVS server's time) or YYYY-MM-DD.",
                ),
                text=text,
            ),
            field="since",
        ) from exc


def datemodified_for(ctx: AppContext, mode: str, last: dt.datetime | None, since: dt.datetime | None) -> str:
    """What ``datemodified`` a load sends, as the server's wall-clock time: nothing for a full
    load; the start of the day ``incremental_overlap_days`` before the last load began; ``since``."""
    s = ctx.settings.totvs_rh
    if mode == INCREMENTAL:
        if last is None:
            return ""
        begun = server_wall(last, s.zone())
        return wire(start_of_day(begun - dt.timedelta(days=s.incremental_overlap_days)))
    if mode == SINCE:
        if since is None:
            raise refused(QT_TRANSLATE_NOOP("errors", "Choose the date to re-sync from."), "since")
        return wire(server_wall(since, s.zone()))
    return ""


@dataclass
class LoadResult:
    """What a load did, summed over its company/branch pairs."""

    received: int = 0
    stored: int = 0  # new or changed rows written
    duplicates: int = 0  # rows received that were already stored, unchanged (JSON key kept)
    pages: int = 0
    total: int = 0
    loads: list[int] = field(default_factory=list)

    def as_json(self) -> dict[str, int]:
        """The counts as the CLI prints them."""
        return json_fields(self, ("received", "stored", "duplicates", "pages", "total"))


Progress = Callable[[str], None]


@dataclass(frozen=True)
class LoadProgress:
    """Where a load is, over all its company/branch pairs: pair ``pair`` of ``pairs``, its page
    ``page`` of ``pages`` (None until TOTVS says), ``rows`` received since the load started."""

    pair: int
    pairs: int
    company: str
    branch: str
    page: int
    pages: int | None
    rows: int
    rate: float

    @property
    def fraction(self) -> float:
        """The share of the whole load done: finished pairs plus the current pair's pages."""
        within = min(1.0, self.page / self.pages) if self.pages else 0.0
        return min(1.0, (self.pair - 1 + within) / max(self.pairs, 1))

    def text(self) -> str:
        """English, for the CLI and the jobs list (the tab words its own)."""
        of = f" of {self.pages}" if self.pages else ""
        return (
            f"{self.company}/{self.branch} ({self.pair} of {self.pairs}): page {self.page}{of}, "
            f"{self.rows:,} rows, {self.rate:,.0f} rows/s"
        )


# ---------------------------------------------------------------- load bookkeeping


def _last_done_start(conn: sa.Connection, company: str, branch: str) -> dt.datetime | None:
    """When the last load that covered every payment date began: a full or incremental one (a
    re-sync since a date covers only the payments from that date on)."""
    value = conn.execute(
        sa.select(sa.func.max(t.loads.c.started_at)).where(
            t.loads.c.company_id == company,
            t.loads.c.branch_id == branch,
            t.loads.c.state == DONE,
            t.loads.c.mode.in_((FULL, INCREMENTAL)),
        )
    ).scalar()
    if isinstance(value, str):  # max() over the TypeDecorator comes back raw on SQLite
        value = dt.datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


def begin_load(
    ctx: AppContext, company: str, branch: str, mode: str, since: dt.datetime | None = None
) -> dict[str, Any]:
    """The load row to run: an unfinished one of the same kind (resumed), else a new one."""
    with ctx.db.transaction() as conn:
        last = _last_done_start(conn, company, branch) if mode == INCREMENTAL else None
        datemodified = datemodified_for(ctx, mode, last, since)
        previous = (
            conn.execute(
                sa.select(t.loads)
                .where(
                    t.loads.c.company_id == company,
                    t.loads.c.branch_id == branch,
                    t.loads.c.state.in_(UNFINISHED),
                )
                .order_by(t.loads.c.id.desc())
            )
            .mappings()
            .first()
        )
        if previous is not None:
            same = previous["mode"] == mode and (mode != SINCE or previous["datemodified"] == datemodified)
            if same:
                conn.execute(sa.update(t.loads).where(t.loads.c.id == previous["id"]).values(state=RUNNING))
                return {**dict(previous), "state": RUNNING, "resumed": True}
            conn.execute(
                sa.update(t.loads)
                .where(t.loads.c.state.in_(UNFINISHED), t.loads.c.company_id == company)
                .where(t.loads.c.branch_id == branch)
                .values(state=CANCELLED, last_error="replaced by a new load")
            )
        row = {
            "mode": mode,
            "company_id": company,
            "branch_id": branch,
            "datemodified": datemodified,
            "state": RUNNING,
            "next_page": 1,
            "pages_done": 0,
            "received": 0,
            "stored": 0,
            "duplicates": 0,
            "started_at": utcnow(),
        }
        load_id = conn.execute(sa.insert(t.loads).values(**row)).inserted_primary_key[0]  # type: ignore[index]
    return {**row, "id": int(load_id), "total": None, "resumed": False}


_UNSET = object()


@functools.cache
def _insert_statement(
    dialect: sa.Dialect,
) -> tuple[str, bool, list[int], list[tuple[int, Callable[[Any], Any]]]]:
    """The INSERT of every ``totvs_copart`` column as the driver takes it: its SQL, whether its
    parameters are positional, the row index of each parameter, and the bind processor of each
    column whose type has one (as SQLAlchemy binds it: Money, UtcDateTime)."""
    compiled = sa.insert(t.copart).compile(dialect=dialect)
    names = list(compiled.positiontup or ()) if compiled.positional else list(rh_rows.COLUMNS)
    order = [rh_rows.COLUMNS.index(n) for n in names]
    processors: list[tuple[int, Callable[[Any], Any]]] = []
    for column in t.copart.columns:
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors.append((rh_rows.COLUMNS.index(column.name), process))
    return compiled.string, compiled.positional, order, processors


def insert_rows(conn: sa.Connection, rows: list[rh_rows.Row]) -> None:
    """One ``executemany`` of new rows, bound here as SQLAlchemy's column types bind them, without
    its per-row parameter processing (most of the Python cost of an insert of 2,000 rows)."""
    sql, positional, order, processors = _insert_statement(conn.dialect)
    reorder = order != list(range(len(rh_rows.COLUMNS)))
    seen: list[Any] = [_UNSET] * len(processors)  # a page's rows share one stored_at: bound once
    bound: list[Any] = [None] * len(processors)
    params: list[Any] = []
    for row in rows:
        values = list(row)
        for k, (index, process) in enumerate(processors):
            value = values[index]
            if value is not seen[k]:
                seen[k], bound[k] = value, process(value)
            values[index] = bound[k]
        if reorder:
            values = [values[i] for i in order]
        params.append(tuple(values) if positional else dict(zip(rh_rows.COLUMNS, values, strict=True)))
    conn.exec_driver_sql(sql, params)


def store_page(
    ctx: AppContext,
    load: dict[str, Any],
    items: Sequence[dict[str, Any] | Coparticipation],
    page: int,
    total: int | None,
    last: bool,
    builder: RowBuilder | None = None,
) -> tuple[int, int]:
    """Upsert one page (raw JSON items or models) and advance the load's cursor in the same
    transaction → (stored, duplicates). The rows are built before the transaction begins, so the
    write lock is held only for the lookups and the two ``executemany``."""
    if builder is None:
        builder = RowBuilder(load["company_id"], load["id"], utcnow())
    unique = {row[rh_rows.ID]: row for row in builder.rows(items)}  # a repeated id: the later item
    with ctx.db.transaction() as conn:
        known: dict[str, str] = {}
        ids = list(unique)
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            query = sa.select(t.copart.c.id, t.copart.c.row_hash).where(t.copart.c.id.in_(part))
            known.update((str(r[0]), str(r[1])) for r in conn.execute(query))
        inserts = [r for i, r in unique.items() if i not in known]
        updates = [
            {"b_id": i, **{f"p_{k}": v for k, v in rh_rows.as_dict(r).items() if k != "id"}}
            for i, r in unique.items()
            if i in known and known[i] != r[rh_rows.HASH]
        ]
        if inserts:
            insert_rows(conn, inserts)
        if updates:
            columns: dict[str, Any] = {
                c.name: sa.bindparam(f"p_{c.name}") for c in t.copart.columns if c.name != "id"
            }
            conn.execute(
                sa.update(t.copart).where(t.copart.c.id == sa.bindparam("b_id")).values(columns), updates
            )
        stored = len(inserts) + len(updates)
        duplicates = len(items) - stored
        conn.execute(
            sa.update(t.loads)
            .where(t.loads.c.id == load["id"])
            .values(
                next_page=page + 1,
                pages_done=t.loads.c.pages_done + 1,
                received=t.loads.c.received + len(items),
                stored=t.loads.c.stored + stored,
                duplicates=t.loads.c.duplicates + duplicates,
                total=total,
            )
        )
        if stored:
            ctx.changes.notify("totvs_rh.copart", str(load["id"]), conn=conn)
    crashpoints.step("totvs_rh.load.page_stored")
    return stored, duplicates


def finish_load(ctx: AppContext, load_id: int, state: str, error: str | None = None) -> dict[str, Any]:
    """Close a load (done, failed or cancelled) with its journal entry and attention item."""
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(t.loads)
            .where(t.loads.c.id == load_id)
            .values(state=state, finished_at=utcnow(), last_error=error)
        )
        row = dict(conn.execute(sa.select(t.loads).where(t.loads.c.id == load_id)).mappings().one())
        scope = f"{row['company_id']}/{row['branch_id']}"
        counts = {k: row[k] for k in ("received", "stored", "duplicates", "pages_done", "total")}
        outcome, summary = {
            DONE: ("ok", LOAD_SUMMARIES.get(row["mode"], LOAD_SUMMARIES[INCREMENTAL])),
            FAILED: (
                "error",
                QT_TRANSLATE_NOOP("journal", "Co-participation load of {scope} stopped: {error}"),
            ),
        }.get(state, ("partial", QT_TRANSLATE_NOOP("journal", "Co-participation load of {scope} cancelled")))
        args = {"scope": scope, "error": error} if state == FAILED else {"scope": scope}
        ctx.journal.record(NAME, "load", outcome, summary, args=args, keys=[scope], counts=counts, conn=conn)
        if state == DONE:
            ctx.attention.clear(NAME, "load_failed", scope, conn=conn)
        elif state == FAILED:
            ctx.attention.raise_item(
                NAME,
                "load_failed",
                scope,
                QT_TRANSLATE_NOOP(
                    "attention",
                    "The co-participation load of {scope} stopped at page {page}: {error} "
                    "Load again: it resumes where it stopped.",
                ),
                args={"scope": scope, "page": row["next_page"], "error": error},
                action="retry",
                conn=conn,
            )
    return row


# ---------------------------------------------------------------- the load


class _StoredPages:
    """One page at a time stored in the database worker, while the load fetches the next one.

    ``put`` waits for the page before (so pages are stored in order, each with its cursor) and
    starts storing this one; ``drain`` waits for the last; ``settle`` waits without raising, when
    the load already fails: the worker's transaction is never left running behind a failed,
    cancelled or finished load."""

    def __init__(self, ctx: AppContext, load: dict[str, Any]) -> None:
        self.ctx = ctx
        self.load = load
        self.builder = RowBuilder(load["company_id"], load["id"], utcnow())
        self.rows = 0  # rows stored by this run
        self.started = time.monotonic()
        self._pending: tuple[asyncio.Future[tuple[int, int]], Page[Any]] | None = None

    async def put(self, page: Page[Any]) -> Page[Any] | None:
        """Start storing ``page`` once the page before it is stored; → that page (None: none)."""
        before = await self.drain()
        self.builder.now = utcnow()
        work = self.ctx.db.run(
            store_page,
            self.ctx,
            self.load,
            page.items,
            page.number,
            page.total,
            not page.has_next,
            self.builder,
        )
        self._pending = (asyncio.ensure_future(work), page)
        return before

    async def drain(self) -> Page[Any] | None:
        """Wait for the page being stored → that page (None: none); its error is raised here."""
        if self._pending is None:
            return None
        future, page = self._pending
        await asyncio.shield(future)  # cancelled while waiting: the store still ends (settle)
        self._pending = None
        self.rows += len(page.items)
        return page

    async def settle(self) -> None:
        """Wait for the page being stored, whatever its outcome (the load is failing already)."""
        if self._pending is None:
            return
        future, page = self._pending
        await asyncio.wait([future])
        self._pending = None
        if not future.cancelled() and future.exception() is None:
            self.rows += len(page.items)


async def load(
    ctx: AppContext,
    *,
    mode: str = FULL,
    since: dt.datetime | None = None,
    company: str | None = None,
    branch: str | None = None,
    job: JobContext | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Progress | None = None,
    on_progress: Callable[[LoadProgress], None] | None = None,
) -> LoadResult:
    """Load every (company, branch) in scope; each resumes an unfinished load of the same kind.
    Progress is one measure over all the pairs (``LoadProgress``), not one per pair."""
    if mode not in (FULL, INCREMENTAL, SINCE):
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Unknown load mode '{mode}': full, incremental or since."),
            "mode",
            mode=mode,
        )
    result = LoadResult()
    page_size = ctx.settings.totvs_rh.page_size
    product = ctx.settings.totvs_rh.product or "PROTHEUS"
    # Built in a worker: the first client of a process reads the CA bundle (a stall of 50-300 ms
    # on the GUI thread), and the keyring read is I/O. Not configured (exit 3) before no company (2).
    # Used on the side loop only (its requests, its pages, its close): see _pages.
    client = await asyncio.to_thread(make_client, ctx, transport)
    try:
        pairs = scopes(ctx, company, branch)
        rows_all = 0
        began = time.monotonic()

        def report(step: LoadProgress) -> None:
            if job is not None:
                job.progress(round(step.fraction * 1000), 1000, step.text())
            if progress is not None:
                progress(step.text())
            if on_progress is not None:
                on_progress(step)

        def stored(number: int, page: Page[Any] | None, pages: _StoredPages) -> None:
            """Page ``page`` of pair ``number`` is stored (None: nothing new)."""
            nonlocal rows_all
            if page is None:
                return
            rows_all += len(page.items)
            rate = pages.rows / max(time.monotonic() - pages.started, 1e-6)
            company_id, branch_id = pages.load["company_id"], pages.load["branch_id"]
            report(
                LoadProgress(
                    number, len(pairs), company_id, branch_id, page.number, page.pages, rows_all, rate
                )
            )

        for number, (company_id, branch_id) in enumerate(pairs, start=1):
            row = await ctx.db.run(begin_load, ctx, company_id, branch_id, mode, since)
            crashpoints.step("totvs_rh.load.begun")
            result.loads.append(row["id"])
            stored_pages = _StoredPages(ctx, row)

            try:
                # Page n is stored in the database worker while page n + 1 is received (on the side
                # loop) and decoded.
                async with _pages(client, company_id, branch_id, product, row, page_size) as pages:
                    async for page in pages:
                        if job is not None:
                            job.check_cancelled()
                        if not page.items:
                            break
                        stored(number, await stored_pages.put(page), stored_pages)
                stored(number, await stored_pages.drain(), stored_pages)
            except ServerError as exc:
                await stored_pages.settle()
                if stored_pages.rows == 0 and row["next_page"] == 1:
                    # Protheus answers 500 for a company/branch pair it does not have.
                    exc.message += (
                        f" If it keeps failing, check that company {company_id} has branch "
                        f"{branch_id} in Protheus (totvs_rh.scopes)."
                    )
                await ctx.db.run(finish_load, ctx, row["id"], FAILED, str(exc))
                raise
            except ApiError as exc:
                await stored_pages.settle()
                await ctx.db.run(finish_load, ctx, row["id"], FAILED, str(exc))
                raise
            except BaseException as exc:
                from app.core.jobs import JobCancelled

                await stored_pages.settle()
                state = CANCELLED if isinstance(exc, JobCancelled | asyncio.CancelledError) else FAILED
                await ctx.db.run(finish_load, ctx, row["id"], state, type(exc).__name__)
                raise
            done = await ctx.db.run(finish_load, ctx, row["id"], DONE)
            crashpoints.step("totvs_rh.load.finished")
            pages_seen = max(int(done["pages_done"] or 0), 1)
            rate = rows_all / max(time.monotonic() - began, 1e-6)
            report(
                LoadProgress(
                    number, len(pairs), company_id, branch_id, pages_seen, pages_seen, rows_all, rate
                )
            )
            result.received += done["received"]
            result.stored += done["stored"]
            result.duplicates += done["duplicates"]
            result.pages += done["pages_done"]
            result.total += done["total"] or 0
    finally:
        await side_loop.call(client.aclose)
    return result


@contextlib.asynccontextmanager
async def _pages(
    client: RhClient, company: str, branch: str, product: str, row: dict[str, Any], page_size: int
) -> AsyncIterator[side_loop.SideIterator[Page[Any]]]:
    """The pair's pages from the load's next page on, received on the side loop: every socket
    read of a megabyte-sized page is Python work, kept off the window's loop (and its thread);
    closed there when the load stops reading them, whatever the reason."""
    pages = side_loop.SideIterator(
        client.raw_pages(
            company_id=company,
            branch_id=branch,
            product=product,
            datemodified=row["datemodified"],
            page_size=page_size,
            start_page=row["next_page"],
        )
    )
    try:
        yield pages
    finally:
        await pages.aclose()


# ---------------------------------------------------------------- the filtered view


@dataclass
class CopartFilter:
    """The tab's and the exports' filters over the stored rows."""

    employee: str = ""  # code or part of the name
    dependent: str = ""  # code or part of the name
    provider: str = ""  # code or part of the name
    cnpj: str = ""  # exact, validated
    service_type: str = ""
    contract_type: str = ""
    month: str = ""  # YYYYMM
    company: str = ""
    branch: str = ""

    def problems(self) -> dict[str, str]:
        """Field → sentence (a Sentence, shown with in_language) for each filter that cannot be used."""
        out: dict[str, str] = {}
        if self.cnpj.strip() and (reason := check_cnpj(self.cnpj)):
            out["cnpj"] = reason
        if self.month.strip():
            m = self.month.strip().replace("-", "").replace("/", "")
            if len(m) != 6 or not m.isdigit() or not 1 <= int(m[4:]) <= 12:
                out["month"] = QT_TRANSLATE_NOOP(
                    "TotvsRhTab", "Reference month must be YYYYMM (e.g. 202501)."
                )
        if self.service_type and self.service_type not in SERVICE_TYPES:
            out["service_type"] = QT_TRANSLATE_NOOP("TotvsRhTab", "Unknown service type.")
        if self.contract_type and self.contract_type not in CONTRACT_TYPES:
            out["contract_type"] = QT_TRANSLATE_NOOP("TotvsRhTab", "Unknown contract type.")
        # the CNPJ's reason is already a Sentence (validators); the others, the tab's own templates
        return {k: v if isinstance(v, Sentence) else Sentence("TotvsRhTab", v) for k, v in out.items()}

    def where(self) -> list[sa.ColumnElement[bool]]:
        """The SQL conditions; InputError for the first filter that cannot be used."""
        problems = self.problems()
        if problems:
            name, reason = next(iter(problems.items()))
            raise InputError(reason, field=name)  # a Sentence: said in the CLI's and the UI's language
        c = t.copart.c
        out: list[sa.ColumnElement[bool]] = []

        for text, code_column, name_column in (
            (self.employee, c.employee_code, c.employee_name_fold),
            (self.dependent, c.dependent_code, c.dependent_name_fold),
            (self.provider, c.provider, c.provider_name_fold),
        ):
            if text.strip():
                out.append(_code_or_name(text, code_column, name_column))
        if self.cnpj.strip():
            out.append(c.provider_cnpj == "".join(ch for ch in self.cnpj.upper() if ch.isalnum()))
        if self.service_type:
            out.append(c.service_type == self.service_type)
        if self.contract_type:
            out.append(c.contract_type == self.contract_type)
        if self.month.strip():
            out.append(c.year_month == self.month.strip().replace("-", "").replace("/", ""))
        if self.company.strip():
            out.append(c.company_id == self.company.strip())
        if self.branch.strip():
            out.append(c.branch == self.branch.strip())
        return out


def _code_or_name(
    text: str, code: sa.ColumnElement[Any], name: sa.ColumnElement[Any]
) -> sa.ColumnElement[bool]:
    """The exact code, or a part of the folded name, accents and case ignored (``name`` is a
    ``*_fold`` column)."""
    return sa.or_(code == text.strip(), name.like(contains(text), escape="\\"))


def count(ctx: AppContext, f: CopartFilter) -> int:
    """How many stored rows the filter keeps."""
    with ctx.db.read() as conn:
        return int(
            conn.execute(sa.select(sa.func.count()).select_from(t.copart).where(*f.where())).scalar() or 0
        )


def totals(
    ctx: AppContext, f: CopartFilter
) -> tuple[dict[tuple[str, str], Decimal], dict[str, Decimal], Decimal]:
    """Sum of CoparticipationValue per (employee code, name), per month, and overall — exact."""
    by_employee: dict[tuple[str, str], Decimal] = {}
    by_month: dict[str, Decimal] = {}
    overall = Decimal("0")
    c = t.copart.c
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(c.employee_code, c.employee_name, c.year_month, c.value).where(*f.where())
        )
        for code, name, month, value in rows:
            by_employee[(code, name)] = by_employee.get((code, name), Decimal("0")) + value
            by_month[month] = by_month.get(month, Decimal("0")) + value
            overall += value
    return by_employee, by_month, overall


# ---------------------------------------------------------------- status / test


def status(ctx: AppContext) -> Status:
    """The dashboard's line for TOTVS RH: configured, last load, failing."""
    unconfigured = unconfigured_status(
        ctx, "totvs_rh", QT_TRANSLATE_NOOP("status", "Set the TOTVS RH address and user in Connections.")
    )
    if unconfigured is not None:
        return unconfigured
    with ctx.db.read() as conn:
        last = conn.execute(
            sa.select(t.loads.c.state, t.loads.c.finished_at, t.loads.c.last_error)
            .order_by(t.loads.c.id.desc())
            .limit(1)
        ).first()
        last_ok = conn.execute(
            sa.select(sa.func.max(t.loads.c.finished_at)).where(t.loads.c.state == DONE)
        ).scalar()
    if last is None:
        return Status(ConnectionState.UNKNOWN, QT_TRANSLATE_NOOP("status", "No co-participation load yet."))
    last_sync = str(last_ok or "")
    if last.state == FAILED:
        return Status(
            ConnectionState.FAILING,
            QT_TRANSLATE_NOOP("status", "The last load stopped: {reason}"),
            last_sync,
            args={"reason": last.last_error or ""},
        )
    return Status(
        ConnectionState.CONNECTED, QT_TRANSLATE_NOOP("status", "Co-participation loaded."), last_sync
    )


async def test_connection(ctx: AppContext) -> str:
    """Ask for one row of the first configured pair; a sentence saying what TOTVS answered."""
    pairs = scopes(ctx)
    company, branch = pairs[0]
    async with make_client(ctx) as client:
        async for page in client.pages(
            company_id=company, branch_id=branch, product=ctx.settings.totvs_rh.product, page_size=1
        ):
            total = page.total or 0
            return Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "TOTVS RH answered. Co-participation rows for {scope}: {n}."),
                scope=f"{company}/{branch}",
                n=total,
            )
    return Sentence(
        "errors",
        QT_TRANSLATE_NOOP("errors", "TOTVS RH answered: no co-participation rows for {scope}."),
        scope=f"{company}/{branch}",
    )
