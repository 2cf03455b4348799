"""Omnidoc teleexpertise: validated request form, prefill URL, API drafts with attachments."""

from __future__ import annotations

from app.integrations.base import Integration


def _sandbox(seed: int):  # type: ignore[no-untyped-def]
    from app.integrations.omnidoc.sandbox import sandbox

    return sandbox(seed)


def _register_cli(sub):  # type: ignore[no-untyped-def]
    from app.integrations.omnidoc.cli import register

    register(sub)


async def _test(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.omnidoc.service import test_connection

    return await test_connection(ctx)


def _status(ctx):  # type: ignore[no-untyped-def]
    from app.integrations.omnidoc.service import status

    return status(ctx)


INTEGRATION = Integration(
    name="omnidoc",
    title="Omnidoc",
    tab="app.ui.omnidoc_tab:OmnidocTab",
    sandbox=_sandbox,
    register_cli=_register_cli,
    test_connection=_test,
    status=_status,
)
