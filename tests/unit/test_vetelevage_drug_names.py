"""The pharmaceutical name normaliser: two labels of one product compare equal, others do not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.integrations.vetelevage.drug_names import Strength, parse, same_product, same_substance


@pytest.mark.parametrize(
    ("sngtv", "clinic"),
    [
        ("AMOXICILLINE 150 MG/ML LA", "Amoxicilline 150 mg/ml La fl. 250 ml"),
        ("OXYTOCINE S 10 UI/ML", "Oxytocine S 10 UI/Ml fl. 50 ml"),
        ("PENICILLINE PROCAINE 300 000 UI", "Penicilline Procaine 300 000 UI fl. 100 ml"),
        ("CARBETOCINE 0,07 MG/ML", "Carbetocine 0.07 mg / mL flacon 50 ml"),
        ("CEFQUINOME INTRAMAMMAIRE", "Cefquinome Intramammaire boîte 15 injecteurs"),
        ("IVERMECTINE 1% BOVINS", "Ivermectine 1 % Bovins fl. 500 ml"),
        ("GONADORELINE 50 µG/ML", "Gonadoréline 50 mcg/ml"),
        ("Oxytétracycline 200 mg/ml L.A.", "OXYTETRACYCLINE 200 LA"),  # a strength without unit
        ("KETOPROFENE 10%", "Kétoprofène 10% sol. inj. fl. 100 ml"),  # presentation words aside
    ],
)
def test_labels_of_one_product_are_the_same_product(sngtv: str, clinic: str) -> None:
    assert same_product(parse(sngtv), parse(clinic))


@pytest.mark.parametrize(
    ("sngtv", "clinic"),
    [
        ("OXYTETRACYCLINE 200 LA", "Amoxicilline 150 mg/ml La fl. 250 ml"),  # another substance
        ("AMOXICILLINE 150 MG/ML", "Amoxicilline 150 mg/ml La fl. 250 ml"),  # LA is another form
        ("AMOXICILLINE 150 MG/ML LA", "Amoxicilline 100 mg/ml La fl. 250 ml"),  # another strength
        ("IVERMECTINE 1% BOVINS", "Ivermectine 1% Ovins"),
        ("AMOXICILLINE 150 MG/ML", "Amoxicilline pour-on 150 mg/ml"),
        ("SERINGUES 20 ML", "Seringues 50 ml"),  # no substance at all: never "the same"
    ],
)
def test_different_products_are_not_the_same(sngtv: str, clinic: str) -> None:
    assert not same_product(parse(sngtv), parse(clinic))


def test_what_a_label_is_read_as() -> None:
    name = parse("Amoxicilline 150 mg/ml La fl. 250 ml")
    assert name.substance == ("amoxicilline",)
    assert name.strengths == (Strength(Decimal("150"), "mg/ml"),)
    assert name.form == frozenset({"la"})
    assert name.packaging == ("250 ml",)
    assert parse("PENICILLINE 300 000 UI").strengths == (Strength(Decimal("300000"), "ui"),)
    assert parse("Vitamine AD3E").substance == ("ad3e", "vitamine")
    assert same_substance(parse("AMOXICILLINE 150 MG/ML"), parse("Amoxicilline 100 mg/ml"))
    assert str(Strength(Decimal("0.070"), "mg/ml")) == "0.07 mg/ml"
