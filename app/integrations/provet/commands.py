"""``passerelle provet pull|webhooks``: the subcommands and their options (shared/specs/cli.md).

Each handler lives in ``cli.py`` and is imported only when its command runs (:func:`cli_handlers`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_listing import add_listing_options
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.base import cli_handlers, subcommands

_handler = cli_handlers("app.integrations.provet")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``passerelle provet`` commands: pull, webhooks serve and webhooks list."""
    psub = subcommands(sub, "provet", QT_TRANSLATE_NOOP("cli", "Provet Cloud: pull data, webhook inbox"))
    p = psub.add_parser(
        "pull", help=QT_TRANSLATE_NOOP("cli", "fetch every object of ENDPOINT matching the filters")
    )
    p.add_argument(
        "endpoint",
        metavar="ENDPOINT",
        help=QT_TRANSLATE_NOOP("cli", "consultation, invoice, client, patient, …"),
    )
    said = QT_TRANSLATE_NOOP("cli", "a filter, e.g. complaint__icontains=otite (repeatable)")
    p.add_argument("--filter", action="append", default=[], metavar="FIELD__METHOD=VALUE", help=said)
    p.add_argument(
        "--or",
        dest="any_of",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "match any filter (filter_type=or)"),
    )
    said = QT_TRANSLATE_NOOP("cli", "expand this related object (repeatable)")
    p.add_argument("--expose", action="append", default=[], metavar="FIELD", help=said)
    p.add_argument(
        "--out", type=Path, help=QT_TRANSLATE_NOOP("cli", "write a .csv or .json file instead of printing")
    )
    add_listing_options(p, None, QT_TRANSLATE_NOOP("cli", "objects printed (--out writes every one)"))
    p.set_defaults(func=_handler("pull"))
    wsub = subcommands(psub, "webhooks", QT_TRANSLATE_NOOP("cli", "the durable webhook inbox"))
    s = wsub.add_parser("serve", help=QT_TRANSLATE_NOOP("cli", "receive webhooks (stores, then answers 200)"))
    s.add_argument("--host", default="127.0.0.1", help=QT_TRANSLATE_NOOP("cli", "address to listen on"))
    said = QT_TRANSLATE_NOOP("cli", "the port (default: provet.webhook_port)")
    s.add_argument("--port", type=int, default=None, help=said)
    s.set_defaults(func=_handler("serve"))
    lst = wsub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "received events and their state"))
    lst.add_argument(
        "--pending",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "only those not processed yet (or failed)"),
    )
    add_listing_options(lst, 1000, QT_TRANSLATE_NOOP("cli", "events, newest first"))
    lst.set_defaults(func=_handler("list_events"))
