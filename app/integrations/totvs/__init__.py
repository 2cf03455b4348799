"""TOTVS: Saúde Planos continuous-medication prescriptions and refunds; RH co-participation loads."""

from __future__ import annotations

from app.integrations.base import Integration, hooks

saude = Integration(
    name="totvs_saude",
    title="TOTVS Saúde Planos",
    tab="app.ui.totvs_saude_tab:TotvsSaudeTab",
    # Its cli registers both totvs-saude and totvs-rh.
    **hooks(__name__, connection="service_saude", sandbox="saude_sandbox"),
)

rh = Integration(
    name="totvs_rh",
    title="TOTVS RH",
    tab="app.ui.totvs_rh_tab:TotvsRhTab",
    **hooks(__name__, connection="service_rh", sandbox="rh_sandbox", cli=None),
)

INTEGRATIONS = [saude, rh]
