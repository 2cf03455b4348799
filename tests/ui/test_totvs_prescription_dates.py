"""TOTVS prescriptions show their validity dates in the UI language's format, never the API's ISO."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.qt import QtCore
from app.ui.models.totvs_prescriptions import COLUMNS, DATES

pytestmark = pytest.mark.ui


@pytest.fixture
def brazilian_locale(qapp: QtCore.QCoreApplication) -> Iterator[None]:
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(
        QtCore.QLocale(QtCore.QLocale.Language.Portuguese, QtCore.QLocale.Country.Brazil)
    )
    yield
    QtCore.QLocale.setDefault(before)


def test_validity_dates_are_dd_mm_yyyy_in_portuguese(brazilian_locale: None) -> None:
    dated = [column for column in COLUMNS if column.key in DATES]
    assert {column.key for column in dated} == {"initial_medication_date", "final_medication_date"}
    record = {"initial_medication_date": "2026-02-14", "final_medication_date": "2027-02-14T00:00:00"}
    assert [column.text(record) for column in dated] == ["14/02/2026", "14/02/2027"]
    assert dated[0].text({"initial_medication_date": ""}) == ""
