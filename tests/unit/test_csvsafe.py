"""Exports a clerk opens in a spreadsheet never run a formula that came from remote data."""

from __future__ import annotations

import pytest

from app.core.csvsafe import cell, row
from app.ui.connections_dialog import SECTION_TITLES


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 6 12", "'+33 6 12"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("\tx", "'\tx"),
        ("-12,50", "-12,50"),  # a negative amount stays a number
        ("-1\u202f234,50", "-1\u202f234,50"),
        ("CLINICA VIDA", "CLINICA VIDA"),
        ("", ""),
        (12, 12),
        (None, None),
    ],
)
def test_cells(value: object, expected: object) -> None:
    assert cell(value) == expected


def test_row_keeps_its_keys() -> None:
    assert row({"a": "=1+1", "b": 3}) == {"a": "'=1+1", "b": 3}


def test_every_settings_section_has_a_title_in_connections() -> None:
    from app.core.settings import Settings

    assert set(Settings.model_fields) <= set(SECTION_TITLES)


def test_provet_and_totvs_rh_exports_write_remote_formulas_as_text(tmp_path: object) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    from app.integrations.provet.export import write_out

    out = Path(str(tmp_path)) / "consultations.csv"
    write_out([{"id": 1, "complaint": '=HYPERLINK("http://evil","clic")'}], out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text
    # openpyxl turns a string starting with "=" into a formula: the guarded value is plain text.
    sheet = Workbook().active
    assert sheet is not None
    sheet["A1"] = cell("=1+1")
    assert sheet["A1"].data_type == "s"
