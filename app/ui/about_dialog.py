"""About: version, the versions and licences of the bundled components, where data lives."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from app import __version__
from app.core.qt import QtCore, QtWidgets
from app.ui.layouts import dialog_layout

# The bundled components, in the order shown: distribution → licence.
LICENCES = {
    "PySide6-Essentials": "LGPL-3.0",
    "qasync": "BSD-2-Clause",
    "httpx": "BSD-3-Clause",
    "pydantic": "MIT",
    "pydantic-settings": "MIT",
    "SQLAlchemy": "MIT",
    "alembic": "MIT",
    "keyring": "MIT",
    "platformdirs": "MIT",
    "starlette": "BSD-3-Clause",
    "uvicorn": "BSD-3-Clause",
    "python-stdnum": "LGPL-2.1-or-later",
    "authlib": "BSD-3-Clause",
    "rapidfuzz": "MIT",
    "openpyxl": "MIT",
    "sniffio": "MIT OR Apache-2.0",
}
# The name shown where it is not the distribution's own.
SHOWN_AS = {
    "PySide6-Essentials": "Qt for Python",
    "alembic": "Alembic",
    "starlette": "Starlette",
    "uvicorn": "Uvicorn",
    "authlib": "Authlib",
    "rapidfuzz": "RapidFuzz",
}
# (distribution, name shown, licence) of each bundled component.
COMPONENTS = [(dist, SHOWN_AS.get(dist, dist), licence) for dist, licence in LICENCES.items()]


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
        layout = dialog_layout(self, self.tr("About Passerelle"), (520, 480))
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
