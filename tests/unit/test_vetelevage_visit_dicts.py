"""The import validates visits into plain dictionaries (models.VisiteDict, five times cheaper than
models); ``Visite`` stays the judge of what is held. The two must accept the same visits: same
fields at every level, same required ones, and the same answer on hostile values."""

from __future__ import annotations

import copy
from typing import Any, get_type_hints

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError
from typing_extensions import is_typeddict

from app.integrations.vetelevage import models as wire
from app.integrations.vetelevage.importing import _parse

PAIRS = [
    (wire.Visite, wire.VisiteDict),
    (wire.Personne, wire.PersonneDict),
    (wire.Eleveur, wire.EleveurDict),
    (wire.VisiteActe, wire.VisiteActeDict),
    (wire.VisiteProduit, wire.VisiteProduitDict),
    (wire.Pathologie, wire.PathologieDict),
]

VISIT: dict[str, Any] = {
    "id": "V-000123",
    "compte_id": "C123",
    "date": "2026-11-20",
    "modifiee_le": "2026-11-20T17:41:03+01:00",
    "veterinaire": {"id": "U-7", "nom": "Dr Claire Martin"},
    "eleveur": {"id": "E-55", "nom": "GAEC des Trois Chênes", "cheptel": "FR35123456"},
    "espece": "bovin",
    "actes": [{"code": "VIS-EXPL", "quantite": 1}],
    "produits": [
        {
            "produit_id": "P-884211",
            "libelle": "OXYTOCINE S 10 UI/ML",
            "gtin": "03760087150253",
            "quantite": 2.0,
            "unite": "flacon",
            "lot_fabrication": "A23B",
            "voie": "IM",
        }
    ],
    "pathologies": [{"id": "PA-12", "libelle": "Mammite clinique"}],
    "commentaire": "Traitement 3 vaches lot B",
    "champ_inconnu": {"kept": True},
}

HOSTILE = [None, 1, -1, 1.5, True, "", "x", "-2", "NaN", "1e400", [], {}, [1], {"a": 1}]


@pytest.mark.parametrize(("model", "typed"), PAIRS, ids=[m.__name__ for m, _t in PAIRS])
def test_each_dictionary_has_its_model_fields(model: type[BaseModel], typed: Any) -> None:
    assert is_typeddict(typed)
    hints = get_type_hints(typed, include_extras=True)
    assert set(hints) == set(model.model_fields)
    required = {name for name, f in model.model_fields.items() if f.is_required()}
    assert _required_keys(typed) == required


def _required_keys(typed: Any) -> set[str]:
    """The keys pydantic requires in ``typed`` (read from its core schema)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "typed-dict" and node.get("cls") is typed:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(TypeAdapter(typed).core_schema)
    return {name for name, f in found[0]["fields"].items() if f.get("required", True)}


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += _paths(item, (*path, i))
    return out


def _variants() -> list[Any]:
    variants: list[Any] = [VISIT, None, "V-1", [], {}, {"id": ""}, {"id": "V-1"}]
    for path in _paths(VISIT):
        gone = copy.deepcopy(VISIT)
        parent = gone
        for step in path[:-1]:
            parent = parent[step]
        del parent[path[-1]]
        variants.append(gone)
        for bad in HOSTILE:
            changed = copy.deepcopy(VISIT)
            parent = changed
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = bad
            variants.append(changed)
    return variants


def _accepted(validate: Any, item: Any) -> bool:
    try:
        validate(item)
    except ValidationError:
        return False
    return True


def test_dictionaries_and_models_accept_the_same_visits() -> None:
    fast = wire.visite_dict()
    variants = _variants()
    assert len(variants) > 300
    for item in variants:
        assert _accepted(fast.validate_python, item) == _accepted(wire.Visite.model_validate, item), item


def test_a_held_visit_says_what_the_model_says() -> None:
    bad = copy.deepcopy(VISIT)
    bad["produits"][0]["quantite"] = -2
    parsed = _parse([VISIT, bad, {"id": "V-2", "eleveur": None}])
    assert [v["id"] for v, _raw in parsed.visits] == ["V-000123"]
    assert (
        parsed.visits[0][0]["produits"][0]["quantite"]
        == wire.Visite.model_validate(VISIT).produits[0].quantite
    )
    reasons = [reason for _pos, _id, _raw, reason in parsed.held]
    assert "quantity must not be negative" in reasons[0]
    with pytest.raises(ValidationError) as model_error:
        wire.Visite.model_validate({"id": "V-2", "eleveur": None})
    assert reasons[1].split(": ", 1)[1] == model_error.value.errors()[0]["msg"]
