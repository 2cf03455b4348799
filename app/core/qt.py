"""The single place that imports the Qt binding and wires qasync to it.

Import Qt classes from here (``from app.core.qt import QtWidgets``) so the binding and its
environment are set up once, before qasync picks a binding.

qasync (and asyncio under it) is imported when the first loop is made, the ``Qt`` namespace
built and QtNetwork loaded when first used, not with this module: the window is painted before
(issue 16, "window first"); ``from app.core.qt import Qt, QtNetwork, qasync`` still works.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_API", "pyside6")

import contextlib

import PySide6
import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal, Slot


def _no_source_scan_per_import() -> None:
    """Stop PySide6 reading the whole source of every module imported after it.

    PySide6 hooks ``__import__`` and, for each new module, calls ``inspect.getsource`` to see
    whether the text "PySide6" appears in it — for its opt-in ``from __feature__ import
    snake_case`` syntax. That costs ≈ 15 % of every import after Qt (≈ 90 ms over the app's
    modules, some of them on the GUI thread) and keeps ~700 source files in ``linecache``. The
    app never selects a feature, and our modules import Qt through this shim, so the scan told
    PySide6 "not a PySide6 user" for them anyway: answering that for every module changes nothing
    but the cost. If a PySide6 release drops or renames the hook, this does nothing.
    """
    try:
        from shibokensupport import feature
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _never_a_feature_user


def _never_a_feature_user(module: object) -> bool:
    """What PySide6's scan answers for a module that never selects a ``__feature__``."""
    return False


_no_source_scan_per_import()

if TYPE_CHECKING:
    import asyncio
    import types

    from PySide6 import QtNetwork
    from PySide6.QtCore import Qt

__all__ = [
    "Qt",
    "QtCore",
    "QtGui",
    "QtNetwork",
    "QtWidgets",
    "Signal",
    "Slot",
    "binding_versions",
    "ensure_application",
    "is_valid",
    "new_event_loop",
    "open_dialog",
]


def is_valid(obj: object) -> bool:
    """Whether the C++ object behind a Qt wrapper still exists (not deleted by Qt)."""
    return bool(shiboken6.isValid(obj))


def binding_versions() -> dict[str, str]:
    """The versions of the Qt binding, of Qt itself and of qasync, for reports and --self-check."""
    from importlib import metadata  # here, not at start-up: ~10 ms before the window's first paint

    try:
        qasync_version = metadata.version("qasync")
    except metadata.PackageNotFoundError:  # a frozen build without the distribution's metadata
        qasync_version = str(getattr(_qasync(), "__version__", "?"))
    return {"pyside6": PySide6.__version__, "qt": QtCore.qVersion(), "qasync": qasync_version}


def ensure_application(argv: list[str] | None = None) -> QtWidgets.QApplication:
    """Return the running QApplication, creating it (with high-DPI defaults) if needed."""
    app = QtWidgets.QApplication.instance()
    if app is None:
        # High-DPI: fractional scale factors as they are (PassThrough), through Qt's own variable so
        # that touching the ``Qt`` namespace (~15 ms) waits until after the first paint.
        os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")
        app = QtWidgets.QApplication(argv if argv is not None else [])
        _unclipped_tabs(app)
    assert isinstance(app, QtWidgets.QApplication)
    return app


_styles: list[QtCore.QObject] = []


def _unclipped_tabs(app: QtWidgets.QApplication) -> None:
    """Fusion shifts an unselected tab's label down and clips its top: the accent of a capital
    (« À traiter », « Émis ») disappears. The same style without that shift."""
    if app.style().name().lower() != "fusion":
        return
    shift = QtWidgets.QStyle.PixelMetric.PM_TabBarTabShiftVertical

    class Style(QtWidgets.QProxyStyle):
        def pixelMetric(self, metric: Any, option: Any = None, widget: Any = None) -> int:
            return 0 if metric == shift else super().pixelMetric(metric, option, widget)

    style = Style("fusion")
    app.setStyle(style)
    _styles.append(style)  # alive as long as the application uses it


# Qt objects of closed loops, kept so Python never destroys them (see QtEventLoop.close).
_retired: list[QtCore.QObject] = []


def _qasync() -> types.ModuleType:
    """qasync, imported on first use (after PySide6, so it picks this binding)."""
    import qasync

    return qasync


_loop_class: type[Any] | None = None


def _event_loop_class() -> type[Any]:
    """``QtEventLoop``: made (and qasync imported) on first use."""
    global _loop_class
    if _loop_class is None:

        class QtEventLoop(_qasync().QEventLoop):  # type: ignore[misc]
            """qasync's loop, closed so that nothing of it can fire after it is gone.

            qasync's ``close()`` only flags its timer object as stopped: the Qt timers of pending
            ``call_later`` handles stay registered, and when Python later garbage-collects that
            QObject on another thread (an executor or server thread), Qt cannot unregister them and
            the next tick dereferences freed memory (a segfault, seen when loops come and go: the
            tests, a restart after a restore). Kill those timers on the GUI thread and keep the QObjects.
            """

            def close(self) -> None:
                if self.is_closed():
                    return
                timer = self._timer
                for timer_id in list(getattr(timer, "_SimpleTimer__callbacks", {})):
                    timer.killTimer(timer_id)
                notifiers = [*(self._read_notifiers or {}).values(), *(self._write_notifiers or {}).values()]
                super().close()
                _retired.extend([timer, *notifiers])

        _loop_class = QtEventLoop
    return _loop_class


def __getattr__(name: str) -> Any:
    """``Qt``, ``QtNetwork``, ``qasync`` and ``QtEventLoop``, loaded when first asked for."""
    if name == "Qt":  # the namespace's ~700 enums take ~15 ms to build
        from PySide6.QtCore import Qt

        globals()["Qt"] = Qt
        return Qt
    if name == "QtNetwork":  # its libraries take ~4 ms to load: the single-instance guard, after the paint
        from PySide6 import QtNetwork

        globals()["QtNetwork"] = QtNetwork
        return QtNetwork
    if name == "qasync":
        return _qasync()
    if name == "QtEventLoop":
        return _event_loop_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def new_event_loop(app: QtWidgets.QApplication | None = None) -> asyncio.AbstractEventLoop:
    """An asyncio loop that runs on Qt's event loop."""
    loop: asyncio.AbstractEventLoop = _event_loop_class()(app or ensure_application())
    return loop


async def open_dialog(dialog: QtWidgets.QDialog) -> int:
    """Show ``dialog`` window-modally with ``open()`` and await its result.

    Never call ``exec()`` inside a coroutine: it starts a nested loop under asyncio's feet.
    """
    import asyncio

    future: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def done(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(done)
    dialog.open()
    try:
        return await future
    finally:
        with contextlib.suppress(RuntimeError, TypeError):
            dialog.finished.disconnect(done)


def tr(context: str, text: str, *args: Any) -> str:
    """Translate outside a QObject (``QCoreApplication.translate``)."""
    return QtCore.QCoreApplication.translate(context, text)
