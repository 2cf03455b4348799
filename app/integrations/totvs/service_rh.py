"""TOTVS RH co-participation loads (full, incremental with overlap, since a date), resumable,
upserted by ``id``; the filtered view, its totals and its CSV/XLSX exports.

``datemodified`` filters by payment date and is read by Protheus in its own local time: it is
sent as the server's wall-clock time (setting ``totvs_rh.server_timezone``), never as UTC."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core import crashpoints
from app.core.db import utcnow
from app.core.errors import InputError
from app.core.http import ApiError, ServerError
from app.core.json_fields import json_fields
from app.core.search import contains, fold
from app.core.tr import QT_TRANSLATE_NOOP
from app.core.validators import check_cnpj
from app.integrations.base import ConnectionState, Status
from app.integrations.totvs import tables as t
from app.integrations.totvs.client_base import credentials, unconfigured_status
from app.integrations.totvs.client_rh import RhClient
from app.integrations.totvs.models import CONTRACT_TYPES, SERVICE_TYPES, Coparticipation
from app.integrations.totvs.protheus_time import server_wall, start_of_day, wire
from app.integrations.totvs.rh_export import export as export  # the exports' home; named here for callers

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
CHUNK = 400  # ids per IN (...) lookup (SQLite's parameter limit)


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
            f"--company and --branch name one pair; list several in totvs_rh.scopes ({PAIRS_EXAMPLE}).",
            field="company" if "," in company else "branch",
        )
    if company and branch:
        return [(company, branch)]
    pairs = ctx.settings.totvs_rh.pairs()
    if company or branch:
        side, value, other = (0, company, "branch") if company else (1, branch, "company")
        chosen = [p for p in pairs if p[side] == value]
        if not chosen:
            raise InputError(
                f"No pair with {'company' if company else 'branch'} {value} in totvs_rh.scopes: give its "
                f"{other} too (--{other}) or add the pair there ({PAIRS_EXAMPLE}).",
                field=other,
            )
        return chosen
    if not pairs:
        raise InputError(
            f"Choose the companies and branches to load in totvs_rh.scopes, as pairs: {PAIRS_EXAMPLE}.",
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
            f"'{text}' is not a date and time: expected YYYY-MM-DDThh:mm:ss (e.g. 2025-01-31T08:00:00, "
            "the TOTVS server's time) or YYYY-MM-DD.",
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
            raise InputError("Choose the date to re-sync from.", field="since")
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


def _money_text(value: Decimal) -> str:
    """One text per amount whether it came as "99.00" or 99: cents when they are exact."""
    try:
        cents = value.quantize(Decimal("0.01"))
    except InvalidOperation:  # more digits than a context holds: keep the text as it is
        return str(value)
    return f"{cents:.2f}" if cents == value else str(value)


def _row_hash(item: Coparticipation) -> str:
    data = item.model_dump(mode="json", by_alias=True)
    data["CoparticipationValue"] = _money_text(item.coparticipation_value)
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def _db_row(item: Coparticipation, company: str, load_id: int, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": item.id,
        "company_id": item.company_id or company,
        "branch": item.branch.strip(),
        "company_key": item.company_key,
        "employee_code": item.employee_code.strip(),
        "employee_name": item.employee_name.strip(),
        "dependent_code": item.dependent_code.strip(),
        "dependent_name": item.dependent_name.strip(),
        "degree": item.degree_employee_dependency.strip(),
        "occurrency_date": item.occurrency_date,
        "provider": item.service_provider.strip(),
        "provider_name": item.service_provider_name.strip(),
        "provider_cnpj": item.service_provider_id.strip().upper(),
        "provider_contract": item.service_provider_contract.strip(),
        "contract_type": item.service_provider_contract_type,
        "service_type": item.service_type,
        "specialty": item.specialty_name.strip(),
        "icd": item.international_code_diseases.strip(),
        "amount_use": item.amount_use,
        "value": item.coparticipation_value,
        "year_month": item.year_month_reference.strip(),
        "description": item.coparticipation_description.strip(),
        "employee_name_fold": fold(item.employee_name),
        "dependent_name_fold": fold(item.dependent_name),
        "provider_name_fold": fold(item.service_provider_name),
        "row_hash": _row_hash(item),
        "load_id": load_id,
        "stored_at": now,
    }


def store_page(
    ctx: AppContext,
    load: dict[str, Any],
    items: list[Coparticipation],
    page: int,
    total: int | None,
    last: bool,
) -> tuple[int, int]:
    """Upsert one page and advance the load's cursor in the same transaction → (stored, duplicates)."""
    now = utcnow()
    unique: dict[str, dict[str, Any]] = {}
    for item in items:
        unique[item.id] = _db_row(item, load["company_id"], load["id"], now)
    with ctx.db.transaction() as conn:
        known: dict[str, str] = {}
        ids = list(unique)
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            query = sa.select(t.copart.c.id, t.copart.c.row_hash).where(t.copart.c.id.in_(part))
            known.update((str(r[0]), str(r[1])) for r in conn.execute(query))
        inserts = [r for i, r in unique.items() if i not in known]
        updates = [
            {"b_id": i, **{f"p_{k}": v for k, v in r.items() if k != "id"}}
            for i, r in unique.items()
            if i in known and known[i] != r["row_hash"]
        ]
        if inserts:
            conn.execute(sa.insert(t.copart), inserts)
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
        raise InputError(f"Unknown load mode '{mode}': full, incremental or since.", field="mode")
    result = LoadResult()
    page_size = ctx.settings.totvs_rh.page_size
    product = ctx.settings.totvs_rh.product or "PROTHEUS"
    async with make_client(ctx, transport) as client:  # not configured (exit 3) before no company (2)
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

        for number, (company_id, branch_id) in enumerate(pairs, start=1):
            row = await ctx.db.run(begin_load, ctx, company_id, branch_id, mode, since)
            crashpoints.step("totvs_rh.load.begun")
            result.loads.append(row["id"])
            started = time.monotonic()
            rows_this_run = 0
            try:
                async for page in client.pages(
                    company_id=company_id,
                    branch_id=branch_id,
                    product=product,
                    datemodified=row["datemodified"],
                    page_size=page_size,
                    start_page=row["next_page"],
                ):
                    if job is not None:
                        job.check_cancelled()
                    if not page.items:
                        break
                    await ctx.db.run(
                        store_page, ctx, row, page.items, page.number, page.total, not page.has_next
                    )
                    rows_this_run += len(page.items)
                    rows_all += len(page.items)
                    rate = rows_this_run / max(time.monotonic() - started, 1e-6)
                    report(
                        LoadProgress(
                            number, len(pairs), company_id, branch_id, page.number, page.pages, rows_all, rate
                        )
                    )
            except ServerError as exc:
                if rows_this_run == 0 and row["next_page"] == 1:
                    # Protheus answers 500 for a company/branch pair it does not have.
                    exc.message += (
                        f" If it keeps failing, check that company {company_id} has branch "
                        f"{branch_id} in Protheus (totvs_rh.scopes)."
                    )
                await ctx.db.run(finish_load, ctx, row["id"], FAILED, str(exc))
                raise
            except ApiError as exc:
                await ctx.db.run(finish_load, ctx, row["id"], FAILED, str(exc))
                raise
            except BaseException as exc:
                from app.core.jobs import JobCancelled

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
    return result


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
        """Field → sentence for each filter that cannot be used; empty when all can."""
        out: dict[str, str] = {}
        if self.cnpj.strip() and (reason := check_cnpj(self.cnpj)):
            out["cnpj"] = reason
        if self.month.strip():
            m = self.month.strip().replace("-", "").replace("/", "")
            if len(m) != 6 or not m.isdigit() or not 1 <= int(m[4:]) <= 12:
                out["month"] = "Reference month must be YYYYMM (e.g. 202501)."
        if self.service_type and self.service_type not in SERVICE_TYPES:
            out["service_type"] = "Unknown service type."
        if self.contract_type and self.contract_type not in CONTRACT_TYPES:
            out["contract_type"] = "Unknown contract type."
        return out

    def where(self) -> list[sa.ColumnElement[bool]]:
        """The SQL conditions; InputError for the first filter that cannot be used."""
        problems = self.problems()
        if problems:
            name, reason = next(iter(problems.items()))
            raise InputError(reason, field=name)
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
            return f"TOTVS RH answered: {total} co-participation rows for {company}/{branch}."
    return f"TOTVS RH answered: no co-participation rows for {company}/{branch}."
