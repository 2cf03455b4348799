"""Reaching Vétélevage: the API client built from the settings and the keyring, and the accounts to work on.

Every workflow that talks to the API starts here. It sits below the workflows (and below
``connection``, which re-exports it with the integration's status and schedules) so that
they can all use it without importing each other in a circle.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from app.core.missing_settings import not_configured
from app.integrations.vetelevage.client import VetelevageAuth, VetelevageClient

if TYPE_CHECKING:
    import httpx

    from app.core.context import AppContext

NAME = "vetelevage"


def make_client(ctx: AppContext, transport: httpx.AsyncBaseTransport | None = None) -> VetelevageClient:
    """A Vétélevage client with the configured credentials; NotConfigured names what is missing."""
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
        raise not_configured("Vétélevage", missing)
    auth = VetelevageAuth(s.base_url, s.mode, s.client_id, secret, s.username, password)
    return VetelevageClient(s.base_url, auth, transport=transport)


@asynccontextmanager
async def client_for(
    ctx: AppContext, client: VetelevageClient | None = None
) -> AsyncIterator[VetelevageClient]:
    """The caller's client as it is, or a new one from the settings that is closed afterwards."""
    if client is not None:
        yield client
        return
    async with make_client(ctx) as own:
        yield own


async def accounts_to_import(ctx: AppContext, client: VetelevageClient) -> list[str | None]:
    """Vétérinaire mode: the token's account. SaaS: every active linked account, or the chosen one."""
    if ctx.settings.vetelevage.mode != "saas":
        return [None]
    chosen = ctx.settings.vetelevage.compte.strip()
    if chosen and chosen != "all":
        return [chosen]
    return [c.id for c in await client.comptes() if c.actif]


def _configured(ctx: AppContext) -> bool:
    s = ctx.settings.vetelevage
    return bool(s.base_url and s.client_id and ctx.secrets.has(NAME, "client_secret"))
