"""The TOTVS REST token API (Protheus ``/api/oauth2/v1/token``) as an ``httpx.Auth``.

Password grant first, then the refresh token; the access token is renewed a minute before it
expires and once more when a call comes back 401 (revoked, server restarted).
"""

from __future__ import annotations

import math
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx

from app.core.http import ApiError, AuthError, MalformedResponse, RateLimited, ServerError, parse_retry_after
from app.core.redact import register_secret

TOKEN_PATH = "/api/oauth2/v1/token"
EARLY_RENEWAL = 60.0  # seconds before expiry


class TotvsTokenAuth(httpx.Auth):
    requires_response_body = True

    def __init__(
        self,
        token_url: str,
        username: str,
        password: str,
        *,
        service: str = "TOTVS",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.username = username
        self._password = password
        self.service = service
        self._clock = clock
        self.access_token = ""
        self.refresh_token = ""
        self.expires_at = 0.0
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
        self.access_token = str(token)
        self.refresh_token = str(body.get("refresh_token") or "")
        register_secret(self.access_token)
        if self.refresh_token:
            register_secret(self.refresh_token)
        try:
            lifetime = float(body.get("expires_in") or 3600)
        except (TypeError, ValueError, OverflowError):
            lifetime = 3600.0
        if not math.isfinite(lifetime):  # "NaN", "1e999": a broken server, not a token for ever
            lifetime = 3600.0
        self.expires_at = self._clock() + min(lifetime, 24 * 3600.0)

    def _refused(self, response: httpx.Response) -> ApiError:
        status = response.status_code
        if status == 429:  # busy, not a refusal: the password is not the problem
            return RateLimited(
                f"{self.service} asks to slow down (token request).",
                service=self.service,
                status=status,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if status >= 500:
            return ServerError(
                f"{self.service}'s token service had a problem ({status}).",
                service=self.service,
                status=status,
            )
        message = ""
        try:
            body = response.json()
            if isinstance(body, dict):
                message = str(body.get("message") or body.get("error_description") or body.get("error") or "")
        except ValueError:
            pass
        return AuthError(
            f"{self.service} refused the user name or password"
            + (f" ({message})" if message else "")
            + ": check them in Settings → Connections.",
            service=self.service,
            status=response.status_code,
        )

    def _fresh(self) -> bool:
        return bool(self.access_token) and self._clock() < self.expires_at - EARLY_RENEWAL

    async def _renew(self) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Yield token requests until a token is stored (refresh first, password as fallback)."""
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

    # -- httpx.Auth ---------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("TotvsTokenAuth is used with the async client only")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self._fresh():
            renew = self._renew()
            try:
                token_request = await renew.__anext__()
                while True:
                    token_response = yield token_request
                    await token_response.aread()
                    token_request = await renew.asend(token_response)
            except StopAsyncIteration:
                pass
        request.headers["Authorization"] = f"Bearer {self.access_token}"
        response = yield request
        if response.status_code == 401:
            self.access_token = ""
            renew = self._renew()
            try:
                token_request = await renew.__anext__()
                while True:
                    token_response = yield token_request
                    await token_response.aread()
                    token_request = await renew.asend(token_response)
            except StopAsyncIteration:
                pass
            request.headers["Authorization"] = f"Bearer {self.access_token}"
            yield request
