"""Catalogue: the clinic's own products (code, name, GTIN, price) that visit products are billed as.

Owns the CSV import (validated whole before anything is written; waiting visits are
re-evaluated after it) and the listing used by the mapping screens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.db import utcnow
from app.core.errors import InputError
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME
from app.integrations.vetelevage.csvio import collect, parse_decimal, read_rows
from app.integrations.vetelevage.evaluation import _refresh_states

if TYPE_CHECKING:
    from app.core.context import AppContext


def import_catalogue_csv(ctx: AppContext, path: str | Path) -> int:
    """Import code,libelle,gtin,prix_ht,unite: validated whole before anything is written."""
    from app.core.validators import check_gtin

    rows = read_rows(
        Path(path), ["code", "libelle", "gtin", "prix_ht", "unite"], required=["code", "libelle", "prix_ht"]
    )
    errors: list[str] = []
    values = []
    seen: set[str] = set()
    for i, row in enumerate(rows, start=2):
        try:
            if not row["code"]:
                raise InputError(f"Line {i}, column code: a product code is expected.", field="code")
            if row["code"] in seen:
                raise InputError(f"Line {i}, column code: {row['code']} appears twice.", field="code")
            if not row["libelle"]:
                raise InputError(f"Line {i}, column libelle: a product name is expected.", field="libelle")
            price = parse_decimal(row["prix_ht"], line=i, field="prix_ht")
            assert price is not None
            if price < 0:
                raise InputError(
                    f"Line {i}, column prix_ht: the price must not be negative.", field="prix_ht"
                )
            gtin = row["gtin"].replace(" ", "") or None
            if gtin and (reason := check_gtin(gtin)):
                raise InputError(f"Line {i}, column gtin: {reason}", field="gtin")
            seen.add(row["code"])
            values.append(
                {
                    "code": row["code"],
                    "libelle": row["libelle"],
                    "gtin": gtin,
                    "prix_ht": price,
                    "unite": row["unite"],
                    "updated_at": utcnow(),
                }
            )
        except InputError as exc:
            errors.append(str(exc))
    collect(errors)
    with ctx.db.transaction() as conn:
        existing = set(conn.execute(sa.select(t.catalogue.c.code)).scalars())
        for value in values:
            if value["code"] in existing:
                conn.execute(
                    sa.update(t.catalogue).where(t.catalogue.c.code == value["code"]).values(**value)
                )
            else:
                conn.execute(sa.insert(t.catalogue).values(**value))
        _refresh_states(conn)
        ctx.journal.record(
            NAME,
            "catalogue_import",
            "ok",
            QT_TRANSLATE_NOOP("journal", "{n} clinic products imported"),
            args={"n": len(values)},
            counts={"products": len(values)},
            conn=conn,
        )
    return len(values)


def catalogue(ctx: AppContext) -> list[dict[str, Any]]:
    """Every clinic product, by name."""
    with ctx.db.read() as conn:
        return [
            dict(r) for r in conn.execute(sa.select(t.catalogue).order_by(t.catalogue.c.libelle)).mappings()
        ]
