"""Vétélevage API client: three authentication modes, acts, visits, products, reference tables."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Generator
from typing import Any

import httpx

from app.core.http import (
    RETRY_STATUSES,
    AuthError,
    BaseClient,
    MalformedResponse,
    Page,
    RateLimited,
    RetryPolicy,
    ServerError,
    paginate_pages,
    parse_retry_after,
)
from app.core.redact import register_secret
from app.integrations.vetelevage.models import (
    Acte,
    Actes,
    Compte,
    Comptes,
    LienDirect,
    Lot,
    Nombre,
    Produit,
    Token,
)

ACCOUNT_HEADER = "X-Vetelevage-Compte"
SERVICE = "Vétélevage"


class VetelevageAuth(httpx.Auth):
    """Bearer token from ``POST /auth/token`` (editor credentials by HTTP Basic).

    Vétérinaire mode uses the password grant for one account; SaaS mode the client-credentials
    grant for every linked account. On a 401 the token is renewed once and the request retried
    once; a second 401 is a credentials problem.
    """

    requires_response_body = True

    def __init__(
        self,
        base_url: str,
        mode: str,
        client_id: str,
        client_secret: str,
        username: str = "",
        password: str = "",
    ) -> None:
        self.token_url = base_url.rstrip("/") + "/auth/token"
        self.mode = mode
        self.basic = httpx.BasicAuth(client_id, client_secret)
        self.username = username
        self.password = password
        for value in (client_secret, password):
            register_secret(value)
        self.token: Token | None = None
        self.expires_at = 0.0
        self._lock = asyncio.Lock()

    def _token_request(self) -> httpx.Request:
        if self.mode == "saas":
            data = {"grant_type": "client_credentials"}
        else:
            data = {"grant_type": "password", "username": self.username, "password": self.password}
        request = httpx.Request("POST", self.token_url, data=data)
        return next(self.basic.auth_flow(request))

    def _store(self, response: httpx.Response) -> None:
        if response.status_code in (400, 401, 403):
            raise AuthError(
                f"{SERVICE} refused the editor credentials or the account login.",
                service=SERVICE,
                status=response.status_code,
            )
        if response.status_code == 429:  # busy, not a refusal of the credentials
            raise RateLimited(
                f"{SERVICE} asks to slow down (token request).",
                service=SERVICE,
                status=429,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if response.status_code >= 500:
            raise ServerError(
                f"{SERVICE}'s token service had a problem (HTTP {response.status_code}).",
                service=SERVICE,
                status=response.status_code,
            )
        if not response.is_success:
            raise AuthError(
                f"{SERVICE} could not issue a token (HTTP {response.status_code}).",
                service=SERVICE,
                status=response.status_code,
            )
        try:
            token = Token.model_validate(response.json())
        except ValueError as exc:
            raise MalformedResponse(f"{SERVICE} sent an unreadable token.", service=SERVICE) from exc
        register_secret(token.access_token)
        self.token = token
        # Clamped: a server saying "forever" (or more than a float holds) is asked again in a day.
        self.expires_at = time.monotonic() + min(max(0, token.expires_in - 30), 24 * 3600)

    def _valid(self) -> bool:
        return self.token is not None and time.monotonic() < self.expires_at

    async def async_auth_flow(self, request: httpx.Request) -> Any:
        async with self._lock:
            if not self._valid():
                token_response = yield self._token_request()
                await token_response.aread()
                self._store(token_response)
        assert self.token is not None
        request.headers["Authorization"] = f"Bearer {self.token.access_token}"
        response = yield request
        if response.status_code == 401:
            async with self._lock:
                token_response = yield self._token_request()
                await token_response.aread()
                self._store(token_response)
            request.headers["Authorization"] = f"Bearer {self.token.access_token}"
            yield request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("VetelevageAuth is async only")


class VetelevageClient(BaseClient):
    service = SERVICE

    def __init__(
        self,
        base_url: str,
        auth: VetelevageAuth,
        *,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        # A stale `lot` answers 409: a refusal to report, never something to retry.
        policy = retry or RetryPolicy()
        policy.statuses = frozenset(RETRY_STATUSES - {409})
        super().__init__(
            base_url.rstrip("/") + "/", auth=auth, retry=policy, transport=transport, timeout=timeout
        )
        self.auth = auth

    @staticmethod
    def _headers(compte: str | None) -> dict[str, str]:
        return {ACCOUNT_HEADER: compte} if compte else {}

    def _parse(self, model: Any, data: Any) -> Any:
        try:
            return model.model_validate(data)
        except ValueError as exc:
            raise MalformedResponse(
                f"{SERVICE} sent an answer that does not match the API ({model.__name__}).",
                service=SERVICE,
                body=str(data)[:500],
            ) from exc

    async def account_id(self) -> str | None:
        """The account of the vétérinaire-mode token (after authenticating once)."""
        if self.auth.token is None:
            await self.request("GET", "actes")
        return self.auth.token.compte_id if self.auth.token else None

    async def comptes(self) -> list[Compte]:
        result: Comptes = self._parse(Comptes, await self.get_json("comptes"))
        return result.comptes

    async def get_actes(self, compte: str | None = None) -> list[Acte]:
        result: Actes = self._parse(Actes, await self.get_json("actes", headers=self._headers(compte)))
        return result.actes

    async def post_actes(self, actes: list[Acte], compte: str | None = None) -> int:
        body = {"actes": [a.model_dump(mode="json") for a in actes]}
        response = await self.request("POST", "actes", json=body, headers=self._headers(compte))
        result: Nombre = self._parse(Nombre, self.decode_json(response))
        return result.nombre

    async def get_visites(self, compte: str | None = None) -> tuple[Lot, Any]:
        """The frozen batch, parsed for its envelope; the raw JSON is returned too."""
        raw = await self.get_json("visites", headers=self._headers(compte))
        return self._parse(Lot, raw), raw

    async def ack_visites(self, lot: str, compte: str | None = None) -> None:
        await self.request("DELETE", "visites", params={"lot": lot}, headers=self._headers(compte))

    def produits(
        self, since: str | None = None, compte: str | None = None, page_size: int = 500
    ) -> AsyncIterator[Page[Produit]]:
        params = {"modifie_depuis": since} if since else None
        return paginate_pages(
            self,
            "produits",
            params=params,
            parse=lambda d: self._parse(Produit, d),
            items_key="produits",
            page_size=page_size,
            headers=self._headers(compte),
        )

    def referentiel(self, name: str, compte: str | None = None) -> AsyncIterator[Page[dict[str, Any]]]:
        return paginate_pages(
            self, f"referentiels/{name}", parse=dict, items_key=name, headers=self._headers(compte)
        )

    async def lien_direct(self, compte: str | None = None) -> str:
        """The SSO link to the account: opened in the browser, never logged nor stored."""
        result: LienDirect = self._parse(
            LienDirect, await self.get_json("auth/lien-direct", headers=self._headers(compte))
        )
        register_secret(result.url)
        return result.url
