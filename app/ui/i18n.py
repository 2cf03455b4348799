"""UI language: English source strings, French and Brazilian Portuguese .qm translations."""

from __future__ import annotations

import logging

from app.core.languages import SUPPORTED, choose
from app.core.qt import QtCore
from app.core.resources import resource

log = logging.getLogger("passerelle.i18n")

__all__ = ["SUPPORTED", "available_languages", "choose_language", "install"]
_installed: list[QtCore.QTranslator] = []


def available_languages() -> list[str]:
    folder = resource("translations")
    shipped = (
        {p.stem.removeprefix("passerelle_") for p in folder.glob("passerelle_*.qm")}
        if folder.is_dir()
        else set()
    )
    return ["en", *sorted(lang for lang in shipped if lang in SUPPORTED)]


def choose_language(requested: str | None, configured: str = "") -> str:
    """--lang, then the setting, then the system's display language; English when nothing matches.

    The display language is ``QLocale.uiLanguages()`` (on Windows, the language Windows is shown
    in), not the regional format ``QLocale.system().name()``: its first entry that we ship wins.
    """
    return choose(requested, configured, QtCore.QLocale.system().uiLanguages())


def install(app: QtCore.QCoreApplication, lang: str) -> QtCore.QLocale:
    """Install the app's and Qt's own translators for ``lang``; return the locale to format with."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QtCore.QLocale({"fr": "fr_FR", "pt_BR": "pt_BR", "en": "en_GB"}.get(lang, "en_GB"))
    QtCore.QLocale.setDefault(locale)
    if lang == "en":
        return locale
    ours = QtCore.QTranslator(app)
    if ours.load(str(resource("translations", f"passerelle_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s", lang)
    qt_base = QtCore.QTranslator(app)
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return locale
