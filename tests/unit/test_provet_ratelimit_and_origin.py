"""The limiter counts a page's cost; every paginator and redirect stays on the API's origin."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from app.core.http import BaseClient, ForeignOrigin, paginate_has_next, paginate_next_url, paginate_pages
from app.integrations.provet.client import ProvetClient
from app.integrations.provet.ratelimit import RollingLimiter, page_cost


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_page_cost_is_the_published_rule() -> None:
    assert [page_cost(n) for n in (None, 0, 1, 50, 51, 100, 500, 1000)] == [1, 1, 1, 1, 2, 2, 10, 20]


async def test_limiter_spends_the_window_by_page_cost() -> None:
    clock = FakeClock()
    limiter = RollingLimiter({"invoice": 25}, window=60.0, clock=clock, sleep=clock.sleep)
    await limiter.acquire("invoice", 10)
    await limiter.acquire("invoice", 10)
    assert clock.slept == []
    await limiter.acquire("invoice", 10)  # 30 > 25: waits for the first page to leave the window
    assert len(clock.slept) == 1 and clock.slept[0] >= 60.0
    await limiter.acquire("invoice", 100)  # more than the budget: counted as the whole window
    assert len(clock.slept) == 2


def client_with(handler: Any, base: str = "https://provetcloud.com/1234/api/0.1/") -> BaseClient:
    return BaseClient(base, transport=httpx.MockTransport(handler), auth=_Bearer())


class _Bearer(httpx.Auth):
    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["Authorization"] = "Bearer secret-token"
        yield request


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/1234/api/0.1/consultation/?page=2",
        "http://provetcloud.com/1234/api/0.1/consultation/?page=2",  # scheme
        "https://provetcloud.com:8443/1234/api/0.1/consultation/?page=2",  # port
        "//evil.example/consultation/?page=2",  # scheme-relative
    ],
)
async def test_a_foreign_next_link_is_refused_before_it_is_fetched(next_url: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"count": 2, "next": next_url, "results": [{"id": 1}]})

    client = client_with(handler)
    pages = paginate_next_url(client, "consultation/", parse=lambda i: i)
    with pytest.raises(ForeignOrigin, match="another server") as caught:
        async for _page in pages:
            pass
    assert httpx.URL("https:" + next_url if next_url.startswith("//") else next_url).host in str(caught.value)
    assert [r.url.host for r in seen] == ["provetcloud.com"]
    await client.aclose()


async def test_a_next_link_on_the_same_origin_is_followed_default_port_or_relative() -> None:
    answers = iter(
        [
            {"count": 3, "next": "https://provetcloud.com:443/1234/api/0.1/consultation/?page=2", "results": [{"id": 1}]},
            {"count": 3, "next": "/1234/api/0.1/consultation/?page=3", "results": [{"id": 2}]},
            {"count": 3, "next": None, "results": [{"id": 3}]},
        ]
    )  # fmt: skip

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["Authorization"] == "Bearer secret-token"
        return httpx.Response(200, json=next(answers))

    client = client_with(handler)
    ids = [
        i["id"]
        async for page in paginate_next_url(client, "consultation/", parse=lambda i: i)
        for i in page.items
    ]
    assert ids == [1, 2, 3]
    await client.aclose()


@pytest.mark.parametrize("paginator", ["has_next", "pages"])
async def test_every_paginator_refuses_a_redirect_to_another_origin(paginator: str) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.host))
        return httpx.Response(302, headers={"Location": "https://evil.example/steal"})

    client = client_with(handler, "https://api.example.com/rest/")
    if paginator == "has_next":
        pages = paginate_has_next(client, "items", parse=lambda i: i)
    else:
        pages = paginate_pages(client, "visits", parse=lambda i: i, items_key="visits")
    with pytest.raises(ForeignOrigin, match="evil.example"):
        async for _page in pages:
            pass
    assert seen == ["api.example.com"]  # the other server never saw a request, nor the token
    await client.aclose()


async def test_provet_refuses_an_absolute_address_elsewhere_and_names_slashed_endpoints() -> None:
    def handler(request: httpx.Request) -> httpx.Response:  # pragma: no cover - never reached
        raise AssertionError(request.url)

    client = ProvetClient("https://provetcloud.com/1234/api/0.1/", transport=httpx.MockTransport(handler))
    with pytest.raises(ForeignOrigin, match="evil.example"):
        await client.get_json("https://evil.example/1234/api/0.1/consultation/")
    assert client.endpoint_of("stock/item/5/") == "stock/item"
    assert client.endpoint_of("https://provetcloud.com/1234/api/0.1/consultation_items/food/?page=2") == (
        "consultation_items/food"
    )
    assert client.endpoint_of("consultation/338/") == "consultation"
    assert client.requested_page_size("consultation/?page=2&page_size=500", None) == 500
    assert client.requested_page_size("consultation/", [("page_size", "120")]) == 120
    await client.aclose()
