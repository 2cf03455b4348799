"""Provet Cloud: OAuth2, filtered browsing, durable webhook inbox with catch-up, hookup registration."""

from __future__ import annotations

from app.integrations.base import Integration, lazy

INTEGRATION = Integration(
    name="provet",
    title="Provet Cloud",
    tab="app.ui.provet_tab:ProvetTab",
    sandbox=lazy("app.integrations.provet.sandbox:sandbox"),
    register_cli=lazy("app.integrations.provet.cli:register"),
    test_connection=lazy("app.integrations.provet.service:test_connection"),
    status=lazy("app.integrations.provet.service:status"),
    schedules=lazy("app.integrations.provet.service:schedules"),
    background=lazy("app.integrations.provet.service:background"),
)
