"""The TOTVS REST token API (Protheus ``/api/oauth2/v1/token``) on the core token base.

``grant_type=password`` (``username``, ``password``) first, then ``grant_type=refresh_token``
(``refresh_token``), all as query parameters; the answer is ``{"access_token",
"refresh_token", "token_type": "Bearer", "expires_in": 3600}``. Renewal a minute before
expiry, the one retry on a 401 (revoked, server restarted) and the origin rule live in
:class:`app.core.auth.TokenAuth`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from app.core.auth import TokenAuth, TokenFlow
from app.core.http import ApiError, MalformedResponse
from app.core.redact import register_secret

TOKEN_PATH = "/api/oauth2/v1/token"
EARLY_RENEWAL = 60.0  # seconds before expiry


class TotvsTokenAuth(TokenAuth):
    """Protheus bearer token: password grant, then its refresh token (password again if refused)."""

    margin = EARLY_RENEWAL

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        service: str = "TOTVS",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(base_url, clock=clock)
        self.token_url = base_url.rstrip("/") + TOKEN_PATH
        self.username = username
        self._password = password
        self.service = service
        self.refresh_token = ""
        self.grants: list[str] = []  # which grants were used, in order (tests, diagnostics)
        register_secret(password)

    # -- token requests -------------------------------------------------

    def _token_request(self, grant: str) -> httpx.Request:
        params: dict[str, str] = {"grant_type": grant}
        if grant == "refresh_token":
            params["refresh_token"] = self.refresh_token
        else:
            params.update(username=self.username, password=self._password)
        self.grants.append(grant)
        return httpx.Request("POST", self.token_url, params=params)

    def _store(self, response: httpx.Response) -> None:
        try:
            body: Any = response.json()
        except ValueError as exc:
            raise MalformedResponse(
                f"{self.service} sent a token answer that is not JSON; check the REST address.",
                service=self.service,
                status=response.status_code,
            ) from exc
        token = body.get("access_token") if isinstance(body, dict) else None
        if not token:
            raise MalformedResponse(
                f"{self.service} answered the token request without an access_token.",
                service=self.service,
                status=response.status_code,
            )
        refresh = str(body.get("refresh_token") or "")
        register_secret(refresh)
        self.set_token(str(token), expires_in=body.get("expires_in"))
        self.refresh_token = refresh

    def _refused(self, response: httpx.Response) -> ApiError:
        message = ""
        try:
            body = response.json()
            if isinstance(body, dict):
                message = str(body.get("message") or body.get("error_description") or body.get("error") or "")
        except ValueError:
            pass
        return self.refusal(
            response,
            f"{self.service} refused the user name or password"
            + (f" ({message})" if message else "")
            + ": check them in Settings → Connections.",
        )

    async def token_flow(self, stale: str) -> TokenFlow:
        """The refresh token first; the password grant when there is none or it is refused."""
        if self.refresh_token:
            response = yield self._token_request("refresh_token")
            if response.is_success:
                self._store(response)
                return
            self.refresh_token = ""
        response = yield self._token_request("password")
        if not response.is_success:
            raise self._refused(response)
        self._store(response)

    async def login(self, http: httpx.AsyncClient) -> None:
        """A password grant now (Test connection): stores the token or raises AuthError."""
        response = await http.send(self._token_request("password"), auth=None)
        await response.aread()
        if not response.is_success:
            raise self._refused(response)
        self._store(response)
