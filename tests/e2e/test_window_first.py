"""Window first, as a user starts it: when the window is first exposed (painted), none of
SQLAlchemy, Alembic, pydantic, rapidfuzz, httpx nor any integration's service is imported yet;
the store is opened (and migrated) afterwards, in a worker thread, and the app exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.app import MODULES_AT_EXPOSE_ENV

pytestmark = pytest.mark.e2e

HEAVY = ("sqlalchemy", "alembic", "pydantic", "pydantic_settings", "rapidfuzz", "httpx", "authlib")
# Light, but each a library to load or a chain of modules the first paint does not need (in a frozen
# bundle every module before the paint is read from PyInstaller's archive): QtNetwork (the
# single-instance guard listens once painted), hashlib (OpenSSL), multiprocessing, platformdirs
# (a data folder was given), json (no settings file yet), asyncio and qasync (the loop starts after).
NOT_BEFORE_PAINT = (
    "PySide6.QtNetwork",
    "hashlib",
    "_hashlib",
    "multiprocessing",
    "platformdirs",
    "json",
    "asyncio",
    "qasync",
)


def heavy_among(modules: list[str]) -> list[str]:
    """The modules that must wait for the first paint: heavy libraries, services, clients, models."""
    return [
        m
        for m in modules
        if m.split(".")[0] in HEAVY
        or (
            m.startswith("app.integrations.")
            and m.rsplit(".", 1)[-1].startswith(("service", "client", "models", "importing", "cli"))
        )
        or m in ("app.core.db", "app.core.context", "app.core.settings", "app.core.migrations")
    ]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("demo", [False, True], ids=["store", "demo"])
def test_the_window_is_painted_before_the_heavy_modules_are_imported(tmp_path: Path, demo: bool) -> None:
    data = tmp_path / "data"
    modules = tmp_path / "modules.txt"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PASSERELLE_")},
        "QT_QPA_PLATFORM": "offscreen",
        "PASSERELLE_NO_SCHEDULER": "1",
        MODULES_AT_EXPOSE_ENV: str(modules),
    }
    argv = [sys.executable, "-X", "faulthandler", "-m", "app", "--quit-after", "0"]
    argv += ["--demo"] if demo else ["--data-dir", str(data)]
    proc = subprocess.run(
        argv, capture_output=True, text=True, env=env, timeout=150, stdin=subprocess.DEVNULL
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    loaded = modules.read_text(encoding="utf-8").split()
    assert "app.ui.main_window" in loaded and "PySide6.QtWidgets" in loaded
    assert heavy_among(loaded) == []
    assert sorted(set(NOT_BEFORE_PAINT) & set(loaded)) == []
    if not demo:  # the store was opened and migrated after the paint, before the exit
        assert (data / "passerelle.db").stat().st_size > 0
