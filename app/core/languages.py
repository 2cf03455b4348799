"""Which of our languages (fr, pt_BR, en) a person reads, from a list of language tags.

Windows keeps the display language apart from the regional format: a French-speaking
receptionist may have Brazilian number formats. The UI and the CLI both follow the display
language (``QLocale.uiLanguages()`` in the window, the OS's UI language list here for the CLI),
taking its first entry that we ship.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

SUPPORTED = ("fr", "pt_BR", "en")


def normalise(tag: str) -> str | None:
    """``fr-CA`` / ``fr_FR.UTF-8`` → ``fr``; ``pt-BR`` / ``pt_BR`` / ``pt`` → ``pt_BR``; ``en-US`` → ``en``; else None."""
    base = tag.strip().split(".")[0].split("@")[0].replace("-", "_")
    lang = base.split("_")[0].lower()
    if lang == "fr":
        return "fr"
    if lang == "pt":  # the only Portuguese we ship is Brazil's
        return "pt_BR"
    if lang == "en":
        return "en"
    return None


def pick_language(tags: Iterable[str], default: str = "en") -> str:
    """The first of ``tags`` (most preferred first, e.g. ``QLocale.uiLanguages()``) that we ship."""
    for tag in tags:
        found = normalise(tag)
        if found is not None:
            return found
    return default


def choose(requested: str | None, configured: str, system: Iterable[str]) -> str:
    """``--lang``, then the ``app.lang`` setting, then the system's display languages; else English."""
    for candidate in (requested, configured):
        if candidate in SUPPORTED:
            return candidate
    return pick_language(system)


def system_ui_languages() -> list[str]:
    """The OS's display languages without Qt (for the CLI): Windows' UI language, else the
    POSIX ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` variables, most preferred first."""
    tags: list[str] = []
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes
        import locale  # here: the window starts without it

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        name = locale.windows_locale.get(lcid)
        if name:
            tags.append(name)
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX"):
            tags.extend(part for part in value.split(":") if part)
    return tags
