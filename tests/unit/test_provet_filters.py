"""The filter builder: the seed's examples exactly, every method, refusals naming the field."""

from __future__ import annotations

import datetime as dt
import urllib.parse

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import InputError
from app.integrations.provet.filters import (
    METHODS,
    Filter,
    Query,
    build_params,
    format_datetime,
    parse_datetime,
    readable_query,
)
from app.integrations.provet.schema import ENDPOINTS

BASE = "https://provetcloud.com/1234/api/0.1/"
SEED_VACC = (
    "complaint__icontains=vacc&admitted_time__gte=2017-12-01 00:00%2B00:00"
    "&admitted_time__lt=2018-01-01 00:00%2B00:00&department__is=1&client__is=10&patients__is=20"
)
SEED_JOHN = "client.firstname__is=John&client.lastname__is=Doe"


def seed_example_query() -> Query:
    return Query(
        "consultation",
        (
            Filter("complaint", "icontains", "vacc"),
            Filter("admitted_time", "gte", dt.datetime(2017, 12, 1, tzinfo=dt.UTC)),
            Filter("admitted_time", "lt", "2018-01-01 00:00+00:00"),
            Filter("department", "is", 1),
            Filter("client", "is", "10"),
            Filter("patients", "is", 20),
        ),
    )


def test_seed_consultation_example_exact() -> None:
    params = seed_example_query().params()
    assert readable_query(params) == SEED_VACC
    # What goes on the wire decodes to exactly the seed's parameters, with the + encoded.
    url = httpx.URL(BASE + "consultation/", params=params)
    assert "%2B00%3A00" in str(url) and "+00" not in url.query.decode().replace("+00%3A", "")
    wire = urllib.parse.parse_qsl(url.query.decode())
    seed = [tuple(p.split("=", 1)) for p in SEED_VACC.replace("%2B", "+").split("&")]
    assert wire == seed


def test_seed_related_fields_example_exact() -> None:
    params = build_params(
        "consultation", [Filter("client.firstname", "is", "John"), Filter("client.lastname", "is", "Doe")]
    )
    assert readable_query(params) == SEED_JOHN
    assert build_params("consultation", [Filter("client.id", "is", 10)]) == [("client.id__is", "10")]


def test_or_expose_and_cli_parse() -> None:
    params = build_params(
        "invoicerow",
        [Filter.parse("name__icontains=vaccin"), Filter.parse("total__range=10,20.5")],
        any_of=True,
        expose=["invoice"],
    )
    assert params == [
        ("name__icontains", "vaccin"),
        ("total__range", "10,20.5"),
        ("filter_type", "or"),
        ("expose_invoice", ""),
    ]
    assert readable_query(params).endswith("filter_type=or&expose_invoice")


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filter("status", "eq", 3), ("status__eq", "3")),
        (Filter("status", "is_not", "99"), ("status__is_not", "99")),
        (Filter("status", "not_eq", 0), ("status__not_eq", "0")),
        (Filter("status", "neq", 0), ("status__neq", "0")),
        (Filter("total", "lte", "12.50"), ("total__lte", "12.50")),
        (Filter("total", "gt", 0), ("total__gt", "0")),
        (Filter("invoice_date", "not_in_range", ["2024-01-01 00:00+01:00", "2024-02-01 00:00+01:00"]),
         ("invoice_date__not_in_range", "2024-01-01 00:00+01:00,2024-02-01 00:00+01:00")),
        (Filter("number", "contains", "F2024"), ("number__contains", "F2024")),
        (Filter("number", "contains_not", "F"), ("number__contains_not", "F")),
        (Filter("number", "icontains_not", "f"), ("number__icontains_not", "f")),
        (Filter("status", "in", [0, 1, 2]), ("status__in", "0,1,2")),
        (Filter("status", "not_in", "3, 99"), ("status__not_in", "3,99")),
        (Filter("consultation", "is_null", True), ("consultation__is_null", "true")),
        (Filter("due_date", "gte", dt.date(2024, 3, 1)), ("due_date__gte", "2024-03-01")),
        (Filter("invoice_date", "gte", "2024-03-01T08:30:00Z"), ("invoice_date__gte", "2024-03-01 08:30+00:00")),
    ],
)  # fmt: skip
def test_every_method(flt: Filter, expected: tuple[str, str]) -> None:
    assert build_params("invoice", [flt]) == [expected]


@pytest.mark.parametrize(
    ("endpoint", "flt", "field", "words"),
    [
        ("consultation", Filter("colour", "is", "x"), "colour", "not a field of consultation"),
        ("consultation", Filter("client.shoe_size", "is", 1), "client.shoe_size", "not a field of client"),
        ("consultation", Filter("complaint.x", "is", 1), "complaint.x", "not a related object"),
        ("consultation", Filter("status", "like", 1), "status", "not a filter method"),
        ("consultation", Filter("status", "is", "three"), "status", "whole number"),
        ("consultation", Filter("admitted_time", "gte", "2017-12-01"), "admitted_time", "time zone"),
        ("consultation", Filter("admitted_time", "gte", "2017-12-01 00:00 00:00"), "admitted_time", "YYYY-MM-DD hh:mm"),
        ("consultation", Filter("admitted_time", "gte", dt.datetime(2017, 1, 1)), "admitted_time", "time zone"),
        ("consultation", Filter("status", "icontains", "1"), "status", "only applies to text"),
        ("consultation", Filter("status", "range", "1"), "status", "two values"),
        ("consultation", Filter("status", "in", ""), "status", "at least one"),
        ("consultation", Filter("client", "is_null", "maybe"), "client", "true or false"),
        ("client", Filter("archived", "gt", True), "archived", "true or false"),
        ("invoice", Filter("total", "is", "12,5"), "total", "number"),
        ("patient", Filter("date_of_birth", "is", "31/12/2020"), "date_of_birth", "YYYY-MM-DD"),
    ],
)  # fmt: skip
def test_refusals_name_the_field(endpoint: str, flt: Filter, field: str, words: str) -> None:
    with pytest.raises(InputError) as err:
        build_params(endpoint, [flt])
    assert err.value.field == field
    assert words in str(err.value)


def test_unknown_endpoint_and_bad_expose_and_bad_cli_syntax() -> None:
    with pytest.raises(InputError, match="Unknown Provet Cloud endpoint"):
        build_params("kittens", [])
    with pytest.raises(InputError, match="exposable fields are client"):
        build_params("patient", [], expose=["species"])
    with pytest.raises(InputError, match="FIELD__METHOD=VALUE"):
        Filter.parse("complaint")
    with pytest.raises(InputError, match="no method"):
        Filter.parse("complaint=vacc")


def test_datetime_format_round_trip() -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    value = dt.datetime(2017, 12, 24, 15, 30, tzinfo=paris)
    assert format_datetime(value) == "2017-12-24 15:30+01:00"
    assert parse_datetime("2017-12-24 15:30+01:00") == value
    assert (
        format_datetime(dt.datetime(2020, 1, 1, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30))))
        == "2020-01-01 00:00-05:30"
    )


fields = st.sampled_from(
    sorted({f"{n}" for e in ENDPOINTS.values() for n in e.fields} | {"client.firstname", "x.y", ""})
)
values = st.one_of(st.text(max_size=30), st.integers(), st.booleans(), st.none(), st.lists(st.text(max_size=5), max_size=3),
                   st.datetimes(timezones=st.sampled_from([dt.UTC, None])), st.decimals(allow_nan=True))  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    endpoint=st.sampled_from(sorted(ENDPOINTS)),
    field=fields,
    method=st.sampled_from([*METHODS, "bogus"]),
    value=values,
)
def test_fuzz_never_crashes_and_output_is_encodable(
    endpoint: str, field: str, method: str, value: object
) -> None:
    try:
        params = build_params(endpoint, [Filter(field, method, value)])
    except InputError as exc:
        assert str(exc)
        return
    ((key, _rendered),) = params
    assert key == f"{field}__{method}"
    url = httpx.URL(BASE, params=params)
    assert urllib.parse.parse_qsl(url.query.decode(), keep_blank_values=True) == params
