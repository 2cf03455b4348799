"""Where Passerelle keeps its database, settings file, logs and backups."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from app import APP_ID

_ENV = "PASSERELLE_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def ensure_data_dir(path: Path | None = None) -> Path:
    path = Path(path) if path is not None else default_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    (path / "logs").mkdir(exist_ok=True)
    (path / "backups").mkdir(exist_ok=True)
    (path / "exports").mkdir(exist_ok=True)
    return path


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def settings_file(data_dir: Path) -> Path:
    return data_dir / "settings.json"


def database_file(data_dir: Path) -> Path:
    return data_dir / "passerelle.db"
