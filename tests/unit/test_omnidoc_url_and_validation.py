from __future__ import annotations

import string
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.validators import check_insee, check_nir, check_rpps
from app.integrations.omnidoc.models import URL_FIELDS, OmnidocForm, form_from_json
from app.integrations.omnidoc.url import build_url, parse_url
from app.integrations.omnidoc.validation import errors, warnings

# The seed's two examples, verbatim (line breaks written as \n inside the address).
PARTIAL = (
    "https://app.omnidoc.fr/interop/drafts/new#patient_first_name=Pierre&patient_last_name=Dupont"
    "&patient_nir=11111111111111&patient_gender=M&patient_birth_date=1994-09-10&patient_birth_order=1"
    "&patient_regime=01&recipient_rpps=10002170750"
)
FULL = (
    "https://app.omnidoc.fr/interop/drafts/new#patient_first_name=Pierre&patient_last_name=Dupont"
    "&patient_birth_name=Pasteur&patient_nir=11111111111111&patient_nir_cert=12222222222222&patient_gender=M"
    "&patient_birth_date=1994-09-10&patient_birth_order=1&patient_regime=01&patient_centre=1111"
    "&patient_caisse=111&patient_gestion=10&patient_address=APPARTEMENT%201%20BATIMENT%20GRAVIER\\nRESIDENCE"
    "%20DES%20DUCHMOLLES\\nCHEMIN%20DES%20CATAPULTES%20ROUILLEES\\nPLUCVAILLON\\n72546%20REFERINUM%20SUR%20SARTHE"
    "&text=Le%20patient%20présente%20des%20signes%20de&patient_phone=066666666&patient_birth_place=59158"
    "&recipient_rpps=10002170750&patient_email=louis.dupont@gmail.com"
)
UNRESERVED = set(string.ascii_letters + string.digits + "-._~")


def assert_strict(url: str) -> None:
    _, _, fragment = url.partition("#")
    for pair in filter(None, fragment.split("&")):
        key, _, value = pair.partition("=")
        assert key in URL_FIELDS
        i = 0
        while i < len(value):
            if value[i] == "%":
                assert all(c in string.hexdigits for c in value[i + 1 : i + 3])
                i += 3
            else:
                assert value[i] in UNRESERVED, f"{value[i]!r} left raw in {key}"
                i += 1


@pytest.mark.parametrize("example", [PARTIAL, FULL])
def test_seed_examples_round_trip_with_strict_encoding(example: str) -> None:
    seed_values = parse_url(example)
    form = OmnidocForm(**seed_values)
    built = build_url(form)
    assert built.startswith("https://app.omnidoc.fr/interop/drafts/new#")
    assert_strict(built)
    assert parse_url(built) == seed_values
    # Only filled fields, in the seed's order.
    keys = [p.partition("=")[0] for p in built.partition("#")[2].split("&")]
    assert keys == [k for k in URL_FIELDS if k in seed_values]


def test_full_example_values_decoded() -> None:
    values = parse_url(FULL)
    assert values["patient_address"].splitlines()[0] == "APPARTEMENT 1 BATIMENT GRAVIER"
    assert values["text"] == "Le patient présente des signes de"
    assert values["patient_email"] == "louis.dupont@gmail.com"
    built = build_url(OmnidocForm(**values))
    assert "%40gmail.com" in built and "pr%C3%A9sente" in built and "%0A" in built


def test_seed_examples_flag_exactly_the_nir_and_phone() -> None:
    assert set(errors(OmnidocForm(**parse_url(PARTIAL)))) == {"patient_nir"}
    assert set(errors(OmnidocForm(**parse_url(FULL)))) == {"patient_nir", "patient_nir_cert", "patient_phone"}
    assert "15 characters" in errors(OmnidocForm(**parse_url(PARTIAL)))["patient_nir"]


@pytest.mark.parametrize(
    ("nir", "valid"),
    [
        ("190095916511287", True),  # the seed's example
        ("180017510800192", True),
        ("180017510800193", False),  # wrong key
        ("2 80 01 75 108 001 42", True),
        ("180012A00412343", True),  # Corsica 2A
        ("180012B00412370", True),  # Corsica 2B
        ("180012A00412344", False),  # wrong key
        ("18001751080014", False),  # 14 characters
        ("X80017510800143", False),
        ("", False),
    ],
)
def test_nir_cases(nir: str, valid: bool) -> None:
    assert (check_nir(nir) is None) is valid


@pytest.mark.parametrize(
    ("rpps", "valid"),
    [("10002170750", True), ("1000217075", False), ("1000217075a", False), ("99999999999", True)],
)
def test_rpps_cases(rpps: str, valid: bool) -> None:
    assert (check_rpps(rpps) is None) is valid


@pytest.mark.parametrize(
    ("code", "valid"), [("59158", True), ("2A004", True), ("2B033", True), ("5915", False), ("ABCDE", False)]
)
def test_insee_cases(code: str, valid: bool) -> None:
    assert (check_insee(code) is None) is valid


def test_nir_consistency_warnings() -> None:
    form = OmnidocForm(
        patient_nir_cert="180017510800192", patient_gender="F", patient_birth_date="1981-02-03"
    )
    found = warnings(form)["patient_nir_cert"]
    assert "gender" in found and "year" in found and "month" in found
    assert errors(form) == {}


def test_form_file_accepts_both_shapes_and_refuses_unknown_fields() -> None:
    nested = form_from_json(
        {
            "patient": {"first_name": "Jeanne", "birth_order": 1},
            "recipient_rpps": "10002170750",
            "author_rpps": "x",
            "context": {"id": "1"},
        }
    )
    assert nested.patient_first_name == "Jeanne" and nested.patient_birth_order == "1"
    flat = form_from_json({"patient_first_name": "Jeanne"})
    assert flat.patient_first_name == "Jeanne"
    with pytest.raises(ValueError, match="patient_nope"):
        form_from_json({"patient": {"nope": 1}})


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(URL_FIELDS),
        st.text(min_size=1, max_size=40).filter(str.strip),
        max_size=len(URL_FIELDS),
    )
)
def test_builder_round_trips_any_text(values: dict[str, str]) -> None:
    form = OmnidocForm(**values)
    url = build_url(form)
    assert_strict(url)
    assert parse_url(url) == form.filled()
    assert unquote(url.partition("#")[2]).count("&") >= len(form.filled()) - 1
