"""Vétélevage "Passerelle LGCV": acts push, visit import, product mapping, review, billing."""

from __future__ import annotations

from app.integrations.base import Integration, lazy

INTEGRATION = Integration(
    name="vetelevage",
    title="Vétélevage",
    tab="app.ui.vetelevage:VetelevageTab",
    sandbox=lazy("app.integrations.vetelevage.sandbox:sandbox"),
    register_cli=lazy("app.integrations.vetelevage.cli:register"),
    test_connection=lazy("app.integrations.vetelevage.connection:test_connection"),
    status=lazy("app.integrations.vetelevage.connection:status"),
    schedules=lazy("app.integrations.vetelevage.connection:schedules"),
)
