"""A large JSON body is decoded with the cyclic garbage collector paused (app/core/gc_pause.py):
json builds trees, never cycles, and the collections its allocations set off (full ones walking the
whole heap with the interpreter held) only cost time. The collector is as it was afterwards, also
when the body is not JSON."""

from __future__ import annotations

import gc
import json

import httpx
import pytest

from app.core.http import OFF_LOOP_BYTES, BaseClient, MalformedResponse


class Seen(BaseClient):
    enabled_while_decoding: list[bool]

    def decode_json(self, response: httpx.Response) -> object:
        self.enabled_while_decoding.append(gc.isenabled())
        return super().decode_json(response)


def _client() -> Seen:
    client = Seen.__new__(Seen)
    client.service = "Test"
    client.enabled_while_decoding = []
    return client


def _response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


async def test_a_large_body_is_decoded_with_the_collector_paused_then_as_it_was() -> None:
    large = json.dumps(
        {"visites": [{"id": f"V-{i}", "actes": [{"code": "X"}]} for i in range(OFF_LOOP_BYTES // 20)]}
    )
    client = _client()
    assert gc.isenabled()
    decoded = await client.decode_json_async(_response(large.encode()))
    assert len(decoded["visites"]) == OFF_LOOP_BYTES // 20
    assert client.enabled_while_decoding == [False]
    assert gc.isenabled()


async def test_a_small_body_is_decoded_as_before() -> None:
    client = _client()
    assert await client.decode_json_async(_response(b'{"a": 1}')) == {"a": 1}
    assert client.enabled_while_decoding == [True]


async def test_a_large_body_that_is_not_json_leaves_the_collector_on() -> None:
    client = _client()
    with pytest.raises(MalformedResponse):
        await client.decode_json_async(_response(b"<html>" + b"x" * OFF_LOOP_BYTES))
    assert gc.isenabled()
