"""Connection: Vétélevage as the rest of Passerelle sees it — reach it, test it, its status, its schedules.

Owns what the integration registry and the Connections screen call: the connection test,
the web-directe link, the status card (configured? failing? how many visits wait?) and the
two schedules (visit import every few minutes, acts push once a day). The client itself
and the accounts to work on come from ``access`` (re-exported here), which the workflows
use too; this module sits above the workflows because its status and schedules use them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.base import ConnectionState, Schedule, Status
from app.integrations.vetelevage.access import NAME, _configured, accounts_to_import, client_for, make_client
from app.integrations.vetelevage.acts import daily_push_if_due
from app.integrations.vetelevage.evaluation import NEEDS_MAPPING, NEW, counts_by_state
from app.integrations.vetelevage.importing import held_visits, import_visits

if TYPE_CHECKING:
    from app.core.context import AppContext

__all__ = [
    "_configured",
    "accounts_to_import",
    "direct_link",
    "link_accounts",
    "make_client",
    "schedules",
    "status",
    "test_connection",
]


async def test_connection(ctx: AppContext) -> str:
    """Try the configured credentials and say, in a sentence, what Vétélevage answered."""
    async with client_for(ctx) as client:
        if ctx.settings.vetelevage.mode == "saas":
            comptes = await client.comptes()
            return Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "Connected to Vétélevage (SaaS). Linked accounts: {n}."),
                n=len(comptes),
            )
        await client.get_actes()
        return Sentence(
            "errors",
            QT_TRANSLATE_NOOP("errors", "Connected to Vétélevage (account {account})."),
            account=client.auth.token.compte_id if client.auth.token else "?",
        )


async def direct_link(ctx: AppContext, compte: str | None = None) -> str:
    """The web-directe link, to open in the browser at once (never stored or logged).

    Vétérinaire mode: the token's account. SaaS mode: the account asked for (the tab offers the
    linked accounts), else the one account chosen in the settings; with ``all`` one must be named.
    """
    s = ctx.settings.vetelevage
    if s.mode != "saas":
        compte = None
    elif not compte:
        chosen = s.compte.strip()
        if not chosen or chosen == "all":
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors", "In SaaS mode, choose the Vétélevage account to open (several are linked)."
                ),
                "compte",
            )
        compte = chosen
    async with client_for(ctx) as client:
        return await client.lien_direct(compte)


async def link_accounts(ctx: AppContext) -> list[tuple[str, str]]:
    """The accounts the web-directe link can open, as (id, name): the linked active accounts in
    SaaS mode (only the chosen one when the settings name one); none in vétérinaire mode."""
    if ctx.settings.vetelevage.mode != "saas":
        return []
    async with client_for(ctx) as client:
        chosen = ctx.settings.vetelevage.compte.strip()
        comptes = [c for c in await client.comptes() if c.actif]
        if chosen and chosen != "all":
            return [(c.id, c.nom) for c in comptes if c.id == chosen] or [(chosen, "")]
        return [(c.id, c.nom) for c in comptes]


def status(ctx: AppContext) -> Status:
    """The status card: not configured, failing (the last import's error, or an account whose
    import still fails) or connected, and what waits."""
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
    accounts = sorted(
        i.ref for i in ctx.attention.items(NAME) if i.kind == "import_failed" and i.ref != "default"
    )
    if accounts:  # SaaS: whatever the other accounts did since, these ones still fail
        return Status(
            ConnectionState.FAILING,
            QT_TRANSLATE_NOOP("status", "The import of {accounts} failed: see Needs attention."),
            last_sync=last_ok.ts.isoformat() if last_ok else "",
            waiting=waiting_total,
            args={"accounts": ", ".join(accounts)},
        )
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
    """The visit import every few minutes and the daily acts push, both only once configured."""
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
