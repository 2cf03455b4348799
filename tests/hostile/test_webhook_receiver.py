"""Item 9, the Provet webhook receiver facing the network: a wrong token is 404, an oversized
body 413, a hostile body 400 (never a 5xx that Provet would retry for ever, never a 200 for
something not stored), slow clients are cut off, and it listens on 127.0.0.1 unless told
otherwise — with a warning when told otherwise."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from app.integrations.provet import webhook_server
from app.integrations.provet.tables import provet_events
from app.integrations.provet.webhook_server import MAX_BODY, WebhookReceiver

TOKEN = "whk-4f7c2a9e1b3d5f60a7b8c9d0"


@pytest.fixture
def receiver(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[WebhookReceiver]:
    monkeypatch.setattr(webhook_server, "HEAD_TIMEOUT", 0.6)
    monkeypatch.setattr(webhook_server, "BODY_TIMEOUT", 0.6)
    ctx.secrets.set("provet", "webhook_token", TOKEN)
    server = WebhookReceiver(ctx).start()
    yield server
    server.stop()


def stored(ctx: Any) -> int:
    with ctx.db.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(provet_events)).scalar_one())


WRONG_PATHS = [
    "/provet/webhook/wrong",
    f"/provet/webhook/{TOKEN[:-1]}",
    f"/provet/webhook/{TOKEN}x",
    f"/provet/webhook/{TOKEN.upper()}",
    "/provet/webhook/",
    "/provet/webhook/%00",
    f"/provet/hookup/{TOKEN[:-1]}",
    f"/provet/webhook/..%2Fhookup%2F{TOKEN}",
]


def test_a_wrong_token_is_not_found_and_stores_nothing(ctx: Any, receiver: WebhookReceiver) -> None:
    for path in WRONG_PATHS:
        response = httpx.post(receiver.url + path, data={"consultation_id": "12"})
        assert response.status_code == 404, path
        assert TOKEN not in response.text
    assert stored(ctx) == 0


def test_no_token_configured_means_every_token_is_wrong(ctx: Any, receiver: WebhookReceiver) -> None:
    ctx.secrets.delete("provet", "webhook_token")
    for token in ("", "x", TOKEN):
        assert (
            httpx.post(f"{receiver.url}/provet/webhook/{token}", data={"consultation_id": "1"}).status_code
            == 404
        )
    assert stored(ctx) == 0


def test_the_right_token_stores(ctx: Any, receiver: WebhookReceiver) -> None:
    response = httpx.post(f"{receiver.url}/provet/webhook/{TOKEN}", data={"consultation_id": "12"})
    assert response.status_code == 200 and stored(ctx) == 1


def test_an_oversized_body_is_413(ctx: Any, receiver: WebhookReceiver) -> None:
    url = f"{receiver.url}/provet/webhook/{TOKEN}"
    big = b"consultation_id=1&pad=" + b"x" * (MAX_BODY + 1)
    assert httpx.post(url, content=big).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        yield b"consultation_id=1&pad="
        for _ in range(MAX_BODY // 4096 + 2):
            yield b"x" * 4096

    assert httpx.post(url, content=chunks()).status_code == 413
    assert stored(ctx) == 0


HOSTILE_BODIES = [
    (b'{"consultation_id": "\\ud800"}', "application/json"),
    (b'{"consultation_id": 1, "note": "\\udfff"}', "application/json"),
    (b"[" * 30_000 + b"]" * 30_000, "application/json"),
    (b'{"consultation_id": 1e999}', "application/json"),
    (b'{"consultation_id": "' + b"9" * 5000 + b'"}', "application/json"),
    (b'{"consultation_id": "\xb2"}', "application/json"),
    ("consultation_id=²".encode(), "application/x-www-form-urlencoded"),
    (b"\xff\xfe\x00c", "application/x-www-form-urlencoded"),
    ("&".join(f"f{i}=1" for i in range(500)).encode(), "application/x-www-form-urlencoded"),
    (b"consultation_id=1' OR '1'='1", "application/x-www-form-urlencoded"),
    (b"x_id=1&../../user_id=2", "application/x-www-form-urlencoded"),
    (b"[]", "application/json"),
    (b"", "application/json"),
]


def test_hostile_bodies_are_refused_or_stored_never_5xx(ctx: Any, receiver: WebhookReceiver) -> None:
    with httpx.Client(base_url=f"{receiver.url}/provet") as client:
        for body, content_type in HOSTILE_BODIES:
            before = stored(ctx)
            headers = {"content-type": content_type}
            response = client.post(f"/webhook/{TOKEN}", content=body, headers=headers)
            assert response.status_code in (200, 400), (body[:60], response.text)
            assert (response.status_code == 200) == (stored(ctx) == before + 1), body[:60]
            hookup = client.post(f"/hookup/{TOKEN}", content=body, headers=headers)
            assert hookup.status_code == 400, (body[:60], hookup.text)


def read_until_closed(sock: socket.socket, limit: float) -> tuple[bytes, float]:
    start = time.monotonic()
    data = b""
    sock.settimeout(limit)
    try:
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except TimeoutError:
        pass
    return data, time.monotonic() - start


SLOW_STARTS = [
    b"",  # connects and says nothing
    b"POST /provet/webhook/",  # a request line that never ends
    f"POST /provet/webhook/{TOKEN} HTTP/1.1\r\nHost: x\r\nContent-Type: app".encode(),  # headers
]


def test_a_client_slow_to_send_its_request_is_cut_off(receiver: WebhookReceiver) -> None:
    socks = [socket.create_connection((receiver.host, receiver.port)) for _ in SLOW_STARTS]
    try:
        for sock, sent in zip(socks, SLOW_STARTS, strict=True):
            sock.sendall(sent)
        for sock, sent in zip(socks, SLOW_STARTS, strict=True):
            data, waited = read_until_closed(sock, 5.0)
            assert waited < 4.0, f"the server kept a silent connection open after {sent!r}"
            assert b" 200 " not in data
    finally:
        for sock in socks:
            sock.close()


def test_a_client_slow_to_send_its_body_gets_408(ctx: Any, receiver: WebhookReceiver) -> None:
    head = (
        f"POST /provet/webhook/{TOKEN} HTTP/1.1\r\nHost: x\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 400\r\n\r\nconsultation_id=1"
    )
    with socket.create_connection((receiver.host, receiver.port)) as sock:
        sock.sendall(head.encode())
        data, waited = read_until_closed(sock, 5.0)
    assert waited < 4.0
    assert data.startswith(b"HTTP/1.1 408 "), data[:80]
    assert stored(ctx) == 0


def test_it_still_answers_the_others_while_a_slow_client_hangs(ctx: Any, receiver: WebhookReceiver) -> None:
    with socket.create_connection((receiver.host, receiver.port)) as slow:
        slow.sendall(b"POST /provet/webhook/")
        response = httpx.post(f"{receiver.url}/provet/webhook/{TOKEN}", data={"patient_id": "3"}, timeout=5)
    assert response.status_code == 200 and stored(ctx) == 1


def test_listens_on_loopback_by_default(ctx: Any, receiver: WebhookReceiver) -> None:
    assert receiver.host == "127.0.0.1"
    assert ctx.settings.provet.webhook_host == "127.0.0.1"
    bound = {s.getsockname()[0] for server in receiver._server.servers for s in server.sockets}
    assert bound == {"127.0.0.1"}


def test_the_command_line_listens_on_loopback_by_default() -> None:
    from app.cli import build_parser

    args = build_parser().parse_args(["provet", "webhooks", "serve"])
    assert args.host == "127.0.0.1"


LISTEN = [("0.0.0.0", True), ("::", True), ("192.168.1.20", True), ("clinic-pc", True), ("127.0.0.1", False),
          ("::1", False), ("[::1]", False), ("localhost", False)]  # fmt: skip


def test_listening_beyond_this_computer_is_said_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    for host, warned in LISTEN:
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="passerelle.provet.webhooks"):
            webhook_server.check_listen_address(host)
        said = any(host in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
        assert said is warned, host


def test_a_receiver_configured_for_all_interfaces_warns_when_it_starts(
    ctx: Any, caplog: pytest.LogCaptureFixture
) -> None:
    ctx.secrets.set("provet", "webhook_token", TOKEN)
    with caplog.at_level(logging.WARNING, logger="passerelle.provet.webhooks"):
        server = WebhookReceiver(ctx, host="0.0.0.0").start()
        server.stop()
    assert any("0.0.0.0" in r.getMessage() for r in caplog.records)
