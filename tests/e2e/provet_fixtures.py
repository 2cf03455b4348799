"""Provet sandbox on loopback and a context configured to reach it (short tokens, fast retries)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from app.core.sandbox import SandboxServer, free_port
from app.integrations.provet.sandbox import (
    CLIENT_ID,
    PUBLIC_CLIENT_ID,
    ProvetSandbox,
    configure_demo,
    sandbox,
)

__all__ = ["control", "provet_ctx", "provet_server", "provet_sim"]


@pytest.fixture
def provet_server() -> Iterator[SandboxServer]:
    spec = sandbox(0, retry_delay=0.05, consultations=60)
    with SandboxServer({"provet": spec}) as server:
        yield server


@pytest.fixture
def provet_sim(provet_server: SandboxServer) -> ProvetSandbox:
    found: ProvetSandbox = provet_server.specs["provet"].extra["sim"]
    return found


@pytest.fixture
def provet_ctx(ctx: Any, provet_server: SandboxServer) -> Any:
    configure_demo(ctx, provet_server.base_url("provet"))
    # The sign-in listens on a fixed port the integration template lists: a free one per test.
    ctx.settings.provet.redirect_port = free_port()
    uri = f"http://127.0.0.1:{ctx.settings.provet.redirect_port}/callback"
    for client_id in (CLIENT_ID, PUBLIC_CLIENT_ID):
        control(provet_server, "redirect_uris", {"client_id": client_id, "uris": [uri]})
    ctx.save_settings()
    return ctx


def control(server: SandboxServer, action: str, body: dict[str, Any] | None = None) -> Any:
    root = server.base_url("provet").split("/1234/")[0]
    return httpx.post(f"{root}/_control/{action}", json=body or {}).json()
