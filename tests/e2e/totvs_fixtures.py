"""TOTVS Saúde and RH sandboxes on loopback and contexts configured to reach them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.core.sandbox import SandboxServer
from app.integrations.totvs.sandbox import (
    RhSandbox,
    SaudeSandbox,
    configure_rh_demo,
    configure_saude_demo,
    rh_sandbox,
    saude_sandbox,
)


@pytest.fixture
def totvs_server() -> Iterator[SandboxServer]:
    with SandboxServer({"totvs_saude": saude_sandbox(0), "totvs_rh": rh_sandbox(0)}) as server:
        yield server


@pytest.fixture
def saude_sim(totvs_server: SandboxServer) -> SaudeSandbox:
    found: SaudeSandbox = totvs_server.specs["totvs_saude"].extra["sim"]
    return found


@pytest.fixture
def rh_sim(totvs_server: SandboxServer) -> RhSandbox:
    found: RhSandbox = totvs_server.specs["totvs_rh"].extra["sim"]
    return found


@pytest.fixture
def totvs_ctx(any_ctx: Any, totvs_server: SandboxServer) -> Any:
    configure_saude_demo(any_ctx, totvs_server.base_url("totvs_saude"))
    configure_rh_demo(any_ctx, totvs_server.base_url("totvs_rh"))
    return any_ctx
