"""The sandbox's OAuth2 server: authorize (PKCE S256), token, revoke, userinfo and bearer checks.

Client credentials, authorization code and refresh grants (refresh tokens rotate: each works
once), HTTP Basic or form client authentication, expiring and revocable tokens, redirect URIs
checked exactly against the integration template's list, errors as RFC 6749 and DRF write them.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response


def drf_error(
    status: int, detail: str | None = None, fields: dict[str, list[str]] | None = None, **kw: Any
) -> JSONResponse:
    """An error body as Django REST framework writes it."""
    body: dict[str, Any] = dict(fields or {})
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, **kw)


def oauth_error(status: int, error: str, description: str) -> JSONResponse:
    """An error body as RFC 6749 writes it."""
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


@dataclass
class Token:
    """An issued access or refresh token."""

    value: str
    client_id: str
    expires_at: float
    kind: str  # "access" | "refresh"
    grant: str
    revoked: bool = False
    pair: str = ""  # the refresh token of an access token, and back


class OAuthProvider:
    """Provet's OAuth2 endpoints (a part of ``ProvetSandbox``)."""

    provet_id: str
    token_ttl: float
    refresh_ttl: float
    clients: dict[str, dict[str, Any]]
    tokens: dict[str, Token]
    codes: dict[str, dict[str, Any]]
    token_requests: list[str]
    deny_next_authorization: bool

    def _issue(self, client_id: str, grant: str, with_refresh: bool) -> dict[str, Any]:
        now = time.time()
        access = Token(secrets.token_urlsafe(24), client_id, now + self.token_ttl, "access", grant)
        self.tokens[access.value] = access
        body: dict[str, Any] = {
            "access_token": access.value,
            "expires_in": int(self.token_ttl) if self.token_ttl >= 1 else self.token_ttl,
            "token_type": "Bearer",
            "scope": "restapi",
        }
        if with_refresh:
            refresh = Token(secrets.token_urlsafe(32), client_id, now + self.refresh_ttl, "refresh", grant)
            refresh.pair, access.pair = access.value, refresh.value
            self.tokens[refresh.value] = refresh
            body["refresh_token"] = refresh.value
        return body

    def _client_auth(self, request: Request, form: dict[str, str]) -> tuple[str, bool]:
        """(client_id, authenticated as confidential)."""
        header = request.headers.get("authorization", "")
        if header.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(header[6:]).decode()
                cid, _, secret = decoded.partition(":")
                cid, secret = urllib.parse.unquote_plus(cid), urllib.parse.unquote_plus(secret)
            except (ValueError, UnicodeDecodeError):
                return "", False
            client = self.clients.get(cid)
            return (
                (cid, True)
                if client and client["secret"] and secrets.compare_digest(client["secret"], secret)
                else ("", False)
            )
        cid = form.get("client_id", "")
        client = self.clients.get(cid)
        if client is None:
            return "", False
        if client["public"]:
            return cid, False
        secret = form.get("client_secret", "")
        return (cid, True) if secret and secrets.compare_digest(client["secret"], secret) else ("", False)

    async def authorize(self, request: Request) -> Response:
        """The authorization endpoint: a code to the registered redirect URI."""
        q = request.query_params
        client = self.clients.get(q.get("client_id", ""))
        redirect_uri = q.get("redirect_uri", "")
        if client is None:
            return JSONResponse(
                {"error": "invalid_client", "error_description": "Unknown client."}, status_code=400
            )
        parsed = urllib.parse.urlsplit(redirect_uri)
        if redirect_uri not in client["redirect_uris"]:
            return JSONResponse(
                {"error": "invalid_request", "error_description": "Mismatching redirect URI."},
                status_code=400,
            )

        def back(**params: str) -> Response:
            sep = "&" if parsed.query else "?"
            return RedirectResponse(f"{redirect_uri}{sep}{urllib.parse.urlencode(params)}", status_code=302)

        state = q.get("state", "")
        if q.get("response_type") != "code":
            return back(error="unsupported_response_type", state=state)
        challenge, method = q.get("code_challenge", ""), q.get("code_challenge_method", "")
        if (client["public"] or challenge) and (not challenge or method != "S256"):
            return back(error="invalid_request", error_description="PKCE with S256 is required.", state=state)
        if self.deny_next_authorization:
            self.deny_next_authorization = False
            return back(error="access_denied", state=state)
        code = secrets.token_urlsafe(24)
        self.codes[code] = {
            "client_id": q["client_id"],
            "redirect_uri": redirect_uri,
            "challenge": challenge,
            "expires_at": time.time() + 60,
        }
        return back(code=code, state=state)

    async def token(self, request: Request) -> Response:
        """The token endpoint: client credentials, authorization code and refresh grants."""
        self.token_requests.append(str(request.url))
        form = {k: str(v) for k, v in (await request.form()).items()}
        client_id, confidential = self._client_auth(request, form)
        if not client_id:
            return oauth_error(401, "invalid_client", "Client authentication failed.")
        grant = form.get("grant_type", "")
        if grant == "client_credentials":
            if not confidential:
                return oauth_error(401, "invalid_client", "Client authentication failed.")
            return JSONResponse(self._issue(client_id, grant, with_refresh=False))
        if grant == "authorization_code":
            found = self.codes.pop(form.get("code", ""), None)
            if found is None or found["client_id"] != client_id or found["expires_at"] < time.time():
                return oauth_error(400, "invalid_grant", "Invalid or expired code.")
            if form.get("redirect_uri") != found["redirect_uri"]:
                return oauth_error(400, "invalid_grant", "Mismatching redirect URI.")
            verifier = form.get("code_verifier", "")
            if found["challenge"]:
                digest = (
                    base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                )
                if not verifier or not secrets.compare_digest(digest, found["challenge"]):
                    return oauth_error(
                        400, "invalid_grant", "Code verifier does not match the code challenge."
                    )
            return JSONResponse(self._issue(client_id, grant, with_refresh=True))
        if grant == "refresh_token":
            old = self.tokens.get(form.get("refresh_token", ""))
            if (
                old is None
                or old.kind != "refresh"
                or old.revoked
                or old.client_id != client_id
                or old.expires_at < time.time()
            ):
                return oauth_error(400, "invalid_grant", "Invalid refresh token.")
            old.revoked = True  # rotation: a refresh token works once
            if old.pair in self.tokens:
                self.tokens[old.pair].revoked = True
            return JSONResponse(self._issue(client_id, old.grant, with_refresh=True))
        return oauth_error(400, "unsupported_grant_type", f"Unsupported grant type '{grant}'.")

    async def revoke(self, request: Request) -> Response:
        """The revocation endpoint (a refresh token takes its access token along)."""
        form = {k: str(v) for k, v in (await request.form()).items()}
        client_id, _ = self._client_auth(request, form)
        if not client_id:
            return oauth_error(401, "invalid_client", "Client authentication failed.")
        token = self.tokens.get(form.get("token", ""))
        if token is not None and token.client_id == client_id:
            token.revoked = True
            if token.kind == "refresh" and token.pair in self.tokens:
                self.tokens[token.pair].revoked = True
        return Response(status_code=200)

    def _bearer(self, request: Request) -> Token | JSONResponse:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return drf_error(401, "Authentication credentials were not provided.")
        token = self.tokens.get(header[7:].strip())
        if token is None or token.kind != "access" or token.revoked:
            return drf_error(401, "Invalid token.")
        if token.expires_at < time.time():
            return drf_error(401, "Token has expired.")
        return token

    async def userinfo(self, request: Request) -> Response:
        """Who the bearer is."""
        token = self._bearer(request)
        if isinstance(token, JSONResponse):
            return token
        return JSONResponse({"sub": token.client_id, "provet_id": int(self.provet_id)})
