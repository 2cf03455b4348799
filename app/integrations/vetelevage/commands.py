"""``passerelle vetelevage …``: the subcommands and their options (shared/specs/cli.md).

Each handler lives in ``cli.py`` and is imported only when its command runs (:func:`cli_handlers`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli_listing import add_listing_options
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.base import cli_handlers, subcommands

_handler = cli_handlers("app.integrations.vetelevage")


# What each mapping command's positional argument is, in words.
POSITIONALS = {
    "produit_id": QT_TRANSLATE_NOOP("cli", "the Vétélevage product (its produit_id)"),
    "lgcv_code": QT_TRANSLATE_NOOP("cli", "the clinic product's code (lgcv_code)"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``passerelle vetelevage`` and its subcommands to the command-line parser."""
    vsub = subcommands(
        sub, "vetelevage", QT_TRANSLATE_NOOP("cli", "Vétélevage: acts, visits, mapping, billing")
    )

    p = vsub.add_parser(
        "push-actes", help=QT_TRANSLATE_NOOP("cli", "push the acts list, then read it back and compare")
    )
    p.add_argument(
        "--csv", type=Path, help=QT_TRANSLATE_NOOP("cli", "replace the local acts list from this CSV first")
    )
    p.set_defaults(func=_handler("push_actes"))

    p = vsub.add_parser(
        "import", help=QT_TRANSLATE_NOOP("cli", "fetch the frozen batch, store it, acknowledge it")
    )
    p.add_argument("--compte", help=QT_TRANSLATE_NOOP("cli", "SaaS: only this account"))
    p.set_defaults(func=_handler("import_"))

    csub = subcommands(vsub, "catalog", QT_TRANSLATE_NOOP("cli", "the clinic's product catalogue"))
    c = csub.add_parser("import", help=QT_TRANSLATE_NOOP("cli", "code,libelle,gtin,prix_ht,unite"))
    c.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("cli", "the catalogue file (.csv)"))
    c.set_defaults(func=_handler("catalog_import"))

    msub = subcommands(vsub, "mappings", QT_TRANSLATE_NOOP("cli", "product mappings (produit_id,lgcv_code)"))
    c = msub.add_parser("import", help=QT_TRANSLATE_NOOP("cli", "read mappings from a file"))
    c.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("cli", "the mappings file (.csv)"))
    c.set_defaults(func=_handler("mappings_import"))
    c = msub.add_parser("export", help=QT_TRANSLATE_NOOP("cli", "write every mapping to a file"))
    c.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("cli", "the file to write (.csv)"))
    c.set_defaults(func=_handler("mappings_export"))

    # The mapping commands: name, help, positional arguments (metavar: the name in capitals), handler.
    mapping_commands: tuple[tuple[str, str, tuple[str, ...], Any], ...] = (
        (
            "unmapped",
            QT_TRANSLATE_NOOP("cli", "products seen in waiting visits without a mapping"),
            (),
            _handler("unmapped"),
        ),
        (
            "candidates",
            QT_TRANSLATE_NOOP("cli", "clinic products proposed for one Vétélevage product"),
            ("produit_id",),
            _handler("show_candidates"),
        ),
        (
            "map",
            QT_TRANSLATE_NOOP(
                "cli", "map a Vétélevage product to a clinic product (prints the lines that change)"
            ),
            ("produit_id", "lgcv_code"),
            _handler("map_product"),
        ),
        (
            "unmap",
            QT_TRANSLATE_NOOP("cli", "remove a product's mapping (prints the lines that change)"),
            ("produit_id",),
            _handler("unmap_product"),
        ),
    )
    for name, help_text, positionals, handler in mapping_commands:
        p = vsub.add_parser(name, help=help_text)
        for dest in positionals:
            p.add_argument(dest, metavar=dest.upper(), help=POSITIONALS[dest])
        _json_option(p)
        p.set_defaults(func=handler)

    p = vsub.add_parser("set-aside", help=QT_TRANSLATE_NOOP("cli", "keep a visit out of billing, saying why"))
    p.add_argument("visit_id", metavar="VISIT_ID", help=QT_TRANSLATE_NOOP("cli", "the visit's Vétélevage id"))
    p.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help=QT_TRANSLATE_NOOP("cli", "why the visit is not billed now"),
    )
    _json_option(p)
    p.set_defaults(func=_handler("set_aside_visit"))

    said = QT_TRANSLATE_NOOP("cli", "commit reviewed visits (or every ready visit)")
    p = vsub.add_parser("commit", help=said)
    said = QT_TRANSLATE_NOOP("cli", "every visit whose products are all mapped")
    p.add_argument("--all-ready", action="store_true", help=said)
    said = QT_TRANSLATE_NOOP("cli", "a reviewed visit to commit")
    p.add_argument("--visit", action="append", default=[], metavar="ID", help=said)
    p.set_defaults(func=_handler("commit"))

    p = vsub.add_parser(
        "export", help=QT_TRANSLATE_NOOP("cli", "billing lines of committed visits not exported yet")
    )
    p.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP("cli", "the file to write"))
    formats = QT_TRANSLATE_NOOP("cli", "the file's format (default: csv)")
    p.add_argument("--format", choices=["csv", "xlsx", "json"], default="csv", help=formats)
    p.add_argument(
        "--excel-fr",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "CSV with ';' and decimal commas (French Excel)"),
    )
    p.set_defaults(func=_handler("export"))

    p = vsub.add_parser(
        "reconcile", help=QT_TRANSLATE_NOOP("cli", "imported vs committed vs exported, and what waits")
    )
    p.add_argument("--since", default="", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD"))
    p.add_argument("--until", default="", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD"))
    add_listing_options(p, 200, QT_TRANSLATE_NOOP("cli", "waiting visits"))
    p.set_defaults(func=_handler("reconcile"))

    p = vsub.add_parser(
        "sync-dictionary",
        help=QT_TRANSLATE_NOOP("cli", "refresh the SNGTV product dictionary and reference tables"),
    )
    p.add_argument(
        "--full",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "list the whole dictionary (removes what it no longer holds)"),
    )
    p.set_defaults(func=_handler("sync_dictionary"))


def _json_option(parser: argparse.ArgumentParser) -> None:
    """``--json`` after the command too; absent, the global one (before the command) stands."""
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("cli", "one JSON object"),
    )
