"""Omnidoc teleexpertise: validated request form, prefill URL, API drafts with attachments."""

from __future__ import annotations

from app.integrations.base import Integration, lazy

INTEGRATION = Integration(
    name="omnidoc",
    title="Omnidoc",
    tab="app.ui.omnidoc_tab:OmnidocTab",
    sandbox=lazy("app.integrations.omnidoc.sandbox:sandbox"),
    register_cli=lazy("app.integrations.omnidoc.cli:register"),
    test_connection=lazy("app.integrations.omnidoc.service:test_connection"),
    status=lazy("app.integrations.omnidoc.service:status"),
)
