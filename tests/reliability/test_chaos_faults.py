"""The sandboxes' chaos mode itself: every kind of fault, seeded, bounded, counted, loopback only."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.core.sandbox import MAX_CHAOS_RATE, FaultMiddleware, Faults, SandboxServer
from app.integrations.base import SandboxSpec


class Toy:
    def __init__(self) -> None:
        self.handled = 0

    async def items(self, _request: Request) -> JSONResponse:
        self.handled += 1
        return JSONResponse({"items": list(range(200)), "n": self.handled})

    def spec(self) -> SandboxSpec:
        return SandboxSpec(app=Starlette(routes=[Route("/api/items", self.items)]), base_path="/api")


@pytest.fixture
def toy() -> Toy:
    return Toy()


@pytest.fixture
def server(toy: Toy) -> Iterator[SandboxServer]:
    with SandboxServer({"toy": toy.spec()}) as srv:
        yield srv


def outcomes(faults: Faults, n: int) -> list[str]:
    scope = {"type": "http", "server": ("127.0.0.1", 1)}
    return [faults.choose(scope) for _ in range(n)]


def test_chaos_is_seeded_bounded_and_mixes_every_kind() -> None:
    first = outcomes(Faults().chaos(MAX_CHAOS_RATE, seed=7), 2000)
    again = outcomes(Faults().chaos(MAX_CHAOS_RATE, seed=7), 2000)
    other = outcomes(Faults().chaos(MAX_CHAOS_RATE, seed=8), 2000)
    assert first == again and first != other
    assert {"ok", "error", "429", "timeout", "slow", "truncated", "malformed"} == set(first)
    assert 0.4 < sum(o != "ok" for o in first) / len(first) < 0.6
    with pytest.raises(ValueError):
        Faults().chaos(0.8)
    capped = outcomes(Faults().chaos(0.5, seed=1, max_streak=2, max_faults=30), 2000)
    runs, longest = 0, 0
    for o in capped:
        runs = runs + 1 if o not in ("ok", "slow") else 0
        longest = max(longest, runs)
    assert longest <= 2 and sum(o != "ok" for o in capped) == 30


async def test_random_faults_only_on_loopback_and_for_a_bounded_duration(toy: Toy) -> None:
    faults = Faults().chaos(0.5, seed=3)
    faults.update({"error_rate": 0.5, "rate_limit_rate": 0.0, "timeout_rate": 0.0, "truncate_rate": 0.0})
    transport = httpx.ASGITransport(app=FaultMiddleware(toy.spec().app, faults))
    async with httpx.AsyncClient(transport=transport, base_url="http://10.0.0.5") as remote:
        assert [(await remote.get("/api/items")).status_code for _ in range(40)] == [200] * 40
    assert faults.stats()["faults"] == 0
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as local:
        statuses = [(await local.get("/api/items")).status_code for _ in range(40)]
        assert any(status >= 500 for status in statuses)
        faults.update({"duration": 0.05})
        await asyncio.sleep(0.1)  # the chaos window is a wall-clock bound: let it pass
        assert [(await local.get("/api/items")).status_code for _ in range(40)] == [200] * 40


def test_each_kind_on_the_wire(server: SandboxServer, toy: Toy) -> None:
    url = server.base_url("toy") + "/items"
    faults = server.faults("toy")
    only = {
        "error_rate": 0.0,
        "rate_limit_rate": 0.0,
        "timeout_rate": 0.0,
        "slow_rate": 0.0,
        "truncate_rate": 0.0,
        "malformed_rate": 0.0,
    }
    faults.update({**only, "rate_limit_rate": 1.0, "retry_after": 2})
    limited = httpx.get(url)
    assert limited.status_code == 429 and limited.headers["retry-after"] == "2"
    faults.update({**only, "timeout_rate": 1.0, "hang_seconds": 0.2})
    assert httpx.get(url).status_code == 504
    faults.update({**only, "slow_rate": 1.0, "slow_seconds": 0.3})
    began = time.monotonic()
    slow = httpx.get(url)
    assert slow.json()["items"] == list(range(200)) and time.monotonic() - began >= 0.25
    handled = toy.handled
    faults.update({**only, "truncate_rate": 1.0})
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(url)
    assert toy.handled == handled + 1, "the API handled it: only the answer was lost"
    faults.update({**only, "malformed_rate": 1.0})
    bad = httpx.get(url)
    assert bad.status_code == 200
    with pytest.raises(ValueError):
        bad.json()
    stats = faults.stats()
    assert stats["by_kind"] == {"429": 1, "timeout": 1, "slow": 1, "truncated": 1, "malformed": 1}
    assert stats["requests"] == 5 and faults.requests()[0] == ("GET /toy/api/items", "429")
    # The server thread ends its bookkeeping just after the client has read the answer.
    deadline = time.monotonic() + 5
    while faults.stats()["in_flight"] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert faults.stats()["in_flight"] == 0


def test_chaos_over_http(server: SandboxServer) -> None:
    control = f"{server.root_url}/toy/_sandbox"
    answer = httpx.post(f"{control}/faults", json={"chaos": 0.3, "seed": 5, "max_streak": 1})
    assert answer.status_code == 200 and answer.json()["max_streak"] == 1
    assert abs(answer.json()["error_rate"] - 0.09) < 1e-9
    assert httpx.post(f"{control}/faults", json={"chaos": 0.9}).status_code == 400
    for _ in range(10):
        httpx.get(server.base_url("toy") + "/items", timeout=10)
    assert httpx.get(f"{control}/stats").json()["requests"] == 10


def test_a_script_plays_every_kind_in_order_then_chance_resumes() -> None:
    faults = Faults(seed=4)
    faults.update({"script": ["timeout", "ok", "malformed"]})
    assert outcomes(faults, 5) == ["timeout", "ok", "malformed", "ok", "ok"]
    with pytest.raises(ValueError, match="kind 'boom'"):
        faults.update({"script": ["boom"]})
    assert faults.script == []
    faults.update({"script": ["error"]})
    assert faults.choose({"type": "http", "server": ("192.168.1.9", 80)}) == "ok", "loopback only"
