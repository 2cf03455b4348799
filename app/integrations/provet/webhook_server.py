"""The durable webhook inbox: store first (committed), answer 200 second, process third.

``POST /provet/webhook/<webhook_token>`` receives deliveries (form-encoded or JSON);
``POST /provet/hookup/<webhook_token>`` receives Provet's hookup registration JSON. A wrong
token gets 404, an empty, garbage or oversized body 400/413, and nothing is ever answered 200
unless it was committed to the database first (a storage failure answers 503: Provet retries).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import threading
import time
import urllib.parse
from collections.abc import Callable
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.core import crashpoints
from app.integrations.provet import service

log = logging.getLogger("passerelle.provet.webhooks")

MAX_BODY = 64 * 1024


class BodyTooLarge(Exception):
    pass


async def _read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(body: bytes, content_type: str) -> tuple[dict[str, Any], str]:
    if not body.strip():
        raise ValueError("The body is empty.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("The body is not UTF-8 text.") from None
    if "json" in content_type or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            raise ValueError("The body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise ValueError("The JSON body must be an object.")
        return data, "json"
    pairs = urllib.parse.parse_qsl(text, keep_blank_values=True, strict_parsing=True, max_num_fields=50)
    return dict(pairs), "form"


def make_app(ctx: Any, on_stored: Callable[[int], None] | None = None) -> Starlette:
    def token_ok(request: Request) -> bool:
        expected = ctx.secrets.get("provet", "webhook_token")
        given = request.path_params.get("token", "")
        return bool(expected) and secrets.compare_digest(given.encode(), expected.encode())

    async def webhook(request: Request) -> Response:
        if not token_ok(request):
            return JSONResponse({"detail": "Not found."}, status_code=404)
        try:
            body = await _read_body(request)
        except BodyTooLarge:
            return JSONResponse({"detail": "Body too large."}, status_code=413)
        try:
            payload, kind = _decode(body, request.headers.get("content-type", ""))
            event_id, duplicate = await asyncio.to_thread(service.record_delivery, ctx, payload, kind)
        except (ValueError, service.WebhookRejected) as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        except Exception:
            log.exception("webhook delivery could not be stored")
            return JSONResponse({"detail": "Not stored; try again."}, status_code=503)
        crashpoints.step("provet.webhook.stored")
        if on_stored is not None and not duplicate:
            on_stored(event_id)
        return JSONResponse({"stored": event_id, "duplicate": duplicate})

    async def hookup(request: Request) -> Response:
        if not token_ok(request):
            return JSONResponse({"detail": "Not found."}, status_code=404)
        try:
            body = await _read_body(request)
        except BodyTooLarge:
            return JSONResponse({"detail": "Body too large."}, status_code=413)
        try:
            data = json.loads(body.decode("utf-8")) if body.strip() else None
        except (ValueError, UnicodeDecodeError):
            return JSONResponse({"detail": "The registration is not valid JSON."}, status_code=400)
        if data is None:
            return JSONResponse({"detail": "The body is empty."}, status_code=400)
        try:
            reg = await asyncio.to_thread(service.register_hookup, ctx, data)
        except service.RegistrationRejected as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        except Exception:
            log.exception("hookup registration could not be stored")
            return JSONResponse({"detail": "Not stored; try again."}, status_code=503)
        return JSONResponse({"registered": reg.client_id})

    return Starlette(
        routes=[
            Route("/provet/webhook/{token:str}", webhook, methods=["POST"]),
            Route("/provet/hookup/{token:str}", hookup, methods=["POST"]),
        ]
    )


def _config(app: Starlette, host: str, port: int) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="off")


class WebhookReceiver:
    """The inbox in a background thread (the desktop app), with its own event loop."""

    def __init__(
        self, ctx: Any, host: str = "127.0.0.1", port: int = 0, on_stored: Callable[[int], None] | None = None
    ) -> None:
        from app.core.sandbox import free_port

        self.host = host
        self.port = port or free_port(host)
        self._server = uvicorn.Server(_config(make_app(ctx, on_stored), self.host, self.port))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> WebhookReceiver:
        self._thread = threading.Thread(target=self._server.run, name="provet-webhooks", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(
                    f"The webhook receiver could not listen on {self.host}:{self.port} (port in use?)."
                )
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


async def serve(
    ctx: Any, host: str, port: int, *, process_every: float = 5.0, stop: asyncio.Event | None = None
) -> None:
    """Foreground inbox (``provet webhooks serve``, ``passerelle serve``): receive, and process
    what is stored. Ends on Ctrl+C (uvicorn's signal handling) or when ``stop`` is set."""
    wake = asyncio.Event()
    loop = asyncio.get_running_loop()

    def stored(_event_id: int) -> None:
        wake.set()  # the handlers run on this loop

    server = uvicorn.Server(_config(make_app(ctx, stored), host, port))

    async def processor() -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), process_every)
            wake.clear()
            try:
                await service.process_pending(ctx)
            except Exception as exc:  # the next round retries; the inbox keeps everything
                log.warning("processing the inbox failed: %s", exc)

    async def stopper() -> None:
        if stop is not None:
            await stop.wait()
            server.should_exit = True

    tasks = [loop.create_task(processor()), loop.create_task(stopper())]
    try:
        await server.serve()
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
