"""``passerelle --self-check``: the packaged build proves it has everything it needs."""

from __future__ import annotations

import importlib
import os
import pkgutil
import platform
import sys
import tempfile
from pathlib import Path

import app


def _import_everything() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(app.__path__, prefix="app."):
        if ".migrations" in info.name and not info.name.endswith("migrations"):
            continue  # revision files are loaded by alembic from their folders
        importlib.import_module(info.name)
        names.append(info.name)
    return names


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    modules = _import_everything()
    from app.core.db import Database, sqlite_url
    from app.core.migrations import is_up_to_date
    from app.core.qt import binding_versions, ensure_application

    with tempfile.TemporaryDirectory(prefix="passerelle-check-") as tmp:
        db = Database(sqlite_url(Path(tmp) / "check.db"))
        db.migrate()
        assert is_up_to_date(db)
        db.dispose()
    qt_app = ensure_application([])
    import httpx
    import pydantic
    import sqlalchemy

    from app.integrations import available
    from app.ui.i18n import available_languages

    print(f"Passerelle {app.__version__}")
    print(f"Python {platform.python_version()} ({sys.platform})")
    qt = binding_versions()
    print(f"PySide6 {qt['pyside6']}, Qt {qt['qt']}, qasync {qt['qasync']}")
    print(f"httpx {httpx.__version__}, pydantic {pydantic.VERSION}, SQLAlchemy {sqlalchemy.__version__}")
    print(f"modules {len(modules)}, integrations: {', '.join(i.name for i in available()) or 'none'}")
    print(f"languages: {', '.join(available_languages())}")
    qt_app.processEvents()
    print("self-check ok")
    return 0
