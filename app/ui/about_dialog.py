"""About: version, the versions and licences of the bundled components, where data lives."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from app import __version__
from app.core.qt import QtCore, QtWidgets

COMPONENTS = [
    ("PySide6-Essentials", "Qt for Python", "LGPL-3.0"),
    ("qasync", "qasync", "BSD-2-Clause"),
    ("httpx", "httpx", "BSD-3-Clause"),
    ("pydantic", "pydantic", "MIT"),
    ("pydantic-settings", "pydantic-settings", "MIT"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("keyring", "keyring", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("starlette", "Starlette", "BSD-3-Clause"),
    ("uvicorn", "Uvicorn", "BSD-3-Clause"),
    ("python-stdnum", "python-stdnum", "LGPL-2.1-or-later"),
    ("authlib", "Authlib", "BSD-3-Clause"),
    ("rapidfuzz", "RapidFuzz", "MIT"),
    ("openpyxl", "openpyxl", "MIT"),
]


def component_versions() -> list[tuple[str, str, str]]:
    out = []
    for dist, label, licence in COMPONENTS:
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "—"
        out.append((label, version, licence))
    return out


class AboutDialog(QtWidgets.QDialog):
    def __init__(self, data_dir: Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Passerelle"))
        self.resize(520, 480)
        layout = QtWidgets.QVBoxLayout(self)
        title = QtWidgets.QLabel(f"<h2>Passerelle {__version__}</h2>", self)
        layout.addWidget(title)
        info = QtWidgets.QLabel(
            self.tr("Qt {qt}, Python {py}. Data folder: {path}").format(
                qt=QtCore.qVersion(), py=platform.python_version(), path=data_dir
            ),
            self,
        )
        info.setWordWrap(True)
        info.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(info)
        table = QtWidgets.QTreeWidget(self)
        table.setRootIsDecorated(False)
        table.setHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        for label, version, licence in component_versions():
            table.addTopLevelItem(QtWidgets.QTreeWidgetItem([label, version, licence]))
        table.resizeColumnToContents(0)
        layout.addWidget(table, 1)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
