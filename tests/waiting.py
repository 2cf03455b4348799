"""Waiting in ``async def`` tests on Qt's loop (qasync): on the condition itself, never a fixed sleep.

``qtbot.waitUntil``/``waitSignal`` spin a nested Qt loop, which under qasync re-enters the asyncio
task that is waiting ("Cannot enter into task ... while another task is being executed"): in an
async test, await one of these instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

from app.core.qt import QtCore


async def wait_until(condition: Callable[[], Any], timeout: float = 10.0, what: str = "") -> None:
    """Return as soon as ``condition()`` is true, looked at on every turn of the loop; fail
    after ``timeout`` seconds saying what was awaited."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not reached within {timeout} s: {what or condition}")
        await asyncio.sleep(0.005)  # one turn of the loop (and its Qt events), then look again


async def signal_emitted(
    signal: Any, trigger: Callable[[], Any] | None = None, timeout: float = 10.0
) -> tuple[Any, ...]:
    """The arguments of the next emission of ``signal`` (connected before ``trigger()`` runs)."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def emitted(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(emitted, QtCore.Qt.ConnectionType.DirectConnection)
    try:
        if trigger is not None:
            trigger()
        return await asyncio.wait_for(future, timeout)
    finally:
        with contextlib.suppress(RuntimeError, TypeError):  # the sender is gone
            signal.disconnect(emitted)
