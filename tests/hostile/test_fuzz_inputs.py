"""Item 8, what people type: the identifier validators, the Omnidoc form checks and its prefill
URL (built strictly, parsed back to the same values), and the Provet filter builder. Every
input either passes or is refused with a sentence; nothing raises anything else."""

from __future__ import annotations

import datetime as dt
import urllib.parse

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.core import validators as v
from app.core.errors import InputError
from app.integrations.omnidoc.models import URL_FIELDS, OmnidocForm
from app.integrations.omnidoc.url import build_url, parse_url
from app.integrations.omnidoc.validation import errors, warnings
from app.integrations.provet.filters import (
    METHODS,
    Filter,
    build_params,
    format_datetime,
    parse_datetime,
    readable_query,
)
from app.integrations.provet.schema import ENDPOINTS
from tests.hostile.strategies import EDGE_SCALARS, FUZZ

# Any code point, lone surrogates included (a JSON file's "\ud800" becomes one).
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
typed = st.one_of(
    any_text,
    st.text("0123456789 .-/+AB", max_size=20),
    st.sampled_from([s for s in EDGE_SCALARS if isinstance(s, str)]),
)

CHECKS = [
    v.check_nir,
    v.check_rpps,
    v.check_insee,
    v.check_phone,
    v.check_gtin,
    v.check_cnpj,
    v.check_iso_date,
]


@FUZZ
@given(check=st.sampled_from(CHECKS), text=typed)
def test_validators_answer_a_sentence_or_nothing(check: object, text: str) -> None:
    assert callable(check)
    result = check(text)
    assert result is None or (isinstance(result, str) and result.endswith("."))


@FUZZ
@given(text=typed, length=st.integers(1, 20))
def test_digit_check_and_nir_warnings_never_raise(text: str, length: int) -> None:
    assert v.check_digits(text, length, "Field") in (None,) or isinstance(
        v.check_digits(text, length, "Field"), str
    )
    for birth in (None, dt.date(1980, 2, 29)):
        for gender in (None, "M", "F", "X"):
            assert all(isinstance(w, str) for w in v.nir_warnings(text, birth, gender))


def nir_key(body: str) -> int:
    return 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97


@st.composite
def nirs(draw: st.DrawFn) -> str:
    sex = draw(st.sampled_from("12"))
    year = draw(st.integers(0, 99))
    month = draw(st.integers(1, 12))
    dept = draw(
        st.one_of(
            st.integers(1, 95).map(lambda d: f"{d:02d}").filter(lambda d: d != "20"),
            st.sampled_from(["2A", "2B"]),
        )
    )
    commune = draw(st.integers(1, 990))
    order = draw(st.integers(1, 999))
    body = f"{sex}{year:02d}{month:02d}{dept}{commune:03d}{order:03d}"
    return f"{body}{nir_key(body):02d}"


@FUZZ
@given(nir=nirs(), spaced=st.booleans(), wrong=st.integers(1, 96))
def test_nir_key_is_checked(nir: str, spaced: bool, wrong: int) -> None:
    shown = (
        f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}" if spaced else nir
    )
    assert v.check_nir(shown) is None, shown
    bad_key = (int(nir[13:]) + wrong - 1) % 97 + 1
    if bad_key != int(nir[13:]):
        assert v.check_nir(f"{nir[:13]}{bad_key:02d}") is not None


@FUZZ
@given(digits=st.text("0123456789", min_size=9, max_size=9), prefix=st.sampled_from(["0", "+33"]))
def test_french_phone_numbers(digits: str, prefix: str) -> None:
    assert v.check_phone(prefix + digits) is None
    assert v.check_phone(prefix + digits + "1") is not None
    assert v.check_rpps(digits + "12") is None


form_values = st.dictionaries(st.sampled_from(list(OmnidocForm.model_fields)), typed, max_size=8)


@FUZZ
@given(values=form_values)
@example(values={"patient_first_name": "a\ud800b"})
@example(values={"patient_birth_date": "20240101"})
@example(values={"patient_birth_date": "9999-12-31"})
@example(values={"text": "ligne 1\\nligne 2 & 3 = 4 # 5 % 6"})
def test_omnidoc_form_checks_and_url_round_trip(values: dict[str, str]) -> None:
    """A form either refuses the text (pydantic) or is checked field by field and turns into a
    strictly encoded URL that parses back to exactly the filled values."""
    try:
        form = OmnidocForm(**values)
    except ValidationError:
        return
    found = errors(form)
    assert all(isinstance(k, str) and k in OmnidocForm.model_fields and msg for k, msg in found.items())
    assert all(k in OmnidocForm.model_fields for k in warnings(form))
    if any(k in URL_FIELDS for k in found):  # what cannot be normalised never leaves
        with pytest.raises(InputError) as refused:
            build_url(form, "https://playground.omnidoc.fr/")
        assert refused.value.field in found
        return
    url = build_url(form, "https://playground.omnidoc.fr/")
    assert url.startswith("https://playground.omnidoc.fr/interop/drafts/new#")
    fragment = url.partition("#")[2]
    assert all(c.isascii() and c.isprintable() and c not in " #" for c in fragment)
    assert parse_url(url) == form.normalised()
    assert list(parse_url(url)) == [k for k in URL_FIELDS if k in form.filled()]


@FUZZ
@given(url=any_text.map(lambda t: "https://app.omnidoc.fr/interop/drafts/new#" + t))
def test_omnidoc_url_parser_reads_or_refuses(url: str) -> None:
    try:
        parsed = parse_url(url)
    except ValueError:  # an escape that is not UTF-8 (%ff): refused, not guessed
        return
    assert all(isinstance(k, str) and isinstance(val, str) for k, val in parsed.items())


# ---------------------------------------------------------------- Provet filters

FIELDS = sorted(
    {n for e in ENDPOINTS.values() for n in e.fields}
    | {
        f"{name}.{sub}"
        for e in ENDPOINTS.values()
        for name, f in e.fields.items()
        if f.is_relation
        for sub in ("id", "firstname", "name", "x")
    }
    | {"client.department.name", "", ".", "id.", "client..id"}
)
INJECTIONS = [
    "' OR 1=1 --",
    '"; DROP TABLE x; --',
    "%",
    "_",
    "a%_b",
    "*",
    "NEAR(a b)",
    'a" OR "b',
    "\\",
    "1,2",
    "1;2",
    "&x=1",
    "#frag",
    "+",
    "é",
]
filter_values = st.one_of(
    typed,
    st.sampled_from(INJECTIONS),
    st.integers(),
    st.booleans(),
    st.none(),
    st.lists(st.one_of(st.integers(), st.sampled_from(INJECTIONS), any_text), max_size=3),
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())),
    st.dates(),
    st.decimals(allow_nan=True),
)


@FUZZ
@given(
    endpoint=st.sampled_from(sorted(ENDPOINTS)),
    filters=st.lists(
        st.tuples(st.sampled_from(FIELDS), st.sampled_from([*METHODS, "bogus", ""]), filter_values),
        max_size=3,
    ),
    any_of=st.booleans(),
)
@example(endpoint="consultation", filters=[("complaint", "icontains", "a\ud800")], any_of=False)
@example(endpoint="client", filters=[("firstname", "in", ["x", "\udfff"])], any_of=True)
def test_filter_builder_refuses_with_a_sentence_or_sends_one_param_per_filter(
    endpoint: str, filters: list[tuple[str, str, object]], any_of: bool
) -> None:
    try:
        params = build_params(endpoint, [Filter(*f) for f in filters], any_of=any_of)
    except InputError as exc:
        assert str(exc).strip()
        return
    assert [k for k, _ in params[: len(filters)]] == [f"{f.strip()}__{m.strip()}" for f, m, _ in filters]
    for _key, value in params:
        assert not any(ord(c) < 32 for c in value)
    try:
        url = httpx.URL("https://provet.example/1/api/0.1/consultation/", params=params)
    except UnicodeEncodeError:
        pytest.fail(f"a lone surrogate got through the builder: {params!r}")
    assert urllib.parse.parse_qsl(url.query.decode(), keep_blank_values=True) == params
    readable_query(params)


@FUZZ
@given(text=any_text)
@example(text="complaint__icontains=' OR 1=1 --")
@example(text="client.firstname__in=a,b,,c")
@example(text="__=")
def test_filter_typed_on_the_command_line(text: str) -> None:
    try:
        flt = Filter.parse(text)
        build_params("consultation", [flt])
    except InputError as exc:
        assert str(exc).strip()


@FUZZ
@given(
    when=st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    offset=st.integers(-(23 * 60 + 59), 23 * 60 + 59),
)
def test_datetime_format_round_trip(when: dt.datetime, offset: int) -> None:
    aware = when.replace(second=0, microsecond=0, tzinfo=dt.timezone(dt.timedelta(minutes=offset)))
    assert parse_datetime(format_datetime(aware)) == aware


@FUZZ
@given(
    text=st.one_of(
        any_text,
        st.from_regex(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?\s?(Z|[+-]\d{2}:?\d{2})", fullmatch=True),
    )
)
def test_datetime_parser_refuses_with_value_error(text: str) -> None:
    try:
        parsed = parse_datetime(text)
    except ValueError:
        return
    assert parsed.tzinfo is not None
