"""Marking strings for translation outside Qt classes.

``QT_TRANSLATE_NOOP("context", "text")`` returns the text unchanged; lupdate collects it, and the
UI translates it later with ``QCoreApplication.translate("context", text)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def render(
    template: str,
    args: Mapping[str, Any] | None,
    context: str,
    translate: Callable[[str, str], str] | None = None,
) -> str:
    """A QT_TRANSLATE_NOOP(context, template) sentence in the UI's language (``translate`` is
    QCoreApplication.translate; None keeps the English), filled from ``args``."""
    if translate is not None and template:
        template = translate(context, template)
    return fill(template, args)


def fill(template: str, args: Mapping[str, Any] | None) -> str:
    """``template.format(**args)``, or the template as is when a translation lost a placeholder."""
    if not args:
        return template
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return template
