"""The window takes the single-instance lock before it is built and listens only once it is
painted: a second launch in between still reaches the first (it tries again for a moment)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from app.core.qt import ensure_application
from app.ui.single_instance import SingleInstance, server_name
from tests.unit.test_single_instance import first_window

# The first takes the lock, says so, and listens 300 ms later (as a window does once painted).
FIRST = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.core.qt import QtCore, ensure_application
    from app.ui.single_instance import SingleInstance
    app = ensure_application([])
    guard = SingleInstance(sys.argv[1])
    assert guard.acquire(listen=False)
    guard.raise_requested.connect(lambda: (print("raised", flush=True), app.quit()))
    print("locked", flush=True)
    QtCore.QTimer.singleShot(300, guard.listen)
    QtCore.QTimer.singleShot(20000, app.quit)
    app.exec()
    guard.release()
    """
)


def test_a_launch_before_the_first_listens_still_brings_it_forward(tmp_path: Path) -> None:
    with first_window(FIRST, tmp_path, "locked") as first:
        second = SingleInstance(tmp_path)
        assert second.acquire() is False  # waited for the first to listen, then asked it
        assert first.stdout is not None and first.stdout.readline().strip() == "raised"
        first.wait(timeout=20)


def test_listen_is_idempotent_and_release_frees_the_lock(tmp_path: Path) -> None:
    ensure_application([])
    guard = SingleInstance(tmp_path)
    assert guard.acquire(listen=False) is True
    guard.listen()
    guard.listen()  # a second call keeps the one server
    guard.release()
    again = SingleInstance(tmp_path)
    assert again.acquire() is True
    again.release()


def test_the_server_name_is_the_sha1_of_the_resolved_folder(tmp_path: Path) -> None:
    import hashlib

    folder = tmp_path / "Données clinique"
    expected = hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]
    # Same name as the versions that hashed with hashlib: a running older window is still found.
    assert server_name(folder) == f"passerelle-{expected}"
