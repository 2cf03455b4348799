"""What both TOTVS clients share: one Protheus REST server, its error bodies, and the
``Content-Type: application/json`` header seed 003 requires on every request (GET too)."""

from __future__ import annotations

import httpx

from app.core.http import BaseClient, RetryPolicy
from app.integrations.totvs.errors import parse_totvs_error

HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class ProtheusClient(BaseClient):
    """A client of one Protheus REST API: its address, its auth, the TOTVS error shape."""

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
    ) -> None:
        super().__init__(
            base_url.rstrip("/"),
            auth=auth,
            transport=transport,
            retry=retry,
            timeout=timeout,
            headers=HEADERS,
        )

    def parse_error_body(self, response: httpx.Response) -> tuple[str | None, str | None, list[str]]:
        """TOTVS errors: code, message — detailedMessage, and each detail."""
        return parse_totvs_error(response)
