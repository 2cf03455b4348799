"""One window per data dir: a second launch asks the first to come forward and exits.

A QLockFile in the data dir makes sure there are never two writers on one database; a
QLocalServer named after the data dir receives "raise" from later launches. A lock left by a
crashed process is stale (its PID is gone) and is taken over.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from app.core.qt import QtCore, QtNetwork

QLocalServer = QtNetwork.QLocalServer
QLocalSocket = QtNetwork.QLocalSocket

log = logging.getLogger("passerelle.single_instance")

_MESSAGE = b"raise\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha1(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    return f"passerelle-{digest}"


class SingleInstance(QtCore.QObject):
    raise_requested = QtCore.Signal()

    def __init__(self, data_dir: Path, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock = QtCore.QLockFile(str(self.data_dir / "passerelle.lock"))
        self._lock.setStaleLockTime(0)  # staleness is decided by the PID, not by age
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this process is the first; False if another one runs (it was asked to come forward)."""
        if self._lock.tryLock(100):
            self._listen()
            return True
        # The holder may have crashed without cleaning up: removeStaleLockFile checks its PID.
        if (
            self._lock.error() == QtCore.QLockFile.LockError.LockFailedError
            and self._lock.removeStaleLockFile()
            and self._lock.tryLock(100)
        ):
            self._listen()
            return True
        self._notify_first()
        return False

    def _listen(self) -> None:
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a leftover socket from a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
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

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_MESSAGE.strip()):
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def _notify_first(self, timeout_ms: int = 2000) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.data_dir))
        if not socket.waitForConnected(timeout_ms):
            return False
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
