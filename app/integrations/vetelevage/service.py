"""Vétélevage workflows: acts push, crash-safe import, mapping, review, commit, export.

Every workflow is a small state machine persisted in the database, so a crash at any line,
followed by a restart, ends with every visit stored exactly once, the batch acknowledged and
each committed visit billed exactly once. See shared/specs/vetelevage.md.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.engine import Connection

from app.core import crashpoints
from app.core.db import utcnow
from app.core.errors import InputError
from app.core.http import ConflictError, NotConfigured
from app.core.leases import Holder, hold
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.base import ConnectionState, Schedule, Status
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.client import VetelevageAuth, VetelevageClient
from app.integrations.vetelevage.models import REFERENCE_TABLES, Acte, Lot, Visite

if TYPE_CHECKING:
    import httpx

    from app.core.context import AppContext

log = logging.getLogger("passerelle.vetelevage")

NAME = "vetelevage"
ABSURD_QUANTITY = Decimal("1000")

# Visit states
NEW = "new"  # imported; something needs a person's review
NEEDS_MAPPING = "needs_mapping"
READY = "ready"
COMMITTED = "committed"
SET_ASIDE = "set_aside"
STATES = (NEW, NEEDS_MAPPING, READY, COMMITTED, SET_ASIDE)


# ---------------------------------------------------------------------------- connection


def make_client(ctx: AppContext, transport: httpx.AsyncBaseTransport | None = None) -> VetelevageClient:
    s = ctx.settings.vetelevage
    secret = ctx.secrets.get(NAME, "client_secret")
    missing = [
        name
        for name, value in (
            ("vetelevage.base_url", s.base_url),
            ("vetelevage.client_id", s.client_id),
            ("vetelevage.client_secret", secret),
        )
        if not value
    ]
    password = ""
    if s.mode == "veterinaire":
        password = ctx.secrets.get(NAME, "password")
        missing += [
            n for n, v in (("vetelevage.username", s.username), ("vetelevage.password", password)) if not v
        ]
    if missing:
        raise NotConfigured(f"Vétélevage is not configured: {', '.join(missing)} missing.")
    auth = VetelevageAuth(s.base_url, s.mode, s.client_id, secret, s.username, password)
    return VetelevageClient(s.base_url, auth, transport=transport)


async def accounts_to_import(ctx: AppContext, client: VetelevageClient) -> list[str | None]:
    """Vétérinaire mode: the token's account. SaaS: every active linked account, or the chosen one."""
    if ctx.settings.vetelevage.mode != "saas":
        return [None]
    chosen = ctx.settings.vetelevage.compte.strip()
    if chosen and chosen != "all":
        return [chosen]
    return [c.id for c in await client.comptes() if c.actif]


async def test_connection(ctx: AppContext) -> str:
    client = make_client(ctx)
    try:
        if ctx.settings.vetelevage.mode == "saas":
            comptes = await client.comptes()
            return f"Connected to Vétélevage (SaaS): {len(comptes)} linked account(s)."
        await client.get_actes()
        return (
            f"Connected to Vétélevage (account {client.auth.token.compte_id if client.auth.token else '?'})."
        )
    finally:
        await client.aclose()


async def direct_link(ctx: AppContext, compte: str | None = None) -> str:
    """The web-directe link, to open in the browser at once (never stored or logged)."""
    client = make_client(ctx)
    try:
        return await client.lien_direct(compte)
    finally:
        await client.aclose()


def _configured(ctx: AppContext) -> bool:
    s = ctx.settings.vetelevage
    return bool(s.base_url and s.client_id and ctx.secrets.has(NAME, "client_secret"))


def status(ctx: AppContext) -> Status:
    waiting = counts_by_state(ctx)
    held_count = len(held_visits(ctx))
    waiting_total = waiting.get(NEW, 0) + waiting.get(NEEDS_MAPPING, 0) + held_count
    if not _configured(ctx):
        return Status(
            ConnectionState.NOT_CONFIGURED,
            QT_TRANSLATE_NOOP("status", "Set the editor credentials in Connections."),
            waiting=waiting_total,
        )
    last_ok = ctx.journal.last(NAME, "import", "ok")
    last_error = ctx.journal.last(NAME, "import", "error")
    if last_error and (last_ok is None or last_error.id > last_ok.id):
        return Status(
            ConnectionState.FAILING,
            last_error.summary,
            last_sync=last_ok.ts.isoformat() if last_ok else "",
            waiting=waiting_total,
        )
    state = ConnectionState.CONNECTED if last_ok else ConnectionState.UNKNOWN
    return Status(state, "", last_sync=last_ok.ts.isoformat() if last_ok else "", waiting=waiting_total)


def schedules(ctx: AppContext) -> list[Schedule]:
    return [
        Schedule(
            name="vetelevage.import",
            interval=lambda c: (
                c.settings.vetelevage.import_interval_minutes * 60.0 if _configured(c) else 0.0
            ),
            run=lambda c: import_visits(c),
        ),
        Schedule(
            name="vetelevage.daily_push",
            interval=lambda c: 60.0 if _configured(c) else 0.0,
            run=daily_push_if_due,
        ),
    ]


# ---------------------------------------------------------------------------- acts


def list_acts(ctx: AppContext) -> list[Acte]:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(t.acts).order_by(t.acts.c.code)).mappings().all()
    return [
        Acte(
            code=r["code"],
            libelle=r["libelle"],
            unite=r["unite"],
            prix_ht=r["prix_ht"],
            tva=r["tva"],
            actif=r["actif"],
        )
        for r in rows
    ]


def replace_acts(ctx: AppContext, acts_list: list[Acte]) -> None:
    codes = [a.code for a in acts_list]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise InputError(f"Act codes must be unique; duplicated: {', '.join(duplicates)}.", field="code")
    now = utcnow()
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(t.acts))
        if acts_list:
            conn.execute(
                sa.insert(t.acts),
                [
                    {
                        **a.model_dump(include={"code", "libelle", "unite", "prix_ht", "tva", "actif"}),
                        "updated_at": now,
                    }
                    for a in acts_list
                ],
            )
        _refresh_states(conn)
        ctx.changes.notify("vetelevage.acts", conn=conn)


def read_acts_csv(path: Any) -> list[Acte]:
    from pathlib import Path

    from app.integrations.vetelevage.csvio import collect, parse_decimal, read_rows

    rows = read_rows(
        Path(path),
        ["code", "libelle", "unite", "prix_ht", "tva", "actif"],
        required=["code", "libelle", "prix_ht"],
    )
    out: list[Acte] = []
    errors: list[str] = []
    for i, row in enumerate(rows, start=2):
        try:
            price = parse_decimal(row["prix_ht"], line=i, field="prix_ht")
            tva = parse_decimal(row["tva"], line=i, field="tva", allow_empty=True)
            out.append(
                Acte(
                    code=row["code"],
                    libelle=row["libelle"],
                    unite=row["unite"] or "forfait",
                    prix_ht=price or Decimal(0),
                    tva=tva if tva is not None else Decimal("20"),
                    actif=row["actif"].strip().lower() not in ("0", "non", "false", "no"),
                )
            )
        except InputError as exc:
            errors.append(str(exc))
        except ValidationError as exc:
            where = exc.errors()[0]["loc"][0]
            errors.append(f"Line {i}, column {where}: {exc.errors()[0]['msg']}.")
    collect(errors)
    return out


@dataclass
class ActsDiff:
    added: list[str] = field(default_factory=list)  # on the server, not local
    removed: list[str] = field(default_factory=list)  # local, not on the server
    changed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def as_dict(self) -> dict[str, list[str]]:
        return {"added": self.added, "removed": self.removed, "changed": self.changed}


def diff_acts(local: list[Acte], remote: list[Acte]) -> ActsDiff:
    fields = ("libelle", "unite", "prix_ht", "tva", "actif")
    mine = {a.code: a for a in local}
    theirs = {a.code: a for a in remote}
    return ActsDiff(
        added=sorted(set(theirs) - set(mine)),
        removed=sorted(set(mine) - set(theirs)),
        changed=sorted(
            c
            for c in set(mine) & set(theirs)
            if any(getattr(mine[c], f) != getattr(theirs[c], f) for f in fields)
        ),
    )


@dataclass
class PushResult:
    before: ActsDiff
    after: ActsDiff
    sent: int
    accepted: int


async def push_acts(ctx: AppContext, client: VetelevageClient | None = None) -> PushResult:
    """Send the whole local list (it replaces the server's), then read it back and compare."""
    own = client is None
    client = client or make_client(ctx)
    local = list_acts(ctx)
    try:
        results = []
        for compte in await accounts_to_import(ctx, client):
            async with hold(
                ctx.db, f"vetelevage.push.{compte or 'default'}", Holder.for_desk(ctx.journal.desk)
            ):
                before = diff_acts(local, await client.get_actes(compte))
                try:
                    accepted = await client.post_actes(local, compte)
                except Exception as exc:
                    ctx.attention.raise_item(
                        NAME,
                        "push_refused",
                        compte or "default",
                        QT_TRANSLATE_NOOP("attention", "Vétélevage refused the acts: {error}"),
                        args={"error": exc},
                        action="retry",
                    )
                    ctx.journal.record(
                        NAME, "push_acts", "error", f"acts push refused: {exc}", keys=[compte or ""]
                    )
                    raise
                after = diff_acts(local, await client.get_actes(compte))
                results.append(PushResult(before, after, len(local), accepted))
                ctx.attention.clear(NAME, "push_refused", compte or "default")
                ctx.journal.record(
                    NAME,
                    "push_acts",
                    "ok" if after.empty else "partial",
                    QT_TRANSLATE_NOOP(
                        "journal", "{sent} acts sent, {accepted} accepted; differences after: {diff}"
                    ),
                    args={"sent": len(local), "accepted": accepted, "diff": json.dumps(after.as_dict())},
                    keys=[compte or ""],
                    counts={"sent": len(local), "accepted": accepted},
                )
        ctx.db.set_state("vetelevage.last_push", utcnow().isoformat())
        merged = (
            results[0]
            if len(results) == 1
            else PushResult(
                ActsDiff(),
                ActsDiff(
                    added=sorted({c for r in results for c in r.after.added}),
                    removed=sorted({c for r in results for c in r.after.removed}),
                    changed=sorted({c for r in results for c in r.after.changed}),
                ),
                len(local),
                sum(r.accepted for r in results),
            )
        )
        return merged
    finally:
        if own:
            await client.aclose()


async def daily_push_if_due(ctx: AppContext) -> PushResult | None:
    when = ctx.settings.vetelevage.daily_push_time.strip()
    if not when:
        return None
    try:
        hour, minute = (int(x) for x in when.split(":"))
    except ValueError:
        log.warning("vetelevage.daily_push_time is not HH:MM: %s", when)
        return None
    now = dt.datetime.now().astimezone()
    due = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    last = ctx.db.get_state("vetelevage.last_push")
    if now < due or (last and dt.datetime.fromisoformat(last) >= due):
        return None
    return await push_acts(ctx)


# ---------------------------------------------------------------------------- import


@dataclass
class ImportResult:
    compte: str
    lot: str
    received: int = 0
    new: int = 0
    already_known: int = 0
    held: int = 0
    acknowledged: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "compte": self.compte,
            "lot": self.lot,
            "received": self.received,
            "new": self.new,
            "already_known": self.already_known,
            "held": self.held,
            "acknowledged": self.acknowledged,
        }


async def import_visits(
    ctx: AppContext, client: VetelevageClient | None = None, compte: str | None = None
) -> list[ImportResult]:
    """Import every account's frozen batch (store, then acknowledge). One result per account."""
    own = client is None
    client = client or make_client(ctx)
    try:
        accounts = [compte] if compte else await accounts_to_import(ctx, client)
        results = []
        for account in accounts:
            results.append(await import_account(ctx, client, account))
        return results
    finally:
        if own:
            await client.aclose()


async def import_account(ctx: AppContext, client: VetelevageClient, compte: str | None) -> ImportResult:
    key = compte or "default"
    try:
        async with hold(ctx.db, f"vetelevage.import.{key}", Holder.for_desk(ctx.journal.desk)):
            await _finish_pending_acknowledgements(ctx, client, compte)
            lot, raw = await client.get_visites(compte)
            crashpoints.step("vetelevage.import.fetched")
            account = compte or await client.account_id() or "default"
            result = await ctx.db.run(store_batch, ctx, account, lot, raw)
            crashpoints.step("vetelevage.import.stored")
            await _acknowledge(ctx, client, compte, result)
    except Exception as exc:
        ctx.attention.raise_item(
            NAME,
            "import_failed",
            key,
            QT_TRANSLATE_NOOP("attention", "Import failed: {error}"),
            args={"error": exc},
            action="retry",
        )
        ctx.journal.record(
            NAME,
            "import",
            "error",
            f"import of account {key} failed: {type(exc).__name__}: {exc}",
            keys=[key],
        )
        raise
    ctx.attention.clear(NAME, "import_failed", key)
    return result


async def _acknowledge(
    ctx: AppContext, client: VetelevageClient, compte: str | None, result: ImportResult
) -> None:
    try:
        await client.ack_visites(result.lot, compte)
    except ConflictError:
        # Not the frozen batch any more: it was acknowledged before a crash. Everything is stored.
        log.info("batch %s was already acknowledged", result.lot)
    crashpoints.step("vetelevage.import.acknowledged_remote")
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
    result.acknowledged = True
    crashpoints.step("vetelevage.import.recorded")


async def _finish_pending_acknowledgements(
    ctx: AppContext, client: VetelevageClient, compte: str | None
) -> None:
    """A crash between storing and acknowledging leaves a stored batch: acknowledge it first."""
    with ctx.db.read() as conn:
        query = sa.select(t.batches).where(t.batches.c.acknowledged_at.is_(None))
        if compte:
            query = query.where(t.batches.c.compte_id == compte)
        pending = conn.execute(query).mappings().all()
    for row in pending:
        await _acknowledge(
            ctx,
            client,
            compte,
            ImportResult(compte=row["compte_id"], lot=row["lot"], received=row["received"]),
        )


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
        for position, item in enumerate(lot.visites):
            try:
                visite = Visite.model_validate(item)
            except ValidationError as exc:
                visit_id = str(item.get("id")) if isinstance(item, dict) and item.get("id") else None
                _hold(conn, batch_id, position, visit_id, item, _held_reason(exc), now)
                result.held += 1
                continue
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
        _sync_unmapped_attention(ctx, conn)
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


# ---------------------------------------------------------------------------- evaluation


@dataclass
class BillingLine:
    line_no: int
    line_type: str  # acte | produit
    source_code: str
    lgcv_code: str
    libelle: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(Decimal("0.0001"))


@dataclass
class Evaluation:
    state: str
    lines: list[BillingLine]
    blocking: list[str]
    warnings: list[str]
    unmapped: list[str]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))


def evaluate(conn: Connection, visit_id: str) -> Evaluation:
    visit = conn.execute(sa.select(t.visits).where(t.visits.c.id == visit_id)).mappings().one()
    act_rows = conn.execute(
        sa.select(t.visit_acts.c.code, t.visit_acts.c.quantite, t.acts.c.libelle, t.acts.c.prix_ht)
        .select_from(t.visit_acts.outerjoin(t.acts, t.acts.c.code == t.visit_acts.c.code))
        .where(t.visit_acts.c.visit_id == visit_id)
        .order_by(t.visit_acts.c.line_no)
    ).all()
    chosen = sa.func.coalesce(t.line_overrides.c.lgcv_code, t.mappings.c.lgcv_code)
    product_rows = conn.execute(
        sa.select(
            t.visit_products.c.produit_id,
            t.visit_products.c.libelle,
            t.visit_products.c.quantite,
            chosen.label("lgcv_code"),
            t.catalogue.c.libelle.label("clinic_libelle"),
            t.catalogue.c.prix_ht,
        )
        .select_from(
            t.visit_products.outerjoin(t.mappings, t.mappings.c.produit_id == t.visit_products.c.produit_id)
            .outerjoin(
                t.line_overrides,
                (t.line_overrides.c.visit_id == t.visit_products.c.visit_id)
                & (t.line_overrides.c.line_no == t.visit_products.c.line_no),
            )
            .outerjoin(t.catalogue, t.catalogue.c.code == chosen)
        )
        .where(t.visit_products.c.visit_id == visit_id)
        .order_by(t.visit_products.c.line_no)
    ).all()
    lines: list[BillingLine] = []
    blocking: list[str] = []
    warnings: list[str] = []
    unmapped: list[str] = []
    n = 0
    for code, qty, libelle, price in act_rows:
        if libelle is None:
            blocking.append(f"Unknown act code {code}: add it to the acts list (or push the list again).")
            continue
        _quantity_warnings(warnings, qty, code)
        lines.append(BillingLine(n, "acte", code, code, libelle, qty, price))
        n += 1
    for produit_id, libelle, qty, lgcv_code, clinic_libelle, price in product_rows:
        if lgcv_code is None:
            unmapped.append(produit_id)
            blocking.append(
                f"Product {libelle or produit_id} ({produit_id}) is not mapped to a clinic product."
            )
            continue
        _quantity_warnings(warnings, qty, libelle or produit_id)
        lines.append(BillingLine(n, "produit", produit_id, lgcv_code, clinic_libelle or libelle, qty, price))
        n += 1
    if not act_rows and not product_rows:
        warnings.append("The visit has no act and no product.")
    twins = (
        conn.execute(
            sa.select(t.visits.c.id)
            .where(t.visits.c.breeder_id == visit["breeder_id"])
            .where(t.visits.c.visit_date == visit["visit_date"])
            .where(t.visits.c.id != visit_id)
            .where(t.visits.c.breeder_id != "")
        )
        .scalars()
        .all()
    )
    if twins:
        warnings.append(f"Looks like a duplicate of {', '.join(sorted(twins))} (same breeder, same day).")
    if visit["state"] in (COMMITTED, SET_ASIDE):
        state = visit["state"]
    elif unmapped:
        state = NEEDS_MAPPING
    elif blocking or warnings:
        state = NEW
    else:
        state = READY
    return Evaluation(state, lines, blocking, warnings, sorted(set(unmapped)))


def _quantity_warnings(warnings: list[str], qty: Decimal, what: str) -> None:
    if qty == 0:
        warnings.append(f"Quantity 0 for {what}.")
    elif qty > ABSURD_QUANTITY:
        warnings.append(f"Quantity {qty} for {what} looks wrong.")


def _refresh_states(conn: Connection, visit_ids: list[str] | None = None) -> None:
    query = sa.select(t.visits.c.id).where(t.visits.c.state.notin_([COMMITTED, SET_ASIDE]))
    if visit_ids is not None:
        if not visit_ids:
            return
        query = query.where(t.visits.c.id.in_(visit_ids))
    for visit_id in conn.execute(query).scalars().all():
        ev = evaluate(conn, visit_id)
        conn.execute(
            sa.update(t.visits)
            .where(t.visits.c.id == visit_id)
            .values(state=ev.state, warnings="\n".join(ev.blocking + ev.warnings))
        )


def refresh_states(ctx: AppContext) -> None:
    with ctx.db.transaction() as conn:
        _refresh_states(conn)
        _sync_unmapped_attention(ctx, conn)


def counts_by_state(ctx: AppContext) -> dict[str, int]:
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(t.visits.c.state, sa.func.count()).group_by(t.visits.c.state)).all()
    return {state: int(n) for state, n in rows}


# ---------------------------------------------------------------------------- held visits


def held_visits(ctx: AppContext) -> list[dict[str, Any]]:
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


# ---------------------------------------------------------------------------- catalogue and mapping


def import_catalogue_csv(ctx: AppContext, path: Any) -> int:
    """code,libelle,gtin,prix_ht,unite — validated whole before anything is written."""
    from pathlib import Path

    from app.core.validators import check_gtin
    from app.integrations.vetelevage.csvio import collect, parse_decimal, read_rows

    rows = read_rows(
        Path(path), ["code", "libelle", "gtin", "prix_ht", "unite"], required=["code", "libelle", "prix_ht"]
    )
    errors: list[str] = []
    values = []
    seen: set[str] = set()
    for i, row in enumerate(rows, start=2):
        try:
            if not row["code"]:
                raise InputError(f"Line {i}, column code: a product code is expected.", field="code")
            if row["code"] in seen:
                raise InputError(f"Line {i}, column code: {row['code']} appears twice.", field="code")
            if not row["libelle"]:
                raise InputError(f"Line {i}, column libelle: a product name is expected.", field="libelle")
            price = parse_decimal(row["prix_ht"], line=i, field="prix_ht")
            assert price is not None
            if price < 0:
                raise InputError(
                    f"Line {i}, column prix_ht: the price must not be negative.", field="prix_ht"
                )
            gtin = row["gtin"].replace(" ", "") or None
            if gtin and (reason := check_gtin(gtin)):
                raise InputError(f"Line {i}, column gtin: {reason}", field="gtin")
            seen.add(row["code"])
            values.append(
                {
                    "code": row["code"],
                    "libelle": row["libelle"],
                    "gtin": gtin,
                    "prix_ht": price,
                    "unite": row["unite"],
                    "updated_at": utcnow(),
                }
            )
        except InputError as exc:
            errors.append(str(exc))
    collect(errors)
    with ctx.db.transaction() as conn:
        existing = set(conn.execute(sa.select(t.catalogue.c.code)).scalars())
        for value in values:
            if value["code"] in existing:
                conn.execute(
                    sa.update(t.catalogue).where(t.catalogue.c.code == value["code"]).values(**value)
                )
            else:
                conn.execute(sa.insert(t.catalogue).values(**value))
        _refresh_states(conn)
        ctx.journal.record(
            NAME,
            "catalogue_import",
            "ok",
            QT_TRANSLATE_NOOP("journal", "{n} clinic products imported"),
            args={"n": len(values)},
            counts={"products": len(values)},
            conn=conn,
        )
    return len(values)


def catalogue(ctx: AppContext) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        return [
            dict(r) for r in conn.execute(sa.select(t.catalogue).order_by(t.catalogue.c.libelle)).mappings()
        ]


def _waiting_lines() -> sa.sql.expression.Join:
    return (
        t.visit_products.join(t.visits)
        .outerjoin(t.mappings, t.mappings.c.produit_id == t.visit_products.c.produit_id)
        .outerjoin(
            t.line_overrides,
            (t.line_overrides.c.visit_id == t.visit_products.c.visit_id)
            & (t.line_overrides.c.line_no == t.visit_products.c.line_no),
        )
    )


@dataclass(frozen=True)
class UnmappedProduct:
    produit_id: str
    libelle: str
    gtin: str | None
    visits: int
    quantity: Decimal


def unmapped_queue(ctx: AppContext) -> list[UnmappedProduct]:
    """Every product seen in visits that waits for a mapping, with how many visits wait on it."""
    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(
                t.visit_products.c.produit_id,
                sa.func.max(t.visit_products.c.libelle),
                sa.func.max(t.visit_products.c.gtin),
                sa.func.count(sa.distinct(t.visit_products.c.visit_id)),
            )
            .select_from(_waiting_lines())
            .where(t.mappings.c.produit_id.is_(None))
            .where(t.line_overrides.c.lgcv_code.is_(None))
            .where(t.visits.c.state.notin_([COMMITTED, SET_ASIDE]))
            .group_by(t.visit_products.c.produit_id)
        ).all()
        quantities: dict[str, Decimal] = {}
        for produit_id, qty in conn.execute(
            sa.select(t.visit_products.c.produit_id, t.visit_products.c.quantite).where(
                t.visit_products.c.produit_id.in_([r[0] for r in rows])
            )
        ):
            quantities[produit_id] = quantities.get(produit_id, Decimal(0)) + qty
    out = [UnmappedProduct(r[0], r[1] or "", r[2], int(r[3]), quantities.get(r[0], Decimal(0))) for r in rows]
    return sorted(out, key=lambda u: (-u.visits, u.libelle))


@dataclass(frozen=True)
class Candidate:
    code: str
    libelle: str
    gtin: str | None
    prix_ht: Decimal
    score: float
    reason: str  # "gtin" | "name"


def candidates(ctx: AppContext, produit_id: str, limit: int = 8) -> list[Candidate]:
    """Clinic products for a Vétélevage product: exact GTIN first, then by name similarity."""
    from rapidfuzz import fuzz, process

    with ctx.db.read() as conn:
        seen = conn.execute(
            sa.select(t.visit_products.c.libelle, t.visit_products.c.gtin)
            .where(t.visit_products.c.produit_id == produit_id)
            .limit(1)
        ).first()
        dictionary = conn.execute(
            sa.select(t.products.c.libelle, t.products.c.gtin).where(t.products.c.id == produit_id)
        ).first()
        rows = conn.execute(sa.select(t.catalogue)).mappings().all()
    libelle = (seen[0] if seen else "") or (dictionary[0] if dictionary else "")
    gtin = (seen[1] if seen else None) or (dictionary[1] if dictionary else None)
    out: list[Candidate] = []
    by_code = {r["code"]: r for r in rows}
    if gtin:
        for r in rows:
            if r["gtin"] and r["gtin"].lstrip("0") == gtin.lstrip("0"):
                out.append(Candidate(r["code"], r["libelle"], r["gtin"], r["prix_ht"], 100.0, "gtin"))
    if libelle and rows:
        choices = {r["code"]: r["libelle"] for r in rows}
        for _text, score, code in process.extract(
            libelle, choices, scorer=fuzz.WRatio, limit=limit, processor=lambda s: s.upper()
        ):
            if any(c.code == code for c in out):
                continue
            r = by_code[code]
            out.append(Candidate(code, r["libelle"], r["gtin"], r["prix_ht"], round(float(score), 1), "name"))
    return out[:limit]


@dataclass
class MappingResult:
    produit_id: str
    lgcv_code: str
    visits_updated: list[str]
    now_ready: list[str]
    preview: list[tuple[str, BillingLine]]


def preview_mapping(ctx: AppContext, produit_id: str, lgcv_code: str) -> list[tuple[str, BillingLine]]:
    """The billing lines the waiting visits would get for this product with this mapping."""
    with ctx.db.read() as conn:
        item = conn.execute(sa.select(t.catalogue).where(t.catalogue.c.code == lgcv_code)).mappings().first()
        if item is None:
            raise InputError(f"Clinic product {lgcv_code} is not in the catalogue.", field="lgcv_code")
        rows = conn.execute(
            sa.select(t.visit_products.c.visit_id, t.visit_products.c.line_no, t.visit_products.c.quantite)
            .select_from(t.visit_products.join(t.visits))
            .where(t.visit_products.c.produit_id == produit_id)
            .where(t.visits.c.state.notin_([COMMITTED, SET_ASIDE]))
            .order_by(t.visit_products.c.visit_id)
        ).all()
    return [
        (
            visit_id,
            BillingLine(line_no, "produit", produit_id, lgcv_code, item["libelle"], qty, item["prix_ht"]),
        )
        for visit_id, line_no, qty in rows
    ]


def save_mapping(
    ctx: AppContext, produit_id: str, lgcv_code: str, *, expected_version: int | None = None, who: str = ""
) -> MappingResult:
    """Map a product and re-apply the mapping to every waiting visit at once.

    ``expected_version`` is the version the person saw (None: new mapping): if someone else changed it
    meanwhile, the save is refused with a sentence instead of silently overwriting it.
    """
    preview = preview_mapping(ctx, produit_id, lgcv_code)
    now = utcnow()
    with ctx.db.transaction() as conn:
        current = conn.execute(
            sa.select(t.mappings.c.version, t.mappings.c.lgcv_code).where(
                t.mappings.c.produit_id == produit_id
            )
        ).first()
        if current is None:
            if expected_version is not None:
                raise InputError(
                    f"The mapping of {produit_id} was removed meanwhile; look again.", field="produit_id"
                )
            try:
                with conn.begin_nested():
                    conn.execute(
                        sa.insert(t.mappings).values(
                            produit_id=produit_id,
                            lgcv_code=lgcv_code,
                            updated_at=now,
                            updated_by=who or ctx.journal.who,
                        )
                    )
            except sa.exc.IntegrityError:
                raise InputError(
                    f"{produit_id} was mapped by someone else meanwhile; look again.", field="produit_id"
                ) from None
        else:
            version, _old = current
            if expected_version is not None and version != expected_version:
                raise InputError(
                    f"The mapping of {produit_id} was changed meanwhile by another desk; look again.",
                    field="produit_id",
                )
            updated = conn.execute(
                sa.update(t.mappings)
                .where(t.mappings.c.produit_id == produit_id)
                .where(t.mappings.c.version == version)
                .values(
                    lgcv_code=lgcv_code,
                    updated_at=now,
                    updated_by=who or ctx.journal.who,
                    version=version + 1,
                )
            )
            if updated.rowcount != 1:
                raise InputError(
                    f"The mapping of {produit_id} was changed meanwhile; look again.", field="produit_id"
                )
        waiting = sorted({v for v, _line in preview})
        before = _states(conn, waiting)
        _refresh_states(conn, waiting)
        after = _states(conn, waiting)
        now_ready = [v for v in waiting if after.get(v) == READY and before.get(v) != READY]
        ctx.attention.clear(NAME, "unmapped_product", produit_id, conn=conn)
        ctx.journal.record(
            NAME,
            "mapping",
            "ok",
            QT_TRANSLATE_NOOP("journal", "product {product} mapped to {code}; {n} waiting visit(s) updated"),
            args={"product": produit_id, "code": lgcv_code, "n": len(waiting)},
            keys=[produit_id, lgcv_code, *waiting],
            counts={"visits": len(waiting), "now_ready": len(now_ready)},
            conn=conn,
        )
        ctx.changes.notify("vetelevage.mappings", produit_id, conn=conn)
    return MappingResult(produit_id, lgcv_code, waiting, now_ready, preview)


def _states(conn: Connection, visit_ids: list[str]) -> dict[str, str]:
    if not visit_ids:
        return {}
    rows = conn.execute(sa.select(t.visits.c.id, t.visits.c.state).where(t.visits.c.id.in_(visit_ids))).all()
    return {str(r[0]): str(r[1]) for r in rows}


def map_for_visit(ctx: AppContext, visit_id: str, produit_id: str, lgcv_code: str) -> Evaluation:
    """Use ``lgcv_code`` for this product in this visit only (the mapping is not remembered)."""
    with ctx.db.transaction() as conn:
        if conn.execute(sa.select(t.catalogue.c.code).where(t.catalogue.c.code == lgcv_code)).first() is None:
            raise InputError(f"Clinic product {lgcv_code} is not in the catalogue.", field="lgcv_code")
        state = conn.execute(
            sa.select(t.visits.c.state).where(t.visits.c.id == visit_id)
        ).scalar_one_or_none()
        if state in (None, COMMITTED):
            raise InputError(
                f"Visit {visit_id} cannot be changed (unknown or already committed).", field="visit_id"
            )
        lines = (
            conn.execute(
                sa.select(t.visit_products.c.line_no)
                .where(t.visit_products.c.visit_id == visit_id)
                .where(t.visit_products.c.produit_id == produit_id)
            )
            .scalars()
            .all()
        )
        for line_no in lines:
            conn.execute(
                sa.delete(t.line_overrides)
                .where(t.line_overrides.c.visit_id == visit_id)
                .where(t.line_overrides.c.line_no == line_no)
            )
            conn.execute(
                sa.insert(t.line_overrides).values(visit_id=visit_id, line_no=line_no, lgcv_code=lgcv_code)
            )
        _refresh_states(conn, [visit_id])
        _sync_unmapped_attention(ctx, conn)
        ctx.journal.record(
            NAME,
            "mapping",
            "ok",
            QT_TRANSLATE_NOOP(
                "journal", "visit {visit}: product {product} billed as {code} (this visit only)"
            ),
            args={"visit": visit_id, "product": produit_id, "code": lgcv_code},
            keys=[visit_id, produit_id],
            conn=conn,
        )
        ctx.changes.notify("vetelevage.visits", visit_id, conn=conn)
        return evaluate(conn, visit_id)


def mapping_of(ctx: AppContext, produit_id: str) -> tuple[str, int] | None:
    with ctx.db.read() as conn:
        row = conn.execute(
            sa.select(t.mappings.c.lgcv_code, t.mappings.c.version).where(
                t.mappings.c.produit_id == produit_id
            )
        ).first()
    return (row[0], row[1]) if row else None


def import_mappings_csv(ctx: AppContext, path: Any) -> int:
    from pathlib import Path

    from app.integrations.vetelevage.csvio import collect, read_rows

    rows = read_rows(Path(path), ["produit_id", "lgcv_code"])
    with ctx.db.read() as conn:
        known = set(conn.execute(sa.select(t.catalogue.c.code)).scalars())
    errors = []
    for i, row in enumerate(rows, start=2):
        if not row["produit_id"]:
            errors.append(f"Line {i}, column produit_id: a Vétélevage product id is expected.")
        elif row["lgcv_code"] not in known:
            errors.append(
                f"Line {i}, column lgcv_code: {row['lgcv_code'] or '(empty)'} is not in the clinic catalogue."
            )
    collect(errors)
    now = utcnow()
    with ctx.db.transaction() as conn:
        for row in rows:
            updated = conn.execute(
                sa.update(t.mappings)
                .where(t.mappings.c.produit_id == row["produit_id"])
                .values(lgcv_code=row["lgcv_code"], updated_at=now, version=t.mappings.c.version + 1)
            )
            if updated.rowcount == 0:
                conn.execute(
                    sa.insert(t.mappings).values(
                        produit_id=row["produit_id"],
                        lgcv_code=row["lgcv_code"],
                        updated_at=now,
                        updated_by=ctx.journal.who,
                    )
                )
        _refresh_states(conn)
        _sync_unmapped_attention(ctx, conn)
        ctx.journal.record(
            NAME,
            "mapping_import",
            "ok",
            QT_TRANSLATE_NOOP("journal", "{n} mappings imported"),
            args={"n": len(rows)},
            counts={"mappings": len(rows)},
            conn=conn,
        )
    return len(rows)


def export_mappings_csv(ctx: AppContext, path: Any) -> int:
    import csv
    from pathlib import Path

    with ctx.db.read() as conn:
        rows = conn.execute(
            sa.select(t.mappings.c.produit_id, t.mappings.c.lgcv_code).order_by(t.mappings.c.produit_id)
        ).all()
    target = Path(path)
    tmp = target.with_suffix(target.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["produit_id", "lgcv_code"])
        writer.writerows(rows)
    tmp.replace(target)
    return len(rows)


def _sync_unmapped_attention(ctx: AppContext, conn: Connection) -> None:
    """One attention item per unmapped product with waiting visits (not one per visit)."""
    rows = conn.execute(
        sa.select(
            t.visit_products.c.produit_id,
            sa.func.max(t.visit_products.c.libelle),
            sa.func.count(sa.distinct(t.visit_products.c.visit_id)),
        )
        .select_from(_waiting_lines())
        .where(t.mappings.c.produit_id.is_(None))
        .where(t.line_overrides.c.lgcv_code.is_(None))
        .where(t.visits.c.state.notin_([COMMITTED, SET_ASIDE]))
        .group_by(t.visit_products.c.produit_id)
    ).all()
    for produit_id, libelle, count in rows:
        ctx.attention.raise_item(
            NAME,
            "unmapped_product",
            produit_id,
            QT_TRANSLATE_NOOP(
                "attention", "Visits waiting for a clinic product for {product} ({code}): {count}."
            ),
            args={"product": libelle or produit_id, "code": produit_id, "count": count},
            action="open_mapping",
            conn=conn,
        )
    held_rows = conn.execute(
        sa.select(t.held.c.id, t.held.c.reason, t.batches.c.lot)
        .select_from(t.held.join(t.batches))
        .where(t.held.c.resolved_at.is_(None))
    ).all()
    for held_id, reason, lot in held_rows:
        ctx.attention.raise_item(
            NAME,
            "held_visit",
            f"{lot}#{held_id}",
            QT_TRANSLATE_NOOP("attention", "A visit of batch {lot} could not be read and is held: {reason}"),
            args={"lot": lot, "reason": reason},
            action="review",
            conn=conn,
        )


# ---------------------------------------------------------------------------- review and commit


def visit_detail(ctx: AppContext, visit_id: str) -> tuple[dict[str, Any], Evaluation]:
    with ctx.db.read() as conn:
        row = conn.execute(sa.select(t.visits).where(t.visits.c.id == visit_id)).mappings().first()
        if row is None:
            raise InputError(f"No visit {visit_id}.", field="visit_id")
        return dict(row), evaluate(conn, visit_id)


def committed_lines(ctx: AppContext, visit_id: str) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        return [
            dict(r)
            for r in conn.execute(
                sa.select(t.ledger)
                .where(t.ledger.c.visit_id == visit_id)
                .order_by(t.ledger.c.revision, t.ledger.c.line_no)
            ).mappings()
        ]


class AlreadyCommitted(InputError):
    pass


def commit_visit(ctx: AppContext, visit_id: str, who: str = "") -> list[BillingLine]:
    """Write the visit's billing lines to the ledger, exactly once (a unique key guards it)."""
    who = who or ctx.journal.who
    with ctx.db.transaction() as conn:
        row = conn.execute(
            sa.select(t.visits.c.state, t.visits.c.version).where(t.visits.c.id == visit_id)
        ).first()
        if row is None:
            raise InputError(f"No visit {visit_id}.", field="visit_id")
        if row[0] == COMMITTED:
            raise AlreadyCommitted(
                f"Visit {visit_id} is already committed: it was billed once and stays so.", field="visit_id"
            )
        ev = evaluate(conn, visit_id)
        if ev.blocking:
            raise InputError(
                f"Visit {visit_id} cannot be committed yet: " + " ".join(ev.blocking), field="visit_id"
            )
        now = utcnow()
        updated = conn.execute(
            sa.update(t.visits)
            .where(t.visits.c.id == visit_id)
            .where(t.visits.c.version == row[1])
            .where(t.visits.c.state != COMMITTED)
            .values(state=COMMITTED, committed_at=now, committed_by=who, version=row[1] + 1)
        )
        if updated.rowcount != 1:
            raise AlreadyCommitted(
                f"Visit {visit_id} was committed meanwhile by another desk.", field="visit_id"
            )
        try:
            if ev.lines:
                conn.execute(
                    sa.insert(t.ledger),
                    [_ledger_row(visit_id, 0, line, "original", now, who) for line in ev.lines],
                )
        except sa.exc.IntegrityError:
            raise AlreadyCommitted(
                f"Visit {visit_id} was committed meanwhile by another desk.", field="visit_id"
            ) from None
        ctx.journal.record(
            NAME,
            "commit",
            "ok",
            QT_TRANSLATE_NOOP("journal", "visit {visit} committed: {n} billing line(s)"),
            args={"visit": visit_id, "n": len(ev.lines)},
            keys=[visit_id],
            counts={"lines": len(ev.lines)},
            conn=conn,
        )
        ctx.changes.notify("vetelevage.visits", visit_id, conn=conn)
    crashpoints.step("vetelevage.commit.done")
    return ev.lines


def _ledger_row(
    visit_id: str, revision: int, line: BillingLine, entry: str, now: dt.datetime, who: str
) -> dict[str, Any]:
    return {
        "visit_id": visit_id,
        "revision": revision,
        "line_no": line.line_no,
        "line_type": line.line_type,
        "source_code": line.source_code,
        "lgcv_code": line.lgcv_code,
        "libelle": line.libelle,
        "quantity": line.quantity,
        "unit_price": line.unit_price,
        "amount": line.amount,
        "entry": entry,
        "created_at": now,
        "created_by": who,
    }


def commit_ready(ctx: AppContext, who: str = "") -> tuple[list[str], list[str]]:
    """Commit every visit whose products are all mapped and that needs no review."""
    with ctx.db.read() as conn:
        ready = (
            conn.execute(
                sa.select(t.visits.c.id)
                .where(t.visits.c.state == READY)
                .order_by(t.visits.c.visit_date, t.visits.c.id)
            )
            .scalars()
            .all()
        )
    done, skipped = [], []
    for visit_id in ready:
        try:
            commit_visit(ctx, visit_id, who)
            done.append(visit_id)
        except InputError:
            skipped.append(visit_id)
    return done, skipped


def set_aside(ctx: AppContext, visit_id: str, reason: str) -> None:
    with ctx.db.transaction() as conn:
        updated = conn.execute(
            sa.update(t.visits)
            .where(t.visits.c.id == visit_id)
            .where(t.visits.c.state != COMMITTED)
            .values(state=SET_ASIDE, set_aside_reason=reason, version=t.visits.c.version + 1)
        )
        if updated.rowcount != 1:
            raise InputError(
                f"Visit {visit_id} cannot be set aside (unknown or already committed).", field="visit_id"
            )
        ctx.journal.record(
            NAME, "set_aside", "info", f"visit {visit_id} set aside", keys=[visit_id], conn=conn
        )
        ctx.changes.notify("vetelevage.visits", visit_id, conn=conn)


def restore_visit(ctx: AppContext, visit_id: str) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(
            sa.update(t.visits)
            .where(t.visits.c.id == visit_id)
            .where(t.visits.c.state == SET_ASIDE)
            .values(state=NEW, set_aside_reason=None, version=t.visits.c.version + 1)
        )
        _refresh_states(conn, [visit_id])
        ctx.changes.notify("vetelevage.visits", visit_id, conn=conn)


def correct_visit(ctx: AppContext, visit_id: str, who: str = "") -> list[dict[str, Any]]:
    """After a commit, a change is a correction entry: the previous lines reversed, the new ones added."""
    who = who or ctx.journal.who
    with ctx.db.transaction() as conn:
        state = conn.execute(
            sa.select(t.visits.c.state).where(t.visits.c.id == visit_id)
        ).scalar_one_or_none()
        if state != COMMITTED:
            raise InputError(
                f"Visit {visit_id} is not committed: change it before committing instead.", field="visit_id"
            )
        rows = conn.execute(sa.select(t.ledger).where(t.ledger.c.visit_id == visit_id)).mappings().all()
        net: dict[tuple[str, str, str], Decimal] = {}
        for r in rows:
            k = (r["line_type"], r["source_code"], r["lgcv_code"])
            net[k] = net.get(k, Decimal(0)) + r["quantity"]
        conn.execute(sa.update(t.visits).where(t.visits.c.id == visit_id).values(state=NEW))
        ev = evaluate(conn, visit_id)
        conn.execute(sa.update(t.visits).where(t.visits.c.id == visit_id).values(state=COMMITTED))
        if ev.blocking:
            raise InputError("The correction cannot be computed: " + " ".join(ev.blocking), field="visit_id")
        # The same act or product can appear on several lines of a visit: compare totals per item.
        wanted: dict[tuple[str, str, str], BillingLine] = {}
        for line in ev.lines:
            key = (line.line_type, line.source_code, line.lgcv_code)
            if key in wanted:
                first = wanted[key]
                wanted[key] = BillingLine(
                    first.line_no,
                    first.line_type,
                    first.source_code,
                    first.lgcv_code,
                    first.libelle,
                    first.quantity + line.quantity,
                    first.unit_price,
                )
            else:
                wanted[key] = line
        revision = max((r["revision"] for r in rows), default=0) + 1
        now = utcnow()
        new_rows = []
        n = 0
        for k in sorted(set(net) | set(wanted)):
            target = wanted[k].quantity if k in wanted else Decimal(0)
            delta = target - net.get(k, Decimal(0))
            if delta == 0:
                continue
            price = (
                wanted[k].unit_price
                if k in wanted
                else next(
                    r["unit_price"] for r in rows if (r["line_type"], r["source_code"], r["lgcv_code"]) == k
                )
            )
            libelle = wanted[k].libelle if k in wanted else ""
            line = BillingLine(n, k[0], k[1], k[2], libelle, delta, price)
            new_rows.append(_ledger_row(visit_id, revision, line, "correction", now, who))
            n += 1
        if new_rows:
            conn.execute(sa.insert(t.ledger), new_rows)
            conn.execute(
                sa.update(t.visits).where(t.visits.c.id == visit_id).values(version=t.visits.c.version + 1)
            )
            ctx.journal.record(
                NAME,
                "correction",
                "ok",
                QT_TRANSLATE_NOOP("journal", "visit {visit}: correction revision {revision}"),
                args={"visit": visit_id, "revision": revision},
                keys=[visit_id],
                counts={"lines": len(new_rows)},
                conn=conn,
            )
        ctx.attention.clear(NAME, "changed_after_commit", visit_id, conn=conn)
    return new_rows


# ---------------------------------------------------------------------------- export


EXPORT_COLUMNS = [
    "visit_id",
    "line_type",
    "source_code",
    "lgcv_code",
    "quantity",
    "libelle",
    "unit_price",
    "amount",
    "visit_date",
    "compte_id",
    "breeder_id",
    "cheptel",
    "vet_id",
    "entry",
    "revision",
    "ledger_id",
]


@dataclass
class ExportResult:
    export_id: int | None
    path: str
    lines: int


def export_new(ctx: AppContext, out: Any, fmt: str = "csv", *, excel_fr: bool = False) -> ExportResult:
    """Export the committed billing lines not exported yet: each line appears in exactly one export.

    Two steps, both resumable: the lines are assigned to the export in the database, then the file
    is written (atomically) and the export marked done. A crash in between is finished by the next
    call, which rewrites that export's file from its recorded lines instead of repeating them.
    """
    from pathlib import Path

    if fmt not in ("csv", "json"):
        raise InputError("--format must be csv or json.", field="format")
    _finish_unwritten_exports(ctx)
    path = Path(out)
    with ctx.db.transaction() as conn:
        pending = (
            conn.execute(
                sa.select(t.ledger.c.id)
                .outerjoin(t.export_lines, t.export_lines.c.ledger_id == t.ledger.c.id)
                .where(t.export_lines.c.ledger_id.is_(None))
                .order_by(t.ledger.c.id)
            )
            .scalars()
            .all()
        )
        export_id = conn.execute(
            sa.insert(t.exports)
            .values(
                created_at=utcnow(),
                format=fmt + (":fr" if excel_fr else ""),
                path=str(path.resolve()),
                state="writing",
                line_count=len(pending),
            )
            .returning(t.exports.c.id)
        ).scalar_one()
        if pending:
            conn.execute(
                sa.insert(t.export_lines), [{"export_id": export_id, "ledger_id": i} for i in pending]
            )
    crashpoints.step("vetelevage.export.recorded")
    _write_export(ctx, export_id)
    return ExportResult(export_id, str(path), len(pending))


def _finish_unwritten_exports(ctx: AppContext) -> None:
    with ctx.db.read() as conn:
        ids = conn.execute(sa.select(t.exports.c.id).where(t.exports.c.state == "writing")).scalars().all()
    for export_id in ids:
        _write_export(ctx, export_id)


def _write_export(ctx: AppContext, export_id: int) -> None:
    import csv
    from pathlib import Path

    with ctx.db.read() as conn:
        export = conn.execute(sa.select(t.exports).where(t.exports.c.id == export_id)).mappings().one()
        rows = (
            conn.execute(
                sa.select(
                    t.ledger,
                    t.visits.c.visit_date,
                    t.visits.c.compte_id,
                    t.visits.c.breeder_id,
                    t.visits.c.cheptel,
                    t.visits.c.vet_id,
                )
                .select_from(
                    t.export_lines.join(t.ledger, t.ledger.c.id == t.export_lines.c.ledger_id).join(t.visits)
                )
                .where(t.export_lines.c.export_id == export_id)
                .order_by(t.ledger.c.id)
            )
            .mappings()
            .all()
        )
    records = [{**{k: r[k] for k in EXPORT_COLUMNS if k != "ledger_id"}, "ledger_id": r["id"]} for r in rows]
    fmt, _, variant = export["format"].partition(":")
    path = Path(export["path"])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    if fmt == "json":
        tmp.write_text(
            json.dumps({"export_id": export_id, "lines": records}, ensure_ascii=False, default=str, indent=1),
            encoding="utf-8",
        )
    else:
        french = variant == "fr"
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";" if french else ",")
            writer.writerow(EXPORT_COLUMNS)
            for rec in records:
                writer.writerow([_cell(rec[c], french) for c in EXPORT_COLUMNS])
    tmp.replace(path)
    crashpoints.step("vetelevage.export.written")
    with ctx.db.transaction() as conn:
        conn.execute(sa.update(t.exports).where(t.exports.c.id == export_id).values(state="done"))
        ctx.journal.record(
            NAME,
            "export",
            "ok",
            QT_TRANSLATE_NOOP("journal", "export {export}: {n} billing line(s) to {file}"),
            args={"export": export_id, "n": len(records), "file": path.name},
            keys=[f"export:{export_id}"],
            counts={"lines": len(records)},
            conn=conn,
        )


def _cell(value: Any, french: bool) -> str:
    if isinstance(value, Decimal):
        text = (
            format(value.normalize(), "f") if value == value.to_integral() else format(value, "f").rstrip("0")
        )
        return text.replace(".", ",") if french else text
    return "" if value is None else str(value)


# ---------------------------------------------------------------------------- reconciliation


@dataclass
class Reconciliation:
    imported: int
    committed: int
    exported: int
    waiting: dict[str, int]
    waiting_visits: list[tuple[str, str, str]]  # (visit id, state, reason)
    billed_total: Decimal


def reconciliation(ctx: AppContext, since: str = "", until: str = "") -> Reconciliation:
    """Per period (visit date, YYYY-MM-DD): imported vs committed vs exported, and what still waits."""
    with ctx.db.read() as conn:
        where = []
        if since:
            where.append(t.visits.c.visit_date >= since)
        if until:
            where.append(t.visits.c.visit_date <= until)
        rows = conn.execute(
            sa.select(
                t.visits.c.id, t.visits.c.state, t.visits.c.warnings, t.visits.c.set_aside_reason
            ).where(*where)
        ).all()
        exported_visits = set(
            conn.execute(
                sa.select(sa.distinct(t.ledger.c.visit_id)).select_from(t.ledger.join(t.export_lines))
            ).scalars()
        )
        amounts = conn.execute(sa.select(t.ledger.c.visit_id, t.ledger.c.amount)).all()
    ids = {r[0] for r in rows}
    waiting: dict[str, int] = {}
    waiting_visits = []
    for visit_id, state, warnings, reason in rows:
        if state in (NEW, NEEDS_MAPPING, READY, SET_ASIDE):
            waiting[state] = waiting.get(state, 0) + 1
            why = (
                reason
                if state == SET_ASIDE
                else (warnings.splitlines()[0] if warnings else "ready to commit")
            )
            waiting_visits.append((visit_id, state, why or ""))
    return Reconciliation(
        imported=len(rows),
        committed=sum(1 for r in rows if r[1] == COMMITTED),
        exported=len(ids & exported_visits),
        waiting=waiting,
        waiting_visits=sorted(waiting_visits),
        billed_total=sum((a for v, a in amounts if v in ids), Decimal(0)),
    )


# ---------------------------------------------------------------------------- dictionary and references


async def sync_dictionary(ctx: AppContext, client: VetelevageClient | None = None) -> dict[str, int]:
    """Refresh the SNGTV product dictionary (incrementally) and the four reference tables."""
    own = client is None
    client = client or make_client(ctx)
    counts: dict[str, int] = {}
    try:
        compte = (await accounts_to_import(ctx, client))[0]
        since = ctx.db.get_state("vetelevage.products_synced_at")
        started = utcnow().isoformat()
        n = 0
        async for page in client.produits(since=since, compte=compte):
            await ctx.db.run(_upsert_products, ctx, page.items)
            n += len(page.items)
        ctx.db.set_state("vetelevage.products_synced_at", started)
        counts["produits"] = n
        for name in REFERENCE_TABLES:
            items: list[dict[str, Any]] = []
            async for ref_page in client.referentiel(name, compte):
                items.extend(ref_page.items)
            await ctx.db.run(_replace_references, ctx, name, items)
            counts[name] = len(items)
        ctx.journal.record(
            NAME,
            "dictionary_sync",
            "ok",
            QT_TRANSLATE_NOOP("journal", "dictionary refreshed: {counts}"),
            args={"counts": json.dumps(counts)},
            counts=counts,
        )
        return counts
    finally:
        if own:
            await client.aclose()


def _upsert_products(ctx: AppContext, items: list[Any]) -> None:
    now = utcnow()
    with ctx.db.transaction() as conn:
        existing = set(
            conn.execute(
                sa.select(t.products.c.id).where(t.products.c.id.in_([p.id for p in items]))
            ).scalars()
        )
        for p in items:
            values = {
                "libelle": p.libelle,
                "gtin": p.gtin,
                "laboratoire": p.laboratoire,
                "forme": p.forme,
                "conditionnement": p.conditionnement,
                "specifique_clinique": p.specifique_clinique,
                "updated_at": now,
            }
            if p.id in existing:
                conn.execute(sa.update(t.products).where(t.products.c.id == p.id).values(**values))
            else:
                conn.execute(sa.insert(t.products).values(id=p.id, **values))


def _replace_references(ctx: AppContext, name: str, items: list[dict[str, Any]]) -> None:
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(t.references).where(t.references.c.table_name == name))
        rows = []
        seen = set()
        for item in items:
            code = str(item.get("code") or item.get("id") or "")
            if not code or code in seen:
                continue
            seen.add(code)
            rows.append(
                {
                    "table_name": name,
                    "code": code,
                    "libelle": str(item.get("libelle") or item.get("nom") or ""),
                    "raw": json.dumps(item, ensure_ascii=False),
                }
            )
        if rows:
            conn.execute(sa.insert(t.references), rows)


def dictionary_size(ctx: AppContext) -> int:
    with ctx.db.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(t.products)).scalar_one())
