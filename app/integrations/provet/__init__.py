"""Provet Cloud: OAuth2, filtered browsing, durable webhook inbox with catch-up, hookup registration."""

from __future__ import annotations

from app.integrations.base import Integration


def _sandbox(seed: int):  # type: ignore[no-untyped-def]
    from app.integrations.provet.sandbox import sandbox

    return sandbox(seed)


def _register_cli(sub):  # type: ignore[no-untyped-def]
    from app.integrations.provet.cli import register

    register(sub)


async def _test(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.provet.service import test_connection

    return await test_connection(ctx)


def _status(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.provet.service import status

    return status(ctx)


def _schedules(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.provet.service import schedules

    return schedules(ctx)


async def _background(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.provet.service import background

    await background(ctx)


INTEGRATION = Integration(
    name="provet",
    title="Provet Cloud",
    tab="app.ui.provet_tab:ProvetTab",
    sandbox=_sandbox,
    register_cli=_register_cli,
    test_connection=_test,
    status=_status,
    schedules=_schedules,
    background=_background,
)
