"""Why a file the clinic asked for could not be written, as a sentence with what to do.

An export, a mappings file, a backup or a support report that cannot be written (a read-only folder, a file open in Excel,
a full or read-only disk) raises :class:`NotWritten`: still an ``OSError`` with the original
``errno`` (so code that looks at it keeps working), an input error for the command line (the
path was the user's choice: exit 2, field ``out``), and a :class:`~app.core.errors.UserMessage`
whose template is translated in the window.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app.core.errors import Action, InputError, UserMessage
from app.core.tr import QT_TRANSLATE_NOOP

# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (another program holds the file).
SHARING_VIOLATIONS = frozenset({32, 33})

READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "{file} could not be written: the folder is read-only. Nothing was lost; choose another folder "
    "and try again.",
)
READ_ONLY_FILE = QT_TRANSLATE_NOOP(
    "errors",
    "{file} could not be written: the file is read-only. Nothing was lost; choose another name "
    "and try again.",
)
OPEN_ELSEWHERE = QT_TRANSLATE_NOOP(
    "errors",
    "{file} could not be written: the file is open in another program. Nothing was lost; close it "
    "there and try again.",
)
READ_ONLY_DISK = QT_TRANSLATE_NOOP(
    "errors",
    "{file} could not be written: the disk is read-only. Nothing was lost; choose another folder "
    "and try again.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "{file} could not be written: the disk is full. Nothing was lost; free some space or choose "
    "another folder, then try again.",
)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "{file} could not be written: its folder does not exist and cannot be created. Nothing was "
    "lost; choose another folder and try again.",
)
IS_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "{file} could not be written: a folder has that name. Nothing was lost; choose another name "
    "and try again.",
)
OTHER = QT_TRANSLATE_NOOP(
    "errors",
    "{file} could not be written ({cause}). Nothing was lost; choose another folder and try again.",
)


class NotWritten(OSError, InputError):
    """A file could not be written; ``user_message`` says why and what to do."""

    def __init__(self, path: Path, cause: OSError, template: str, detail: str = "") -> None:
        OSError.__init__(self, cause.errno, cause.strerror or str(cause), str(path))
        self.field = "out"
        self.path = path
        self.cause = cause
        args = {"file": str(path)}
        if detail:
            args["cause"] = detail
        self.user_message = UserMessage(template, args, Action.RETRY)

    def __str__(self) -> str:
        return self.user_message.text


def _why(path: Path, exc: OSError) -> tuple[str, str]:
    """The sentence template for this failure, and a detail for the generic one."""
    code = exc.errno
    if getattr(exc, "winerror", None) in SHARING_VIOLATIONS:
        return OPEN_ELSEWHERE, ""
    if code == errno.EROFS:
        return READ_ONLY_DISK, ""
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DISK_FULL, ""
    if code == errno.EISDIR or path.is_dir():
        return IS_FOLDER, ""
    if code in (errno.ENOENT, errno.ENOTDIR) or (code == errno.EEXIST and not path.parent.is_dir()):
        return NO_FOLDER, ""
    if code in (errno.EACCES, errno.EPERM):
        if path.is_file() and not os.access(path, os.W_OK):
            return READ_ONLY_FILE, ""
        if os.name == "nt" and path.is_file():
            # Windows refuses to replace a file that another program (Excel) has open.
            return OPEN_ELSEWHERE, ""
        return READ_ONLY_FOLDER, ""
    return OTHER, exc.strerror or type(exc).__name__


def not_written(path: Path, exc: OSError) -> NotWritten:
    """The error that names ``path`` and says, in a translatable sentence, why it could not be written."""
    if isinstance(exc, NotWritten):
        return exc
    template, detail = _why(path, exc)
    return NotWritten(path, exc, template, detail)
