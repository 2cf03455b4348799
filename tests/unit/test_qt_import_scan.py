"""PySide6 no longer reads the source of every module imported after it (app/core/qt.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def fresh_python(script: str) -> str:
    """What ``script`` prints in a fresh interpreter: the suite's own process has imported
    everything long ago."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "PYTHONPATH": "."},
        check=True,
    )
    return done.stdout.strip()


def test_a_module_imported_after_the_qt_shim_is_not_read_for_its_source() -> None:
    out = fresh_python(
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
    assert out == "0", out


def test_without_the_shim_pyside6_does_read_them() -> None:
    """The check above can fail: plain PySide6 reads each new module's source."""
    out = fresh_python(
        """
        import linecache
        import PySide6.QtCore
        before = set(linecache.cache)
        import app.integrations.vetelevage.importing
        print(len([name for name in set(linecache.cache) - before if name.endswith(".py")]))
        """
    )
    assert int(out) > 20, out
