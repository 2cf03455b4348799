"""Provet Cloud against its sandbox over loopback: both OAuth2 grants, refresh, every filter
method against the sandbox's own filtering, pagination, the 429 budget, errors."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from app.core.http import AuthError, NotFoundError, RetryPolicy, ValidationFailed
from app.core.sandbox import SandboxServer
from app.integrations.provet import browsing, cache, connection
from app.integrations.provet.auth import TokenStore, sign_in_with_browser
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.filters import Filter, Query, build_params
from app.integrations.provet.ratelimit import RollingLimiter
from app.integrations.provet.sandbox import PUBLIC_CLIENT_ID, ProvetSandbox
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)
from tests.e2e.provet_fixtures import control

pytestmark = pytest.mark.e2e


async def test_client_credentials_token_in_keyring_and_refetched_on_expiry(
    provet_ctx: Any, provet_server: SandboxServer
) -> None:
    async with connection.make_client(provet_ctx) as client:
        first = await client.get_object("consultation", 1)
        assert first["id"] == 1 and first["url"].endswith("/consultation/1/")
        stored = TokenStore(provet_ctx.secrets).load()
        assert stored is not None and stored["grant"] == "client_credentials"
        control(provet_server, "expire_tokens")
        again = await client.get_object("consultation", 1)  # 401 → new token → same answer
    assert again == first
    renewed = TokenStore(provet_ctx.secrets).load()
    assert renewed is not None and renewed["access_token"] != stored["access_token"]


async def test_wrong_client_secret_is_an_auth_error(provet_ctx: Any) -> None:
    provet_ctx.secrets.set("provet", "client_secret", "wrong")
    with pytest.raises(AuthError, match="refused the credentials"):
        await connection.test_connection(provet_ctx)


async def _browser(url: str) -> None:
    """The user's browser: follows the sandbox's consent redirect to the loopback listener."""
    async with httpx.AsyncClient(follow_redirects=True) as http:
        await http.get(url)


async def test_pkce_sign_in_refresh_and_revoke(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox
) -> None:
    provet_ctx.settings.provet.grant = "authorization_code"
    provet_ctx.settings.provet.client_id = PUBLIC_CLIENT_ID
    provet_ctx.secrets.set("provet", "client_secret", "")
    session = connection.oauth_session(provet_ctx)
    token = await sign_in_with_browser(session, open_url=_browser, timeout=10)
    assert token["refresh_token"] and token["grant"] == "authorization_code"
    async with connection.make_client(provet_ctx) as client:
        assert (await client.get_object("patient", 2))["id"] == 2
        control(provet_server, "expire_tokens")
        assert (await client.get_object("patient", 3))["id"] == 3  # refreshed with the refresh token
    refreshed = TokenStore(provet_ctx.secrets).load()
    assert refreshed is not None and refreshed["refresh_token"] != token["refresh_token"]
    await connection.disconnect(provet_ctx)
    assert TokenStore(provet_ctx.secrets).load() is None
    assert provet_sim.tokens[refreshed["refresh_token"]].revoked
    with pytest.raises(AuthError, match="Connect"):
        async with connection.make_client(provet_ctx) as client:
            await client.get_object("patient", 2)


async def test_sandbox_refuses_a_wrong_pkce_verifier(provet_ctx: Any) -> None:
    provet_ctx.settings.provet.grant = "authorization_code"
    session = connection.oauth_session(provet_ctx)
    codes: list[str] = []

    async def browser_capturing(url: str) -> None:
        async with httpx.AsyncClient(follow_redirects=False) as http:
            answer = await http.get(url)
        location = httpx.URL(answer.headers["location"])
        codes.append(location.params["code"])
        async with httpx.AsyncClient() as http:  # let the listener finish with the real redirect
            await http.get(str(location))

    original = session.exchange_code

    async def exchange_with_wrong_verifier(code: str, verifier: str, redirect_uri: str) -> dict[str, Any]:
        return await original(code, verifier[:-1] + ("A" if verifier[-1] != "A" else "B"), redirect_uri)

    session.exchange_code = exchange_with_wrong_verifier  # type: ignore[method-assign]
    with pytest.raises(AuthError, match="verifier"):
        await sign_in_with_browser(session, open_url=browser_capturing, timeout=10)
    assert codes and TokenStore(provet_ctx.secrets).load() is None


async def test_closed_browser_times_out_with_a_sentence(provet_ctx: Any) -> None:
    provet_ctx.settings.provet.grant = "authorization_code"
    session = connection.oauth_session(provet_ctx)
    with pytest.raises(AuthError, match="was the browser window closed"):
        await sign_in_with_browser(session, open_url=lambda url: None, timeout=0.3)


async def test_denied_consent_is_reported(provet_ctx: Any, provet_server: SandboxServer) -> None:
    provet_ctx.settings.provet.grant = "authorization_code"
    control(provet_server, "deny_next_authorization")
    with pytest.raises(AuthError, match="access_denied"):
        await sign_in_with_browser(connection.oauth_session(provet_ctx), open_url=_browser, timeout=10)


def _expected(sim: ProvetSandbox, endpoint: str, predicate: Any) -> list[int]:
    return sorted(i for i, o in sim.objects[endpoint].items() if predicate(o))


async def test_every_filter_method_against_the_sandbox(provet_ctx: Any, provet_sim: ProvetSandbox) -> None:
    sim = provet_sim
    some = sim.objects["consultation"][5]
    t0 = some["admitted_time"]
    t1 = t0 + dt.timedelta(days=10)
    fmt = t0.astimezone(dt.timezone(dt.timedelta(hours=2)))  # another time zone, same instant
    word = some["complaint"].split()[0]
    patient = some["patients"][0]
    cases: list[tuple[str, Filter, Any]] = [
        ("consultation", Filter("complaint", "icontains", word.lower()), lambda o: word.lower() in o["complaint"].lower()),
        ("consultation", Filter("complaint", "icontains_not", word.lower()), lambda o: word.lower() not in o["complaint"].lower()),
        ("consultation", Filter("complaint", "contains", word), lambda o: word in o["complaint"]),
        ("consultation", Filter("complaint", "contains_not", word), lambda o: word not in o["complaint"]),
        ("consultation", Filter("admitted_time", "gte", fmt), lambda o: o["admitted_time"] >= t0),
        ("consultation", Filter("admitted_time", "gt", t0), lambda o: o["admitted_time"] > t0),
        ("consultation", Filter("admitted_time", "lt", t0), lambda o: o["admitted_time"] < t0),
        ("consultation", Filter("admitted_time", "lte", t0), lambda o: o["admitted_time"] <= t0),
        ("consultation", Filter("admitted_time", "range", [t0, t1]), lambda o: t0 <= o["admitted_time"] <= t1),
        ("consultation", Filter("admitted_time", "not_in_range", [t0, t1]), lambda o: not t0 <= o["admitted_time"] <= t1),
        ("consultation", Filter("department", "is", 2), lambda o: o["department"] == 2),
        ("consultation", Filter("department", "eq", 2), lambda o: o["department"] == 2),
        ("consultation", Filter("department", "is_not", 2), lambda o: o["department"] != 2),
        ("consultation", Filter("department", "not_eq", 1), lambda o: o["department"] != 1),
        ("consultation", Filter("department", "neq", 3), lambda o: o["department"] != 3),
        ("consultation", Filter("patients", "is", patient), lambda o: patient in o["patients"]),
        ("consultation", Filter("status", "in", [1, 2]), lambda o: o["status"] in (1, 2)),
        ("consultation", Filter("status", "not_in", "8"), lambda o: o["status"] != 8),
        ("consultation", Filter("finished", "is_null", True), lambda o: o["finished"] is None),
        ("consultation", Filter("client.lastname", "is", sim.objects["client"][some["client"]]["lastname"]),
         lambda o: sim.objects["client"][o["client"]]["lastname"] == sim.objects["client"][some["client"]]["lastname"]),
        ("invoice", Filter("total", "gt", "150"), lambda o: o["total"] > 150),
        ("invoice", Filter("status", "is", 99), lambda o: o["status"] == 99),
        ("patient", Filter("date_of_birth", "lt", "2020-01-01"), lambda o: o["date_of_birth"] < dt.date(2020, 1, 1)),
        ("client", Filter("archived", "is", False), lambda o: o["archived"] is False),
    ]  # fmt: skip
    async with connection.make_client(provet_ctx) as client:
        for endpoint, flt, predicate in cases:
            ids = [
                o["id"]
                async for page in client.pages(endpoint, build_params(endpoint, [flt]), page_size=100)
                for o in page.items
            ]
            assert ids == _expected(sim, endpoint, predicate), (endpoint, flt)
        # filter_type=or
        params = build_params(
            "consultation", [Filter("department", "is", 1), Filter("status", "is", 1)], any_of=True
        )
        ids = [
            o["id"] async for page in client.pages("consultation", params, page_size=100) for o in page.items
        ]
        assert ids == _expected(sim, "consultation", lambda o: o["department"] == 1 or o["status"] == 1)
        # expose: the related object instead of its URL
        page = await client.list_page("patient", build_params("patient", [], expose=["client"]), page_size=2)
        assert isinstance(page["results"][0]["client"], dict) and page["results"][0]["client"]["lastname"]


async def test_raw_plus_is_refused_by_the_api_with_drf_details(provet_ctx: Any) -> None:
    async with connection.make_client(provet_ctx) as client:
        with pytest.raises(ValidationFailed) as err:
            # A hand-built query string with a raw "+" arrives as a space: Provet refuses it.
            await client.get_json("consultation/?admitted_time__gte=2017-12-01 00:00+00:00")
        assert "admitted_time__gte: Enter a valid date/time." in err.value.details
        with pytest.raises(NotFoundError, match="no consultation 999999"):
            await client.get_object("consultation", 999999)


async def test_pull_pages_to_the_end_and_stores_once(provet_ctx: Any, provet_sim: ProvetSandbox) -> None:
    total = len(provet_sim.objects["consultationitem"])
    result = await browsing.pull(provet_ctx, Query("consultationitem"), page_size=25)
    assert len(result.objects) == total and result.pages == -(-total // 25)
    assert result.new == total
    again = await browsing.pull(provet_ctx, Query("consultationitem"), page_size=40)
    assert again.new == 0 and again.updated == 0
    assert len(cache.cached(provet_ctx, "consultationitem")) == total


async def test_limiter_keeps_a_long_pull_under_the_budget(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox
) -> None:
    control(provet_server, "budget", {"invoicerow": 4, "window": 1.0})
    # A client keeps a margin under the server's budget (clocks and queues differ a little).
    limiter = RollingLimiter({"invoicerow": 3}, window=1.0)
    async with connection.make_client(provet_ctx, limiter=limiter) as client:
        result = await browsing.pull(provet_ctx, Query("invoicerow"), client=client, page_size=20)
    assert len(result.objects) == len(provet_sim.objects["invoicerow"]) and result.pages > 4
    assert provet_sim.throttled == 0 and limiter.waited > 0


async def test_429_retry_after_is_honoured_without_the_limiter(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox
) -> None:
    control(provet_server, "budget", {"invoicerow": 3, "window": 1.0})
    session = connection.oauth_session(provet_ctx)
    from app.integrations.provet.auth import ProvetAuth

    client = ProvetClient(
        provet_ctx.settings.provet.base_url,
        auth=ProvetAuth(session),
        limiter=RollingLimiter({}, default=10_000),
        retry=RetryPolicy(max_retries=4, initial_delay=0.05),
    )
    async with client:
        ids = [o["id"] async for page in client.pages("invoicerow", page_size=15) for o in page.items]
    assert ids == sorted(provet_sim.objects["invoicerow"])
    assert provet_sim.throttled > 0
