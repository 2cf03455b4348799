"""One way to refuse bad input in the user's language: an :class:`InputError` whose message is a
translatable template with its values apart, naming the field (shown by ``errors.describe``)."""

from __future__ import annotations

from typing import Any

from app.core.errors import InputError
from app.core.tr import Sentence


def refused(template: str, field: str | None, /, **values: Any) -> InputError:
    """The InputError saying ``template`` (a ``QT_TRANSLATE_NOOP("errors", …)`` sentence) with its
    ``values``, naming ``field``: raise it where the input is read."""
    return InputError(Sentence("errors", template, **values), field=field)
