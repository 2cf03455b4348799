"""Serving the API simulators in-process on 127.0.0.1, with switchable faults.

Every sandbox is a Starlette app mounted under ``/<name>`` of one uvicorn server running in
a background thread. Faults (latency, 5xx, 429 with Retry-After, timeouts, slow, truncated or
malformed bodies, "failing" = every call 503) are switched per sandbox from Python
(``server.faults("vetelevage")``) or over HTTP (``POST /<name>/_sandbox/faults``), and draw
from a seeded random generator so a run can be repeated.

Chaos mode (``faults.chaos(rate, seed=…)`` or ``{"chaos": 0.2, "seed": 3}`` over HTTP) mixes
every random fault at a bounded total rate (at most :data:`MAX_CHAOS_RATE`), optionally for a
bounded duration, number of faults and run of consecutive faults. Random faults only ever hit
a sandbox served on loopback. ``script`` plays a planned list of outcomes instead (every kind
once, deterministically). Every request is counted (``faults.stats()``, ``GET
/<name>/_sandbox/stats``) so a test can check that retries stay bounded.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import json
import logging
import random
import secrets
import socket
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.server_thread import ServerThread

if TYPE_CHECKING:
    from app.core.sandbox_spec import SandboxSpec

log = logging.getLogger("passerelle.sandbox")

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
MAX_CHAOS_RATE = 0.5  # chaos never breaks more than half of the requests
# How chaos shares its rate between the kinds of fault.
CHAOS_MIX = {
    "error_rate": 0.30,  # 500/502/503
    "rate_limit_rate": 0.20,  # 429 + Retry-After
    "timeout_rate": 0.10,  # no answer for hang_seconds, then 504
    "slow_rate": 0.15,  # the right answer, dribbled over slow_seconds
    "truncate_rate": 0.15,  # handled by the API, then the connection cut mid-body
    "malformed_rate": 0.10,  # a 200 whose JSON is cut in half
}
RANDOM_KINDS = ("error", "429", "timeout", "slow", "truncated", "malformed")
LOG_LIMIT = 100_000


class _CutConnection(Exception):
    """Raised after a response started, so uvicorn closes the connection mid-body."""


class _QuietCut(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], _CutConnection))


logging.getLogger("uvicorn.error").addFilter(_QuietCut())


@dataclass(frozen=True)
class Chaos:
    """Chaos mode: ``rate`` of the requests get a random fault of any kind, seeded and bounded."""

    rate: float = 0.2
    seed: int = 0
    retry_after: float = 1.0
    hang_seconds: float = 2.0
    slow_seconds: float = 0.5
    max_faults: int = 0
    max_streak: int = 0
    duration: float = 0.0

    def faults(self) -> dict[str, Any]:
        """The :class:`Faults` values that play it: each kind's share of ``rate``, then the bounds."""
        if not 0.0 <= self.rate <= MAX_CHAOS_RATE:
            raise ValueError(f"chaos rate must be between 0 and {MAX_CHAOS_RATE}")
        values: dict[str, Any] = {kind: self.rate * share for kind, share in CHAOS_MIX.items()}
        values.update((key, value) for key, value in asdict(self).items() if key != "rate")
        return values


@dataclass
class Faults:
    latency: float = 0.0  # seconds added to every response
    error_rate: float = 0.0  # share of requests answered 500/502/503
    rate_limit_rate: float = 0.0  # share answered 429
    retry_after: float = 1.0  # seconds, sent with 429 and 503
    timeout_rate: float = 0.0  # share that hang for ``hang_seconds``, then 504
    hang_seconds: float = 30.0
    slow_rate: float = 0.0  # share whose (right) body is dribbled over ``slow_seconds``
    slow_seconds: float = 1.0
    truncate_rate: float = 0.0  # share handled by the API, then cut mid-body (the answer is lost)
    malformed_rate: float = 0.0  # share whose JSON body is cut in half (a complete 200)
    failing: bool = False  # every request 503 (a sandbox "down")
    fail_next: int = 0  # the next N requests 503, then normal
    max_faults: int = 0  # random faults stop after this many (0: no limit)
    max_streak: int = 0  # at most this many random faults in a row (0: no limit)
    duration: float = 0.0  # random faults stop this many seconds after being set (0: no limit)
    script: list[str] = field(default_factory=list)  # outcomes of the next requests, in order
    seed: int = 0
    _rng: random.Random = field(default_factory=random.Random, repr=False)
    _since: float = field(default_factory=time.monotonic, repr=False)
    _streak: int = field(default=0, repr=False)
    _random_faults: int = field(default=0, repr=False)
    _in_flight: int = field(default=0, repr=False)
    _injected: collections.Counter[str] = field(default_factory=collections.Counter, repr=False)
    _log: list[tuple[str, str]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._rng.seed(self.seed)

    def update(self, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            if key.startswith("_") or not hasattr(self, key):
                raise ValueError(f"unknown fault '{key}'")
            setattr(self, key, type(getattr(self, key))(value))
        unknown = sorted(set(self.script) - {"ok", *RANDOM_KINDS})
        if unknown:
            self.script = []
            raise ValueError(f"unknown fault kind '{unknown[0]}' in script")
        if "seed" in values:
            self._rng.seed(self.seed)
        self._since = time.monotonic()
        self._streak = 0
        self._random_faults = 0

    def reset(self) -> None:
        self.update({k: v for k, v in asdict(Faults()).items() if not k.startswith("_")})

    def chaos(self, rate: float = 0.2, **bounds: Any) -> Faults:
        """Every random fault at once, ``rate`` of the requests in all (seeded, bounded by :class:`Chaos`'s fields)."""
        self.update(Chaos(rate, **bounds).faults())
        return self

    def public(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if not k.startswith("_")}

    def draw(self) -> float:
        return self._rng.random()

    # -- counting ------------------------------------------------------

    def record(self, key: str, outcome: str) -> None:
        if len(self._log) < LOG_LIMIT:
            self._log.append((key, outcome))
        if outcome != "ok":
            self._injected[outcome] += 1

    def stats(self) -> dict[str, Any]:
        """Requests seen (control calls excepted) and faults injected by kind."""
        return {
            "requests": len(self._log),
            "faults": sum(self._injected.values()),
            "by_kind": dict(self._injected),
            "in_flight": self._in_flight,  # being handled now (a killed client's too)
        }

    def requests(self) -> list[tuple[str, str]]:
        """(``METHOD /path?query``, outcome) of each request, in arrival order."""
        return list(self._log)

    def clear_stats(self) -> None:
        self._log.clear()
        self._injected.clear()

    # -- choosing ------------------------------------------------------

    def _random_allowed(self, scope: Scope) -> bool:
        server = scope.get("server") or ("", 0)
        if str(server[0]) not in LOOPBACK:
            return False
        if self.duration and time.monotonic() - self._since > self.duration:
            return False
        if self.max_faults and self._random_faults >= self.max_faults:
            return False
        return not (self.max_streak and self._streak >= self.max_streak)

    def choose(self, scope: Scope) -> str:
        """The outcome of the next request: "ok" or one of :data:`RANDOM_KINDS`."""
        if self.script:  # a planned sequence (every kind once, deterministically)
            planned = self.script.pop(0)
            server = scope.get("server") or ("", 0)
            return planned if str(server[0]) in LOOPBACK else "ok"
        roll = self.draw()
        kind = "ok"
        threshold = 0.0
        for rate, name in (
            (self.error_rate, "error"),
            (self.rate_limit_rate, "429"),
            (self.timeout_rate, "timeout"),
            (self.slow_rate, "slow"),
            (self.truncate_rate, "truncated"),
        ):
            threshold += rate
            if roll < threshold:
                kind = name
                break
        if kind == "ok" and self.malformed_rate and self.draw() < self.malformed_rate:
            kind = "malformed"
        if kind != "ok" and not self._random_allowed(scope):
            kind = "ok"
        self._streak = self._streak + 1 if kind not in ("ok", "slow") else 0
        self._random_faults += kind != "ok"
        return kind


def _error_body(code: str, message: str) -> bytes:
    return json.dumps({"erreur": code, "error": code, "detail": message, "message": message}).encode()


def _request_key(scope: Scope) -> str:
    query = scope.get("query_string", b"").decode("latin-1")
    return f"{scope.get('method', '')} {scope.get('path', '')}" + (f"?{query}" if query else "")


class FaultMiddleware:
    """Applies :class:`Faults` to an ASGI app (HTTP only, never to /_sandbox/ control calls)."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or "/_sandbox/" in scope.get("path", ""):
            await self.app(scope, receive, send)
            return
        self.faults._in_flight += 1
        try:
            await self._handle(scope, receive, send)
        finally:
            self.faults._in_flight -= 1

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        f = self.faults
        key = _request_key(scope)
        if f.latency:
            await asyncio.sleep(f.latency)
        if f.failing or f.fail_next > 0:
            if f.fail_next > 0:
                f.fail_next -= 1
            f.record(key, "down")
            await self._reply(send, 503, _error_body("maintenance", "Service unavailable"), f.retry_after)
            return
        kind = f.choose(scope)
        f.record(key, kind)
        if kind == "error":
            status = [500, 502, 503][int(f.draw() * 3) % 3]
            await self._reply(send, status, _error_body("erreur_serveur", "Internal error"), None)
        elif kind == "429":
            await self._reply(send, 429, _error_body("trop_de_requetes", "Too many requests"), f.retry_after)
        elif kind == "timeout":
            await asyncio.sleep(f.hang_seconds)
            await self._reply(send, 504, _error_body("timeout", "Gateway timeout"), None)
        elif kind in ("slow", "truncated", "malformed"):
            await self._altered(kind, scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _reply(self, send: Send, status: int, body: bytes, retry_after: float | None) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if retry_after is not None:
            headers.append((b"retry-after", str(max(0, round(retry_after))).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _altered(self, kind: str, scope: Scope, receive: Receive, send: Send) -> None:
        """Let the API handle the request (it takes effect), then spoil how the answer travels."""
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        status = start.get("status", 200)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if kind == "malformed":
            body = body[: max(1, len(body) // 2)] if body else b"{"
            headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        if kind == "truncated":
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            raise _CutConnection("chaos: connection cut mid-body")
        pieces = 5
        size = max(1, -(-len(body) // pieces))
        for i in range(0, max(len(body), 1), size):
            await asyncio.sleep(self.faults.slow_seconds / pieces)
            await send({"type": "http.response.body", "body": body[i : i + size], "more_body": True})
        await send({"type": "http.response.body", "body": b""})


def _control_routes(faults: Faults) -> list[Route]:
    async def get_faults(_request: Request) -> Response:
        return JSONResponse(faults.public())

    async def set_faults(request: Request) -> Response:
        try:
            values = await request.json()
            if values.get("reset"):
                faults.reset()
                values = {k: v for k, v in values.items() if k != "reset"}
            if "chaos" in values:
                rate = float(values.pop("chaos"))
                faults.chaos(rate, **values)
            else:
                faults.update(values)
        except (ValueError, TypeError, AttributeError) as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return JSONResponse(faults.public())

    async def get_stats(_request: Request) -> Response:
        return JSONResponse(faults.stats())

    return [
        Route("/_sandbox/faults", get_faults, methods=["GET"]),
        Route("/_sandbox/faults", set_faults, methods=["POST"]),
        Route("/_sandbox/stats", get_stats, methods=["GET"]),
    ]


def basic_auth_ok(request: Request, user: str, password: str) -> bool:
    """Whether a request's HTTP Basic authorization header names this user and password."""
    header = request.headers.get("authorization", "")
    if not header.lower().startswith("basic "):
        return False
    try:
        given_user, _, given_password = base64.b64decode(header[6:]).decode().partition(":")
    except ValueError:  # not base64, or not UTF-8
        return False
    return secrets.compare_digest(given_user, user) and secrets.compare_digest(given_password, password)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class SandboxServer:
    """Serve several sandboxes, each under ``/<name>``, on one loopback port, in a thread."""

    def __init__(
        self,
        specs: Mapping[str, SandboxSpec],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 0,
    ) -> None:
        self.specs = dict(specs)
        self.host = host
        self.port = port or free_port(host)
        self._faults = {name: Faults(seed=seed) for name in self.specs}
        routes = []
        for name, spec in self.specs.items():
            inner = Starlette(routes=[*_control_routes(self._faults[name]), Mount("/", app=spec.app)])
            routes.append(Mount(f"/{name}", app=FaultMiddleware(inner, self._faults[name])))
        self.app = Starlette(routes=routes)
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.port,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_keep_alive=30,
            limit_concurrency=2000,
        )
        self._thread = ServerThread(uvicorn.Server(config), "sandbox-server")

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def base_url(self, name: str) -> str:
        path = self.specs[name].base_path
        if path and not path.startswith("/"):
            path = "/" + path
        return f"{self.root_url}/{name}{path}"

    def faults(self, name: str) -> Faults:
        return self._faults[name]

    def start(self, timeout: float = 15.0) -> SandboxServer:
        self._thread.start(timeout, f"The sandbox server did not start on {self.host}:{self.port}.")
        return self

    def stop(self) -> None:
        self._thread.stop()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
