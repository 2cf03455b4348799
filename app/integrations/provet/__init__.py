"""Provet Cloud: OAuth2, filtered browsing, durable webhook inbox with catch-up, hookup registration."""

from __future__ import annotations

from app.integrations.base import Integration, hooks, lazy

NAME = "provet"  # the integration's name in the journal, attention items, keyring and settings

INTEGRATION = Integration(
    name=NAME,
    title="Provet Cloud",
    tab="app.ui.provet.tab:ProvetTab",
    **hooks(__name__, connection="connection"),
    schedules=lazy("app.integrations.provet.schedules:schedules"),
    background=lazy("app.integrations.provet.schedules:background"),
)
