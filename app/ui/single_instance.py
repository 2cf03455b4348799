"""One window per data dir: a second launch asks the first to come forward and exits.

A QLockFile in the data dir makes sure there are never two writers on one database; a
QLocalServer named after the data dir receives "raise" from later launches. A lock left by a
crashed process is stale (its PID is gone) and is taken over.

The window takes the lock before it is built (a second launch shows no window) and may start
listening once it is painted (``acquire(listen=False)``, then :meth:`SingleInstance.listen`):
QtNetwork is loaded then, not before the first paint. A later launch that finds the lock taken
but nobody listening yet tries again for a moment.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.qt import QtCore

if TYPE_CHECKING:
    from app.core.qt import QtNetwork

log = logging.getLogger("passerelle.single_instance")

_MESSAGE = b"raise\n"


def server_name(data_dir: Path) -> str:
    """The local server's name for ``data_dir`` (SHA-1 of its resolved path: Qt's, not hashlib's,
    whose OpenSSL library would load before the first paint)."""
    data = str(Path(data_dir).resolve()).encode()
    digest = QtCore.QCryptographicHash.hash(data, QtCore.QCryptographicHash.Algorithm.Sha1)
    return f"passerelle-{bytes(digest.toHex().data()).decode()[:16]}"


class SingleInstance(QtCore.QObject):
    raise_requested = QtCore.Signal()

    def __init__(self, data_dir: Path, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock = QtCore.QLockFile(str(self.data_dir / "passerelle.lock"))
        self._lock.setStaleLockTime(0)  # staleness is decided by the PID, not by age
        self._server: QtNetwork.QLocalServer | None = None

    def acquire(self, *, listen: bool = True) -> bool:
        """True if this process is the first; False if another one runs (it was asked to come
        forward). ``listen=False``: the lock only; call :meth:`listen` later (after the paint)."""
        if self._lock.tryLock(100) or (
            # The holder may have crashed without cleaning up: removeStaleLockFile checks its PID.
            self._lock.error() == QtCore.QLockFile.LockError.LockFailedError
            and self._lock.removeStaleLockFile()
            and self._lock.tryLock(100)
        ):
            if listen:
                self.listen()
            return True
        self._notify_first()
        return False

    def listen(self) -> None:
        """Receive "raise" from later launches (once; the lock must be held)."""
        if self._server is not None:
            return
        from app.core.qt import QtNetwork

        name = server_name(self.data_dir)
        QtNetwork.QLocalServer.removeServer(name)  # a leftover socket from a crash
        self._server = QtNetwork.QLocalServer(self)
        self._server.setSocketOptions(QtNetwork.QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name):
            log.warning("single-instance listener failed: %s", self._server.errorString())
            return
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QtNetwork.QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def _notify_first(self, timeout_ms: int = 2000) -> bool:
        from app.core.qt import QtNetwork

        socket = QtNetwork.QLocalSocket()
        errors = QtNetwork.QLocalSocket.LocalSocketError
        not_listening_yet = (errors.ServerNotFoundError, errors.ConnectionRefusedError)
        name = server_name(self.data_dir)
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            socket.connectToServer(name)
            if socket.waitForConnected(timeout_ms):
                break
            # The first holds the lock but listens only once its window is painted.
            if time.monotonic() >= deadline or socket.error() not in not_listening_yet:
                return False
            QtCore.QThread.msleep(50)
        socket.write(_MESSAGE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def bring_forward(window: QtCore.QObject) -> Callable[[], None]:
    def activate() -> None:
        from app.core.qt import QtWidgets

        if isinstance(window, QtWidgets.QWidget):
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()

    return activate
