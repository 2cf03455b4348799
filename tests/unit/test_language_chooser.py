"""The language follows the display language (issue 15 item 10): the first of
``QLocale.uiLanguages()`` that we ship, never the regional format (``QLocale.system().name()``)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from app.core.languages import choose, normalise, pick_language, system_ui_languages


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["fr-FR", "en-US"], "fr"),
        (["fr-CA"], "fr"),
        (["pt-BR", "fr-FR"], "pt_BR"),
        (["pt_BR"], "pt_BR"),
        (["de-DE", "fr-BE", "en"], "fr"),  # the first one we ship
        (["en-GB", "fr-FR"], "en"),
        (["de-DE", "ja-JP"], "en"),
        ([], "en"),
        (["C"], "en"),
    ],
)
def test_pick_language_takes_the_first_shipped_entry(tags: list[str], expected: str) -> None:
    assert pick_language(tags) == expected


def test_normalise_reads_posix_and_bcp47_tags() -> None:
    assert normalise("fr_FR.UTF-8") == "fr"
    assert normalise("pt_BR@currency") == "pt_BR"
    assert normalise("es-ES") is None


def test_flag_then_setting_then_system() -> None:
    assert choose("pt_BR", "fr", ["en-US"]) == "pt_BR"
    assert choose(None, "fr", ["pt-BR"]) == "fr"
    assert choose(None, "", ["pt-BR", "fr-FR"]) == "pt_BR"
    assert choose("xx", "", ["fr-FR"]) == "fr"


def test_cli_system_languages_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "pt_BR:fr")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert pick_language(system_ui_languages()) == "pt_BR"
    monkeypatch.delenv("LANGUAGE")
    assert pick_language(system_ui_languages()) == "fr"


def test_window_follows_ui_languages_not_the_regional_format(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import i18n

    class FakeLocale:
        """Windows shown in French with Brazilian regional formats."""

        @staticmethod
        def system() -> Any:
            return SimpleNamespace(name=lambda: "pt_BR", uiLanguages=lambda: ["fr-FR", "en-US"])

    monkeypatch.setattr(i18n, "QtCore", SimpleNamespace(QLocale=FakeLocale))
    assert i18n.choose_language(None) == "fr"
    assert i18n.choose_language(None, "pt_BR") == "pt_BR"
    assert i18n.choose_language("en", "pt_BR") == "en"
