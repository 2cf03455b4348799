"""Omnidoc teleexpertise: validated request form, prefill URL, API drafts with attachments."""

from __future__ import annotations

from app.integrations.base import Integration, hooks

INTEGRATION = Integration(
    name="omnidoc",
    title="Omnidoc",
    tab="app.ui.omnidoc_tab:OmnidocTab",
    **hooks(__name__, connection="service"),
)
