"""Files written whole or not at all: settings, backups, support reports, exports.

Everything is written to a temporary file beside the target (same folder, so same disk),
flushed to the disk (fsync) and only then renamed over the target (``os.replace``, atomic on
Windows and POSIX). When anything fails — a full disk, a file open in another program — the
temporary file is removed and the previous file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

# Private to the owner on Linux/macOS (mkstemp's default; Windows ignores the mode).
FILE_MODE = 0o600


def _temp_beside(target: Path) -> Path:
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    return Path(name)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to flush)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _commit(tmp: Path, target: Path) -> None:
    _fsync_file(tmp)
    with contextlib.suppress(OSError):
        os.chmod(tmp, FILE_MODE)
    os.replace(tmp, target)
    _fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """A temporary path beside ``target`` for writers that want a file name (SQLite, zipfile,
    openpyxl); on a clean exit it replaces ``target``, on any error it is removed."""
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        yield tmp
        _commit(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@overload
def atomic_open(
    target: Path | str,
    mode: Literal["w"] = "w",
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> contextlib.AbstractContextManager[IO[str]]: ...


@overload
def atomic_open(
    target: Path | str, mode: Literal["wb"], *, encoding: None = None, newline: None = None
) -> contextlib.AbstractContextManager[IO[bytes]]: ...


def atomic_open(
    target: Path | str, mode: str = "w", *, encoding: str | None = "utf-8", newline: str | None = None
) -> contextlib.AbstractContextManager[Any]:
    """``open(target, mode)`` that only replaces ``target`` once everything is on the disk."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes whole files ('w' or 'wb'), not {mode!r}")
    return _atomic_open(Path(target), mode, None if mode == "wb" else encoding, newline)


@contextlib.contextmanager
def _atomic_open(target: Path, mode: str, encoding: str | None, newline: str | None) -> Iterator[Any]:
    with atomic_path(target) as tmp, open(tmp, mode, encoding=encoding, newline=newline) as handle:
        yield handle
        handle.flush()


def write_text(target: Path | str, text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``target`` with ``text``, atomically."""
    with atomic_open(target, "w", encoding=encoding) as handle:
        handle.write(text)


def write_bytes(target: Path | str, data: bytes) -> None:
    """Replace ``target`` with ``data``, atomically."""
    with atomic_open(target, "wb") as handle:
        handle.write(data)
