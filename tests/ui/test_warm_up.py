"""The tabs' modules are imported in a background thread once the window has its context."""

from __future__ import annotations

import sys
import threading

import pytest

from app.integrations import available
from app.ui import warm_up


def test_every_tab_module_is_warmed_and_the_network_stack_too() -> None:
    modules = warm_up.tab_modules(available())
    for integration in available():
        if integration.tab:
            assert integration.tab.partition(":")[0] in modules
    assert "app.ui.activity_view" in modules and "httpcore" in modules
    assert len(modules) == len(set(modules))


def test_the_thread_imports_them_and_a_broken_one_is_left_to_its_tab(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delitem(sys.modules, "app.ui.warm_up_probe_missing", raising=False)
    caplog.set_level("INFO", logger="passerelle.ui.warm_up")
    thread = warm_up.start(["app.ui.totvs_rh_tab", "app.ui.warm_up_probe_missing"])
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert "app.ui.totvs_rh_tab" in sys.modules
    assert "warming app.ui.warm_up_probe_missing failed: ModuleNotFoundError" in caplog.text


def test_the_threads_used_later_are_started_by_the_warm_up() -> None:
    from app.core import side_loop

    warm_up.start_threads()
    names = {t.name for t in threading.enumerate()}
    assert "passerelle-network" in names
    assert any(n.startswith("passerelle-ui-state") for n in names)
    assert side_loop.side_loop().is_running()
