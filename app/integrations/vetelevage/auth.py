"""Vétélevage's token (``POST /auth/token``, editor credentials by HTTP Basic) on the core token base.

Vétérinaire mode uses the ``password`` grant for one account (its answer names the account,
``compte_id``); SaaS mode the ``client_credentials`` grant for every linked account. Renewal
before expiry, the one retry on a 401 and the origin rule live in :class:`app.core.auth.TokenAuth`.
"""

from __future__ import annotations

import httpx

from app.core.auth import TokenAuth, TokenFlow
from app.core.http import MalformedResponse
from app.core.redact import register_secret
from app.integrations.vetelevage.models import (
    GRANT_CLIENT_CREDENTIALS,
    GRANT_PASSWORD,
    GRANT_TYPE_FIELD,
    PASSWORD_FIELD,
    TOKEN_PATH,
    USERNAME_FIELD,
    Token,
)

SERVICE = "Vétélevage"


class VetelevageAuth(TokenAuth):
    """Bearer token from ``POST /auth/token``: password grant (vétérinaire) or client credentials (SaaS)."""

    service = SERVICE
    margin = 30.0

    def __init__(
        self,
        base_url: str,
        mode: str,
        client_id: str,
        client_secret: str,
        username: str = "",
        password: str = "",
    ) -> None:
        super().__init__(base_url)
        self.token_url = f"{base_url.rstrip('/')}/{TOKEN_PATH}"
        self.mode = mode
        self.basic = httpx.BasicAuth(client_id, client_secret)
        self.username = username
        self.password = password
        for value in (client_secret, password):
            register_secret(value)
        self.token: Token | None = None

    def _token_request(self) -> httpx.Request:
        if self.mode == "saas":
            data = {GRANT_TYPE_FIELD: GRANT_CLIENT_CREDENTIALS}
        else:
            data = {
                GRANT_TYPE_FIELD: GRANT_PASSWORD,
                USERNAME_FIELD: self.username,
                PASSWORD_FIELD: self.password,
            }
        request = httpx.Request("POST", self.token_url, data=data)
        return next(self.basic.auth_flow(request))

    async def token_flow(self, stale: str) -> TokenFlow:
        """One token request; its answer is kept or turned into the error it means."""
        response = yield self._token_request()
        self._store(response)

    def _store(self, response: httpx.Response) -> None:
        if response.status_code in (400, 401, 403):
            raise self.refusal(response, f"{SERVICE} refused the editor credentials or the account login.")
        if not response.is_success:
            raise self.refusal(response, f"{SERVICE} could not issue a token (HTTP {response.status_code}).")
        try:
            token = Token.model_validate(response.json())
        except ValueError as exc:
            raise MalformedResponse(f"{SERVICE} sent an unreadable token.", service=SERVICE) from exc
        self.set_token(token.access_token, expires_in=token.expires_in)
        self.token = token
