from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from app.core.leases import Holder, LeaseBusy, current, hold, release, try_acquire
from app.core.tables import leases
from tests.waiting import wait_until


def test_one_holder_at_a_time_and_expiry_takeover(any_ctx: Any) -> None:
    desk1, desk2 = Holder.for_desk("DESK-1"), Holder.for_desk("DESK-2")
    assert try_acquire(any_ctx.db, "vetelevage.import.C123", desk1, ttl=60) is None
    busy = try_acquire(any_ctx.db, "vetelevage.import.C123", desk2, ttl=60)
    assert isinstance(busy, LeaseBusy) and busy.desk == "DESK-1" and "DESK-1" in str(busy)
    assert try_acquire(any_ctx.db, "vetelevage.import.C123", desk1, ttl=60) is None  # renew
    assert current(any_ctx.db, "vetelevage.import.C123")[0] == "DESK-1"  # type: ignore[index]
    # DESK-1 dies: its lease expires.
    with any_ctx.db.transaction() as conn:
        conn.execute(sa.update(leases).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
    assert current(any_ctx.db, "vetelevage.import.C123") is None
    assert try_acquire(any_ctx.db, "vetelevage.import.C123", desk2, ttl=60) is None
    release(any_ctx.db, "vetelevage.import.C123", desk1)  # not the holder: no effect
    assert current(any_ctx.db, "vetelevage.import.C123")[0] == "DESK-2"  # type: ignore[index]
    release(any_ctx.db, "vetelevage.import.C123", desk2)
    assert current(any_ctx.db, "vetelevage.import.C123") is None


async def test_hold_renews_and_releases(any_ctx: Any) -> None:
    desk1, desk2 = Holder.for_desk("DESK-1"), Holder.for_desk("DESK-2")
    async with hold(any_ctx.db, "provet.catchup", desk1, ttl=0.3):
        first = current(any_ctx.db, "provet.catchup")
        assert first is not None

        def renewed_past_its_ttl() -> bool:
            now = current(any_ctx.db, "provet.catchup")  # None once it expired
            return now is not None and now[1] - first[1] >= dt.timedelta(seconds=0.3)

        # Held longer than its ttl (the heartbeat renewed it), never expired in between.
        await wait_until(renewed_past_its_ttl, what="the heartbeat renews the lease")
        with pytest.raises(LeaseBusy):
            async with hold(any_ctx.db, "provet.catchup", desk2, ttl=0.3):
                pass
    async with hold(any_ctx.db, "provet.catchup", desk2, ttl=0.3):
        pass


def test_a_dead_process_of_the_same_desk_is_taken_over_at_once(any_ctx: Any) -> None:
    import subprocess
    import sys

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    ghost = Holder(desk="DESK-1", id=f"DESK-1:{int(dead.stdout)}:deadbeef")
    assert try_acquire(any_ctx.db, "vetelevage.import.C123", ghost, ttl=600) is None
    assert try_acquire(any_ctx.db, "vetelevage.import.C123", Holder.for_desk("DESK-2"), ttl=600) is not None
    assert try_acquire(any_ctx.db, "vetelevage.import.C123", Holder.for_desk("DESK-1"), ttl=600) is None
