from __future__ import annotations

import string
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.validators import check_insee, check_nir, check_rpps
from app.integrations.omnidoc.fields import NORMALISERS, FormInvalid
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


# The seed's examples with a NIR, NIR cert and phone that are valid (the seed's own are too short).
FIXED = {
    "patient_nir": "190095916511287",
    "patient_nir_cert": "291097501511477",
    "patient_phone": "0666666666",
}


@pytest.mark.parametrize("example", [PARTIAL, FULL])
def test_seed_examples_round_trip_with_strict_encoding(example: str) -> None:
    seed_values = {k: FIXED.get(k, v) for k, v in parse_url(example).items()}
    form = OmnidocForm(**seed_values)
    built = build_url(form)
    assert built.startswith("https://app.omnidoc.fr/interop/drafts/new#")
    assert_strict(built)
    assert parse_url(built) == seed_values
    # Only filled fields, in the seed's order.
    keys = [p.partition("=")[0] for p in built.partition("#")[2].split("&")]
    assert keys == [k for k in URL_FIELDS if k in seed_values]


def test_full_example_values_decoded() -> None:
    values = {k: FIXED.get(k, v) for k, v in parse_url(FULL).items()}
    assert values["patient_address"].splitlines()[0] == "APPARTEMENT 1 BATIMENT GRAVIER"
    assert values["text"] == "Le patient présente des signes de"
    assert values["patient_email"] == "louis.dupont@gmail.com"
    built = build_url(OmnidocForm(**values))
    assert "%40gmail.com" in built and "pr%C3%A9sente" in built and "%0A" in built


def test_seed_examples_flag_exactly_the_nir_and_phone() -> None:
    assert set(errors(OmnidocForm(**parse_url(PARTIAL)))) == {"patient_nir"}
    assert set(errors(OmnidocForm(**parse_url(FULL)))) == {"patient_nir", "patient_nir_cert", "patient_phone"}
    assert "15 characters" in errors(OmnidocForm(**parse_url(PARTIAL)))["patient_nir"]
    with pytest.raises(FormInvalid) as refused:
        build_url(OmnidocForm(**parse_url(FULL)))  # nothing that Omnidoc would refuse leaves
    assert set(refused.value.fields) == {"patient_nir", "patient_nir_cert", "patient_phone"}


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
    assert nested.author_rpps == "x" and nested.context == {"id": "1"}  # kept, not dropped
    assert errors(nested) == {"author_rpps": "RPPS must be 11 digits."}
    flat = form_from_json({"patient_first_name": "Jeanne"})
    assert flat.patient_first_name == "Jeanne"
    with pytest.raises(ValueError, match="patient_nope"):
        form_from_json({"patient": {"nope": 1}})


FREE_TEXT = [n for n in URL_FIELDS if n not in NORMALISERS]


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(FREE_TEXT),
        st.text(min_size=1, max_size=40).filter(str.strip),
        max_size=len(FREE_TEXT),
    )
)
def test_builder_round_trips_any_text(values: dict[str, str]) -> None:
    form = OmnidocForm(**values)
    url = build_url(form)
    assert_strict(url)
    assert parse_url(url) == {k: v.strip() for k, v in form.filled().items()}
    assert unquote(url.partition("#")[2]).count("&") >= len(form.filled()) - 1


# ---------------------------------------------------------------- what is sent: the normalised value
TYPED = {
    "patient_nir": ("1 90 09 59 165 112 87", "190095916511287"),
    "patient_nir_cert": ("1.80.01.2a.004.123-43", "180012A00412343"),
    "patient_phone": ("+33 6 12 34 56 78", "0612345678"),
    "patient_birth_date": ("12/03/1990", "1990-03-12"),
    "patient_birth_place": (" 2a004 ", "2A004"),
    "recipient_rpps": ("100 0217 0750", "10002170750"),
    "patient_regime": (" 01 ", "01"),
    "patient_centre": ("0 000", "0000"),
    "patient_caisse": ("75-1", "751"),
    "patient_gestion": ("1 0", "10"),
    "patient_birth_order": (" 1 ", "1"),
    "patient_gender": ("f", "F"),
    "patient_email": (" louis.dupont@gmail.com ", "louis.dupont@gmail.com"),
    "patient_last_name": ("  Dupont ", "Dupont"),
}


@pytest.mark.parametrize(("name", "typed", "sent"), [(n, t, s) for n, (t, s) in TYPED.items()])
def test_one_normaliser_for_the_checks_the_url_and_the_body(name: str, typed: str, sent: str) -> None:
    form = OmnidocForm(**{name: typed})
    assert errors(form) == {}
    assert parse_url(build_url(form)) == {name: sent}
    body = form.api_body("10001234567", {})
    where = body["patient"] if name.startswith("patient_") else body
    key = name.removeprefix("patient_")
    assert where[key] == (int(sent) if key == "birth_order" else sent)


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("1990-03-12", "1990-03-12"),
        ("12/03/1990", "1990-03-12"),  # as typed in the French (and Brazilian) UI: day first
        ("2/3/1990", "1990-03-02"),
        ("12.03.1990", "1990-03-12"),
        ("12-03-1990", "1990-03-12"),
    ],
)
def test_birth_dates_as_typed_are_sent_as_aaaa_mm_jj(typed: str, sent: str) -> None:
    assert OmnidocForm(patient_birth_date=typed).normalised() == {"patient_birth_date": sent}


@pytest.mark.parametrize(
    "typed",
    ["19900312", "12031990", "1990-W10-1", "1990W101", "1990-071", "12/03/90", "12/03-1990", "1990/03/12"],
)
def test_ambiguous_dates_are_refused_with_a_sentence_naming_the_field(typed: str) -> None:
    form = OmnidocForm(patient_birth_date=typed)
    assert errors(form) == {
        "patient_birth_date": "Write the date as DD/MM/YYYY (e.g. 12/03/1990) or YYYY-MM-DD."
    }
    with pytest.raises(FormInvalid, match="patient_birth_date") as refused:
        build_url(form)
    assert refused.value.field == "patient_birth_date"
    with pytest.raises(FormInvalid, match="patient_birth_date"):
        form.api_body("10001234567", {})


def test_impossible_and_future_dates_are_refused() -> None:
    assert "does not exist" in errors(OmnidocForm(patient_birth_date="31/02/1990"))["patient_birth_date"]
    assert "future" in errors(OmnidocForm(patient_birth_date="01/01/2999"))["patient_birth_date"]


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("patient_phone", "+32 470 12 34 56"),
        ("patient_phone", "06 12 34 56"),
        ("patient_regime", "1"),
        ("patient_regime", "٠١"),  # Arabic-Indic digits are digits for str.isdigit, not for Omnidoc
        ("recipient_rpps", "9 1000217075 0"),
        ("patient_birth_place", "59 15"),
        ("patient_gender", "X"),
    ],
)
def test_values_that_cannot_be_normalised_name_their_field(name: str, typed: str) -> None:
    form = OmnidocForm(**{name: typed})
    assert set(errors(form)) == {name}
    with pytest.raises(FormInvalid) as refused:
        build_url(form)
    assert refused.value.field == name and name in str(refused.value)


def test_the_body_keeps_the_forms_author_and_context() -> None:
    form = form_from_json(
        {"patient": {"first_name": "Jeanne"}, "author_rpps": "1000 9876 543", "context": {"id": "1234"}}
    )
    body = form.api_body("10001234567", {"passerelle_request": "r1"})
    assert body["author_rpps"] == "10009876543"
    assert body["context"] == {"id": "1234", "passerelle_request": "r1"}
    assert OmnidocForm().api_body("8 10001234567", {})["author_rpps"] == "10001234567"  # without the 8
    with pytest.raises(FormInvalid, match="author_rpps"):
        OmnidocForm().api_body("1234", {})


def test_a_context_that_is_not_a_json_object_names_its_field() -> None:
    with pytest.raises(ValueError, match="context"):
        form_from_json({"context": ["id", "1234"]})
    with pytest.raises(ValueError, match="context"):
        form_from_json({"context": {"id": "a\ud800"}})
    with pytest.raises(ValueError, match="patient_first_name"):
        form_from_json({"patient": {"first_name": {"x": 1}}})


def test_messages_are_translatable_templates() -> None:
    form = OmnidocForm(patient_birth_date="19900312", patient_nir_cert="180017510800192", patient_gender="F")
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "«" + text + "»"

    assert errors(form, translate)["patient_birth_date"].startswith("«Write the date")
    assert warnings(form, translate)["patient_nir_cert"].startswith("«The NIR's first digit")
    assert {c for c, _ in seen} == {"validators"}
