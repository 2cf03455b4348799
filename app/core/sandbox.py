"""Serving the API simulators in-process on 127.0.0.1, with switchable faults.

Every sandbox is a Starlette app mounted under ``/<name>`` of one uvicorn server running in
a background thread. Faults (latency, 5xx, 429 with Retry-After, timeouts, truncated or
malformed JSON, "failing" = every call 503) are switched per sandbox from Python
(``server.faults("vetelevage")``) or over HTTP (``POST /<name>/_sandbox/faults``), and draw
from a seeded random generator so a run can be repeated.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import socket
import threading
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

if TYPE_CHECKING:
    from app.integrations.base import SandboxSpec

log = logging.getLogger("passerelle.sandbox")


@dataclass
class Faults:
    latency: float = 0.0  # seconds added to every response
    error_rate: float = 0.0  # share of requests answered 500/502/503
    rate_limit_rate: float = 0.0  # share answered 429
    retry_after: float = 1.0  # seconds, sent with 429 and 503
    timeout_rate: float = 0.0  # share that hang for ``hang_seconds``
    hang_seconds: float = 30.0
    malformed_rate: float = 0.0  # share whose JSON body is cut in half
    failing: bool = False  # every request 503 (a sandbox "down")
    fail_next: int = 0  # the next N requests 503, then normal
    seed: int = 0
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def __post_init__(self) -> None:
        self._rng.seed(self.seed)

    def update(self, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            if key.startswith("_") or not hasattr(self, key):
                raise ValueError(f"unknown fault '{key}'")
            setattr(self, key, type(getattr(self, key))(value))
        if "seed" in values:
            self._rng.seed(self.seed)

    def reset(self) -> None:
        self.update({k: v for k, v in asdict(Faults()).items() if not k.startswith("_")})

    def public(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if not k.startswith("_")}

    def draw(self) -> float:
        return self._rng.random()


def _error_body(code: str, message: str) -> bytes:
    return json.dumps({"erreur": code, "error": code, "detail": message, "message": message}).encode()


class FaultMiddleware:
    """Applies :class:`Faults` to an ASGI app (HTTP only, never to /_sandbox/ control calls)."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or "/_sandbox/" in scope.get("path", ""):
            await self.app(scope, receive, send)
            return
        f = self.faults
        if f.latency:
            await asyncio.sleep(f.latency)
        if f.failing or f.fail_next > 0:
            if f.fail_next > 0:
                f.fail_next -= 1
            await self._reply(send, 503, _error_body("maintenance", "Service unavailable"), f.retry_after)
            return
        roll = f.draw()
        threshold = 0.0
        for rate, kind in (
            (f.error_rate, "error"),
            (f.rate_limit_rate, "429"),
            (f.timeout_rate, "timeout"),
        ):
            threshold += rate
            if roll < threshold:
                if kind == "error":
                    status = [500, 502, 503][int(f.draw() * 3) % 3]
                    await self._reply(send, status, _error_body("erreur_serveur", "Internal error"), None)
                elif kind == "429":
                    await self._reply(
                        send, 429, _error_body("trop_de_requetes", "Too many requests"), f.retry_after
                    )
                else:
                    await asyncio.sleep(f.hang_seconds)
                    await self._reply(send, 504, _error_body("timeout", "Gateway timeout"), None)
                return
        if f.malformed_rate and f.draw() < f.malformed_rate:
            await self._truncated(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _reply(self, send: Send, status: int, body: bytes, retry_after: float | None) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        if retry_after is not None:
            headers.append((b"retry-after", str(max(0, round(retry_after))).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _truncated(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        body = body[: max(1, len(body) // 2)] if body else b"{"
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _control_routes(faults: Faults) -> list[Route]:
    async def get_faults(_request: Request) -> Response:
        return JSONResponse(faults.public())

    async def set_faults(request: Request) -> Response:
        try:
            values = await request.json()
            if values.get("reset"):
                faults.reset()
                values = {k: v for k, v in values.items() if k != "reset"}
            faults.update(values)
        except (ValueError, TypeError, AttributeError) as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return JSONResponse(faults.public())

    return [
        Route("/_sandbox/faults", get_faults, methods=["GET"]),
        Route("/_sandbox/faults", set_faults, methods=["POST"]),
    ]


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
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

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
        self._thread = threading.Thread(target=self._server.run, name="sandbox-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"The sandbox server did not start on {self.host}:{self.port}.")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def build_all(seed: int = 0, only: list[str] | None = None) -> dict[str, SandboxSpec]:
    from app.integrations import available

    specs: dict[str, SandboxSpec] = {}
    for integration in available():
        if integration.sandbox is None or (only and integration.name not in only):
            continue
        specs[integration.name] = integration.sandbox(seed)
    return specs
