"""Reais in the TOTVS RH tab are written the UI's way: 6.741.722,67 in Portuguese, 6 741 722,67 in
French (never the Brazilian separators in a French window), exact from the Decimal."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.core.qt import QtCore
from app.ui.models.totvs_copart import brl


@pytest.fixture
def locale_back() -> Iterator[None]:
    before = QtCore.QLocale()
    yield
    QtCore.QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (QtCore.QLocale.Language.Portuguese, "6.741.722,67"),
        (QtCore.QLocale.Language.French, "6\u202f741\u202f722,67"),
    ],
)
def test_reais_are_written_the_ui_languages_way(
    locale_back: None, language: QtCore.QLocale.Language, expected: str
) -> None:
    country = (
        QtCore.QLocale.Country.Brazil
        if language == QtCore.QLocale.Language.Portuguese
        else QtCore.QLocale.Country.France
    )
    QtCore.QLocale.setDefault(QtCore.QLocale(language, country))
    assert brl(Decimal("6741722.67")) == expected
    assert brl(Decimal("0.1") + Decimal("0.2")) == ("0,30")
    assert brl(None) == ""
