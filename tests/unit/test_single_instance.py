from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.qt import ensure_application
from app.ui.single_instance import SingleInstance

FIRST = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.core.qt import QtCore, ensure_application
    from app.ui.single_instance import SingleInstance
    app = ensure_application([])
    guard = SingleInstance(sys.argv[1])
    assert guard.acquire()
    guard.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    print("ready", flush=True)
    QtCore.QTimer.singleShot(20000, app.quit)
    app.exec()
    guard.release()
    """
)


@contextlib.contextmanager
def first_window(script: str, folder: Path, ready: str) -> Iterator[subprocess.Popen[str]]:
    """A first Passerelle (``script``, on ``folder``) once it has printed ``ready``; killed after."""
    ensure_application([])
    first = subprocess.Popen(
        [sys.executable, "-c", script, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == ready
        yield first
    finally:
        first.kill()
        first.wait()
        if first.stdout is not None:
            first.stdout.close()


def test_second_launch_asks_the_first_to_come_forward(tmp_path: Path) -> None:
    with first_window(FIRST, tmp_path, "ready") as first:
        second = SingleInstance(tmp_path)
        assert second.acquire() is False
        assert first.stdout is not None and first.stdout.readline().strip() == "raised"
        first.wait(timeout=20)
    # The first has gone: the next launch becomes the first.
    third = SingleInstance(tmp_path)
    assert third.acquire() is True
    third.release()


def test_stale_lock_from_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    ensure_application([])
    code = FIRST.replace('print("ready", flush=True)', 'print("ready", flush=True); os._exit(9)')
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout.strip() == "ready" and (tmp_path / "passerelle.lock").exists()
    guard = SingleInstance(tmp_path)
    assert guard.acquire() is True
    guard.release()


@pytest.mark.timeout(120)
def test_self_check_prints_ok() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--self-check"],
        capture_output=True,
        text=True,
        timeout=110,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().endswith("self-check ok")
    assert "PySide6" in proc.stdout
