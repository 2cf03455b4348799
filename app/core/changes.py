"""Live refresh: "this changed" notices between views, and between desks.

A service calls ``changes.notify(topic, key, conn=conn)`` inside the transaction that made the
change. On PostgreSQL the notice is a ``pg_notify`` (delivered to every desk on commit) picked
up by a listener thread; on SQLite (one desk) it is delivered in-process after the commit.
Views subscribe to a topic and reload just what changed instead of polling tables.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from app.core.db import Database

log = logging.getLogger("passerelle.changes")

CHANNEL = "passerelle_changes"
Listener = Callable[[str, str, str], None]  # (topic, key, desk)


class ChangeBus:
    def __init__(self, db: Database, desk: str) -> None:
        self.db = db
        self.desk = desk
        self._listeners: dict[str, list[Listener]] = defaultdict(list)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def subscribe(self, topic: str, listener: Listener) -> None:
        """``topic`` "*" receives everything. Listeners run on the listener thread or the caller's:
        Qt views must hop to the GUI thread (a queued signal)."""
        with self._lock:
            self._listeners[topic].append(listener)

    def unsubscribe(self, topic: str, listener: Listener) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._listeners[topic].remove(listener)

    def notify(self, topic: str, key: str = "", *, conn: Connection | None = None) -> None:
        if conn is None:
            with self.db.transaction() as c:
                self.notify(topic, key, conn=c)
            return
        if self.db.dialect == "postgresql":
            payload = json.dumps({"t": topic, "k": key, "d": self.desk})
            conn.execute(sa.text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": payload})
            return
        # SQLite: one desk; deliver after the commit (never for a rolled-back change).
        pending = conn.info.setdefault("passerelle_pending_changes", [])
        if not pending:
            event.listen(conn, "commit", self._flush_pending, once=True)
            event.listen(
                conn, "rollback", lambda c: c.info.pop("passerelle_pending_changes", None), once=True
            )
        pending.append((topic, key))

    def _flush_pending(self, conn: Connection) -> None:
        for topic, key in conn.info.pop("passerelle_pending_changes", []):
            self._dispatch(topic, key, self.desk)

    def _dispatch(self, topic: str, key: str, desk: str) -> None:
        with self._lock:
            listeners = [*self._listeners.get(topic, []), *self._listeners.get("*", [])]
        for listener in listeners:
            try:
                listener(topic, key, desk)
            except Exception:
                log.exception("change listener failed")

    # -- PostgreSQL listener ---------------------------------------------------
    def start(self) -> None:
        if self.db.dialect != "postgresql" or self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._listen, name="pg-listen", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _listen(self) -> None:
        import psycopg

        url = self.db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True) as pg:
                    pg.execute(f"LISTEN {CHANNEL}")
                    while not self._stop.is_set():
                        for notice in pg.notifies(timeout=0.5, stop_after=100):
                            self._on_notice(notice.payload)
            except Exception as exc:  # server restart: reconnect after a pause
                log.warning("change listener reconnecting: %s", type(exc).__name__)
                self._stop.wait(2.0)

    def _on_notice(self, payload: str) -> None:
        try:
            data: dict[str, Any] = json.loads(payload)
            self._dispatch(str(data["t"]), str(data.get("k", "")), str(data.get("d", "")))
        except (ValueError, KeyError):
            log.warning("ignored a malformed change notice")
