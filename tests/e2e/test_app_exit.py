"""The window closes cleanly while demo work and the schedules are still running: exit code 0,
no traceback, no crash dialog after the application is gone."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# A soak variant for now: twice in CI the xdist worker running it died with no trace while it
# waited for the app to exit (never locally in 9 runs); `pytest -m soak tests/e2e/test_app_exit.py`.
pytestmark = [pytest.mark.e2e, pytest.mark.soak]


@pytest.mark.parametrize("quit_after", ["1.5", "5"])
def test_demo_window_closes_cleanly_with_work_in_flight(quit_after: str, tmp_path: object) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PASSERELLE_NO_SCHEDULER", None)
    result = subprocess.run(
        [sys.executable, "-m", "app", "--demo", "--quit-after", quit_after],
        stdin=subprocess.DEVNULL,  # never the test worker's own channel
        start_new_session=True,  # nothing the app does to its process group reaches the worker
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
