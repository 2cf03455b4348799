"""The durable webhook inbox: store first (committed), answer 200 second, process third.

``POST /provet/webhook/<webhook_token>`` receives deliveries (form-encoded or JSON);
``POST /provet/hookup/<webhook_token>`` receives Provet's hookup registration JSON. A wrong
token gets 404, an empty, garbage or oversized body 400/413, and nothing is ever answered 200
unless it was committed to the database first (a storage failure answers 503: Provet retries).
A client gets HEAD_TIMEOUT seconds to send its request line and headers and BODY_TIMEOUT more
for its body; it listens on 127.0.0.1 unless configured otherwise, and says so in the log then.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import secrets
import urllib.parse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from uvicorn.protocols.http.h11_impl import H11Protocol

from app.core import crashpoints
from app.core.server_thread import ServerThread
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.provet import hookup, inbox, processing

if TYPE_CHECKING:
    from app.core.context import AppContext

log = logging.getLogger("passerelle.provet.webhooks")

MAX_BODY = 64 * 1024
HEAD_TIMEOUT = 10.0  # seconds to send the request line and headers (a silent socket is cut off)
BODY_TIMEOUT = 10.0  # seconds to send the body once the headers are in


class BodyTooLarge(Exception):
    """A delivery larger than the receiver accepts."""

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


async def _body_or_refusal(request: Request) -> bytes | Response:
    try:
        async with asyncio.timeout(BODY_TIMEOUT):
            return await _read_body(request)
    except BodyTooLarge:
        return JSONResponse({"detail": "Body too large."}, status_code=413)
    except TimeoutError:
        return JSONResponse(
            {"detail": "The body took too long to arrive."}, status_code=408, headers={"Connection": "close"}
        )


def _json(text: str) -> Any:
    """JSON that can be stored and echoed: no lone surrogates ("\\ud800"), no absurd nesting."""
    try:
        data = json.loads(text)
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except RecursionError:
        raise ValueError("The JSON body is nested too deeply.") from None
    except UnicodeEncodeError:
        raise ValueError("The JSON body holds text that is not valid Unicode.") from None
    except ValueError:
        raise ValueError("The body is not valid JSON.") from None
    return data


FORM = "application/x-www-form-urlencoded"


def _decode(body: bytes, content_type: str) -> tuple[dict[str, Any], str]:
    """A delivery is form-encoded (Provet's default) or JSON (when registered so); anything
    else is refused before anything is stored. An empty form names no object (some events
    have no parameter) and is kept as such."""
    media = content_type.split(";", 1)[0].strip().lower()
    is_json = media == "application/json" or media.endswith("+json")
    if media and not is_json and media != FORM:
        raise ValueError(f"The body is neither form-encoded nor JSON (Content-Type: {media[:60]}).")
    if not body.strip():
        if media == FORM:
            return {}, "form"
        raise ValueError("The body is empty.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("The body is not UTF-8 text.") from None
    if is_json or (not media and text.lstrip().startswith("{")):
        data = _json(text)
        if not isinstance(data, dict):
            raise ValueError("The JSON body must be an object.")
        return data, "json"
    try:
        pairs = urllib.parse.parse_qsl(text, keep_blank_values=True, strict_parsing=True, max_num_fields=50)
    except ValueError:
        raise ValueError("The body is neither form-encoded nor JSON.") from None
    return dict(pairs), "form"


MIN_TOKEN_LENGTH = 24


def check_token(token: str | None) -> None:
    """The path token is the receiver's only secret (Provet signs nothing): long, one path
    segment. A missing token starts a receiver that finds every address wrong."""
    if not token:
        return
    if len(token) < MIN_TOKEN_LENGTH or "/" in token:
        from app.core.errors import InputError

        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The webhook token (provet.webhook_token) must be at least {n} characters with no '/': "
                    "set a long random one, e.g. with `passerelle secret set provet.webhook_token`.",
                ),
                n=MIN_TOKEN_LENGTH,
            ),
            field="webhook_token",
        )


class GroupWriter:
    """Group commit for the inbox: the deliveries that arrive while one transaction is being
    written are stored together in the next one, and each is answered only after its commit.
    One fsync for many, and no writers queueing on SQLite's lock."""

    MAX_BATCH = 200

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._queue: list[tuple[dict[str, Any], str, str | None, asyncio.Future[tuple[int, bool]]]] = []
        self._task: asyncio.Task[None] | None = None

    async def store(self, payload: dict[str, Any], kind: str, param: str | None = None) -> tuple[int, bool]:
        """Validate one delivery, then commit it with the others of its group; (event id, duplicate)."""
        inbox.parse_delivery(payload, param)  # a bad delivery gets its own 400, never fails a batch
        loop = asyncio.get_running_loop()
        future: asyncio.Future[tuple[int, bool]] = loop.create_future()
        self._queue.append((payload, kind, param, future))
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain())
        return await future

    def _commit(self, deliveries: list[tuple[dict[str, Any], str, str | None]]) -> list[tuple[int, bool]]:
        """In the worker thread: one transaction for the group, then the check that it went
        into a file that is still there."""
        results = inbox.record_deliveries(self.ctx, deliveries)
        self.ctx.db.ensure_healthy()
        return results

    async def _drain(self) -> None:
        while self._queue:
            batch, self._queue = self._queue[: self.MAX_BATCH], self._queue[self.MAX_BATCH :]
            try:
                results = await asyncio.to_thread(self._commit, [(p, k, t) for p, k, t, _f in batch])
            except Exception as exc:
                for *_delivery, future in batch:
                    if not future.done():
                        future.set_exception(exc)
            else:
                for (*_delivery, future), result in zip(batch, results, strict=True):
                    if not future.done():  # a client that hung up: stored all the same
                        future.set_result(result)


def make_app(ctx: AppContext, on_stored: Callable[[int], None] | None = None) -> Starlette:
    """The receiver's routes; refuses to start with a token that is too short (InputError)."""
    check_token(ctx.secrets.get("provet", "webhook_token"))
    writer = GroupWriter(ctx)

    def token_ok(request: Request) -> bool:
        expected = ctx.secrets.get("provet", "webhook_token")
        given = request.path_params.get("token", "")
        if not expected or len(expected) < MIN_TOKEN_LENGTH or "/" in expected:
            return False
        return secrets.compare_digest(given.encode(), expected.encode())

    async def accepted(request: Request) -> bytes | Response:
        """The body of a request to the secret address, or the answer that refuses it."""
        if not token_ok(request):
            return JSONResponse({"detail": "Not found."}, status_code=404)
        return await _body_or_refusal(request)

    async def webhook(request: Request) -> Response:
        body = await accepted(request)
        if isinstance(body, Response):
            return body
        try:
            payload, kind = _decode(body, request.headers.get("content-type", ""))
            # The address may name the trigger's parameter (one address per webhook).
            event_id, duplicate = await writer.store(payload, kind, request.query_params.get("param"))
        except (ValueError, inbox.WebhookRejected) as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        except Exception as exc:
            # One sentence per run of failures, after a quick integrity check: in a worker thread.
            await asyncio.to_thread(ctx.db.storage_failed, exc, "A webhook delivery")
            return JSONResponse({"detail": "Not stored; try again."}, status_code=503)
        crashpoints.step("provet.webhook.stored")
        if on_stored is not None and not duplicate:
            on_stored(event_id)
        return JSONResponse({"stored": event_id, "duplicate": duplicate})

    async def register(request: Request) -> Response:
        body = await accepted(request)
        if isinstance(body, Response):
            return body
        try:
            data = _json(body.decode("utf-8")) if body.strip() else None
        except ValueError:  # UnicodeDecodeError included
            return JSONResponse({"detail": "The registration is not valid JSON."}, status_code=400)
        if data is None:
            return JSONResponse({"detail": "The body is empty."}, status_code=400)
        try:
            reg = await asyncio.to_thread(hookup.register_hookup, ctx, data)
        except hookup.RegistrationRejected as exc:
            return JSONResponse({"detail": str(exc)}, status_code=400)
        except Exception:
            log.exception("hookup registration could not be stored")
            return JSONResponse({"detail": "Not stored; try again."}, status_code=503)
        return JSONResponse({"registered": reg.client_id})

    app = Starlette(
        routes=[
            # With or without a trailing slash (as pasted in Provet's settings); never a
            # redirect, whose address would be built from the request's Host header.
            Route("/provet/webhook/{token:str}", webhook, methods=["POST"]),
            Route("/provet/webhook/{token:str}/", webhook, methods=["POST"]),
            Route("/provet/hookup/{token:str}", register, methods=["POST"]),
            Route("/provet/hookup/{token:str}/", register, methods=["POST"]),
        ]
    )
    app.router.redirect_slashes = False
    return app


class _SlowClientGuard(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's line and headers: uvicorn has
    none, so a client that connects and sends nothing (or a byte now and then) would hold a
    connection for ever. The body has its own deadline (BODY_TIMEOUT, in the handlers)."""

    _head_timer: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self._waiting_cycle = self.cycle
        self._head_timer = self.loop.call_later(HEAD_TIMEOUT, self._head_too_slow)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if self.cycle is self._waiting_cycle and not self.transport.is_closing():
            self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self._head_timer is not None and self.cycle is not self._waiting_cycle:
            self._disarm()  # the head is in: the request runs

    def on_response_complete(self) -> None:
        finished = self.cycle
        super().on_response_complete()
        if self.cycle is finished and not self.transport.is_closing():
            self._arm()  # kept alive: the next request's head has the same deadline

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def check_listen_address(host: str) -> None:
    """Listening beyond this computer is allowed (a reverse proxy elsewhere) but never silent."""
    name = host.strip().strip("[]")
    if name.lower() == "localhost":
        return
    try:
        loopback = ipaddress.ip_address(name).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        loopback = False
    if not loopback:
        log.warning(
            "The Provet webhook receiver listens on %s: other computers on the network can reach it. "
            "Keep 127.0.0.1 unless a reverse proxy on another computer forwards Provet's deliveries.",
            host,
        )


def _config(app: Starlette, host: str, port: int) -> uvicorn.Config:
    check_listen_address(host)
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
        http=_SlowClientGuard,
    )


class WebhookReceiver:
    """The inbox in a background thread (the desktop app), with its own event loop."""

    def __init__(
        self,
        ctx: AppContext,
        host: str = "127.0.0.1",
        port: int = 0,
        on_stored: Callable[[int], None] | None = None,
    ) -> None:
        from app.core.sandbox import free_port

        self.host = host
        self.port = port or free_port(host)
        self._server = uvicorn.Server(_config(make_app(ctx, on_stored), self.host, self.port))
        self._thread = ServerThread(self._server, "provet-webhooks")

    @property
    def url(self) -> str:
        """The receiver's base address."""
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> WebhookReceiver:
        """Start listening in the background thread; RuntimeError when the port is taken."""
        self._thread.start(
            timeout, f"The webhook receiver could not listen on {self.host}:{self.port} (port in use?)."
        )
        return self

    def stop(self) -> None:
        """Stop listening and wait for the thread."""
        self._thread.stop()

    @property
    def running(self) -> bool:
        """Whether the receiver's thread is alive."""
        return self._thread.running


async def serve(
    ctx: AppContext, host: str, port: int, *, process_every: float = 5.0, stop: asyncio.Event | None = None
) -> None:
    """Foreground inbox (``provet webhooks serve``, ``passerelle serve``): receive, and process
    what is stored. Ends on Ctrl+C (uvicorn's signal handling) or when ``stop`` is set."""
    wake = asyncio.Event()
    loop = asyncio.get_running_loop()

    def stored(_event_id: int) -> None:
        wake.set()  # the handlers run on this loop

    from app.core.listen import listen_socket

    app = make_app(ctx, stored)
    inbox_name = Sentence("cli", QT_TRANSLATE_NOOP("cli", "The Provet webhook inbox"))
    sock = listen_socket(host, port, inbox_name)  # a sentence at every edge
    server = uvicorn.Server(_config(app, host, sock.getsockname()[1]))

    async def processor() -> None:
        while True:
            with contextlib.suppress(TimeoutError):  # not wait_for: it can swallow a cancel on 3.11
                async with asyncio.timeout(process_every):
                    await wake.wait()
            wake.clear()
            try:
                await processing.process_pending(ctx)
            except Exception as exc:  # the next round retries; the inbox keeps everything
                log.warning("processing the inbox failed: %s", exc)

    async def stopper() -> None:
        if stop is not None:
            await stop.wait()
            server.should_exit = True

    tasks = [loop.create_task(processor()), loop.create_task(stopper())]
    try:
        await server.serve(sockets=[sock])
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
