"""The sandboxes' shared HTTP Basic check (app.core.sandbox.basic_auth_ok)."""

from __future__ import annotations

import base64

import pytest
from starlette.requests import Request

from app.core.sandbox import basic_auth_ok


def _request(authorization: str | None) -> Request:
    headers = [] if authorization is None else [(b"authorization", authorization.encode("latin-1"))]
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers})


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_the_right_user_and_password_pass() -> None:
    assert basic_auth_ok(_request(_basic("editor", "s3:cret")), "editor", "s3:cret")
    assert basic_auth_ok(_request(_basic("editor", "pw").replace("Basic", "basic")), "editor", "pw")


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer abc",
        _basic("editor", "wrong"),
        _basic("other", "pw"),
        _basic("editor", "pw") + "x",  # not base64 any more
        "Basic " + base64.b64encode(b"\xff\xfe:pw").decode(),  # not UTF-8
    ],
)
def test_anything_else_is_refused(authorization: str | None) -> None:
    assert not basic_auth_ok(_request(authorization), "editor", "pw")
