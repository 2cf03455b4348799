"""The "not configured" failure of a connection, as a sentence translated like every other."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.errors import Action, UserMessage
from app.core.http import NotConfigured
from app.core.tr import QT_TRANSLATE_NOOP

_MISSING = QT_TRANSLATE_NOOP(
    "errors", "{service} is not configured: {missing} missing. Open Connections to set them."
)


def not_configured(service: str, missing: Sequence[str]) -> NotConfigured:
    """A NotConfigured naming every missing setting (``vetelevage.client_id``…), with its
    translatable sentence (``user_message``); ``str()`` stays the English one for logs."""
    names = ", ".join(missing)
    exc = NotConfigured(f"{service} is not configured: {names} missing.")
    exc.user_message = UserMessage(_MISSING, {"service": service, "missing": names}, Action.SETTINGS)  # type: ignore[attr-defined]
    return exc
