"""``passerelle totvs-saude …`` and ``passerelle totvs-rh …``: the subcommands and their options (shared/specs/cli.md).

Each handler lives in ``cli.py`` and is imported only when its command runs (:func:`cli_handlers`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_listing import add_listing_options
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.base import cli_handlers, subcommands

_handler = cli_handlers("app.integrations.totvs")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the totvs-saude and totvs-rh commands."""
    ssub = subcommands(
        sub,
        "totvs-saude",
        QT_TRANSLATE_NOOP("cli", "TOTVS Saúde Planos: continuous-medication prescriptions"),
    )
    psub = subcommands(ssub, "prescriptions", QT_TRANSLATE_NOOP("cli", "list or file prescriptions"))
    p = psub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "a subscriber's prescriptions"))
    p.add_argument("--subscriber", required=True, help=QT_TRANSLATE_NOOP("cli", "subscriberId (matrícula)"))
    p.add_argument("--status", default="", help=QT_TRANSLATE_NOOP("cli", "statuses, e.g. 0,1,2"))
    p.add_argument("--medication", default="", help=QT_TRANSLATE_NOOP("cli", "medication code"))
    p.add_argument(
        "--out", type=Path, help=QT_TRANSLATE_NOOP("cli", "write the list to FILE (.csv or .json)")
    )
    add_listing_options(p, None, QT_TRANSLATE_NOOP("cli", "prescriptions printed (--out writes every one)"))
    p.set_defaults(func=_handler("prescriptions_list"))
    p = psub.add_parser(
        "create", help=QT_TRANSLATE_NOOP("cli", "file a new prescription (once, even when retried)")
    )
    p.add_argument(
        "--form",
        type=Path,
        required=True,
        help=QT_TRANSLATE_NOOP("cli", "JSON with the fields of the POST body"),
    )
    p.set_defaults(func=_handler("prescriptions_create"))
    p = ssub.add_parser("refunds", help=QT_TRANSLATE_NOOP("cli", "refund protocols of a prescription"))
    p.add_argument("--prescription", required=True, help=QT_TRANSLATE_NOOP("cli", "prescriptionCode"))
    p.add_argument("--medication", default="", help=QT_TRANSLATE_NOOP("cli", "medication code"))
    p.add_argument(
        "--fields", default="", help=QT_TRANSLATE_NOOP("cli", "properties to return, e.g. protocol,status")
    )
    p.add_argument(
        "--filter", default="", help=QT_TRANSLATE_NOOP("cli", "OData filter, e.g. \"status eq '3'\"")
    )
    add_listing_options(p, None, QT_TRANSLATE_NOOP("cli", "refunds printed"))
    p.set_defaults(func=_handler("refunds"))

    rsub = subcommands(sub, "totvs-rh", QT_TRANSLATE_NOOP("cli", "TOTVS RH: beneficiaries' co-participation"))
    p = rsub.add_parser(
        "pull",
        help=QT_TRANSLATE_NOOP("cli", "load co-participation rows (incremental unless --full or --since)"),
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help=QT_TRANSLATE_NOOP("cli", "load everything again"))
    mode.add_argument(
        "--since",
        metavar="YYYY-MM-DDThh:mm:ss",
        help=QT_TRANSLATE_NOOP("cli", "re-sync rows paid since (the TOTVS server's time; or YYYY-MM-DD)"),
    )
    p.add_argument(
        "--company",
        help=QT_TRANSLATE_NOOP(
            "cli", "companyId: with --branch, that pair; alone, its pairs in the settings"
        ),
    )
    p.add_argument(
        "--branch",
        help=QT_TRANSLATE_NOOP(
            "cli", "branchId: with --company, that pair; alone, its pairs in the settings"
        ),
    )
    p.add_argument(
        "--out",
        type=Path,
        help=QT_TRANSLATE_NOOP("cli", "export the stored rows of the scope to FILE.csv or FILE.xlsx"),
    )
    p.set_defaults(func=_handler("rh_pull"))
