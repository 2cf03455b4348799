"""The one base HTTP client: timeouts, retries with backoff and Retry-After, errors, pagination.

Each API client subclasses :class:`BaseClient`, knows only its paths and models, and may
override :meth:`BaseClient.parse_error_body` to read its API's error shape.

Longer than 600 lines on purpose: the error hierarchy, the retry policy, the client and the three
paginators are one contract every API client relies on (DESIGN.md: "live once in core/http.py"),
and each part uses the others' types.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import functools
import json
import logging
import os
import random
import ssl
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypedDict, TypeVar

import httpx

from app import __version__
from app.core.gc_pause import no_cyclic_gc
from app.core.redact import redact
from app.core.tr import QT_TRANSLATE_NOOP, Sentence

log = logging.getLogger("passerelle.http")

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


# ---------------------------------------------------------------- errors


class ApiError(Exception):
    """Base of every error a remote call can end with. ``message`` is a sentence for a person."""

    def __init__(
        self,
        message: str,
        *,
        service: str = "",
        status: int | None = None,
        code: str | None = None,
        details: list[str] | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.service = service
        self.status = status
        self.code = code
        self.details = details or []
        self.body = body

    def __str__(self) -> str:
        text = self.message
        if self.details:
            text += " (" + "; ".join(self.details) + ")"
        return redact(text)


class AuthError(ApiError):
    """401/403: credentials missing, wrong, expired or revoked."""


class NotFoundError(ApiError):
    """404. ``record`` names the kind of record the API said it does not have (``"subscriber"``,
    ``"prescription"``, ``"client"``, ``"draft"``…) and ``key`` the id asked for; ``record`` None
    means the address itself answered 404 (a wrong base path: the way out is Connections)."""

    def __init__(
        self, message: str, *, record: str | None = None, key: str = "", api_message: str = "", **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.record = record
        self.key = key
        self.api_message = api_message  # the API's own words, when its error body had some

    @property
    def answered_by_api(self) -> bool:
        """The 404 came with the API's own error body (code or message): the API was reached and
        refused one record, rather than a server that does not know the path."""
        return bool(self.code or self.api_message)

    def about(self, record: str, key: str = "") -> NotFoundError:
        """Name the record this 404 is about, when the API itself answered (else it stays a base-path
        404); returns self, to ``raise exc.about(...)``."""
        if self.answered_by_api:
            self.record, self.key = record, key
        return self


class ConflictError(ApiError):
    """409 that the API means as a refusal (not retried)."""


class RateLimited(ApiError):
    """429 after the retries; ``retry_after`` in seconds when the server said."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ValidationFailed(ApiError):
    """400/422: the API refused the input; ``details`` holds its own words."""


class ServerError(ApiError):
    """5xx after the retries."""


class ConnectionFailed(ApiError):
    """Could not reach the server (DNS, refused, TLS, timeout)."""


class MalformedResponse(ApiError):
    """The server answered something that is not what the API documents."""


class ForeignOrigin(ApiError):
    """A ``next`` link or a redirect to another scheme, host or port than the API's own
    address: refused before anything (credentials above all) is sent there."""


class NotConfigured(Exception):
    """A required setting or secret is missing; the message names it."""


# ---------------------------------------------------------------- retry policy


@dataclass
class RetryPolicy:
    max_retries: int = 3
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    statuses: frozenset[int] = RETRY_STATUSES

    def backoff(self, attempt: int) -> float:
        delay: float = min(self.initial_delay * (2**attempt), self.max_delay)
        return delay * (1 - 0.25 * random.random())


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# ---------------------------------------------------------------- network: TLS and proxy

# TLS certificates are always verified: there is no switch to turn it off. A clinic behind a
# TLS-inspecting firewall adds its certificate (network.ca_bundle); a clinic behind a proxy gets
# the system's (HTTPS_PROXY / HTTP_PROXY, or Windows' Internet Options), or sets network.proxy.
DIRECT = "none"


@dataclass(frozen=True)
class NetworkOptions:
    ca_bundle: str = ""  # a PEM file trusted in addition to the public authorities
    proxy: str = ""  # "": the system's; "none": direct; or http(s)://host:port


_network = NetworkOptions()


def configure_network(ca_bundle: str = "", proxy: str = "") -> None:
    """Set once from the settings (core/context.py); every client made afterwards uses it."""
    global _network
    _network = NetworkOptions(ca_bundle.strip(), proxy.strip())
    # Read the CA bundle now, in the background: the first client made on the GUI thread would
    # otherwise stall the window while it loads (50-300 ms). A failure is the client's to report.
    threading.Thread(target=_warm_tls_context, args=(_network.ca_bundle,), daemon=True).start()


def _warm_tls_context(ca_bundle: str) -> None:
    with contextlib.suppress(Exception):
        tls_context(ca_bundle)


def tls_context(ca_bundle: str = "") -> ssl.SSLContext:
    """The public authorities (certifi), plus the clinic's own when set; hostnames checked.
    Shared by every client (building one reads the whole certifi bundle); rebuilt when the
    clinic's file changes."""
    try:
        stamp = os.stat(ca_bundle).st_mtime_ns if ca_bundle else 0
    except OSError:
        stamp = -1
    return _tls_context(ca_bundle, stamp)


@functools.lru_cache(maxsize=4)
def _tls_context(ca_bundle: str, _stamp: int) -> ssl.SSLContext:
    import certifi

    context = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle:
        try:
            context.load_verify_locations(cafile=ca_bundle)
        except (OSError, ssl.SSLError) as exc:
            raise NotConfigured(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The certificate file in network.ca_bundle ({file}) cannot be read: {reason}. "
                        "Point it at a PEM file, or empty it.",
                    ),
                    file=ca_bundle,
                    reason=_unreadable(exc),
                )
            ) from exc
    return context


def unreadable_file(exc: OSError) -> str:
    """Why a file cannot be read, as a translatable sentence for the usual causes (missing, not
    allowed, a folder); the system's own words otherwise."""
    if isinstance(exc, FileNotFoundError):
        return Sentence("errors", QT_TRANSLATE_NOOP("errors", "the file does not exist"))
    if isinstance(exc, PermissionError):
        return Sentence("errors", QT_TRANSLATE_NOOP("errors", "this account is not allowed to read it"))
    if isinstance(exc, IsADirectoryError):
        return Sentence("errors", QT_TRANSLATE_NOOP("errors", "it is a folder, not a file"))
    return exc.strerror or str(exc)


def _unreadable(exc: OSError | ssl.SSLError) -> str:
    """Why a PEM file cannot be used (OpenSSL's own reasons are English)."""
    if isinstance(exc, ssl.SSLError) or not isinstance(
        exc, FileNotFoundError | PermissionError | IsADirectoryError
    ):
        return Sentence("errors", QT_TRANSLATE_NOOP("errors", "it holds no readable PEM certificate"))
    return unreadable_file(exc)


def network_options(options: NetworkOptions | None = None) -> dict[str, Any]:
    """Keyword arguments for every ``httpx.AsyncClient`` that talks to a remote API."""
    options = options or _network
    kwargs: dict[str, Any] = {"verify": tls_context(options.ca_bundle), "trust_env": True}
    if options.proxy.lower() == DIRECT:
        kwargs["trust_env"] = False  # neither the environment's proxy nor the system's
    elif options.proxy:
        kwargs["proxy"] = options.proxy
    return kwargs


# ---------------------------------------------------------------- origins

DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def json_object(response: httpx.Response) -> dict[str, Any] | None:
    """The response's body when it is a JSON object, else None (not JSON, or a list, a string…)."""
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def origin(url: httpx.URL | str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port made explicit."""
    u = httpx.URL(url)
    scheme = u.scheme.lower()
    return scheme, u.host.lower(), u.port or DEFAULT_PORTS.get(scheme)


def shown_origin(url: httpx.URL) -> str:
    """``host`` or ``host:port`` (with the scheme when it is not the API's), for a sentence."""
    host = url.host or "(no host)"
    return f"{url.scheme}://{host}:{url.port}" if url.port else f"{url.scheme}://{host}"


# ---------------------------------------------------------------- base client


RetryListener = Callable[[ApiError, float, int], None]


class ClientOptions(TypedDict, total=False):
    """The options of :class:`BaseClient` an API client passes on as they are."""

    auth: httpx.Auth | None
    timeout: httpx.Timeout | float
    retry: RetryPolicy | None
    transport: httpx.AsyncBaseTransport | None
    headers: Mapping[str, str] | None
    on_retry: RetryListener | None


class BaseClient:
    """Wraps one long-lived ``httpx.AsyncClient``."""

    service = "API"
    error_message_key = "message"

    def __init__(
        self,
        base_url: str,
        *,
        auth: httpx.Auth | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        on_retry: RetryListener | None = None,
    ) -> None:
        self.base_url = base_url
        self.retry = retry or RetryPolicy()
        self.on_retry = on_retry
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        self._http = httpx.AsyncClient(
            base_url=base_url,
            auth=auth,
            timeout=timeout,
            transport=transport,
            headers={"User-Agent": f"Passerelle/{__version__}", **(headers or {})},
            follow_redirects=False,
            **network_options(),
        )

    @property
    def http(self) -> httpx.AsyncClient:
        return self._http

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _transport_failure(self, exc: httpx.TransportError) -> ApiError:
        """The sentence for a request that got no answer: unreachable, too slow, or cut."""
        if isinstance(exc, httpx.ConnectError):
            text = f"Cannot reach {self.service}: check the network or the address ({self.base_url})."
        elif isinstance(exc, httpx.TimeoutException):
            text = f"{self.service} did not answer in time: check the network, then try again."
        else:
            text = f"The connection to {self.service} broke ({type(exc).__name__}): try again."
        return ConnectionFailed(text, service=self.service)

    # -- origins ------------------------------------------------------

    def same_origin(self, url: httpx.URL | str, *, what: str = "a link") -> httpx.URL:
        """``url`` resolved against the API's address; ForeignOrigin when it leaves its scheme,
        host or port (a token is never sent to another server)."""
        target = httpx.URL(self.base_url).join(url)
        if origin(target) != origin(self.base_url):
            raise ForeignOrigin(
                f"{self.service} sent {what} to another server ({shown_origin(target)}), not "
                f"{shown_origin(httpx.URL(self.base_url))}: Passerelle refused to follow it and sent no "
                "credentials there. Check the address in Connections, or tell the provider.",
                service=self.service,
            )
        return target

    async def _follow_redirects(
        self, method: str, response: httpx.Response, headers: Mapping[str, str] | None
    ) -> httpx.Response:
        """Redirects are followed by hand, only within the API's own origin (httpx would carry
        the Authorization header wherever it is sent), and only for reads."""
        hops = 0
        while response.status_code in REDIRECT_STATUSES and "location" in response.headers:
            target = self.same_origin(response.url.join(response.headers["location"]), what="a redirect")
            if method.upper() not in ("GET", "HEAD") or hops >= MAX_REDIRECTS:
                return response
            hops += 1
            await response.aclose()
            response = await self._http.request(method, target, headers=headers)
        return response

    # -- errors -------------------------------------------------------

    def parse_error_body(self, response: httpx.Response) -> tuple[str | None, str | None, list[str]]:
        """Return (code, message, details) from an error response; APIs override this."""
        body = json_object(response)
        if body is None:
            return None, None, []
        code = body.get("code") or body.get("erreur") or body.get("error")
        message = body.get(self.error_message_key) or body.get("detail") or body.get("error_description")
        details_raw = body.get("details") or []
        details = (
            [json.dumps(d, ensure_ascii=False) if not isinstance(d, str) else d for d in details_raw]
            if isinstance(details_raw, list)
            else [str(details_raw)]
        )
        return (str(code) if code is not None else None, str(message) if message else None, details)

    def error_from_response(self, response: httpx.Response) -> ApiError:
        code, message, details = self.parse_error_body(response)
        status = response.status_code
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text[:2000]
        kw: dict[str, Any] = {
            "service": self.service,
            "status": status,
            "code": code,
            "details": details,
            "body": body,
        }
        what = message or response.reason_phrase or f"HTTP {status}"
        if status in (401, 403):
            return AuthError(f"{self.service} refused the credentials: {what}", **kw)
        if status == 404:
            return NotFoundError(f"{self.service}: not found ({what})", api_message=message or "", **kw)
        if status == 409:
            return ConflictError(f"{self.service} refused the request: {what}", **kw)
        if status == 429:
            return RateLimited(
                f"{self.service} asks to slow down: {what}",
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
                **kw,
            )
        if status >= 500:
            return ServerError(f"{self.service} had a problem on its side ({status}): {what}", **kw)
        return ValidationFailed(f"{self.service} refused the request: {what}", **kw)

    # -- requests -----------------------------------------------------

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        json: Any = None,
        data: Any = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        retry: bool = True,
        ok: tuple[int, ...] = (),
        timeout: httpx.Timeout | float | None = None,
    ) -> httpx.Response:
        """Send a request; retry transient failures; raise an :class:`ApiError` otherwise.

        ``ok`` lists extra statuses returned instead of raised (e.g. a 400 that means "empty").
        ``retry=False`` for non-idempotent creates: only failures where the request surely
        did not reach the server (connect errors) are retried.
        """
        attempt = 0
        while True:
            try:
                extra: dict[str, Any] = {}
                if timeout is not None:
                    extra["timeout"] = timeout
                response = await self._http.request(
                    method, url, params=params, json=json, data=data, files=files, headers=headers, **extra
                )
                if response.status_code in REDIRECT_STATUSES:
                    response = await self._follow_redirects(method, response, headers)
            except httpx.TransportError as exc:
                error = self._transport_failure(exc)
                error.__cause__ = exc
                # A connect error surely never reached the server: retried even for a create.
                if not retry and not isinstance(exc, httpx.ConnectError):
                    raise error from exc
                delay = self.retry.backoff(attempt)
            else:
                if response.is_success or response.status_code in ok:
                    return response
                error = self.error_from_response(response)
                if response.status_code not in self.retry.statuses or (
                    not retry and response.status_code not in (429, 503)
                ):
                    raise error
                delay = self.retry.backoff(attempt)
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                if retry_after is not None:
                    if retry_after > self.retry.max_retry_after:
                        raise error
                    delay = retry_after
            if attempt >= self.retry.max_retries:
                raise error
            attempt += 1
            log.info(
                "%s %s failed (%s), retry %d/%d in %.1fs",
                method,
                redact(str(url)),
                type(error).__name__,
                attempt,
                self.retry.max_retries,
                delay,
            )
            if self.on_retry is not None:
                self.on_retry(error, delay, attempt)
            await self._sleep(delay)

    async def get_json(self, url: str, **kw: Any) -> Any:
        return await self.decode_json_async(await self.request("GET", url, **kw))

    async def decode_json_async(self, response: httpx.Response) -> Any:
        """Large bodies (a page of thousands of rows) are decoded in a worker thread, so the
        GUI's event loop keeps turning meanwhile; small ones are not worth the hop."""
        if len(response.content) < OFF_LOOP_BYTES:
            return self.decode_json(response)
        return await asyncio.to_thread(self._decode_large, response)

    def _decode_large(self, response: httpx.Response) -> Any:
        """JSON decodes into trees, never cycles: the collections its allocations would set off
        (full ones walking the whole heap with the interpreter held) are paused meanwhile."""
        with no_cyclic_gc():
            return self.decode_json(response)

    def decode_json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise MalformedResponse(
                f"{self.service} sent an answer that is not valid JSON; try again later.",
                service=self.service,
                status=response.status_code,
                body=response.text[:500],
            ) from exc


# ---------------------------------------------------------------- pagination


@dataclass
class Page(Generic[T]):
    items: list[T]
    number: int
    total: int | None = None
    pages: int | None = None
    has_next: bool = False
    raw: Any = field(default=None, repr=False)


ItemParser = Callable[[Any], T]
OFF_LOOP_BYTES = 64 * 1024
OFF_LOOP_ITEMS = 200


async def parse_items(items: list[Any], parse: ItemParser[T]) -> list[T]:
    """Validate a page's items; a big page is validated in a worker thread (see decode_json_async)."""
    if len(items) < OFF_LOOP_ITEMS:
        return [parse(i) for i in items]
    return await asyncio.to_thread(lambda: [parse(i) for i in items])


def page_number(value: Any, name: str, service: str) -> int | None:
    """A count, total or page number read from a page: a whole number >= 0, None when absent,
    MalformedResponse for anything else (a broken server must not surface as a TypeError)."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(value)
        number = int(value.strip()) if isinstance(value, str) else int(value)
    except (TypeError, ValueError, OverflowError):
        raise MalformedResponse(
            f"{service} sent a page whose '{name}' is not a whole number.", service=service
        ) from None
    if number < 0:
        raise MalformedResponse(f"{service} sent a page whose '{name}' is negative.", service=service)
    return number


def _require_list(client: BaseClient, body: Any, key: str) -> list[Any]:
    items = body.get(key) if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise MalformedResponse(
            f"{client.service} sent a page without its '{key}' list.", service=client.service, body=body
        )
    return items


async def paginate_next_url(
    client: BaseClient,
    url: str,
    *,
    params: Any = None,
    parse: ItemParser[T],
    results_key: str = "results",
) -> AsyncIterator[Page[T]]:
    """Provet (DRF) style: ``{"count", "next", "results"}``; follow ``next`` to the end."""
    number = 1
    next_url: str | None = url
    next_params = params
    while next_url:
        body = await client.get_json(next_url, params=next_params)
        items = _require_list(client, body, results_key)
        next_url = body.get("next")
        if next_url is not None and not isinstance(next_url, str):
            raise MalformedResponse(
                f"{client.service} sent a page whose 'next' is not an address.", service=client.service
            )
        if next_url:  # before the page is used: a foreign next page is never fetched
            next_url = str(client.same_origin(next_url, what="its next page"))
        next_params = None  # the next URL carries the query
        yield Page(
            items=await parse_items(items, parse),
            number=number,
            total=page_number(body.get("count"), "count", client.service),
            pages=page_number(body.get("num_pages"), "num_pages", client.service),
            has_next=bool(next_url),
            raw=body,
        )
        number += 1


async def paginate_has_next(
    client: BaseClient,
    url: str,
    *,
    params: dict[str, Any] | None = None,
    parse: ItemParser[T],
    page_size: int | None = None,
    start_page: int = 1,
    items_key: str = "items",
    ok: tuple[int, ...] = (),
    empty_when: Callable[[httpx.Response], bool] | None = None,
) -> AsyncIterator[Page[T]]:
    """TOTVS style: ``{"items": [...], "hasNext": bool}`` with ``page``/``pageSize``."""
    number = start_page
    while True:
        query = dict(params or {})
        query["page"] = number
        if page_size is not None:
            query["pageSize"] = page_size
        response = await client.request("GET", url, params=query, ok=ok)
        if empty_when is not None and empty_when(response):
            yield Page(items=[], number=number, total=0, has_next=False)
            return
        body = await client.decode_json_async(response)
        lowered = {str(k).lower(): v for k, v in body.items()} if isinstance(body, dict) else {}
        items = lowered.get(items_key.lower())
        if not isinstance(items, list):
            raise MalformedResponse(
                f"{client.service} sent a page without its '{items_key}' list.",
                service=client.service,
                body=body,
            )
        has_next = bool(lowered.get("hasnext"))
        total = page_number(lowered.get("total"), "total", client.service)
        remaining = page_number(lowered.get("remainingrecords"), "remainingRecords", client.service)
        if total is None and remaining is not None and page_size:
            total = (number - 1) * page_size + len(items) + remaining
        pages = -(-total // page_size) if total is not None and page_size else None
        yield Page(
            items=await parse_items(items, parse),
            number=number,
            total=total,
            pages=pages,
            has_next=has_next,
            raw=body,
        )
        if not has_next or not items:
            return
        number += 1


async def paginate_pages(
    client: BaseClient,
    url: str,
    *,
    params: dict[str, Any] | None = None,
    parse: ItemParser[T],
    items_key: str,
    page_param: str = "page",
    size_param: str = "taille",
    page_size: int = 500,
    start_page: int = 1,
    headers: Mapping[str, str] | None = None,
) -> AsyncIterator[Page[T]]:
    """Vétélevage style: ``{"<items_key>": [...], "page", "pages", "total"}``."""
    number = start_page
    while True:
        query = dict(params or {})
        query[page_param] = number
        query[size_param] = page_size
        body = await client.get_json(url, params=query, headers=headers)
        items = _require_list(client, body, items_key)
        pages = page_number(body.get("pages"), "pages", client.service)
        yield Page(
            items=await parse_items(items, parse),
            number=number,
            total=page_number(body.get("total"), "total", client.service),
            pages=pages,
            has_next=pages is not None and number < pages,
            raw=body,
        )
        if pages is None or number >= pages or not items:
            return
        number += 1
