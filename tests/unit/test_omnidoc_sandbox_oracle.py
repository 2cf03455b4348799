"""The Omnidoc sandbox is an oracle (issue 14 item 10): its rules come from the seed, not the client."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.integrations.omnidoc import sandbox_rules as rules

CLIENT_SIDE = (
    "app.core.validators",
    "app.integrations.omnidoc.models",
    "app.integrations.omnidoc.validation",
    "app.integrations.omnidoc.url",
    "app.integrations.omnidoc.fields",
    "app.integrations.omnidoc.client",
    "app.integrations.omnidoc.service",
    "app.integrations.omnidoc.prefill",
    "stdnum",
)


@pytest.mark.parametrize("module", ["sandbox.py", "sandbox_rules.py"])
def test_the_sandbox_imports_nothing_from_the_client(module: str) -> None:
    path = Path(rules.__file__).with_name(module)
    imported = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
            imported.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            imported.update(a.name for a in node.names)
    assert not {m for m in imported for c in CLIENT_SIDE if m == c or m.startswith(c + ".")}


@pytest.mark.parametrize(
    ("nir", "ok"),
    [
        ("190095916511287", True),  # the seed's examples
        ("291097501511477", True),
        ("180012A00412343", True),  # Corsica
        ("180012B00412370", True),
        ("180012a00412343", False),  # Omnidoc wants 2A upper-case
        ("1 90 09 59 165 112 87", False),  # spaces: not the documented form
        ("190095916511288", False),  # key
        ("11111111111111", False),  # the seed's own example is 14 characters
    ],
)
def test_nir_as_the_seed_documents_it(nir: str, ok: bool) -> None:
    assert (rules.FORMATS["patient_nir"](nir) is None) is ok


def test_the_seeds_partial_example_is_read_and_its_short_nir_refused() -> None:
    url = (
        "https://app.omnidoc.fr/interop/drafts/new#patient_first_name=Pierre&patient_last_name=Dupont"
        "&patient_nir=11111111111111&patient_gender=M&patient_birth_date=1994-09-10&patient_birth_order=1"
        "&patient_regime=01&recipient_rpps=10002170750"
    )
    values, errors = rules.parse_prefill_url(url)
    assert set(errors) == {"patient_nir"}
    assert values["patient_birth_date"] == "1994-09-10" and values["recipient_rpps"] == "10002170750"


@pytest.mark.parametrize(
    ("patient", "refused"),
    [
        ({"birth_date": "1990-03-12", "birth_order": 1, "phone": "0612345678"}, set()),
        ({"birth_date": "12/03/1990"}, {"patient.birth_date"}),
        ({"birth_date": "1990-02-30"}, {"patient.birth_date"}),
        ({"birth_order": "1"}, {"patient.birth_order"}),  # "entier"
        ({"birth_order": True}, {"patient.birth_order"}),
        ({"phone": "+33612345678"}, {"patient.phone"}),
        ({"regime": 1}, {"patient.regime"}),
        ({"nope": "x"}, {"patient.nope"}),
    ],
)
def test_the_body_as_the_seed_documents_it(patient: dict[str, object], refused: set[str]) -> None:
    assert set(rules.check_body({"patient": patient})) == refused


def test_unknown_body_fields_and_bad_rpps_are_refused() -> None:
    errors = rules.check_body({"auteur": "x", "author_rpps": "810001234567", "context": []})
    assert set(errors) == {"auteur", "author_rpps", "context"}
