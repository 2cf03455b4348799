"""A TOTVS RH page decoded item by item gives what one ``json.loads`` gives, and refuses the same."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest

from app.core.http import MalformedResponse
from app.integrations.totvs import rh_decode
from app.integrations.totvs.client_rh import RhClient

PAGE = {
    "hasNext": True,
    "items": [
        {"id": "1", "CoparticipationValue": 12.34, "name": "Jo\u00e3o", "nested": {"a": [1, 2.5, None]}},
        {"id": "2", "CoparticipationValue": "7.10", "flags": [True, False], "empty": {}},
        [],
        "text with , and ] inside",
        -0.0,
    ],
    "total": 2,
    "remainingRecords": 0,
    "empty": [],
    "nested": [[1, [2, [3]]], {"k": [4]}],
}


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(PAGE),
        json.dumps(PAGE, indent=2),
        json.dumps(PAGE, separators=(",", ":")),
        "{}",
        " { } ",
        '{"items": []}',
        '{"items" : [ 1 , 2 ] , "x" : 1.50 }\n',
        "[1, 2.5]",
        '"just a string"',
        '{"a": 1, "a": 2}',
        '{"v": 1e400, "w": NaN}',
    ],
)
def test_same_value_as_one_json_loads(text: str) -> None:
    expected = json.loads(text, parse_float=Decimal)
    got = rh_decode.loads(text)
    assert repr(got) == repr(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        '{"a": 1',
        '{"a" 1}',
        '{"a": 1,}',
        '{"a": [1, 2}',
        '{"a": [1 2]}',
        '{"a": [1,]}',
        "{1: 2}",
        '{"a": 1} x',
        '{"a": 1}{}',
        "nope",
    ],
)
def test_refuses_what_json_loads_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        json.loads(text, parse_float=Decimal)
    with pytest.raises(ValueError):
        rh_decode.loads(text)


def test_the_client_decodes_pages_with_it_and_says_when_it_is_not_json() -> None:
    client = RhClient("http://totvs.test/rest", "user", "secret")
    page = httpx.Response(200, content=json.dumps(PAGE).encode("utf-8"))
    assert client.decode_json(page) == json.loads(json.dumps(PAGE), parse_float=Decimal)
    bom = httpx.Response(200, content=b"\xef\xbb\xbf" + json.dumps(PAGE).encode("utf-8"))
    assert client.decode_json(bom)["items"][0]["CoparticipationValue"] == Decimal("12.34")
    with pytest.raises(MalformedResponse):
        client.decode_json(httpx.Response(200, content=b"<html>proxy error</html>"))
