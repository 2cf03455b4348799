"""OAuth2 for Provet Cloud with authlib: client credentials, authorization code + PKCE (S256)
through the system browser and a one-shot loopback redirect, self-refreshing tokens (the
refresh token alone in the keyring, the access token in memory), revocation on Disconnect.

Token endpoint calls go through authlib's ``AsyncOAuth2Client`` (HTTP Basic client
authentication, as Provet asks); API calls carry the token through :class:`ProvetAuth`, the
core token base (:class:`app.core.auth.TokenAuth`: renewal before expiry, once more on a 401,
one renewal at a time, the token only to Provet's origin) told how to get a Provet token.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import time
import urllib.parse
import warnings
import weakref
import webbrowser
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from authlib.common.security import generate_token
from authlib.integrations.base_client.errors import OAuthError
from authlib.oauth2.rfc7636 import create_s256_code_challenge

with warnings.catch_warnings():
    # authlib 1.9 announces a rename of its httpx module; the API used here is unchanged.
    warnings.simplefilter("ignore", DeprecationWarning)
    from authlib.integrations.httpx_client import AsyncOAuth2Client

from app.core.auth import TokenAuth
from app.core.errors import Action, UserMessage
from app.core.http import ApiError, AuthError, ConnectionFailed, NotConfigured, ServerError, network_options
from app.core.redact import register_secret
from app.core.secrets import KeyringUnavailable, SecretStore, SecretTooLong
from app.core.tr import QT_TRANSLATE_NOOP, Sentence

log = logging.getLogger("passerelle.provet.auth")

SERVICE = "Provet Cloud"
SCOPE = "restapi"
# The keyring entry: the refresh token alone (a Windows Credential Manager entry holds about
# 1,280 characters; a whole token as JSON may not fit).
TOKEN_KEY = "provet.refresh_token"
# Where versions before keeping the whole token as one JSON entry; read once and removed.
LEGACY_TOKEN_KEY = "provet.oauth_token"
LEEWAY_SECONDS = 60.0
MAX_LIFETIME = 30 * 24 * 3600  # a token said to last longer is renewed after this anyway
REFUSALS = {"invalid_client", "invalid_grant", "unauthorized_client", "access_denied", "invalid_scope"}

__all__ = ["create_s256_code_challenge", "generate_token"]


def no_base_url() -> Sentence:
    """Provet's REST API address is missing: the sentence, as a template."""
    return Sentence(
        "errors",
        QT_TRANSLATE_NOOP("errors", "Provet Cloud: the REST API address (provet.base_url) is not set."),
    )


def oauth_base(base_url: str) -> str:
    """``https://env/1234/api/0.1/`` → ``https://env/1234/oauth2/``."""
    base = base_url.strip()
    if not base:
        raise NotConfigured(no_base_url())
    if not base.endswith("/"):
        base += "/"
    marker = "api/0.1/"
    if not base.endswith(marker):
        raise NotConfigured(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Provet Cloud: the REST API address must end with /api/0.1/ (e.g. {example}).",
                ),
                example="https://provetcloud.com/1234/api/0.1/",
            )
        )
    return base[: -len(marker)] + "oauth2/"


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _sign_in_again(template: str, action: Action = Action.RECONNECT, **values: Any) -> AuthError:
    """An AuthError that says ``template`` (a QT_TRANSLATE_NOOP("errors", …) sentence with
    ``{service}``) in the user's language, instead of the generic "refused the credentials"."""
    said = Sentence("errors", template, service=SERVICE, **values)
    failure = AuthError(said, service=SERVICE)
    failure.user_message = UserMessage(said.template, dict(said.args), action)  # type: ignore[attr-defined]
    return failure


def loopback_redirect(redirect_uris: str, port: int) -> str:
    """The sign-in redirect: the first loopback address the registration lists (its
    space-separated ``redirect_uris``), else ``http://127.0.0.1:<port>/callback``. A
    registration that lists only other addresses cannot sign in from a desktop: NotConfigured."""
    listed = [u for u in redirect_uris.split() if u]
    for uri in listed:
        parsed = urllib.parse.urlsplit(uri)
        if parsed.scheme == "http" and parsed.hostname in LOOPBACK_HOSTS and parsed.port:
            return uri
    fallback = f"http://127.0.0.1:{port}/callback"
    if listed:
        raise NotConfigured(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{service}: the registration lists no loopback redirect address ({listed}); "
                    "ask Provet Cloud support to add {fallback} to the integration's redirect URIs.",
                ),
                service=SERVICE,
                listed=", ".join(listed)[:200],
                fallback=fallback,
            )
        )
    return fallback


@dataclass(frozen=True)
class OAuthConfig:
    """Provet's OAuth2 endpoints and this integration's client, for one Provet instance."""

    token_url: str
    authorize_url: str
    revoke_url: str
    client_id: str
    client_secret: str
    grant: str = "client_credentials"
    scope: str = SCOPE
    redirect_uri: str = ""  # the authorization code's loopback redirect, one the registration lists

    @classmethod
    def from_base_url(
        cls, base_url: str, client_id: str, client_secret: str, grant: str = "client_credentials"
    ) -> OAuthConfig:
        """The endpoints under ``<environment>/<provet_id>/oauth2/`` of a REST base URL."""
        root = oauth_base(base_url)
        if not client_id:
            raise NotConfigured(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors", "Provet Cloud: the OAuth2 client id (provet.client_id) is not set."
                    ),
                )
            )
        if grant == "client_credentials" and not client_secret:
            raise NotConfigured(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Provet Cloud: the client secret is missing; enter it in Connections (it goes to the keyring).",
                    ),
                )
            )
        return cls(
            token_url=root + "token/",
            authorize_url=root + "authorize/",
            revoke_url=root + "revoke_token/",
            client_id=client_id,
            client_secret=client_secret,
            grant=grant,
        )


# Access tokens live in this process only, one set per secret store (an AppContext's).
_IN_MEMORY: weakref.WeakKeyDictionary[SecretStore, dict[str, dict[str, Any]]] = weakref.WeakKeyDictionary()
_ACCESS_FIELDS = ("access_token", "token_type", "expires_at", "scope", "grant")


class TokenStore:
    """The refresh token alone in the keyring (it outlives the process: no sign-in at every start);
    the access token, its expiry and grant in this process's memory only. Nothing on disk in clear.
    A refresh token too long for a keyring entry is refused with a sentence (SecretTooLong)."""

    def __init__(self, secrets: SecretStore, key: str = TOKEN_KEY) -> None:
        self.secrets = secrets
        self.key = key

    def _memory(self) -> dict[str, dict[str, Any]]:
        return _IN_MEMORY.setdefault(self.secrets, {})

    def load(self) -> dict[str, Any] | None:
        """The current token (``access_token`` only once fetched in this process; the keyring's
        ``refresh_token``), or None when there is neither."""
        refresh = self.secrets.get_extra(self.key) or self._adopt_legacy()
        token = dict(self._memory().get(self.key) or {})
        if refresh:
            token["refresh_token"] = refresh  # the keyring's is the newest (another process may renew)
        if not token.get("access_token") and not token.get("refresh_token"):
            return None
        register_secret(str(token.get("refresh_token") or ""))
        register_secret(str(token.get("access_token") or ""))
        return token

    def _adopt_legacy(self) -> str:
        """A whole token kept as JSON by an older version: its refresh token moves to its own entry,
        its access token to memory; the old entry is removed."""
        raw = self.secrets.get_extra(LEGACY_TOKEN_KEY)
        if not raw:
            return ""
        try:
            token = json.loads(raw)
        except ValueError:
            token = None
        if not isinstance(token, dict):
            self.secrets.delete_extra(LEGACY_TOKEN_KEY)
            return ""
        if token.get("access_token"):
            self._memory()[self.key] = {k: token[k] for k in _ACCESS_FIELDS if token.get(k) is not None}
        refresh = str(token.get("refresh_token") or "")
        if refresh:
            try:
                self.secrets.set_extra(self.key, refresh)
            except (SecretTooLong, KeyringUnavailable) as exc:  # kept where it was, used from there
                log.warning("the Provet refresh token stays in its old keyring entry: %s", type(exc).__name__)
                return refresh
        self.secrets.delete_extra(LEGACY_TOKEN_KEY)
        return refresh

    def save(self, token: dict[str, Any]) -> None:
        """Keep the refresh token in the keyring (first: a refused one leaves nothing half-saved),
        then the access token with an absolute expiry in memory."""
        keep = {k: token[k] for k in _ACCESS_FIELDS if token.get(k) is not None}
        if "expires_at" not in keep and token.get("expires_in"):
            keep["expires_at"] = int(time.time() + float(token["expires_in"]))
        refresh = str(token.get("refresh_token") or "")
        if refresh:
            self.secrets.set_extra(self.key, refresh)
        else:
            self.secrets.delete_extra(self.key)  # none sent: an older one must not outlive this token
        self.secrets.delete_extra(LEGACY_TOKEN_KEY)
        self._memory()[self.key] = keep

    def clear(self) -> None:
        """Forget the token: the keyring's refresh token and the access token in memory."""
        self._memory().pop(self.key, None)
        self.secrets.delete_extra(self.key)
        self.secrets.delete_extra(LEGACY_TOKEN_KEY)


def _expiry(token: dict[str, Any]) -> int:
    """When a token from the token endpoint expires (epoch seconds): its expires_at, else now +
    expires_in, at most MAX_LIFETIME away; an unreadable value counts as one hour."""
    now = time.time()
    for key, offset in (("expires_at", 0.0), ("expires_in", now)):
        try:
            when = float(token[key]) + offset
        except (KeyError, TypeError, ValueError, OverflowError):
            continue
        if math.isfinite(when):
            return int(min(when, now + MAX_LIFETIME))
    return int(now + 3600)


def _expired(token: dict[str, Any], leeway: float = LEEWAY_SECONDS) -> bool:
    expires_at = token.get("expires_at")
    return expires_at is not None and float(expires_at) - leeway <= time.time()


class OAuthSession:
    """Token endpoint operations (authlib) for one configuration."""

    def __init__(
        self,
        config: OAuthConfig,
        store: TokenStore,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.config = config
        self.store = store
        self.transport = transport
        self.timeout = timeout

    @contextlib.asynccontextmanager
    async def _client(self, **kw: Any) -> AsyncGenerator[AsyncOAuth2Client, None]:
        method = "client_secret_basic" if self.config.client_secret else "none"
        client = AsyncOAuth2Client(
            client_id=self.config.client_id,
            client_secret=self.config.client_secret or None,
            token_endpoint_auth_method=method,
            revocation_endpoint_auth_method=method,
            scope=self.config.scope,
            transport=self.transport,
            timeout=self.timeout,
            **network_options(),
            **kw,
        )
        try:
            yield client
        except OAuthError as exc:
            error = str(getattr(exc, "error", "") or "")
            description = str(getattr(exc, "description", "") or error or "refused")
            if error in REFUSALS:
                raise AuthError(
                    f"{SERVICE} refused the credentials ({description}): reconnect.",
                    service=SERVICE,
                    code=error,
                ) from None
            raise ApiError(
                f"{SERVICE} refused the sign-in: {description}.", service=SERVICE, code=error
            ) from None
        except httpx.HTTPStatusError as exc:
            status = exc.response.status_code
            if status in (400, 401, 403):
                raise AuthError(
                    f"{SERVICE} refused the credentials ({status}): reconnect.",
                    service=SERVICE,
                    status=status,
                ) from None
            raise ServerError(
                f"{SERVICE}'s sign-in service had a problem ({status}); try again later.",
                service=SERVICE,
                status=status,
            ) from None
        except httpx.TransportError as exc:
            raise ConnectionFailed(
                f"Cannot reach {SERVICE} to sign in ({type(exc).__name__}): check the network.",
                service=SERVICE,
            ) from exc
        except (ValueError, TypeError, OverflowError) as exc:  # not JSON, or fields authlib cannot read
            raise ServerError(
                f"{SERVICE}'s sign-in service answered something unexpected; try again later.",
                service=SERVICE,
            ) from exc
        finally:
            await client.aclose()

    def _saved(self, token: dict[str, Any], grant: str) -> dict[str, Any]:
        if not isinstance(token.get("access_token"), str) or not token["access_token"]:
            raise ServerError(
                f"{SERVICE}'s sign-in service answered without an access token; try again later.",
                service=SERVICE,
            )
        data = dict(token)
        data["grant"] = grant
        data["expires_at"] = _expiry(token)
        self.store.save(data)
        return self.store.load() or data

    async def client_credentials(self) -> dict[str, Any]:
        """A token by the client credentials grant, saved."""
        async with self._client() as oc:
            token = await oc.fetch_token(self.config.token_url, grant_type="client_credentials")
        return self._saved(token, "client_credentials")

    async def exchange_code(self, code: str, code_verifier: str, redirect_uri: str) -> dict[str, Any]:
        """A token for an authorization code and its PKCE verifier, saved."""
        async with self._client(redirect_uri=redirect_uri) as oc:
            token = await oc.fetch_token(
                self.config.token_url,
                grant_type="authorization_code",
                code=code,
                code_verifier=code_verifier,
                redirect_uri=redirect_uri,
            )
        return self._saved(token, "authorization_code")

    async def refresh(self, refresh_token: str, grant: str) -> dict[str, Any]:
        """A new token for a refresh token, saved (keeping the refresh token if none is sent)."""
        async with self._client() as oc:
            token = await oc.refresh_token(self.config.token_url, refresh_token=refresh_token)
        data = dict(token)
        data.setdefault("refresh_token", refresh_token)
        return self._saved(data, grant)

    async def revoke(self) -> None:
        """Revoke at Provet (best effort), then forget locally whatever happened."""
        token = self.store.load()
        try:
            if token:
                async with self._client() as oc:
                    for kind in ("refresh_token", "access_token"):
                        if token.get(kind):
                            await oc.revoke_token(
                                self.config.revoke_url, token=token[kind], token_type_hint=kind
                            )
        except ApiError as exc:
            log.warning("token revocation failed: %s", exc)
        finally:
            self.store.clear()

    def authorization_url(self, redirect_uri: str, state: str, code_verifier: str) -> str:
        """The browser address of the authorization request (S256 code challenge)."""
        query = {
            "response_type": "code",
            "client_id": self.config.client_id,
            "redirect_uri": redirect_uri,
            "scope": self.config.scope,
            "state": state,
            "code_challenge": create_s256_code_challenge(code_verifier),
            "code_challenge_method": "S256",
        }
        return f"{self.config.authorize_url}?{urllib.parse.urlencode(query)}"


class ProvetAuth(TokenAuth):
    """Provet Cloud's OAuth2 token on the core token base: adopted from the keyring, renewed by
    its refresh token or the client credentials grant (authlib does the token endpoint's I/O)."""

    service = SERVICE
    margin = LEEWAY_SECONDS
    max_lifetime = float(MAX_LIFETIME)

    def __init__(self, session: OAuthSession) -> None:
        # The token endpoint and the REST API share one origin (oauth_base); expiries are epoch
        # seconds because the token outlives the process in the keyring.
        super().__init__(session.config.token_url, clock=time.time)
        self.session = session

    def _adopt(self, token: dict[str, Any]) -> None:
        self.set_token(token.get("access_token"), expires_at=token.get("expires_at"))

    def recall(self) -> None:
        """The keyring's token is the current one (a sign-in or another client may have renewed it)."""
        stored = self.session.store.load()
        if stored is None:
            if self.access_token:
                self.clear_token()  # disconnected meanwhile
        elif stored.get("access_token") and stored["access_token"] != self.access_token:
            self._adopt(stored)

    async def fetch_token(self, stale: str) -> None:
        """A token renewed meanwhile by someone else, else the refresh token, else client credentials."""
        self._adopt(await self._renewed(stale))

    async def _renewed(self, stale: str) -> dict[str, Any]:
        current = self.session.store.load()
        if current and current.get("access_token") not in (None, stale) and not _expired(current):
            return current  # someone renewed it meanwhile
        grant = str((current or {}).get("grant") or self.session.config.grant)
        refresh_token = (current or {}).get("refresh_token")
        if refresh_token:
            try:
                return await self.session.refresh(str(refresh_token), grant)
            except AuthError:
                if self.session.config.grant != "client_credentials":
                    self.session.store.clear()
                    raise _sign_in_again(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{service} ended the session (the sign-in expired or was revoked): "
                            "click Connect to sign in again.",
                        )
                    ) from None
        if self.session.config.grant == "client_credentials":
            return await self.session.client_credentials()
        raise _sign_in_again(
            QT_TRANSLATE_NOOP(
                "errors", "{service} is not connected: click Connect to sign in through the browser."
            )
        )


# ---------------------------------------------------------------- browser sign-in (PKCE)

_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Passerelle</title></head>"
    "<body style='font-family:sans-serif'><h2>{title}</h2><p>{text}</p></body></html>"
)


class LoopbackRedirect:
    """A one-shot HTTP listener on 127.0.0.1 that receives the authorization redirect."""

    def __init__(self, state: str, redirect_uri: str = "http://127.0.0.1:0/callback") -> None:
        parsed = urllib.parse.urlsplit(redirect_uri)
        if parsed.scheme != "http" or parsed.hostname not in LOOPBACK_HOSTS or parsed.port is None:
            raise NotConfigured(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{service}: the sign-in redirect address '{address}' is not a loopback address "
                        "with a port ({example}).",
                    ),
                    service=SERVICE,
                    address=redirect_uri,
                    example="http://127.0.0.1:<port>/callback",
                )
            )
        self.state = state
        self.host = parsed.hostname
        self.path = parsed.path or "/"
        self.port = parsed.port
        self._uri = redirect_uri
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[str] | None = None

    @property
    def redirect_uri(self) -> str:
        """The loopback address Provet redirects the browser to (exactly as registered)."""
        if self._uri.startswith(f"http://{self.host}:0/"):
            return f"http://{self.host}:{self.port}{self.path}"
        return self._uri

    async def start(self) -> LoopbackRedirect:
        """Listen on the redirect address's port (the one the registration lists)."""
        self._result = asyncio.get_running_loop().create_future()
        try:
            self._server = await asyncio.start_server(self._handle, self.host, self.port)
        except OSError as exc:
            log.info("sign-in redirect port %s: %s", self.port, exc)
            raise _sign_in_again(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The sign-in cannot receive {service}'s answer: port {port} on this computer is in use. "
                    "Close the program that uses it, or choose another port (provet.redirect_port) that "
                    "the registration lists, then click Connect again.",
                ),
                Action.SETTINGS,
                port=self.port,
            ) from None
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None

    async def wait(self, timeout: float) -> str:
        """The authorization code, or AuthError (refused, state mismatch, timed out)."""
        assert self._result is not None
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), timeout)
        except TimeoutError:
            minutes = max(1, round(timeout / 60))
            raise _sign_in_again(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The sign-in in the browser did not finish in time ({minutes} min; was the browser "
                    "window closed?). Click Connect to try again.",
                ),
                minutes=minutes,
            ) from None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            writer.close()
            return
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split(" ")
        target = parts[1] if len(parts) >= 2 else "/"
        parsed = urllib.parse.urlsplit(target)
        query = dict(urllib.parse.parse_qsl(parsed.query))
        status, title, text = 404, "Not found", ""
        future = self._result
        if parsed.path == self.path and future is not None and not future.done():
            if query.get("state") != self.state:
                status, title, text = 400, "Sign-in refused", "This answer does not belong to this sign-in."
                future.set_exception(
                    AuthError(
                        "The browser returned an answer for another sign-in (state mismatch): "
                        "click Connect to start again.",
                        service=SERVICE,
                    )
                )
            elif query.get("error"):
                status, title = 400, "Sign-in cancelled"
                text = "Passerelle was not given access. You can close this window."
                future.set_exception(
                    AuthError(
                        f"{SERVICE} did not give access ({query.get('error')}): click Connect to try again.",
                        service=SERVICE,
                        code=query.get("error"),
                    )
                )
            elif not query.get("code"):
                status, title, text = 400, "Sign-in incomplete", "No authorization code was received."
                future.set_exception(AuthError(f"{SERVICE} sent no authorization code.", service=SERVICE))
            else:
                status, title = 200, "Passerelle is connected"
                text = "You can close this window and go back to Passerelle."
                future.set_result(query["code"])
        body = _PAGE.format(title=title, text=text).encode()
        writer.write(
            f"HTTP/1.1 {status} OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        writer.close()


async def sign_in_with_browser(
    session: OAuthSession,
    *,
    open_url: Callable[[str], Any] = webbrowser.open,
    timeout: float = 300.0,
) -> dict[str, Any]:
    """Authorization code + PKCE: open the browser, wait for the loopback redirect, exchange."""
    if not session.config.redirect_uri:
        raise NotConfigured(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors", "{service}: no sign-in redirect address is set (provet.redirect_port)."
                ),
                service=SERVICE,
            )
        )
    verifier = generate_token(64)
    state = generate_token(32)
    listener = await LoopbackRedirect(state, session.config.redirect_uri).start()
    try:
        url = session.authorization_url(listener.redirect_uri, state, verifier)
        opened = open_url(url)
        if asyncio.iscoroutine(opened):
            await opened
        code = await listener.wait(timeout)
    finally:
        await listener.close()
    return await session.exchange_code(code, verifier, listener.redirect_uri)
