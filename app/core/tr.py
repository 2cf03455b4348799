"""Marking strings for translation outside Qt classes.

``QT_TRANSLATE_NOOP("context", "text")`` returns the text unchanged; lupdate collects it, and the
UI translates it later with ``QCoreApplication.translate("context", text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
