"""One place that turns any failure into a sentence a receptionist can act on.

Sentences are templates marked with ``QT_TRANSLATE_NOOP("errors", ...)`` so the UI shows them
in the user's language (``UserMessage.translated``); the CLI and logs use the English text.
The API's own words (French from Vétélevage, Portuguese from TOTVS) are passed through as they are.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.db import DatabaseError, is_damaged, is_disk_full
from app.core.http import (
    ApiError,
    AuthError,
    ConnectionFailed,
    MalformedResponse,
    NotConfigured,
    NotFoundError,
    RateLimited,
    ServerError,
    ValidationFailed,
    unreadable_file,
)
from app.core.leases import LeaseBusy
from app.core.pydantic_sentences import problems
from app.core.redact import redact
from app.core.secrets import KeyringUnavailable
from app.core.settings import SettingsError
from app.core.tr import QT_TRANSLATE_NOOP, Sentence, in_language_all


class Action(enum.Enum):
    NONE = "none"
    RECONNECT = "reconnect"  # open the Connections dialog on that integration
    RETRY = "retry"
    SETTINGS = "settings"
    RESTORE = "restore"


class InputError(ValueError):
    """Bad input from a person or a file; the message names the field and what is expected."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def read_json_file(path: Path, *, field: str) -> Any:
    """The JSON value in the file ``path`` (a BOM allowed); InputError naming ``field`` otherwise."""
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "Cannot read {file}: {reason}."),
                file=path,
                reason=unreadable_file(exc),
            ),
            field=field,
        ) from exc
    except ValueError as exc:
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "{file} is not valid JSON ({detail})."),
                file=path.name,
                detail=exc,
            ),
            field=field,
        ) from exc


@dataclass(frozen=True)
class UserMessage:
    template: str
    args: dict[str, str] = field(default_factory=dict)
    action: Action = Action.NONE
    retry_in: float | None = None

    @property
    def text(self) -> str:
        return self.template.format(**self.args)

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """``translate`` is ``QCoreApplication.translate``; falls back to English on a bad template.
        A value that is a Sentence (app.core.tr) is shown in the language too."""
        try:
            return translate("errors", self.template).format(**in_language_all(self.args, translate))
        except (KeyError, IndexError, ValueError):
            return self.text


_AUTH = QT_TRANSLATE_NOOP(
    "errors",
    "{service} refused the credentials. Reconnect in Connections (check the login, password or token).",
)
_SLOW_WAIT = QT_TRANSLATE_NOOP("errors", "{service} asks to slow down. Retrying in {seconds} s.")
_SLOW = QT_TRANSLATE_NOOP("errors", "{service} asks to slow down. Try again in a minute.")
_UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors", "Cannot reach {service}: check the network or the address in Connections."
)
_SERVER = QT_TRANSLATE_NOOP(
    "errors", "{service} has a problem on its side. Nothing was lost; try again later."
)
_MALFORMED = QT_TRANSLATE_NOOP(
    "errors", "{service} sent an unexpected answer. Nothing was lost; try again later."
)
_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "{detail} Check the address in Connections.")
# An error that names no service (rare: every client names its own): a word in the language.
_SOME_SERVICE = Sentence("errors", QT_TRANSLATE_NOOP("errors", "The remote service"))
_A_SERVICE = Sentence("errors", QT_TRANSLATE_NOOP("errors", "the remote service"))
# A 404 about one record (the API was reached and has no such record): the way out is the value
# the person typed, not Connections. Keyed by NotFoundError.record.
_RECORD_NOT_FOUND: dict[str, tuple[str, Action]] = {
    "subscriber": (
        QT_TRANSLATE_NOOP("errors", "Beneficiary not found: check the registration."),
        Action.NONE,
    ),
    "prescription": (
        QT_TRANSLATE_NOOP("errors", "Prescription not found: check the prescription code."),
        Action.NONE,
    ),
    "health_insurer": (
        QT_TRANSLATE_NOOP(
            "errors", "Health insurer not found: check the health insurer code in Connections."
        ),
        Action.SETTINGS,
    ),
    "client": (
        QT_TRANSLATE_NOOP(
            "errors", "{service} has no client {key}: check the client number (it may have been deleted)."
        ),
        Action.NONE,
    ),
    "patient": (
        QT_TRANSLATE_NOOP(
            "errors", "{service} has no patient {key}: check the patient number (it may have been deleted)."
        ),
        Action.NONE,
    ),
    "draft": (
        QT_TRANSLATE_NOOP(
            "errors",
            "{service} has no draft {key} any more (already opened, or expired): send the request again.",
        ),
        Action.NONE,
    ),
}
_RECORD_NOT_FOUND_OTHER = QT_TRANSLATE_NOOP(
    "errors", "{service} has no such record ({key}): check the number or code you typed."
)
_REFUSED = QT_TRANSLATE_NOOP("errors", "{detail}")
_BUSY = QT_TRANSLATE_NOOP("errors", "Already running on {desk}. It will be done there; nothing to do here.")
_NOT_CONFIGURED = QT_TRANSLATE_NOOP("errors", "{detail} Open Connections to set it.")
_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "The disk is full: this step was not saved, and nothing was half-saved. Free some space, then try again.",
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The database is damaged ({detail}). Restore the last backup (Storage, or passerelle restore)."
)
_NO_KEYRING = QT_TRANSLATE_NOOP(
    "errors",
    "No secure password store is available on this computer, so secrets cannot be saved. On Windows "
    "this is the Credential Manager; on a server, give the secret in the environment "
    "(PASSERELLE_<SECTION>__<KEY>).",
)
_UNUSABLE = QT_TRANSLATE_NOOP("errors", "Some values cannot be used: {problems}.")
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors",
    "Something unexpected happened ({kind}). Nothing was lost; try again, and if it happens again "
    "send the support report.",
)


def error_code(exc: BaseException) -> str:
    """The failure's kind for ``{"error": {"code"}}``: a fixed English word, never translated."""
    kinds: list[tuple[type[BaseException] | tuple[type[BaseException], ...], str]] = [
        (NotConfigured, "not_configured"),
        (KeyringUnavailable, "keyring_unavailable"),
        (AuthError, "auth"),
        (RateLimited, "rate_limited"),
        (ConnectionFailed, "unreachable"),
        (ServerError, "server_error"),
        (MalformedResponse, "malformed_response"),
        (NotFoundError, "not_found"),
        (ValidationFailed, "refused"),
        (ApiError, "api_error"),
        (LeaseBusy, "busy"),
        (DatabaseError, "database"),
        ((InputError, SettingsError), "invalid_input"),
    ]
    for kind, code in kinds:
        if isinstance(exc, kind):
            return code
    if is_disk_full(exc):
        return "disk_full"
    if isinstance(exc, FileNotFoundError | IsADirectoryError | PermissionError):
        return "file"
    if isinstance(exc, ValueError):
        return "invalid_input"
    return "unexpected"


def describe(exc: BaseException, service: str = "") -> UserMessage:
    own = getattr(exc, "user_message", None)  # an error that carries its own translatable sentence
    if isinstance(own, UserMessage):
        return own
    name: str | Sentence = getattr(exc, "service", "") or service or _SOME_SERVICE
    if isinstance(exc, AuthError):
        return UserMessage(_AUTH, {"service": name}, Action.RECONNECT)
    if isinstance(exc, RateLimited):
        if exc.retry_after:
            return UserMessage(
                _SLOW_WAIT,
                {"service": name, "seconds": f"{exc.retry_after:.0f}"},
                Action.RETRY,
                retry_in=exc.retry_after,
            )
        return UserMessage(_SLOW, {"service": name}, Action.RETRY)
    if isinstance(exc, ConnectionFailed):  # the only sentence with the name inside it
        inside = _A_SERVICE if name is _SOME_SERVICE else name
        return UserMessage(_UNREACHABLE, {"service": inside}, Action.SETTINGS)
    if isinstance(exc, ServerError):
        return UserMessage(_SERVER, {"service": name}, Action.RETRY)
    if isinstance(exc, MalformedResponse):
        return UserMessage(_MALFORMED, {"service": name}, Action.RETRY)
    if isinstance(exc, NotFoundError):
        return _not_found(exc, name)
    if isinstance(exc, ValidationFailed | ApiError):
        return UserMessage(_REFUSED, {"detail": redact(str(exc))})
    if isinstance(exc, NotConfigured):  # a Sentence detail is shown in the UI's language
        detail = exc.args[0] if exc.args and isinstance(exc.args[0], Sentence) else str(exc)
        return UserMessage(_NOT_CONFIGURED, {"detail": detail}, Action.SETTINGS)
    if isinstance(exc, KeyringUnavailable):  # its detail (a backend's name) stays in the log
        return UserMessage(_NO_KEYRING, {}, Action.SETTINGS)
    if isinstance(exc, LeaseBusy):
        return UserMessage(_BUSY, {"desk": exc.desk})
    if isinstance(exc, DatabaseError):  # only a damaged file advises a restore (see its advice)
        return UserMessage(_REFUSED, {"detail": str(exc)}, Action(getattr(exc, "advice", "restore")))
    if is_disk_full(exc):
        return UserMessage(_DISK_FULL, {}, Action.RETRY)
    if is_damaged(exc):
        return UserMessage(_DAMAGED, {"detail": str(getattr(exc, "orig", exc))}, Action.RESTORE)
    if _is_pydantic(exc):  # a model's checks: each value named with what it expects, never pydantic's words
        return UserMessage(_UNUSABLE, {"problems": problems(exc.errors())})  # type: ignore[attr-defined]
    if isinstance(exc, InputError | ValueError):
        said = exc.args[0] if exc.args else None
        if isinstance(said, Sentence) and said.context == "errors":  # a template with its values
            return UserMessage(said.template, dict(said.args))
        if isinstance(said, Sentence):  # a template of another context: translated as the detail
            return UserMessage(_REFUSED, {"detail": said})
        return UserMessage(_REFUSED, {"detail": redact(str(exc))})
    return UserMessage(_UNEXPECTED, {"kind": type(exc).__name__}, Action.RETRY)


def _is_pydantic(exc: BaseException) -> bool:
    """A pydantic ValidationError (told by its type, without importing pydantic for every failure)."""
    kind = type(exc)
    return (
        kind.__name__ == "ValidationError"
        and kind.__module__.startswith("pydantic")
        and hasattr(exc, "errors")
    )


def _not_found(exc: NotFoundError, service: str) -> UserMessage:
    """A record's 404 names the value to check; only a 404 of the address itself points at Connections."""
    if exc.record is None:
        return UserMessage(_NOT_FOUND, {"detail": redact(str(exc))}, Action.SETTINGS)
    args = {"service": service, "key": redact(exc.key) if exc.key else "?"}
    template, action = _RECORD_NOT_FOUND.get(exc.record, (_RECORD_NOT_FOUND_OTHER, Action.NONE))
    return UserMessage(template, args, action)
