"""Acts: the clinic's billable acts list, kept locally, read from CSV and pushed to Vétélevage.

Owns the local list (replacing it re-evaluates the waiting visits), the comparison with the
server's list, the push (the whole list replaces the server's, then is read back and
compared) and the daily push at the configured time.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from pydantic import ValidationError

from app.core.db import utcnow
from app.core.errors import InputError
from app.core.leases import Holder, hold
from app.core.pydantic_sentences import problem
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME, accounts_to_import, client_for
from app.integrations.vetelevage.client import VetelevageClient
from app.integrations.vetelevage.csvio import collect, parse_decimal, read_rows, said
from app.integrations.vetelevage.evaluation import _refresh_states
from app.integrations.vetelevage.models import Acte

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.vetelevage")

ACT_FIELDS = ("libelle", "unite", "prix_ht", "tva", "actif")


def list_acts(ctx: AppContext) -> list[Acte]:
    """The local acts list, by code."""
    with ctx.db.read() as conn:
        rows = conn.execute(sa.select(t.acts).order_by(t.acts.c.code)).mappings().all()
    return [Acte(code=r["code"], **{f: r[f] for f in ACT_FIELDS}) for r in rows]


def replace_acts(ctx: AppContext, acts_list: list[Acte]) -> None:
    """Replace the local acts list (codes must be unique) and re-evaluate the waiting visits."""
    codes = [a.code for a in acts_list]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Act codes must be unique; duplicated: {codes}."),
            "code",
            codes=", ".join(duplicates),
        )
    now = utcnow()
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(t.acts))
        if acts_list:
            conn.execute(
                sa.insert(t.acts),
                [{**a.model_dump(include={"code", *ACT_FIELDS}), "updated_at": now} for a in acts_list],
            )
        _refresh_states(conn)
        ctx.changes.notify("vetelevage.acts", conn=conn)


def read_acts_csv(path: str | Path) -> list[Acte]:
    """Read an acts list from CSV (code,libelle,unite,prix_ht,tva,actif), validated whole."""
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
            errors.append(said(exc))
        except ValidationError as exc:
            where = exc.errors()[0]["loc"][0]
            line = QT_TRANSLATE_NOOP("errors", "Line {line}, column {field}: {problem}.")
            errors.append(Sentence("errors", line, line=i, field=where, problem=problem(exc.errors()[0])))
    collect(errors)
    return out


@dataclass
class ActsDiff:
    """Act codes only on the server, only local, and on both with different values."""

    added: list[str] = field(default_factory=list)  # on the server, not local
    removed: list[str] = field(default_factory=list)  # local, not on the server
    changed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when both lists are the same."""
        return not (self.added or self.removed or self.changed)

    def as_dict(self) -> dict[str, list[str]]:
        """The three lists by name, for JSON output."""
        return {"added": self.added, "removed": self.removed, "changed": self.changed}


def diff_acts(local: list[Acte], remote: list[Acte]) -> ActsDiff:
    """Compare the local acts list with the server's."""
    mine = {a.code: a for a in local}
    theirs = {a.code: a for a in remote}
    return ActsDiff(
        added=sorted(set(theirs) - set(mine)),
        removed=sorted(set(mine) - set(theirs)),
        changed=sorted(
            c
            for c in set(mine) & set(theirs)
            if any(getattr(mine[c], f) != getattr(theirs[c], f) for f in ACT_FIELDS)
        ),
    )


@dataclass
class PushResult:
    """A push: the differences before and after, how many acts were sent and accepted."""

    before: ActsDiff
    after: ActsDiff
    sent: int
    accepted: int


async def push_acts(ctx: AppContext, client: VetelevageClient | None = None) -> PushResult:
    """Send the whole local list (it replaces the server's), then read it back and compare."""
    async with client_for(ctx, client) as client:
        local = await ctx.db.run(list_acts, ctx)
        results = []
        for compte in await accounts_to_import(ctx, client):
            async with hold(
                ctx.db, f"vetelevage.push.{compte or 'default'}", Holder.for_desk(ctx.journal.desk)
            ):
                before = diff_acts(local, await client.get_actes(compte))
                try:
                    accepted = await client.post_actes(local, compte)
                except Exception as exc:
                    await ctx.db.run(_record_refusal, ctx, compte or "", exc)
                    raise
                after = diff_acts(local, await client.get_actes(compte))
                results.append(PushResult(before, after, len(local), accepted))
                await ctx.db.run(_record_push, ctx, compte or "", len(local), accepted, after)
        await ctx.db.run(ctx.db.set_state, "vetelevage.last_push", utcnow().isoformat())
        if len(results) == 1:
            return results[0]
        return PushResult(
            ActsDiff(),
            ActsDiff(
                added=sorted({c for r in results for c in r.after.added}),
                removed=sorted({c for r in results for c in r.after.removed}),
                changed=sorted({c for r in results for c in r.after.changed}),
            ),
            len(local),
            sum(r.accepted for r in results),
        )


def _record_refusal(ctx: AppContext, compte: str, exc: BaseException) -> None:
    """The push's attention item (with Try again) and its journal entry."""
    with ctx.db.transaction() as conn:
        ctx.attention.raise_item(
            NAME,
            "push_refused",
            compte or "default",
            QT_TRANSLATE_NOOP("attention", "Vétélevage refused the acts: {error}"),
            args={"error": exc},
            action="retry",
            conn=conn,
        )
        refused = QT_TRANSLATE_NOOP("journal", "acts push refused: {error}")
        ctx.journal.record(NAME, "push_acts", "error", refused, args={"error": exc}, keys=[compte], conn=conn)


_PUSHED_SAME = QT_TRANSLATE_NOOP(
    "journal", "Acts sent: {sent}, accepted: {accepted}; the server's list now matches the clinic's."
)
_PUSHED_STILL_DIFFERENT = QT_TRANSLATE_NOOP(
    "journal",
    "Acts sent: {sent}, accepted: {accepted}; the server's list still differs — only there: {added}; "
    "missing there: {removed}; different: {changed}.",
)


# Entries written before the two sentences above keep theirs (still shown in the language).
_PUSHED_BEFORE = QT_TRANSLATE_NOOP(
    "journal", "{sent} acts sent, {accepted} accepted; differences after: {diff}"
)


def _codes(diff: ActsDiff) -> dict[str, str]:
    """The act codes of each side of a difference, listed ("—" for none)."""
    return {side: ", ".join(codes) or "—" for side, codes in diff.as_dict().items()}


def _record_push(ctx: AppContext, compte: str, sent: int, accepted: int, after: ActsDiff) -> None:
    """A push that went through: its attention item cleared, its journal entry."""
    with ctx.db.transaction() as conn:
        ctx.attention.clear(NAME, "push_refused", compte or "default", conn=conn)
        ctx.journal.record(
            NAME,
            "push_acts",
            "ok" if after.empty else "partial",
            _PUSHED_SAME if after.empty else _PUSHED_STILL_DIFFERENT,
            args={"sent": sent, "accepted": accepted, **_codes(after)},
            keys=[compte],
            counts={"sent": sent, "accepted": accepted},
            conn=conn,
        )


async def daily_push_if_due(ctx: AppContext) -> PushResult | None:
    """Push the acts once a day at ``vetelevage.daily_push_time`` (HH:MM), if not done since."""
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
    last = await ctx.db.run(ctx.db.get_state, "vetelevage.last_push")
    if now < due or (last and dt.datetime.fromisoformat(last) >= due):
        return None
    return await push_acts(ctx)
