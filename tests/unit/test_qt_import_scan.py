"""PySide6 no longer reads the source of every module imported after it (app/core/qt.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_module_imported_after_the_qt_shim_is_not_read_for_its_source() -> None:
    # A fresh interpreter: the suite's own process has imported everything long ago.
    script = textwrap.dedent(
        """
        import linecache, sys
        import app.core.qt
        before = set(linecache.cache)
        import app.integrations.vetelevage.importing
        import app.ui.vetelevage.tab
        read = [name for name in set(linecache.cache) - before if name.endswith(".py")]
        print(len(read))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "PYTHONPATH": "."},
        check=True,
    )
    assert done.stdout.strip() == "0", done.stdout + done.stderr


def test_without_the_shim_pyside6_does_read_them() -> None:
    """The check above can fail: plain PySide6 reads each new module's source."""
    script = textwrap.dedent(
        """
        import linecache
        import PySide6.QtCore
        before = set(linecache.cache)
        import app.integrations.vetelevage.importing
        print(len([name for name in set(linecache.cache) - before if name.endswith(".py")]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "PYTHONPATH": "."},
        check=True,
    )
    assert int(done.stdout.strip()) > 20, done.stdout + done.stderr
