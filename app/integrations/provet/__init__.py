"""Provet Cloud: OAuth2, filtered browsing, durable webhook inbox with catch-up, hookup registration."""

from __future__ import annotations

from app.integrations.base import Integration, lazy

NAME = "provet"  # the integration's name in the journal, attention items, keyring and settings

INTEGRATION = Integration(
    name=NAME,
    title="Provet Cloud",
    tab="app.ui.provet.tab:ProvetTab",
    sandbox=lazy("app.integrations.provet.sandbox:sandbox"),
    register_cli=lazy("app.integrations.provet.cli:register"),
    test_connection=lazy("app.integrations.provet.connection:test_connection"),
    status=lazy("app.integrations.provet.connection:status"),
    schedules=lazy("app.integrations.provet.schedules:schedules"),
    background=lazy("app.integrations.provet.schedules:background"),
)
