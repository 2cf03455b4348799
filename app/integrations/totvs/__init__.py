"""TOTVS: Saúde Planos continuous-medication prescriptions and refunds; RH co-participation loads."""

from __future__ import annotations

from app.integrations.base import Integration, lazy

saude = Integration(
    name="totvs_saude",
    title="TOTVS Saúde Planos",
    tab="app.ui.totvs_saude_tab:TotvsSaudeTab",
    sandbox=lazy("app.integrations.totvs.sandbox:saude_sandbox"),
    register_cli=lazy("app.integrations.totvs.cli:register"),  # registers both totvs-saude and totvs-rh
    test_connection=lazy("app.integrations.totvs.service_saude:test_connection"),
    status=lazy("app.integrations.totvs.service_saude:status"),
)

rh = Integration(
    name="totvs_rh",
    title="TOTVS RH",
    tab="app.ui.totvs_rh_tab:TotvsRhTab",
    sandbox=lazy("app.integrations.totvs.sandbox:rh_sandbox"),
    test_connection=lazy("app.integrations.totvs.service_rh:test_connection"),
    status=lazy("app.integrations.totvs.service_rh:status"),
)

INTEGRATIONS = [saude, rh]
