"""``passerelle --self-check``: the packaged build proves it has everything it needs.

It imports every module, migrates a scratch database, starts Qt offscreen, and prints the
version of every component it runs on, read from each distribution's metadata (the frozen
bundle ships that metadata: build.spec ``copy_metadata``).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import platform
import sys
import tempfile
from importlib import metadata
from pathlib import Path

import app
from app.cli_language import say
from app.core.tr import QT_TRANSLATE_NOOP

# Distribution name -> the module it installs, for a build that lacks the metadata of one.
IMPORT_NAMES = {
    "PySide6-Essentials": "PySide6",
    "shiboken6": "shiboken6",
    "qasync": "qasync",
    "httpx": "httpx",
    "pydantic": "pydantic",
    "pydantic-settings": "pydantic_settings",
    "SQLAlchemy": "sqlalchemy",
    "alembic": "alembic",
    "keyring": "keyring",
    "platformdirs": "platformdirs",
    "starlette": "starlette",
    "uvicorn": "uvicorn",
    "python-multipart": "python_multipart",
    "python-stdnum": "stdnum",
    "authlib": "authlib",
    "rapidfuzz": "rapidfuzz",
    "openpyxl": "openpyxl",
    "tzdata": "tzdata",
    "psycopg": "psycopg",
}
# May be absent: the PostgreSQL driver (extra "postgres", for a clinic database shared by several
# desks), and tzdata off Windows (zoneinfo reads the system's time-zone database there).
OPTIONAL = ("psycopg",) + (() if sys.platform == "win32" else ("tzdata",))
NOT_INSTALLED = QT_TRANSLATE_NOOP("cli", "not installed")
UNKNOWN = QT_TRANSLATE_NOOP("cli", "installed (version unknown)")


def distribution_version(dist: str) -> str:
    """The installed version of ``dist``: its metadata, else its module's ``__version__``."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        pass
    try:
        module = importlib.import_module(IMPORT_NAMES.get(dist, dist))
    except ImportError:
        return NOT_INSTALLED
    version = getattr(module, "__version__", None) or getattr(module, "VERSION", None)
    return str(version) if version else UNKNOWN


def components() -> list[tuple[str, str]]:
    """(distribution, version) for the bundled components the About dialog lists, and the rest
    Passerelle runs on (Qt's shiboken6, python-multipart, the optional PostgreSQL driver)."""
    from app.ui.about_dialog import COMPONENTS

    names = [dist for dist, _label, _licence in COMPONENTS]
    names += [d for d in IMPORT_NAMES if d not in names]
    return [(dist, distribution_version(dist)) for dist in names]


def missing(found: list[tuple[str, str]]) -> list[str]:
    """The required components that are not installed (optional ones may be absent)."""
    return [dist for dist, version in found if version == NOT_INSTALLED and dist not in OPTIONAL]


def _import_everything() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(app.__path__, prefix="app."):
        if ".migrations" in info.name and not info.name.endswith("migrations"):
            continue  # revision files are loaded by alembic from their folders
        importlib.import_module(info.name)
        names.append(info.name)
    return names


def run() -> int:
    """Check the installation; print the versions and ``self-check ok`` (exit 0), or exit 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    modules = _import_everything()
    from app.core.db import Database, sqlite_url
    from app.core.migrations import is_up_to_date
    from app.core.qt import QtCore, ensure_application

    with tempfile.TemporaryDirectory(prefix="passerelle-check-") as tmp:
        db = Database(sqlite_url(Path(tmp) / "check.db"))
        db.migrate()
        assert is_up_to_date(db)
        db.dispose()
    qt_app = ensure_application([])

    from app.integrations import available
    from app.ui.i18n import available_languages

    found = components()
    print(f"Passerelle {app.__version__}")
    print(f"Python {platform.python_version()} ({sys.platform}), Qt {QtCore.qVersion()}")
    width = max(len(dist) for dist, _ in found)
    for dist, version in found:
        print(f"{dist:<{width}}  {say(version) if version in (NOT_INSTALLED, UNKNOWN) else version}")
    names = ", ".join(i.name for i in available()) or say(QT_TRANSLATE_NOOP("cli", "none"))
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "{count} modules; integrations: {names}"),
            count=len(modules),
            names=names,
        )
    )
    print(say(QT_TRANSLATE_NOOP("cli", "Languages: {names}"), names=", ".join(available_languages())))
    qt_app.processEvents()
    absent = missing(found)
    if absent:
        failed = QT_TRANSLATE_NOOP(
            "cli", "The installation is incomplete, missing: {names}. Reinstall Passerelle."
        )
        print(say(failed, names=", ".join(absent)), file=sys.stderr)
        return 1
    print(say(QT_TRANSLATE_NOOP("cli", "Everything Passerelle needs is installed and works.")))
    print("self-check ok")  # the contract's last line (shared/specs/cli.md), never translated
    return 0
