"""Where Passerelle keeps its database, settings file, logs and backups.

On Linux and macOS the data folder and its subfolders are private to their owner (0700) and
every file in them is too (0600): the database holds personal data. On Windows the folder is
in the user's own profile (%LOCALAPPDATA%), which only that user (and administrators) can read.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import APP_ID

_ENV = "PASSERELLE_DATA_DIR"


def default_data_dir() -> Path:
    override = os.environ.get(_ENV)
    if override:
        return Path(override)
    import platformdirs  # here: a folder given (--data-dir, the variable) needs none of it

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def _tighten(path: Path, mode: int) -> None:
    """Take group and other permissions away from a path this user owns (POSIX only)."""
    if os.name == "nt":
        return
    try:
        info = path.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            path.chmod(mode)
    except OSError:
        pass


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) with only its owner allowed in; tighten it if it exists."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    _tighten(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and readable by its owner only, or tighten an existing one."""
    if os.name != "nt":
        try:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, PRIVATE_FILE))
        except OSError:
            return path
        _tighten(path, PRIVATE_FILE)
    return path


def ensure_data_dir(path: Path | None = None) -> Path:
    """The data folder with its logs, backups and exports folders, private to their owner."""
    path = Path(path) if path is not None else default_data_dir()
    private_dir(path)
    for name in ("logs", "backups", "exports"):
        private_dir(path / name)
    return path


def logs_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def settings_file(data_dir: Path) -> Path:
    return data_dir / "settings.json"


def database_file(data_dir: Path) -> Path:
    return data_dir / "passerelle.db"
