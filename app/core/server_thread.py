"""A uvicorn server run in a daemon thread: started once it listens, stopped on demand."""

from __future__ import annotations

import threading
import time

import uvicorn


class ServerThread:
    """Runs ``server`` in a named daemon thread (the sandbox server, the Provet webhook receiver)."""

    def __init__(self, server: uvicorn.Server, name: str) -> None:
        self._server = server
        self._name = name
        self._thread: threading.Thread | None = None

    def start(self, timeout: float, failure: str) -> None:
        """Start the thread and wait until the server listens; RuntimeError(failure) if it stops
        or ``timeout`` seconds pass first (a port already taken, say)."""
        self._thread = threading.Thread(target=self._server.run, name=self._name, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(failure)
            time.sleep(0.01)  # uvicorn's ``started`` is a plain flag: nothing to wait on

    def stop(self) -> None:
        """Ask the server to exit and wait (up to 10 s) for its thread."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    @property
    def running(self) -> bool:
        """Whether the server's thread is alive."""
        return self._thread is not None and self._thread.is_alive()
