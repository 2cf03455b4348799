"""A Provet pull kept as export rows (the Browse page's CSV export) stores the same objects and
writes the same file as a pull kept as objects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.integrations.provet import browsing, cache, export
from app.integrations.provet.filters import Query
from app.integrations.provet.sandbox import ProvetSandbox
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)

pytestmark = pytest.mark.e2e


async def test_a_flat_pull_stores_every_object_and_writes_the_same_csv(
    provet_ctx: Any, provet_sim: ProvetSandbox, tmp_path: Path
) -> None:
    total = len(provet_sim.objects["consultation"])
    flat = await browsing.pull(provet_ctx, Query("consultation"), page_size=25, flat=True)
    assert len(flat.objects) == total and flat.new == total
    assert all(isinstance(v, str) for row in flat.objects for v in row.values())
    assert len(cache.cached(provet_ctx, "consultation")) == total

    objects = await browsing.pull(provet_ctx, Query("consultation"), page_size=40)
    assert objects.new == 0 and objects.updated == 0
    assert flat.objects == [export.flatten(o) for o in objects.objects]
    export.write_rows(flat.objects, tmp_path / "rows.csv")
    export.write_out(objects.objects, tmp_path / "objects.csv")
    assert (tmp_path / "rows.csv").read_bytes() == (tmp_path / "objects.csv").read_bytes()
    assert (tmp_path / "rows.csv").read_text(encoding="utf-8-sig").count("\n") == total + 1


async def test_a_flat_pull_of_exposed_objects_is_not_stored(
    provet_ctx: Any, provet_sim: ProvetSandbox
) -> None:
    query = Query("consultation", expose=("client",))
    flat = await browsing.pull(provet_ctx, query, page_size=50, flat=True)
    assert flat.objects and flat.new == 0
    assert all(isinstance(v, str) for row in flat.objects for v in row.values())
