"""The tabs' modules imported in a background thread once the window has its context.

The first time a tab is shown, its module and what it imports (services, models, libraries) were
imported on the GUI thread: finding, reading and running a hundred modules there froze the window
for 50 ms or more in the middle of the user's first click (issue 16 item 5, measured by
``bench_stalls``). Imported beforehand in a thread, while the dashboard shows, the tab is then only
built. Python's import lock makes this safe: a tab shown while its module is still being imported
waits for that module only, as it would have imported it itself. A module that fails to import is
left for the tab to import (and report) as before.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
from collections.abc import Iterable

from app.integrations.base import Integration

log = logging.getLogger("passerelle.ui.warm_up")

# Built by every window whatever the integrations: the Activity tab and the window's dialogs; and
# what httpx imports only when its first request goes out (httpcore, h11, anyio's asyncio backend:
# some fifty modules, measured on the GUI thread in the first import of visits).
ALWAYS = (
    "app.ui.activity_view",
    "app.ui.attention_view",
    "httpcore",
    "httpcore._backends.anyio",
    "anyio._backends._asyncio",
)


def tab_modules(integrations: Iterable[Integration]) -> list[str]:
    """The modules of every tab, in tab order, then those every window builds."""
    names = [i.tab.partition(":")[0] for i in integrations if i.tab]
    return [*dict.fromkeys([*names, *ALWAYS])]


def start(modules: Iterable[str]) -> threading.Thread:
    """Import ``modules`` in a daemon thread, one after the other, then freeze the garbage
    collector's state again (the modules live as long as the app, like what the window holds:
    see ``run_gui``); the thread (join it to wait)."""
    chosen = list(modules)

    def run() -> None:
        for name in chosen:
            try:
                importlib.import_module(name)
            except Exception as exc:  # the tab imports it again when shown, and says what fails
                log.info("warming %s failed: %s", name, type(exc).__name__)
        start_threads()
        gc.freeze()

    thread = threading.Thread(target=run, name="passerelle-warm-up", daemon=True)
    thread.start()
    return thread


def start_threads() -> None:
    """Start the threads the window uses later, here: starting a thread waits until it runs, which
    on the GUI thread of a busy machine took 100 ms (the UI-state writer at the first column fit,
    measured by bench_stalls); the side loop of the TOTVS RH pages likewise."""
    from app.core import side_loop
    from app.ui.common import ui_state_written

    side_loop.side_loop()
    ui_state_written()
