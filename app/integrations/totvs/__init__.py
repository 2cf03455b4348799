"""TOTVS: Saúde Planos continuous-medication prescriptions and refunds; RH co-participation loads."""

from __future__ import annotations

from app.integrations.base import Integration


def _saude_sandbox(seed: int):  # type: ignore[no-untyped-def]
    from app.integrations.totvs.sandbox import saude_sandbox

    return saude_sandbox(seed)


def _rh_sandbox(seed: int):  # type: ignore[no-untyped-def]
    from app.integrations.totvs.sandbox import rh_sandbox

    return rh_sandbox(seed)


def _register_cli(sub):  # type: ignore[no-untyped-def]
    from app.integrations.totvs.cli import register

    register(sub)


async def _saude_test(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.totvs.service_saude import test_connection

    return await test_connection(ctx)


async def _rh_test(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.totvs.service_rh import test_connection

    return await test_connection(ctx)


def _saude_status(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.totvs.service_saude import status

    return status(ctx)


def _rh_status(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.totvs.service_rh import status

    return status(ctx)


saude = Integration(
    name="totvs_saude",
    title="TOTVS Saúde Planos",
    tab="app.ui.totvs_saude_tab:TotvsSaudeTab",
    sandbox=_saude_sandbox,
    register_cli=_register_cli,  # registers both totvs-saude and totvs-rh
    test_connection=_saude_test,
    status=_saude_status,
)

rh = Integration(
    name="totvs_rh",
    title="TOTVS RH",
    tab="app.ui.totvs_rh_tab:TotvsRhTab",
    sandbox=_rh_sandbox,
    test_connection=_rh_test,
    status=_rh_status,
)

INTEGRATIONS = [saude, rh]
