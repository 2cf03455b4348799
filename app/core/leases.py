"""Leases: work that must run once per clinic (an import per account, a catch-up poll, a load)
takes a lease first, so two desks sharing one database never run it twice at once.

A lease is a row with a holder and an expiry, renewed by a heartbeat while the work runs. A
desk that dies stops renewing; its lease expires and another desk takes over. Written with
plain conditional UPDATE/INSERT so it behaves the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import sqlalchemy as sa

from app.core.db import Database, utcnow
from app.core.tables import leases

log = logging.getLogger("passerelle.leases")

# How long a lease outlives its holder's last heartbeat. Tests shorten it with PASSERELLE_LEASE_TTL.
DEFAULT_TTL = float(os.environ.get("PASSERELLE_LEASE_TTL", "60"))


class LeaseBusy(RuntimeError):
    """Another desk holds the lease; the message says which, in a sentence for the UI."""

    def __init__(self, name: str, desk: str, expires_at: dt.datetime) -> None:
        self.name = name
        self.desk = desk
        self.expires_at = expires_at
        super().__init__(f"Already running on {desk}.")


@dataclass(frozen=True)
class Holder:
    desk: str
    id: str

    @classmethod
    def for_desk(cls, desk: str) -> Holder:
        return cls(desk=desk, id=f"{desk}:{os.getpid()}:{uuid.uuid4().hex[:8]}")


def pid_alive(pid: int) -> bool:
    """Whether a process of this machine still runs (never signals it: on Windows signal 0 is Ctrl+C)."""
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _dead_on_this_desk(holder_id: str, holder: Holder) -> bool:
    """A lease left by a process of this same desk that has died (a crash, a kill)."""
    parts = holder_id.split(":")
    if len(parts) < 3 or ":".join(parts[:-2]) != holder.desk:
        return False
    try:
        return not pid_alive(int(parts[-2]))
    except ValueError:
        return False


def try_acquire(db: Database, name: str, holder: Holder, ttl: float = DEFAULT_TTL) -> LeaseBusy | None:
    """Take or renew the lease; return None when held by ``holder``, else who holds it.

    A lease expires when its holder stops renewing it (another desk takes over then); one left
    by a dead process of this same desk is taken over at once.
    """
    now = utcnow()
    expires = now + dt.timedelta(seconds=ttl)
    with db.transaction() as conn:
        row = conn.execute(sa.select(leases.c.holder).where(leases.c.name == name)).first()
        stale_own = row is not None and row[0] != holder.id and _dead_on_this_desk(row[0], holder)
        taken = conn.execute(
            sa.update(leases)
            .where(leases.c.name == name)
            .where(
                sa.or_(
                    leases.c.expires_at < now,
                    leases.c.holder == holder.id,
                    leases.c.holder == (row[0] if stale_own and row else ""),
                )
            )
            .values(holder=holder.id, desk=holder.desk, acquired_at=now, expires_at=expires)
        ).rowcount
        if taken:
            return None
        held = conn.execute(sa.select(leases).where(leases.c.name == name)).mappings().first()
        if held is None:
            try:
                with conn.begin_nested():
                    conn.execute(
                        sa.insert(leases).values(
                            name=name, holder=holder.id, desk=holder.desk, acquired_at=now, expires_at=expires
                        )
                    )
                return None
            except sa.exc.IntegrityError:
                held = conn.execute(sa.select(leases).where(leases.c.name == name)).mappings().first()
        assert held is not None
        return LeaseBusy(name, held["desk"], held["expires_at"])


def release(db: Database, name: str, holder: Holder) -> None:
    with db.transaction() as conn:
        conn.execute(sa.delete(leases).where(leases.c.name == name).where(leases.c.holder == holder.id))


def try_acquire_many(
    db: Database, names: list[str], holder: Holder, ttl: float = DEFAULT_TTL
) -> dict[str, LeaseBusy]:
    """Take or renew several leases in one transaction (the rules of :func:`try_acquire`); return
    the ones another holder keeps, by name (all the others are now held by ``holder``)."""
    now = utcnow()
    expires = now + dt.timedelta(seconds=ttl)
    wanted = sorted(set(names))
    chunks = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    busy: dict[str, LeaseBusy] = {}
    with db.transaction() as conn:
        present: dict[str, str] = {}
        for chunk in chunks:
            query = sa.select(leases.c.name, leases.c.holder).where(leases.c.name.in_(chunk))
            present.update((str(n), str(h)) for n, h in conn.execute(query))
        stale = sorted({h for h in present.values() if h != holder.id and _dead_on_this_desk(h, holder)})
        for chunk in chunks:
            conn.execute(
                sa.update(leases)
                .where(leases.c.name.in_(chunk))
                .where(
                    sa.or_(
                        leases.c.expires_at < now, leases.c.holder == holder.id, leases.c.holder.in_(stale)
                    )
                )
                .values(holder=holder.id, desk=holder.desk, acquired_at=now, expires_at=expires)
            )
        missing = [n for n in wanted if n not in present]
        try:
            with conn.begin_nested():
                if missing:
                    conn.execute(
                        sa.insert(leases),
                        [
                            {
                                "name": n,
                                "holder": holder.id,
                                "desk": holder.desk,
                                "acquired_at": now,
                                "expires_at": expires,
                            }
                            for n in missing
                        ],
                    )
        except sa.exc.IntegrityError:  # another desk took some of them meanwhile: one at a time
            for name in missing:
                try:
                    with conn.begin_nested():
                        conn.execute(
                            sa.insert(leases).values(
                                name=name,
                                holder=holder.id,
                                desk=holder.desk,
                                acquired_at=now,
                                expires_at=expires,
                            )
                        )
                except sa.exc.IntegrityError:
                    pass
        for chunk in chunks:
            query = sa.select(leases.c.name, leases.c.holder, leases.c.desk, leases.c.expires_at).where(
                leases.c.name.in_(chunk)
            )
            for name, who, desk, until in conn.execute(query):
                if who != holder.id:
                    busy[str(name)] = LeaseBusy(str(name), desk, until)
    return busy


def release_many(db: Database, names: list[str], holder: Holder) -> None:
    """Release several leases of ``holder`` in one transaction."""
    wanted = sorted(set(names))
    with db.transaction() as conn:
        for i in range(0, len(wanted), 500):
            conn.execute(
                sa.delete(leases)
                .where(leases.c.name.in_(wanted[i : i + 500]))
                .where(leases.c.holder == holder.id)
            )


def current(db: Database, name: str) -> tuple[str, dt.datetime] | None:
    """(desk, expires_at) of a live lease, or None."""
    with db.read() as conn:
        row = conn.execute(
            sa.select(leases.c.desk, leases.c.expires_at)
            .where(leases.c.name == name)
            .where(leases.c.expires_at >= utcnow())
        ).first()
    return (row[0], row[1]) if row else None


@contextlib.asynccontextmanager
async def hold(db: Database, name: str, holder: Holder, ttl: float | None = None) -> AsyncIterator[None]:
    """Hold ``name`` for the duration of the block, renewing it every ttl/3; raise LeaseBusy if taken."""
    ttl = ttl if ttl is not None else DEFAULT_TTL
    busy = await db.run(try_acquire, db, name, holder, ttl)
    if busy is not None:
        raise busy
    lost = asyncio.Event()

    async def heartbeat() -> None:
        while True:
            await asyncio.sleep(ttl / 3)
            again = await db.run(try_acquire, db, name, holder, ttl)
            if again is not None:
                log.warning("lease %s lost to %s", name, again.desk)
                lost.set()
                return

    task = asyncio.get_running_loop().create_task(heartbeat(), name=f"lease-{name}")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await db.run(release, db, name, holder)
