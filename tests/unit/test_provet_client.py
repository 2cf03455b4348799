"""Provet client, auth and inbox pieces with httpx.MockTransport: DRF errors, token renewal,
the limiter's arithmetic, relation URLs, registration and delivery validation."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from app.core.http import AuthError, NotFoundError, RetryPolicy, ValidationFailed
from app.core.secrets import SecretStore
from app.integrations.provet import hookup, inbox
from app.integrations.provet.auth import OAuthConfig, OAuthSession, ProvetAuth, TokenStore
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.models import Consultation, parse_object
from app.integrations.provet.ratelimit import RollingLimiter
from app.integrations.provet.tables import provet_events

BASE = "https://provetcloud.com/1234/api/0.1/"


class Api:
    """A tiny Provet: token endpoint and one consultation, with a scripted 401."""

    def __init__(self) -> None:
        self.tokens_issued = 0
        self.refuse_all = False
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        path = request.url.path
        if path.endswith("/oauth2/token/"):
            assert request.headers["authorization"].startswith("Basic ")
            self.tokens_issued += 1
            return httpx.Response(
                200,
                json={
                    "access_token": f"t{self.tokens_issued}",
                    "token_type": "Bearer",
                    "expires_in": 36000,
                    "scope": "restapi",
                },
            )
        if self.refuse_all or (
            request.headers.get("authorization") == "Bearer t1"
            and self.tokens_issued == 1
            and path.endswith("/2/")
        ):
            return httpx.Response(401, json={"detail": "Invalid token."})
        if path.endswith("/consultation/1/"):
            return httpx.Response(
                200,
                json={
                    "id": 1,
                    "url": BASE + "consultation/1/",
                    "client": BASE + "client/10/",
                    "patients": [BASE + "patient/20/"],
                    "complaint": "Vaccination",
                },
            )
        if path.endswith("/consultation/2/"):
            return httpx.Response(200, json={"id": 2, "url": BASE + "consultation/2/"})
        if path.endswith("/consultation/"):
            return httpx.Response(
                400,
                json={
                    "admitted_time__gte": ["Enter a valid date/time."],
                    "status": ["Enter a whole number."],
                },
            )
        return httpx.Response(404, json={"detail": "Not found."})


def client_for(api: Api) -> ProvetClient:
    transport = httpx.MockTransport(api)
    config = OAuthConfig.from_base_url(BASE, "cid", "secret")
    session = OAuthSession(config, TokenStore(SecretStore()), transport=transport)
    return ProvetClient(BASE, auth=ProvetAuth(session), transport=transport, retry=RetryPolicy(max_retries=0))


async def test_token_fetched_once_then_renewed_on_401_then_auth_error() -> None:
    api = Api()
    async with client_for(api) as client:
        assert (await client.get_object("consultation", 1))["complaint"] == "Vaccination"
        assert (await client.get_object("consultation", 1))["id"] == 1
        assert api.tokens_issued == 1
        assert (await client.get_object("consultation", 2))["id"] == 2  # 401 → new token → retried
        assert api.tokens_issued == 2
        api.refuse_all = True
        with pytest.raises(AuthError):
            await client.get_object("consultation", 1)
    assert all("secret" not in str(r.url) for r in api.seen)


async def test_drf_errors_become_details_and_404_a_sentence() -> None:
    async with client_for(Api()) as client:
        with pytest.raises(ValidationFailed) as err:
            await client.list_page("consultation", [("status__is", "x")])
        assert err.value.details == [
            "admitted_time__gte: Enter a valid date/time.",
            "status: Enter a whole number.",
        ]
        with pytest.raises(NotFoundError, match="no invoice 5"):
            await client.get_object("invoice", 5)


def test_oauth_urls_from_the_rest_base() -> None:
    config = OAuthConfig.from_base_url(BASE, "cid", "s")
    assert config.token_url == "https://provetcloud.com/1234/oauth2/token/"
    assert config.authorize_url.endswith("/1234/oauth2/authorize/") and config.revoke_url.endswith(
        "/revoke_token/"
    )


async def test_limiter_waits_for_the_oldest_request_to_leave_the_window() -> None:
    now = [0.0]
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = RollingLimiter({"invoice": 3}, window=60, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        await limiter.acquire("invoice")
        now[0] += 1
    await limiter.acquire("consultation")  # another endpoint: its own budget
    assert slept == []
    await limiter.acquire("invoice")
    assert slept and 56 < slept[0] <= 60 + 2


def test_relations_parsed_to_ids_with_the_url_kept() -> None:
    c = parse_object("consultation", json.loads(json.dumps({
        "url": BASE + "consultation/338/", "client": BASE + "client/1/", "patients": [BASE + "patient/1/"],
        "invoice": "https://provetcloud.com/api/1234/0.1/invoice/609/", "admitted_time": "2017-05-18T10:35:00Z",
        "first_entry": None, "status": 8, "reporting_dimension_1": None, "new_field": "kept",
    })))  # fmt: skip
    assert isinstance(c, Consultation) and c.id == 338
    assert c.client is not None and c.client.id == 1 and c.client.url.endswith("/client/1/")
    assert [p.id for p in c.patients] == [1] and c.invoice is not None and c.invoice.id == 609
    assert c.model_extra == {"new_field": "kept"}


def test_delivery_and_registration_validation() -> None:
    parse = inbox.parse_delivery
    assert parse({"consultation_id": "123"}) == inbox.Delivery("consultation_id", "consultation", 123, {})
    assert parse({"consultationitem_id": 4}) == inbox.Delivery(
        "consultationitem_id", "consultationitem", 4, {}
    )
    with pytest.raises(inbox.WebhookRejected, match="whole number"):
        parse({"invoice_id": "-1"})
    assert parse({}) == inbox.Delivery("", "", None, {})
    with pytest.raises(hookup.RegistrationRejected, match="'client_secret' is missing"):
        hookup.validate_registration({"provet_id": 1, "client_id": "x", "algorithm": None, "authorization_grant_type": "a",
                                       "client_type": "public", "redirect_uris": "", "token_url": "t", "authorize_url": "a",
                                       "openid_autodiscovery_url": None})  # fmt: skip
    with pytest.raises(hookup.RegistrationRejected, match="must be a JSON object"):
        hookup.validate_registration([1])


def test_deliveries_coalesce_only_with_an_event_still_waiting(ctx: Any) -> None:
    import datetime as dt

    t0 = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
    first, dup = inbox.record_delivery(ctx, {"consultation_id": "1"}, "form", now=t0)
    again, dup2 = inbox.record_delivery(ctx, {"consultation_id": "1"}, "json", now=t0 + dt.timedelta(hours=3))
    other, dup3 = inbox.record_delivery(ctx, {"invoice_id": "1"}, "form", now=t0)
    assert (dup, dup2, dup3) == (False, True, False)
    assert again == first and other != first
    with ctx.db.transaction() as conn:  # the first is being processed: a new delivery is a new event
        conn.execute(sa.update(provet_events).where(provet_events.c.id == first).values(state="processing"))
    later, dup4 = inbox.record_delivery(ctx, {"consultation_id": "1"}, "form", now=t0)
    assert not dup4 and later not in (first, other)
