"""What both TOTVS clients share: one Protheus REST server reached with a user and password,
its error bodies, and the ``Content-Type: application/json`` header seed 003 requires on every
request (GET too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from app.core.http import BaseClient, RetryPolicy
from app.core.missing_settings import not_configured
from app.integrations.base import ConnectionState, Status
from app.integrations.totvs.errors import parse_totvs_error

if TYPE_CHECKING:
    from app.core.context import AppContext

HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class ProtheusClient(BaseClient):
    """A client of one Protheus REST API: its address, its auth, the TOTVS error shape."""

    default_timeout = 30.0

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeout: float | None = None,
    ) -> None:
        base = base_url.rstrip("/")
        super().__init__(
            base,
            auth=self.make_auth(base, username, password),
            transport=transport,
            retry=retry,
            timeout=self.default_timeout if timeout is None else timeout,
            headers=HEADERS,
        )

    def make_auth(self, base_url: str, username: str, password: str) -> httpx.Auth:
        """How this API is authenticated with the user and password."""
        raise NotImplementedError

    def parse_error_body(self, response: httpx.Response) -> tuple[str | None, str | None, list[str]]:
        """TOTVS errors: code, message — detailedMessage, and each detail."""
        return parse_totvs_error(response)


def credentials(ctx: AppContext, section: str, title: str) -> tuple[str, str, str]:
    """(base_url, username, password) of a TOTVS connection from the settings and the keyring;
    NotConfigured naming every setting that is missing."""
    s = getattr(ctx.settings, section)
    password = ctx.secrets.get(section, "password")
    values = (("base_url", s.base_url), ("username", s.username), ("password", password))
    missing = [f"{section}.{name}" for name, value in values if not value]
    if missing:
        raise not_configured(title, missing)
    return s.base_url, s.username, password


def unconfigured_status(ctx: AppContext, section: str, sentence: str) -> Status | None:
    """The dashboard's "not configured" line (``sentence``) when the section lacks its address or
    user; None when both are set."""
    s = getattr(ctx.settings, section)
    if s.base_url and s.username:
        return None
    return Status(ConnectionState.NOT_CONFIGURED, sentence)
