"""Simulators of TOTVS Saúde Planos (token API + continuousMedications) and TOTVS RH
(GPEA003API BeneficiariesCoparticipation), both under ``/rest`` like a Protheus REST server.

One name for both: the Saúde simulator lives in ``sandbox_saude``, the RH one in ``sandbox_rh``,
what they share in ``sandbox_common``; none of them imports the client's models or validators."""

from __future__ import annotations

from app.integrations.totvs.sandbox_common import FIRST, HELP, LAST, PASSWORD, USERNAME, parse_odata
from app.integrations.totvs.sandbox_rh import (
    DEGREES,
    ENVIRONMENT_FAILURE,
    MONEY_FORMATS,
    PROVIDERS,
    RH_COMPANIES,
    SERVER_ZONE,
    SERVER_ZONE_SETTING,
    STAMP,
    RhSandbox,
    cnpj_check_digits,
    configure_rh_demo,
    rh_sandbox,
    seed_rh_demo,
)
from app.integrations.totvs.sandbox_saude import (
    DEMO_SUBSCRIBER,
    HEALTH_INSURER,
    MEDICATIONS,
    PRESCRIPTION_STATUSES,
    REFUND_STATUSES,
    STATES,
    Prescription,
    SaudeSandbox,
    configure_saude_demo,
    saude_sandbox,
)

__all__ = [
    "DEGREES",
    "DEMO_SUBSCRIBER",
    "ENVIRONMENT_FAILURE",
    "FIRST",
    "HEALTH_INSURER",
    "HELP",
    "LAST",
    "MEDICATIONS",
    "MONEY_FORMATS",
    "PASSWORD",
    "PRESCRIPTION_STATUSES",
    "PROVIDERS",
    "REFUND_STATUSES",
    "RH_COMPANIES",
    "SERVER_ZONE",
    "SERVER_ZONE_SETTING",
    "STAMP",
    "STATES",
    "USERNAME",
    "Prescription",
    "RhSandbox",
    "SaudeSandbox",
    "cnpj_check_digits",
    "configure_rh_demo",
    "configure_saude_demo",
    "parse_odata",
    "rh_sandbox",
    "saude_sandbox",
    "seed_rh_demo",
]
