"""Connection: reach Provet Cloud and say how it is.

Owns the OAuth2 session of the settings (with the hookup registration's URLs when Provet sent
one), the API client every workflow opens, connecting (client credentials or the browser
sign-in with PKCE), disconnecting (tokens revoked), the connection test and the status card.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx
import sqlalchemy as sa

from app.core.http import NotConfigured
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.base import ConnectionState, Status
from app.integrations.provet import NAME
from app.integrations.provet.auth import (
    OAuthConfig,
    OAuthSession,
    ProvetAuth,
    TokenStore,
    loopback_redirect,
    no_base_url,
    sign_in_with_browser,
)
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.hookup import registration
from app.integrations.provet.inbox import FAILED
from app.integrations.provet.ratelimit import RollingLimiter
from app.integrations.provet.tables import (
    provet_events,
)

if TYPE_CHECKING:
    from app.core.context import AppContext


def oauth_session(
    ctx: AppContext,
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    reg: Mapping[str, Any] | None = None,
) -> OAuthSession:
    """The OAuth2 session of the settings; with the hookup registration of this client id
    (``reg``, read by the caller off the GUI thread), its token and authorize URLs and a
    redirect address it lists are the ones used."""
    s = ctx.settings.provet
    config = OAuthConfig.from_base_url(
        s.base_url, s.client_id, ctx.secrets.get(NAME, "client_secret"), s.grant
    )
    if reg is not None and reg.get("client_id") != s.client_id:
        reg = None
    config = dataclasses.replace(
        config,
        token_url=(reg or {}).get("token_url") or config.token_url,
        authorize_url=(reg or {}).get("authorize_url") or config.authorize_url,
        redirect_uri=loopback_redirect((reg or {}).get("redirect_uris") or "", s.redirect_port)
        if s.grant == "authorization_code"
        else "",
    )
    return OAuthSession(config, TokenStore(ctx.secrets), transport=transport)


def make_client(
    ctx: AppContext,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limiter: RollingLimiter | None = None,
    reg: Mapping[str, Any] | None = None,
) -> ProvetClient:
    """The API client of the settings (NotConfigured without an address)."""
    if not ctx.settings.provet.base_url:
        raise NotConfigured(no_base_url())
    session = oauth_session(ctx, transport, reg=reg)
    return ProvetClient(
        ctx.settings.provet.base_url, auth=ProvetAuth(session), transport=transport, limiter=limiter
    )


async def registered(ctx: AppContext) -> dict[str, Any] | None:
    """The hookup registration of the configured client id, read in a worker thread."""
    return await ctx.db.run(registration, ctx, ctx.settings.provet.client_id)


async def open_client(ctx: AppContext) -> ProvetClient:
    """The client of the settings, with the flows' URLs of their registration when there is one."""
    return make_client(ctx, reg=await registered(ctx))


async def connect(
    ctx: AppContext, open_url: Callable[[str], Any] | None = None, timeout: float = 300.0
) -> str:
    """Client credentials, or the browser sign-in (PKCE) for the authorization code grant."""
    session = oauth_session(ctx, reg=await registered(ctx))
    if session.config.grant == "client_credentials":
        await session.client_credentials()
    else:
        kw: dict[str, Any] = {"timeout": timeout}
        if open_url is not None:
            kw["open_url"] = open_url
        await sign_in_with_browser(session, **kw)
    await ctx.db.run(_connected, ctx, session.config.grant)
    return "Connected to Provet Cloud."


def _connected(ctx: AppContext, grant: str) -> None:
    with ctx.db.transaction() as conn:
        connected = QT_TRANSLATE_NOOP("journal", "Connected to Provet Cloud ({grant}).")
        ctx.journal.record(NAME, "connect", "ok", connected, args={"grant": grant}, conn=conn)
        ctx.attention.clear(NAME, "auth", conn=conn)


async def disconnect(ctx: AppContext) -> None:
    """Revoke the tokens at Provet Cloud and forget them here."""
    try:
        session = oauth_session(ctx)
    except NotConfigured:
        TokenStore(ctx.secrets).clear()
        return
    await session.revoke()
    await ctx.journal.record_ok(NAME, "disconnect", "Disconnected from Provet Cloud (tokens revoked).")


async def test_connection(ctx: AppContext) -> str:
    """Ask Provet for one department and say, in a sentence, what it answered."""
    async with await open_client(ctx) as client:
        page = await client.list_page("department", page_size=1)
    return Sentence(
        "errors",
        QT_TRANSLATE_NOOP("errors", "Provet Cloud answers. Departments visible: {n}."),
        n=page.get("count", 0),
    )


def status(ctx: AppContext) -> Status:
    """The dashboard card: not set up, failing notifications, or the last poll."""
    s = ctx.settings.provet
    if not s.base_url or not s.client_id:
        return Status(
            ConnectionState.NOT_CONFIGURED, QT_TRANSLATE_NOOP("status", "Provet Cloud is not set up yet.")
        )
    with ctx.db.read() as conn:
        failed = conn.execute(
            sa.select(sa.func.count()).select_from(provet_events).where(provet_events.c.state == FAILED)
        ).scalar_one()
    last = ctx.db.get_state("provet.last_poll_at") or ""
    if failed:
        return Status(
            ConnectionState.FAILING,
            QT_TRANSLATE_NOOP("status", "{n} notification(s) could not be processed."),
            last,
            int(failed),
            args={"n": int(failed)},
        )
    return Status(ConnectionState.CONNECTED if last else ConnectionState.UNKNOWN, "", last, 0)
