from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from app.core.http import (
    AuthError,
    BaseClient,
    ConflictError,
    ConnectionFailed,
    MalformedResponse,
    NotFoundError,
    RateLimited,
    RetryPolicy,
    ServerError,
    ValidationFailed,
    paginate_has_next,
    paginate_next_url,
    paginate_pages,
    parse_retry_after,
)

Handler = Callable[[httpx.Request], httpx.Response]


def make_client(handler: Handler, **kw: object) -> tuple[BaseClient, list[float]]:
    client = BaseClient("https://api.test/v1/", transport=httpx.MockTransport(handler), **kw)  # type: ignore[arg-type]
    slept: list[float] = []

    async def fake_sleep(delay: float) -> None:
        slept.append(delay)

    client._sleep = fake_sleep
    client.service = "TestAPI"
    return client, slept


def sequence(*responses: httpx.Response | Exception) -> tuple[Handler, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return handler, seen


async def test_retries_429_honouring_retry_after() -> None:
    handler, seen = sequence(
        httpx.Response(429, headers={"Retry-After": "7"}, json={"message": "slow"}),
        httpx.Response(200, json={"ok": True}),
    )
    client, slept = make_client(handler)
    assert await client.get_json("x") == {"ok": True}
    assert len(seen) == 2
    assert slept == [7.0]


async def test_retries_5xx_with_exponential_backoff_then_raises() -> None:
    handler, seen = sequence(*[httpx.Response(503, json={"message": "down"}) for _ in range(4)])
    client, slept = make_client(handler, retry=RetryPolicy(max_retries=3, initial_delay=0.5, max_delay=8))
    with pytest.raises(ServerError) as info:
        await client.get_json("x")
    assert len(seen) == 4
    assert len(slept) == 3
    assert 0.375 <= slept[0] <= 0.5 and 0.75 <= slept[1] <= 1.0 and 1.5 <= slept[2] <= 2.0
    assert info.value.status == 503
    assert "down" in str(info.value)


async def test_retries_timeouts_and_connect_errors() -> None:
    request = httpx.Request("GET", "https://api.test/v1/x")
    handler, seen = sequence(
        httpx.ReadTimeout("slow", request=request),
        httpx.ConnectError("refused", request=request),
        httpx.Response(200, json=[1]),
    )
    client, slept = make_client(handler)
    assert await client.get_json("x") == [1]
    assert len(seen) == 3 and len(slept) == 2


async def test_connection_failure_after_retries_is_a_sentence() -> None:
    request = httpx.Request("GET", "https://api.test/v1/x")
    handler, _ = sequence(*[httpx.ConnectError("refused", request=request) for _ in range(4)])
    client, _ = make_client(handler)
    with pytest.raises(ConnectionFailed, match="Cannot reach TestAPI"):
        await client.get_json("x")


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, ValidationFailed),
        (401, AuthError),
        (403, AuthError),
        (404, NotFoundError),
        (422, ValidationFailed),
    ],
)
async def test_other_4xx_are_not_retried_and_map_to_errors(status: int, error: type[Exception]) -> None:
    body = {"code": "E001", "message": "Campo obrigatório", "details": ["subscriberId"]}
    handler, seen = sequence(httpx.Response(status, json=body))
    client, slept = make_client(handler)
    with pytest.raises(error) as info:
        await client.get_json("x")
    assert len(seen) == 1 and slept == []
    assert "Campo obrigatório" in str(info.value)
    assert "subscriberId" in str(info.value)


async def test_409_retried_by_default_but_not_when_excluded() -> None:
    handler, seen = sequence(httpx.Response(409, json={"erreur": "lot_inconnu"}), httpx.Response(204))
    client, _ = make_client(handler)
    assert (await client.request("DELETE", "x")).status_code == 204
    handler, seen = sequence(httpx.Response(409, json={"erreur": "lot_inconnu"}))
    client, _ = make_client(handler, retry=RetryPolicy(statuses=frozenset({429, 503})))
    with pytest.raises(ConflictError) as info:
        await client.request("DELETE", "x")
    assert info.value.code == "lot_inconnu"
    assert len(seen) == 1


async def test_non_idempotent_create_is_not_retried_on_5xx_or_timeout() -> None:
    handler, seen = sequence(httpx.Response(500, json={}))
    client, _ = make_client(handler)
    with pytest.raises(ServerError):
        await client.request("POST", "x", json={}, retry=False)
    assert len(seen) == 1
    request = httpx.Request("POST", "https://api.test/v1/x")
    handler, seen = sequence(httpx.ReadTimeout("slow", request=request))
    client, _ = make_client(handler)
    with pytest.raises(ConnectionFailed):
        await client.request("POST", "x", json={}, retry=False)
    assert len(seen) == 1


async def test_retry_after_beyond_cap_raises_rate_limited() -> None:
    handler, seen = sequence(httpx.Response(429, headers={"Retry-After": "3600"}))
    client, slept = make_client(handler)
    with pytest.raises(RateLimited) as info:
        await client.get_json("x")
    assert info.value.retry_after == 3600 and slept == [] and len(seen) == 1


async def test_ok_statuses_are_returned() -> None:
    handler, _ = sequence(httpx.Response(400, json={"message": "Nenhum registro localizado."}))
    client, _ = make_client(handler)
    response = await client.request("GET", "x", ok=(400,))
    assert response.status_code == 400


async def test_malformed_json_is_a_sentence() -> None:
    handler, _ = sequence(httpx.Response(200, content=b'{"truncated": '))
    client, _ = make_client(handler)
    with pytest.raises(MalformedResponse, match="not valid JSON"):
        await client.get_json("x")


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


async def test_next_url_pagination_to_the_end() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        nxt = (
            f"https://api.test/v1/consultation/?page={page + 1}&complaint__icontains=x" if page < 3 else None
        )
        return httpx.Response(
            200,
            json={
                "count": 5,
                "num_pages": 3,
                "next": nxt,
                "previous": None,
                "results": [{"id": page * 10 + i} for i in range(2 if page < 3 else 1)],
            },
        )

    client, _ = make_client(handler)
    pages = [
        p
        async for p in paginate_next_url(
            client, "consultation/", params={"complaint__icontains": "x"}, parse=lambda d: d["id"]
        )
    ]
    assert [p.items for p in pages] == [[10, 11], [20, 21], [30]]
    assert pages[0].total == 5 and pages[-1].has_next is False


async def test_has_next_pagination_with_remaining_records() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        assert request.url.params["pageSize"] == "2"
        return httpx.Response(
            200,
            json={
                "items": [page * 2 - 1, page * 2][: 1 if page == 3 else 2],
                "hasNext": page < 3,
                "remainingRecords": max(0, 5 - page * 2),
            },
        )

    client, _ = make_client(handler)
    pages = [p async for p in paginate_has_next(client, "x", parse=int, page_size=2)]
    assert [p.items for p in pages] == [[1, 2], [3, 4], [5]]
    assert pages[0].total == 5 and pages[0].pages == 3


async def test_has_next_pagination_accepts_pascal_case_and_empty_400() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"Items": [{"Id": 1}], "HasNext": False})

    client, _ = make_client(handler)
    pages = [p async for p in paginate_has_next(client, "x", parse=lambda d: d["Id"])]
    assert pages[0].items == [1]

    def empty(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"code": "400", "message": "Nenhum registro localizado."})

    client, _ = make_client(empty)
    pages = [
        p
        async for p in paginate_has_next(
            client,
            "x",
            parse=int,
            ok=(400,),
            empty_when=lambda r: r.status_code == 400 and "Nenhum registro" in r.text,
        )
    ]
    assert len(pages) == 1 and pages[0].items == []


async def test_page_count_pagination() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        assert request.url.params["taille"] == "500"
        return httpx.Response(
            200, json={"produits": [{"id": f"P-{page}"}], "page": page, "pages": 3, "total": 3}
        )

    client, _ = make_client(handler)
    pages = [
        p async for p in paginate_pages(client, "produits", parse=lambda d: d["id"], items_key="produits")
    ]
    assert [p.items for p in pages] == [["P-1"], ["P-2"], ["P-3"]]


async def test_page_without_its_list_is_malformed() -> None:
    client, _ = make_client(lambda r: httpx.Response(200, content=json.dumps({"oops": 1}).encode()))
    with pytest.raises(MalformedResponse, match="'produits'"):
        [p async for p in paginate_pages(client, "produits", parse=str, items_key="produits")]
