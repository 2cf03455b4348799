"""Shared fixtures: a Vétélevage sandbox on loopback and a context configured to reach it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from app.core.resources import resource
from app.core.sandbox import SandboxServer
from app.integrations.vetelevage import sample_data
from app.integrations.vetelevage.acts import replace_acts
from app.integrations.vetelevage.catalogue import import_catalogue_csv
from app.integrations.vetelevage.models import Acte
from app.integrations.vetelevage.sandbox import VetelevageSandbox, configure_demo, sandbox


@pytest.fixture
def vet_server() -> Iterator[SandboxServer]:
    with SandboxServer({"vetelevage": sandbox(0, token_ttl=3600, visits_per_account=12)}) as server:
        yield server


@pytest.fixture
def sim(vet_server: SandboxServer) -> VetelevageSandbox:
    found: VetelevageSandbox = vet_server.specs["vetelevage"].extra["sim"]
    return found


@pytest.fixture
def vet_ctx(any_ctx: Any, vet_server: SandboxServer) -> Any:
    configure_demo(any_ctx, vet_server.base_url("vetelevage"))
    any_ctx.save_settings()
    return any_ctx


def control(server: SandboxServer, action: str, body: dict[str, Any] | None = None) -> Any:
    url = f"{server.base_url('vetelevage')}/_control/{action}"
    return httpx.post(url, json=body or {}).json()


def load_catalogue_and_acts(ctx: Any) -> None:
    replace_acts(
        ctx,
        [Acte(code=c, libelle=lib, unite=u, prix_ht=Decimal(p)) for c, lib, u, p in sample_data.DEFAULT_ACTS],
    )
    import_catalogue_csv(ctx, resource("samples", "vetelevage_catalogue.csv"))
