"""Bearer tokens as ``httpx.Auth``: the one base every API's token auth specialises.

:class:`TokenAuth` holds a token with its expiry, renews it a margin before it expires and
once more when a call comes back 401 (then re-sends the call once; a second 401 is an
:class:`~app.core.http.AuthError`), lets one request renew it while concurrent ones wait, and
only ever sends it to the origin (scheme, host, port) of the configured base URL. A subclass
only says how its API issues a token: either it yields the token requests from
:meth:`TokenAuth.token_flow` (they go through the client's own transport, proxy and TLS), or
it overrides :meth:`TokenAuth.fetch_token` when a library does the I/O (authlib).
:class:`BearerAuth` is the fixed token (an API key) with the same origin rule.

Tokens are registered with :mod:`app.core.redact` as soon as they are known and never logged.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import Any

import httpx

from app.core.http import ApiError, AuthError, MalformedResponse, RateLimited, ServerError, parse_retry_after
from app.core.redact import redact, register_secret

log = logging.getLogger("passerelle.auth")

DEFAULT_PORTS = {"http": 80, "https": 443}

TokenFlow = AsyncGenerator[httpx.Request, httpx.Response]


@dataclass(frozen=True)
class Origin:
    """Scheme, host and port of a URL: where a credential may be sent."""

    scheme: str
    host: str
    port: int | None

    @classmethod
    def of(cls, url: str | httpx.URL) -> Origin:
        """The origin of ``url`` (default ports made explicit)."""
        parsed = httpx.URL(url)
        scheme = parsed.scheme.lower()
        return cls(scheme, parsed.host.lower(), parsed.port or DEFAULT_PORTS.get(scheme))

    def matches(self, url: str | httpx.URL) -> bool:
        """True when ``url`` has this origin (an origin without a host matches nothing)."""
        return bool(self.host) and Origin.of(url) == self


def _authorise(request: httpx.Request, origin: Origin, token: str) -> bool:
    """Put the token on a request to ``origin``; strip any Authorization from one elsewhere."""
    if origin.matches(request.url):
        request.headers["Authorization"] = f"Bearer {token}"
        return True
    request.headers.pop("Authorization", None)
    return False


class BearerAuth(httpx.Auth):
    """A fixed bearer token (an API token), sent only to the origin of its base URL."""

    def __init__(self, token: str, base_url: str) -> None:
        register_secret(token)
        self._token = token
        self.origin = Origin.of(base_url)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send the request with the token when it goes to the token's origin."""
        _authorise(request, self.origin, self._token)
        yield request


class TokenAuth(httpx.Auth):
    """A bearer token for one origin that renews itself: a margin before expiry, and once on a 401."""

    requires_request_body = True  # a call is re-sent after a 401: its body must be replayable
    requires_response_body = True

    service = "API"
    margin = 60.0  # seconds before expiry when the token is renewed
    default_lifetime = 3600.0  # a token whose lifetime is missing or unreadable
    max_lifetime = 24 * 3600.0  # a token said to last longer is renewed after this anyway

    def __init__(self, base_url: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.origin = Origin.of(base_url)
        self.clock = clock
        self.access_token = ""
        self.expires_at = 0.0  # on ``clock``
        self.renewals = 0  # completed renewals (diagnostics, tests)
        self._early = self.margin
        self._generation = 0  # bumped by every new token
        self._lock = asyncio.Lock()

    # -- what a subclass provides --------------------------------------

    async def token_flow(self, stale: str) -> TokenFlow:
        """Get a new token and store it with :meth:`set_token`; raise an ``ApiError`` if refused.

        Yield each token request to send through the client (its answer comes back, body read).
        ``stale`` is the token being replaced ("" when there is none). The default awaits
        :meth:`fetch_token`, for APIs whose library does its own I/O.
        """
        await self.fetch_token(stale)
        return
        yield  # an async generator that sends nothing through the client

    async def fetch_token(self, stale: str) -> None:
        """Get and :meth:`set_token` a new token without the client (override this or token_flow)."""
        raise NotImplementedError(f"{type(self).__name__} must override token_flow or fetch_token")

    def recall(self) -> None:
        """Adopt a token saved elsewhere (a keyring shared with a sign-in) before each call."""

    # -- token state ---------------------------------------------------

    def lifetime(self, raw: Any) -> float:
        """Seconds a token lasts from the API's ``expires_in``: unreadable or not positive →
        the default, at most :attr:`max_lifetime`."""
        try:
            seconds = float(raw)
        except (TypeError, ValueError, OverflowError):
            return self.default_lifetime
        if not math.isfinite(seconds) or seconds <= 0:
            return self.default_lifetime
        return min(seconds, self.max_lifetime)

    def set_token(self, value: Any, *, expires_in: Any = None, expires_at: Any = None) -> None:
        """Keep a new access token, lasting ``expires_in`` seconds or until ``expires_at`` (on the clock)."""
        if not isinstance(value, str) or not value:
            raise MalformedResponse(
                f"{self.service} answered the token request without an access token.", service=self.service
            )
        register_secret(value)
        now = self.clock()
        if expires_at is None:
            lifetime = self.lifetime(expires_in)
        else:
            try:
                lifetime = min(float(expires_at) - now, self.max_lifetime)
            except (TypeError, ValueError, OverflowError):
                lifetime = self.default_lifetime
            if math.isnan(lifetime):
                lifetime = self.default_lifetime
        self.access_token = value
        self.expires_at = now + lifetime
        # A token shorter-lived than twice the margin is renewed at half its life, not at once.
        self._early = min(self.margin, max(lifetime, 0.0) / 2)
        self._generation += 1

    def clear_token(self) -> None:
        """Forget the token (signed out elsewhere): the next call gets a new one."""
        self.access_token = ""
        self.expires_at = 0.0
        self._generation += 1

    def fresh(self) -> bool:
        """True when there is a token that is not about to expire."""
        return bool(self.access_token) and self.clock() < self.expires_at - self._early

    def refusal(self, response: httpx.Response, sentence: str) -> ApiError:
        """The error for a token request that failed: busy (429) and broken (5xx) token services
        are not refused credentials; anything else is an :class:`AuthError` saying ``sentence``."""
        status = response.status_code
        if status == 429:
            return RateLimited(
                f"{self.service} asks to slow down (token request).",
                service=self.service,
                status=status,
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if status >= 500:
            return ServerError(
                f"{self.service}'s token service had a problem (HTTP {status}).",
                service=self.service,
                status=status,
            )
        return AuthError(sentence, service=self.service, status=status)

    def rejected(self, response: httpx.Response) -> AuthError:
        """The error for a call refused (401) again with a token just renewed."""
        what = ""
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict):
            for key in ("message", "detail", "error_description", "error"):
                if isinstance(body.get(key), str) and body[key]:
                    what = f" ({redact(body[key][:200])})"  # an echo of the token stays out
                    break
        return AuthError(
            f"{self.service} refused the credentials again with a new token{what}: "
            "check them in Settings → Connections.",
            service=self.service,
            status=response.status_code,
            code="token_rejected",
        )

    # -- httpx.Auth ----------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Not supported: every Passerelle client is async."""
        raise RuntimeError(f"{type(self).__name__} works with httpx.AsyncClient only")

    async def async_auth_flow(self, request: httpx.Request) -> TokenFlow:
        """Send ``request`` with a fresh token; on a 401 renew it once and send the request again."""
        if not self.origin.matches(request.url):
            request.headers.pop("Authorization", None)  # never a credential to another origin
            yield request
            return
        await request.aread()
        self.recall()
        renew = not self.fresh()
        seen = self._generation
        response: httpx.Response | None = None
        for _attempt in range(2):
            if renew:
                async with self._lock:  # one renewal at a time; the others then use its token
                    if self._generation == seen:
                        log.debug("%s: renewing the access token", self.service)
                        flow = self.token_flow(self.access_token)
                        try:
                            token_request = await flow.__anext__()
                            while True:
                                token_response = yield token_request
                                await token_response.aread()
                                token_request = await flow.asend(token_response)
                        except StopAsyncIteration:
                            pass
                        finally:
                            await flow.aclose()
                        if self._generation == seen:
                            raise MalformedResponse(
                                f"{self.service} gave no access token.", service=self.service
                            )
                        self.renewals += 1
            seen = self._generation
            request.headers["Authorization"] = f"Bearer {self.access_token}"
            response = yield request
            if response.status_code != 401:
                return
            await response.aread()
            renew = True
        assert response is not None
        raise self.rejected(response)
