"""Catalogue: the clinic's own products (code, name, GTIN, price) that visit products are billed as.

Owns the CSV import (validated whole before anything is written; waiting visits are
re-evaluated after it), one product added from the mapping dialog (validated per field), and
the listing used by the mapping screens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from app.core.db import utcnow
from app.core.errors import InputError, UserMessage
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.access import NAME
from app.integrations.vetelevage.csvio import collect, parse_decimal, read_rows, said
from app.integrations.vetelevage.evaluation import _refresh_states

if TYPE_CHECKING:
    from app.core.context import AppContext

_IMPORTED = QT_TRANSLATE_NOOP("journal", "{n} clinic products imported")


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
                raise refused(
                    QT_TRANSLATE_NOOP("errors", "Line {line}, column code: a product code is expected."),
                    "code",
                    line=i,
                )
            if row["code"] in seen:
                raise refused(
                    QT_TRANSLATE_NOOP("errors", "Line {line}, column code: {code} appears twice."),
                    "code",
                    line=i,
                    code=row["code"],
                )
            if not row["libelle"]:
                raise refused(
                    QT_TRANSLATE_NOOP("errors", "Line {line}, column libelle: a product name is expected."),
                    "libelle",
                    line=i,
                )
            price = parse_decimal(row["prix_ht"], line=i, field="prix_ht")
            assert price is not None
            if price < 0:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "errors", "Line {line}, column prix_ht: the price must not be negative."
                    ),
                    "prix_ht",
                    line=i,
                )
            gtin = row["gtin"].replace(" ", "") or None
            if gtin and (reason := check_gtin(gtin)):
                raise refused(
                    QT_TRANSLATE_NOOP("errors", "Line {line}, column gtin: {reason}"),
                    "gtin",
                    line=i,
                    reason=reason,
                )
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
            errors.append(said(exc))
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
        ctx.journal.record_done(NAME, "catalogue_import", _IMPORTED, len(values), "products", conn=conn)
    return len(values)


def catalogue(ctx: AppContext) -> list[dict[str, Any]]:
    """Every clinic product, by name."""
    with ctx.db.read() as conn:
        return [
            dict(r) for r in conn.execute(sa.select(t.catalogue).order_by(t.catalogue.c.libelle)).mappings()
        ]


CODE_PATTERN = re.compile(r"[A-Za-z0-9._/-]{1,64}")


@dataclass(frozen=True)
class NewProduct:
    """A clinic product typed in the mapping dialog ("Not in my catalogue"), as typed."""

    code: str
    libelle: str
    prix_ht: str
    unite: str
    gtin: str = ""


def check_product(new: NewProduct) -> dict[str, UserMessage]:
    """What is wrong with a typed clinic product, per field (empty: nothing). No database."""
    from app.core.validators import check_gtin

    problems: dict[str, UserMessage] = {}
    code = new.code.strip()
    if not code:
        problems["code"] = UserMessage(QT_TRANSLATE_NOOP("errors", "A product code is expected."))
    elif not CODE_PATTERN.fullmatch(code):
        problems["code"] = UserMessage(
            QT_TRANSLATE_NOOP(
                "errors", "A code has 1 to 64 letters, digits or . _ / - (no spaces), e.g. MED1090."
            )
        )
    if not new.libelle.strip():
        problems["libelle"] = UserMessage(QT_TRANSLATE_NOOP("errors", "A product name is expected."))
    elif len(new.libelle.strip()) > 300:
        problems["libelle"] = UserMessage(
            QT_TRANSLATE_NOOP("errors", "The name is too long (300 characters at most).")
        )
    price = parse_price(new.prix_ht)
    if price is None:
        problems["prix_ht"] = UserMessage(
            QT_TRANSLATE_NOOP("errors", "A price excluding VAT is expected, e.g. 12,90.")
        )
    elif price < 0:
        problems["prix_ht"] = UserMessage(QT_TRANSLATE_NOOP("errors", "The price must not be negative."))
    if not new.unite.strip():
        problems["unite"] = UserMessage(QT_TRANSLATE_NOOP("errors", "A unit is expected, e.g. flacon."))
    elif len(new.unite.strip()) > 40:
        problems["unite"] = UserMessage(
            QT_TRANSLATE_NOOP("errors", "The unit is too long (40 characters at most).")
        )
    gtin = new.gtin.replace(" ", "")
    if gtin and (reason := check_gtin(gtin)):
        problems["gtin"] = UserMessage(QT_TRANSLATE_NOOP("errors", "{reason}"), {"reason": reason})
    return problems


def parse_price(text: str) -> Decimal | None:
    """A price as typed (``12,90``, ``12.90``, ``1 234,50 €``), or None if it is not a number."""
    try:
        return parse_decimal(text, line=0, field="prix_ht")
    except InputError:
        return None


class ProductRefused(InputError):
    """A typed clinic product that cannot be added: the problems per field, as sentences."""

    def __init__(self, problems: dict[str, UserMessage]) -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__(" ".join(m.text for m in problems.values()), field=first_field)
        self.problems = problems
        self.user_message = first


def add_product(ctx: AppContext, new: NewProduct) -> dict[str, Any]:
    """Add one clinic product (validated; a code already in the catalogue is refused) and
    re-evaluate the waiting visits; returns the stored row."""
    problems = check_product(new)
    if problems:
        raise ProductRefused(problems)
    price = parse_price(new.prix_ht)
    assert price is not None
    code = new.code.strip()
    value: dict[str, Any] = {
        "code": code,
        "libelle": new.libelle.strip(),
        "gtin": new.gtin.replace(" ", "") or None,
        "prix_ht": price,
        "unite": new.unite.strip(),
        "updated_at": utcnow(),
    }
    with ctx.db.transaction() as conn:
        taken = conn.execute(
            sa.select(t.catalogue.c.libelle).where(t.catalogue.c.code == code)
        ).scalar_one_or_none()
        if taken is not None:
            raise ProductRefused(
                {
                    "code": UserMessage(
                        QT_TRANSLATE_NOOP("errors", "Code {code} is already in the catalogue ({name})."),
                        {"code": code, "name": str(taken)},
                    )
                }
            )
        conn.execute(sa.insert(t.catalogue).values(**value))
        ctx.journal.record(
            NAME,
            "catalogue_add",
            "ok",
            QT_TRANSLATE_NOOP("journal", "clinic product {code} added"),
            args={"code": code},
            keys=[code],
            conn=conn,
        )
    return value
