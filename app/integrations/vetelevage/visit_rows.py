"""How a parsed visit becomes the rows of its tables: the values of a stored visit in column order
(the raw JSON encoded once, the names folded for the search once per batch) and the visit as the
in-memory evaluation reads it (app/integrations/vetelevage/incoming.py). Bound as the columns bind by
bulk.insert_rows; used by the import's chunks (importing.py)."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from app.core.search import fold
from app.integrations.vetelevage.incoming import IncomingVisit
from app.integrations.vetelevage.models import VisiteDict

# The columns a stored visit's values fill (:func:`visit_values`), then a visit's and its lines' rows
# as tuples in the order of these columns (bound as the columns bind: bulk.insert_rows).
VALUE_COLUMNS = (
    "compte_id",
    "visit_date",
    "modifiee_le",
    "vet_id",
    "vet_name",
    "breeder_id",
    "breeder_name",
    "cheptel",
    "espece",
    "raw",
    "search_text",
)
_BREEDER, _DATE = VALUE_COLUMNS.index("breeder_id"), VALUE_COLUMNS.index("visit_date")
_COMPTE = VALUE_COLUMNS.index("compte_id")
VISIT_COLUMNS = ("id", "batch_id", "imported_at", *VALUE_COLUMNS, "state", "warnings")
PRODUCT_COLUMNS = ("visit_id", "line_no", "produit_id", "libelle", "gtin", "quantite", "unite")
ACT_COLUMNS = ("visit_id", "line_no", "code", "quantite")
# A visit's raw JSON: json.dumps(raw, ensure_ascii=False, default=str), its encoder built once.
_raw_json = json.JSONEncoder(ensure_ascii=False, default=str).encode
NOBODY: dict[str, str] = {}

Names = Callable[[tuple[str, ...]], tuple[str, ...]]


def names_folder() -> Names:
    """The names of a visit (breeder, vet, herd) folded for the search, the blank ones left out:
    each set of names folded once per batch (breeders and vets recur across a batch)."""
    return functools.lru_cache(maxsize=4096)(lambda names: tuple(fold(n) for n in names if n))


def visit_values(compte: str, v: VisiteDict, raw: Any, folded: Names) -> tuple[Any, ...]:
    """The values of ``VALUE_COLUMNS`` for a visit."""
    vet = v.get("veterinaire", NOBODY)
    breeder = v.get("eleveur", NOBODY)
    vet_name, breeder_name, cheptel = vet.get("nom", ""), breeder.get("nom", ""), breeder.get("cheptel", "")
    return (
        v.get("compte_id") or compte,
        v.get("date", "")[:10],
        v.get("modifiee_le", ""),
        vet.get("id", ""),
        vet_name,
        breeder.get("id", ""),
        breeder_name,
        cheptel,
        v.get("espece", ""),
        _raw_json(raw),
        # As app.core.search.fold_all(id, breeder, vet, herd): one folded text a line.
        "\n".join((fold(v["id"]), *folded((breeder_name, vet_name, cheptel)))),
    )


def incoming_visit(v: VisiteDict, state: str, values: tuple[Any, ...]) -> IncomingVisit:
    return IncomingVisit(
        id=v["id"],
        state=state,
        compte_id=values[_COMPTE],
        breeder_id=values[_BREEDER],
        visit_date=values[_DATE],
        acts=[(a["code"], a.get("quantite", _ONE)) for a in v.get("actes", ())],
        products=[(p["produit_id"], p.get("libelle", ""), p["quantite"]) for p in v.get("produits", ())],
    )


_ONE = Decimal("1")  # an act line's quantity when Vétélevage gives none (models.VisiteActe)
