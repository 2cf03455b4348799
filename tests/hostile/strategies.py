"""Hypothesis strategies and settings shared by the hostile-input tests.

Kept modest (the whole folder runs in well under 90 s on two shared cores): the point is to
cover the shapes a broken or hostile server, file or person can produce, not to search long.
"""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=120,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
if os.environ.get("HOSTILE_FUZZ_NO_SHRINK"):  # debugging: report the first failure as drawn
    FUZZ = settings(FUZZ, phases=[Phase.explicit, Phase.generate])
FUZZ_SMALL = settings(FUZZ, max_examples=50)
FUZZ_CLIENT = settings(FUZZ, max_examples=70)  # each example builds a client and runs a few calls

# Values that broke parsers elsewhere: huge numbers, non-finite floats, empty and blank text,
# separators, control characters, right-to-left marks, surrogate-free odd Unicode.
EDGE_SCALARS: list[Any] = [
    0,
    -1,
    2**63,
    10**400,
    -(10**400),
    1e308,
    "",
    " ",
    "\n",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "0x10",
    "١٢٣",
    "12,50",
    "1.234,56",
    "2017-12-24 15:30+00:00",
    "9999-99-99",
    "null",
    "\u202e",
    "\x00",
    "a" * 300,
    True,
    False,
    None,
]

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(EDGE_SCALARS),
)


def json_values(keys: st.SearchStrategy[str] | None = None, max_leaves: int = 14) -> st.SearchStrategy[Any]:
    """Arbitrary JSON; dictionary keys drawn from ``keys`` (a model's own names) half the time."""
    key_strategy = st.text(max_size=10) if keys is None else st.one_of(keys, st.text(max_size=10))
    return st.recursive(
        json_scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=4),
            st.dictionaries(key_strategy, children, max_size=6),
        ),
        max_leaves=max_leaves,
    )


def field_keys(*models: Any) -> list[str]:
    """Every field name and alias of the given pydantic models, and their nested models'."""
    seen: set[str] = set()
    stack = list(models)
    visited: set[Any] = set()
    while stack:
        model = stack.pop()
        if model in visited or not hasattr(model, "model_fields"):
            continue
        visited.add(model)
        for name, info in model.model_fields.items():
            seen.add(name)
            if info.alias:
                seen.add(info.alias)
                seen.add(info.alias.lower())
            for arg in _nested_types(info.annotation):
                stack.append(arg)
    return sorted(seen) or ["id"]


def _nested_types(annotation: Any) -> list[Any]:
    import typing

    out = []
    if hasattr(annotation, "model_fields"):
        out.append(annotation)
    for arg in typing.get_args(annotation):
        out.extend(_nested_types(arg))
    return out


def objects_for(*models: Any) -> st.SearchStrategy[Any]:
    """JSON built around the models' own keys (so validators run), or anything at all."""
    keys = st.sampled_from(field_keys(*models))
    values = json_values(keys)
    shaped = st.dictionaries(keys, values, max_size=12)
    return st.one_of(shaped, shaped, values)


def json_bytes(values: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    """A JSON document, sometimes damaged (cut, not JSON, NaN literals)."""
    document = values.map(lambda v: json.dumps(v, ensure_ascii=False).encode())
    damaged = st.tuples(document, st.integers(min_value=0, max_value=40)).map(lambda p: p[0][: p[1]])
    return st.one_of(
        document,
        document,
        document,
        damaged,
        st.binary(max_size=40),
        st.sampled_from([b"NaN", b'{"x": NaN}', b"[", b"\xff\xfe{", b"", b"null"]),
    )
