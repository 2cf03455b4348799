"""The one token-auth base (app/core/auth.py) and its three specialisations, with
httpx.MockTransport: renewal a margin before expiry, one renewal for many concurrent calls,
one re-send after a 401 and an AuthError after a second, the token only to its own origin,
and never in logs or error text."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import pytest

from app.core.auth import BearerAuth, Origin, TokenAuth, TokenFlow
from app.core.http import AuthError, RateLimited, ServerError
from app.core.redact import RedactingFilter
from app.core.secrets import SecretStore
from app.integrations.provet.auth import OAuthConfig, OAuthSession, ProvetAuth, TokenStore
from app.integrations.totvs.auth import TotvsTokenAuth
from app.integrations.vetelevage.auth import VetelevageAuth

BASE = "https://api.example.test/v1"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class DemoAuth(TokenAuth):
    """The smallest specialisation: one client-credentials request to ``/v1/token``."""

    service = "Demo"
    margin = 60.0

    async def token_flow(self, stale: str) -> TokenFlow:
        response = yield httpx.Request("POST", BASE + "/token", data={"grant_type": "client_credentials"})
        if not response.is_success:
            raise self.refusal(response, "Demo refused the credentials.")
        body = response.json()
        self.set_token(body["access_token"], expires_in=body["expires_in"])


@dataclass
class Api:
    """A token endpoint issuing ``tok-N-…`` and a data endpoint that accepts only the latest
    token; ``gate`` (when set) holds every token answer until it opens."""

    is_token: Callable[[httpx.Request], bool] = lambda r: r.url.path.endswith("/token")
    token_status: int = 200
    lifetime: int = 3600
    refuse_all: bool = False
    gate: asyncio.Event | None = None
    hold: int = 0  # the next `hold` calls are answered together, once all have arrived
    _held: list[asyncio.Event] = field(default_factory=list)
    issued: int = 0
    token_requests: list[httpx.Request] = field(default_factory=list)
    calls: list[httpx.Request] = field(default_factory=list)
    auths: list[str | None] = field(
        default_factory=list
    )  # as each call arrived (a re-send reuses the request)

    @property
    def latest(self) -> str:
        return f"tok-{self.issued}-s3cr3t"

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.is_token(request):
            self.token_requests.append(request)
            if self.gate is not None:
                await self.gate.wait()
            self.issued += 1
            return httpx.Response(
                self.token_status,
                json={
                    "access_token": self.latest,
                    "token_type": "Bearer",
                    "expires_in": self.lifetime,
                    "refresh_token": f"ref-{self.issued}-s3cr3t",
                    "scope": "restapi",
                    "compte_id": "C1",
                },
            )
        self.calls.append(request)
        sent = request.headers.get("authorization")
        self.auths.append(sent)
        if self.hold:
            if not self._held:
                self._held.append(asyncio.Event())
            arrived = self._held[0]
            self.hold -= 1
            if self.hold == 0:
                arrived.set()
            await arrived.wait()
        if self.refuse_all or (sent is not None and sent != f"Bearer {self.latest}"):
            # A server that echoes the refused token back: it must not reach the error text.
            return httpx.Response(401, json={"detail": f"Invalid token {sent}"})
        return httpx.Response(200, json={"ok": True, "authorised": sent is not None})


def client(api: Api, auth: httpx.Auth, base: str = BASE) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base, auth=auth, transport=httpx.MockTransport(api))


# ---------------------------------------------------------------- expiry


async def test_token_kept_then_renewed_a_margin_before_it_expires() -> None:
    clock = Clock()
    api = Api(lifetime=600)
    auth = DemoAuth(BASE, clock=clock)
    async with client(api, auth) as http:
        assert (await http.get("/a")).status_code == 200
        clock.now += 539  # 61 s left: still fresh
        assert (await http.get("/a")).status_code == 200
        assert api.issued == 1 and auth.renewals == 1
        clock.now += 2  # 59 s left: inside the margin, renewed before the call goes out
        assert (await http.get("/a")).status_code == 200
    assert api.issued == 2
    assert api.auths == [
        "Bearer tok-1-s3cr3t",
        "Bearer tok-1-s3cr3t",
        "Bearer tok-2-s3cr3t",
    ]  # never a 401: the old token was not used once it was about to expire


async def test_short_lived_token_renewed_at_half_life_and_odd_lifetimes_clamped() -> None:
    clock = Clock()
    auth = DemoAuth(BASE, clock=clock)
    auth.set_token("short-token", expires_in=10)  # shorter than the margin: not stale at once
    assert auth.fresh()
    clock.now += 5.5
    assert not auth.fresh()
    for raw in (None, "soon", [], float("nan"), float("inf"), -5, 0, 10**400):
        assert auth.lifetime(raw) == auth.default_lifetime
    assert auth.lifetime("120") == 120 and auth.lifetime(10**9) == auth.max_lifetime


# ---------------------------------------------------------------- concurrency


def gate_after(auth: TokenAuth, api: Api, callers: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hold the token answer until every caller has entered the auth flow: from recall() a
    caller goes straight to the lock, so all of them are then waiting there."""
    api.gate = asyncio.Event()
    entered = 0
    recall = auth.recall

    def counting() -> None:
        nonlocal entered
        recall()
        entered += 1
        if entered == callers:
            assert api.gate is not None
            api.gate.set()

    monkeypatch.setattr(auth, "recall", counting)


async def test_twenty_concurrent_calls_with_an_expiring_token_renew_it_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = Clock()
    api = Api(lifetime=600)
    auth = DemoAuth(BASE, clock=clock)
    async with client(api, auth) as http:
        await http.get("/warm-up")
        clock.now += 580
        gate_after(auth, api, 20, monkeypatch)
        responses = await asyncio.gather(*(http.get(f"/item/{i}") for i in range(20)))
    assert [r.status_code for r in responses] == [200] * 20
    assert len(api.token_requests) == 2 and auth.renewals == 2  # the warm-up's, then one
    assert set(api.auths[1:]) == {"Bearer tok-2-s3cr3t"}


async def test_twenty_concurrent_401s_renew_the_token_once() -> None:
    api = Api()
    auth = DemoAuth(BASE)
    async with client(api, auth) as http:
        await http.get("/warm-up")
        api.issued += 1  # the server revokes tok-1: every call with it is refused once
        api.hold = 20  # all twenty are sent with tok-1 before any answer comes back
        responses = await asyncio.gather(*(http.get(f"/item/{i}") for i in range(20)))
    assert [r.status_code for r in responses] == [200] * 20
    assert len(api.token_requests) == 2  # the first token, then one renewal for all twenty
    assert api.auths[1:21] == ["Bearer tok-1-s3cr3t"] * 20 and set(api.auths[21:]) == {"Bearer tok-3-s3cr3t"}


def vetelevage(base: str, api: Api, transport: httpx.AsyncBaseTransport) -> TokenAuth:
    api.is_token = lambda r: r.url.path.endswith("/auth/token")
    return VetelevageAuth(base, "veterinaire", "editor", "editor-secret", "user", "password")


def totvs(base: str, api: Api, transport: httpx.AsyncBaseTransport) -> TokenAuth:
    api.is_token = lambda r: r.url.path.endswith("/api/oauth2/v1/token")
    api.token_status = 201
    return TotvsTokenAuth(base, "admin", "totvs-password", service="TOTVS Saúde Planos")


def provet(base: str, api: Api, transport: httpx.AsyncBaseTransport) -> TokenAuth:
    api.is_token = lambda r: r.url.path.endswith("/oauth2/token/")
    store = TokenStore(SecretStore())
    store.clear()
    config = OAuthConfig.from_base_url(base + "/1234/api/0.1/", "cid", "provet-secret")
    return ProvetAuth(OAuthSession(config, store, transport=transport))


SPECIALISATIONS = pytest.mark.parametrize(
    "make", [vetelevage, totvs, provet], ids=["vetelevage", "totvs", "provet"]
)


@SPECIALISATIONS
async def test_each_api_fetches_one_token_for_twenty_concurrent_calls(
    make: Callable[..., TokenAuth], monkeypatch: pytest.MonkeyPatch
) -> None:
    api = Api()
    transport = httpx.MockTransport(api)
    auth = make("https://api.example.test", api, transport)
    gate_after(auth, api, 20, monkeypatch)
    async with httpx.AsyncClient(base_url=BASE, auth=auth, transport=transport) as http:
        responses = await asyncio.gather(*(http.get(f"/item/{i}") for i in range(20)))
        assert [r.status_code for r in responses] == [200] * 20
        assert len(api.token_requests) == 1
        api.issued += 1  # revoked on the server: one renewal, the call sent again
        assert (await http.get("/again")).status_code == 200
        assert len(api.token_requests) == 2
        api.refuse_all = True
        with pytest.raises(AuthError):
            await http.get("/refused")
    assert len(api.token_requests) == 3  # one renewal for the refused call, not a loop


async def test_a_token_request_that_fails_or_is_cancelled_leaves_no_lock_behind() -> None:
    api = Api()
    broken = True

    async def handler(request: httpx.Request) -> httpx.Response:
        if api.is_token(request) and broken:
            raise httpx.ConnectError("token service unreachable", request=request)
        return await api(request)

    auth = DemoAuth(BASE)
    async with httpx.AsyncClient(base_url=BASE, auth=auth, transport=httpx.MockTransport(handler)) as http:
        with pytest.raises(httpx.ConnectError):
            await http.get("/items")
        broken = False
        assert not auth._lock.locked()
        arrived = asyncio.Event()
        api.gate = asyncio.Event()  # the next token answer never comes: the caller gives up

        async def hanging(request: httpx.Request) -> httpx.Response:
            arrived.set()
            return await api(request)

        async with httpx.AsyncClient(
            base_url=BASE, auth=auth, transport=httpx.MockTransport(hanging)
        ) as other:
            task = asyncio.ensure_future(other.get("/items"))
            await arrived.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        assert not auth._lock.locked()
        api.gate.set()
        assert (await http.get("/items")).status_code == 200
    assert api.auths == ["Bearer tok-1-s3cr3t"]


# ---------------------------------------------------------------- 401


async def test_a_401_renews_the_token_once_and_resends_the_same_request() -> None:
    api = Api()
    auth = DemoAuth(BASE)
    async with client(api, auth) as http:
        await http.get("/warm-up")
        api.issued += 1  # tok-1 revoked
        response = await http.post("/items", json={"name": "Vaccination", "qty": 2})
    assert response.status_code == 200
    assert api.auths[1:] == ["Bearer tok-1-s3cr3t", "Bearer tok-3-s3cr3t"]
    resent = api.calls[2]
    assert resent.method == "POST" and resent.content == b'{"name":"Vaccination","qty":2}'
    assert len(api.token_requests) == 2


async def test_a_second_401_is_an_auth_error_after_one_renewal() -> None:
    api = Api(refuse_all=True)
    auth = DemoAuth(BASE)
    async with client(api, auth) as http:
        with pytest.raises(AuthError) as caught:
            await http.get("/items")
    assert len(api.calls) == 2 and len(api.token_requests) == 2
    assert caught.value.status == 401 and caught.value.service == "Demo"
    assert "refused the credentials again" in str(caught.value)


async def test_a_busy_or_broken_token_service_is_not_a_credentials_refusal() -> None:
    for status, kind in ((429, RateLimited), (503, ServerError), (400, AuthError)):
        api = Api(token_status=status)
        async with client(api, DemoAuth(BASE)) as http:
            with pytest.raises(kind):
                await http.get("/items")
        assert api.calls == []  # nothing sent without a token


# ---------------------------------------------------------------- origin


FOREIGN = [
    "https://other.example.test/v1/items",  # another host
    "http://api.example.test/v1/items",  # another scheme
    "https://api.example.test:8443/v1/items",  # another port
    "https://api.example.test.evil.test/v1/items",  # a look-alike host
]


@pytest.mark.parametrize("url", FOREIGN)
async def test_no_authorization_header_to_another_origin(url: str) -> None:
    api = Api()
    auth = DemoAuth(BASE)
    async with client(api, auth) as http:
        await http.get("/items")  # a token exists
        await http.get(url, headers={"Authorization": "Bearer planted-by-caller"})
        await http.get("https://API.example.test:443/v1/items")  # same origin, spelt otherwise
    assert api.auths == [
        "Bearer tok-1-s3cr3t",
        None,
        "Bearer tok-1-s3cr3t",
    ]


@SPECIALISATIONS
async def test_each_api_keeps_its_token_to_its_origin(make: Callable[..., TokenAuth]) -> None:
    api = Api()
    transport = httpx.MockTransport(api)
    auth = make("https://api.example.test", api, transport)
    async with httpx.AsyncClient(auth=auth, transport=transport) as http:
        for url in FOREIGN:
            await http.get(url)
    assert api.token_requests == []  # no token fetched for a foreign call either
    assert api.auths == [None] * len(FOREIGN)


def test_fixed_bearer_token_only_to_its_origin() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200)

    auth = BearerAuth("omnidoc-api-token", "https://playground.omnidoc.fr")
    with httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as http:
        http.get("https://playground.omnidoc.fr/api/interop/v1/drafts")
        http.get("https://files.example/upload")
    assert seen == ["Bearer omnidoc-api-token", None]
    assert Origin.of("https://h.test") == Origin.of("https://H.test:443/x")
    assert not Origin.of("/relative").matches("/relative")


# ---------------------------------------------------------------- secrecy


async def test_tokens_never_in_logs_or_error_text(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    api = Api()
    auth = DemoAuth(BASE)
    async with client(api, auth) as http:
        await http.get("/items")
        api.refuse_all = True
        with pytest.raises(AuthError) as caught:
            await http.get("/items")
    tokens = ["tok-1-s3cr3t", "tok-2-s3cr3t"]
    error = caught.value
    texts = [caplog.text, str(error), error.message, repr(error.args), repr(auth), repr(vars(error))]
    assert "Invalid token" in error.message  # the API's words are kept, its echo of the token is not
    assert all(token not in text for token in tokens for text in texts)


async def test_totvs_tokens_never_in_the_redacted_log() -> None:
    """The refresh token travels in the token request's query (seed: grant_type=refresh_token
    &refresh_token=…), which httpx logs: the app's log filter removes it, and the access token."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    # The app's logging set-up (run by an earlier test of the same worker) quiets httpx to WARNING.
    httpx_logger = logging.getLogger("httpx")
    old_httpx_level = httpx_logger.level
    httpx_logger.setLevel(logging.DEBUG)
    try:
        api = Api()
        transport = httpx.MockTransport(api)
        auth = totvs("https://api.example.test/rest", api, transport)
        async with httpx.AsyncClient(auth=auth, transport=transport) as http:
            await http.get("https://api.example.test/rest/x")
            api.issued += 1  # revoked: renewed by refresh token
            await http.get("https://api.example.test/rest/x")
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        httpx_logger.setLevel(old_httpx_level)
    assert [r.url.params["grant_type"] for r in api.token_requests] == ["password", "refresh_token"]
    assert api.token_requests[1].url.params["refresh_token"] == "ref-1-s3cr3t"
    logged = stream.getvalue()
    assert "oauth2/v1/token" in logged  # the token requests were logged…
    for secret in ("tok-1-s3cr3t", "tok-3-s3cr3t", "ref-1-s3cr3t", "totvs-password"):
        assert secret not in logged  # …without any secret
