"""Vétélevage "Passerelle LGCV": acts push, visit import, product mapping, review, billing."""

from __future__ import annotations

from app.integrations.base import Integration


def _sandbox(seed: int):  # type: ignore[no-untyped-def]
    from app.integrations.vetelevage.sandbox import sandbox

    return sandbox(seed)


def _register_cli(sub):  # type: ignore[no-untyped-def]
    from app.integrations.vetelevage.cli import register

    register(sub)


async def _test(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.vetelevage.service import test_connection

    return await test_connection(ctx)


def _status(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.vetelevage.service import status

    return status(ctx)


def _schedules(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.vetelevage.service import schedules

    return schedules(ctx)


INTEGRATION = Integration(
    name="vetelevage",
    title="Vétélevage",
    tab="app.ui.vetelevage_tab:VetelevageTab",
    sandbox=_sandbox,
    register_cli=_register_cli,
    test_connection=_test,
    status=_status,
    schedules=_schedules,
)
