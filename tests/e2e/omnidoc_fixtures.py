"""An Omnidoc sandbox on loopback and a context configured to reach it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.sandbox import SandboxServer
from app.integrations.omnidoc.sandbox import OmnidocSandbox, configure_demo, sandbox


@pytest.fixture
def omnidoc_server() -> Iterator[SandboxServer]:
    with SandboxServer({"omnidoc": sandbox(0)}) as server:
        yield server


@pytest.fixture
def omnidoc_sim(omnidoc_server: SandboxServer) -> OmnidocSandbox:
    found: OmnidocSandbox = omnidoc_server.specs["omnidoc"].extra["sim"]
    return found


@pytest.fixture
def omnidoc_ctx(any_ctx: Any, omnidoc_server: SandboxServer) -> Any:
    configure_demo(any_ctx, omnidoc_server.base_url("omnidoc"))
    return any_ctx
