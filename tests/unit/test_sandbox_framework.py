from __future__ import annotations

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.core.http import BaseClient, MalformedResponse, RetryPolicy, ServerError
from app.core.sandbox import SandboxServer
from app.integrations.base import SandboxSpec


def _spec() -> SandboxSpec:
    async def items(_request: Request) -> JSONResponse:
        return JSONResponse({"items": list(range(50))})

    return SandboxSpec(app=Starlette(routes=[Route("/api/items", items)]), base_path="/api")


@pytest.fixture
def server() -> SandboxServer:
    with SandboxServer({"toy": _spec()}, seed=3) as srv:
        yield srv  # type: ignore[misc]


def test_served_on_loopback_under_its_name(server: SandboxServer) -> None:
    assert server.base_url("toy").startswith("http://127.0.0.1:")
    assert server.base_url("toy").endswith("/toy/api")
    assert httpx.get(server.base_url("toy") + "/items").json()["items"][:3] == [0, 1, 2]


def test_faults_switch_over_http_and_python(server: SandboxServer) -> None:
    url = server.base_url("toy") + "/items"
    r = httpx.post(f"{server.root_url}/toy/_sandbox/faults", json={"failing": True, "retry_after": 2})
    assert r.json()["failing"] is True
    failed = httpx.get(url)
    assert failed.status_code == 503 and failed.headers["retry-after"] == "2"
    server.faults("toy").reset()
    assert httpx.get(url).status_code == 200
    server.faults("toy").update({"rate_limit_rate": 1.0, "retry_after": 5})
    limited = httpx.get(url)
    assert limited.status_code == 429 and limited.headers["retry-after"] == "5"
    server.faults("toy").update({"rate_limit_rate": 0.0, "malformed_rate": 1.0})
    truncated = httpx.get(url)
    with pytest.raises(ValueError):
        truncated.json()
    bad = httpx.post(f"{server.root_url}/toy/_sandbox/faults", json={"nope": 1})
    assert bad.status_code == 400


async def test_base_client_recovers_from_fail_next_and_reports_persistent_failure(
    server: SandboxServer,
) -> None:
    client = BaseClient(server.base_url("toy") + "/", retry=RetryPolicy(initial_delay=0.01, max_delay=0.02))
    server.faults("toy").update({"fail_next": 2, "retry_after": 0})
    assert len((await client.get_json("items"))["items"]) == 50
    server.faults("toy").update({"failing": True})
    with pytest.raises(ServerError):
        await client.get_json("items")
    server.faults("toy").update({"failing": False, "malformed_rate": 1.0})
    with pytest.raises(MalformedResponse):
        await client.get_json("items")
    await client.aclose()
