"""Vétélevage "Passerelle LGCV": acts push, visit import, product mapping, review, billing."""

from __future__ import annotations

from app.integrations.base import Integration, hooks, lazy

INTEGRATION = Integration(
    name="vetelevage",
    title="Vétélevage",
    tab="app.ui.vetelevage:VetelevageTab",
    **hooks(__name__, connection="connection"),
    schedules=lazy("app.integrations.vetelevage.connection:schedules"),
)
