"""Vétélevage API client: acts, visits, products, reference tables, the SSO link.

The token (three authentication modes) is :class:`app.integrations.vetelevage.auth.VetelevageAuth`,
re-exported here for the modules that import it from the client.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from app.core.http import (
    RETRY_STATUSES,
    BaseClient,
    MalformedResponse,
    Page,
    RetryPolicy,
    paginate_pages,
)
from app.core.redact import register_secret
from app.integrations.vetelevage.auth import SERVICE, VetelevageAuth
from app.integrations.vetelevage.models import (
    ACCOUNT_HEADER,
    ACCOUNTS_PATH,
    ACTS_KEY,
    ACTS_PATH,
    DIRECT_LINK_PATH,
    LOT_PARAM,
    PAGE_PARAM,
    PAGE_SIZE,
    PAGE_SIZE_PARAM,
    PRODUCTS_KEY,
    PRODUCTS_PATH,
    REFERENCE_PATH,
    SINCE_PARAM,
    VISITS_PATH,
    Acte,
    Actes,
    Compte,
    Comptes,
    LienDirect,
    Lot,
    Nombre,
    Produit,
)

__all__ = ["ACCOUNT_HEADER", "SERVICE", "VetelevageAuth", "VetelevageClient"]


class VetelevageClient(BaseClient):
    """The Vétélevage "Passerelle LGCV" API: one long-lived client per service."""

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
            await self.request("GET", ACTS_PATH)
        return self.auth.token.compte_id if self.auth.token else None

    async def comptes(self) -> list[Compte]:
        """The accounts linked to the publisher (SaaS mode)."""
        result: Comptes = self._parse(Comptes, await self.get_json(ACCOUNTS_PATH))
        return result.comptes

    async def get_actes(self, compte: str | None = None) -> list[Acte]:
        """The acts list the server holds."""
        result: Actes = self._parse(Actes, await self.get_json(ACTS_PATH, headers=self._headers(compte)))
        return result.actes

    async def post_actes(self, actes: list[Acte], compte: str | None = None) -> int:
        """Replace the server's acts list with ``actes``; returns how many it holds."""
        body = {ACTS_KEY: [a.model_dump(mode="json") for a in actes]}
        response = await self.request("POST", ACTS_PATH, json=body, headers=self._headers(compte))
        result: Nombre = self._parse(Nombre, self.decode_json(response))
        return result.nombre

    async def get_visites(self, compte: str | None = None) -> tuple[Lot, Any]:
        """The frozen batch, parsed for its envelope; the raw JSON is returned too."""
        raw = await self.get_json(VISITS_PATH, headers=self._headers(compte))
        return self._parse(Lot, raw), raw

    async def ack_visites(self, lot: str, compte: str | None = None) -> None:
        """Acknowledge the frozen batch ``lot`` (the next GET freezes a new one)."""
        await self.request("DELETE", VISITS_PATH, params={LOT_PARAM: lot}, headers=self._headers(compte))

    def produits(
        self, since: str | None = None, compte: str | None = None, page_size: int = PAGE_SIZE
    ) -> AsyncIterator[Page[Produit]]:
        """The SNGTV product dictionary, page by page (only what changed since ``since``)."""
        params = {SINCE_PARAM: since} if since else None
        return paginate_pages(
            self,
            PRODUCTS_PATH,
            params=params,
            parse=lambda d: self._parse(Produit, d),
            items_key=PRODUCTS_KEY,
            page_param=PAGE_PARAM,
            size_param=PAGE_SIZE_PARAM,
            page_size=page_size,
            headers=self._headers(compte),
        )

    def referentiel(self, name: str, compte: str | None = None) -> AsyncIterator[Page[dict[str, Any]]]:
        """A reference table (utilisateurs, medicaments, pathologies, voies), page by page."""
        return paginate_pages(
            self,
            REFERENCE_PATH.format(name=name),
            parse=dict,
            items_key=name,
            page_param=PAGE_PARAM,
            size_param=PAGE_SIZE_PARAM,
            headers=self._headers(compte),
        )

    async def lien_direct(self, compte: str | None = None) -> str:
        """The SSO link to the account: opened in the browser, never logged nor stored."""
        result: LienDirect = self._parse(
            LienDirect, await self.get_json(DIRECT_LINK_PATH, headers=self._headers(compte))
        )
        register_secret(result.url)
        return result.url
