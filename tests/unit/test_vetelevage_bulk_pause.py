"""The import pauses the cyclic garbage collector for a chunk only (vetelevage/bulk.no_cyclic_gc):
nested and concurrent chunks share one pause, an error still resumes it, and a collector a caller
had disabled stays disabled."""

from __future__ import annotations

import gc
import threading

import pytest

from app.integrations.vetelevage.bulk import no_cyclic_gc


def test_paused_inside_resumed_after_even_on_error() -> None:
    assert gc.isenabled()
    with no_cyclic_gc():
        assert not gc.isenabled()
        with no_cyclic_gc():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the outer chunk is still being stored"
    assert gc.isenabled()
    with pytest.raises(RuntimeError), no_cyclic_gc():
        raise RuntimeError("a chunk that fails")
    assert gc.isenabled()


def test_concurrent_chunks_share_one_pause() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with no_cyclic_gc():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    try:
        assert inside.wait(10)
        with no_cyclic_gc():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the other thread's chunk is still being stored"
    finally:
        release.set()
        thread.join(10)
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    try:
        with no_cyclic_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
