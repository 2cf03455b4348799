"""The TOTVS RH fast row path (raw JSON objects → rows) gives what the Coparticipation model
gives, or hands the item to the model, which refuses it with its own words."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from app.integrations.totvs import rh_rows
from app.integrations.totvs.models import Coparticipation
from app.integrations.totvs.rh_rows import RowBuilder
from app.integrations.totvs.sandbox import RhSandbox

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


def _sandbox_items() -> list[dict[str, Any]]:
    sim = RhSandbox(0, rows_per_branch=60)
    return json.loads(json.dumps(sim.selected("T1", "D MG 01", None)), parse_float=Decimal)


def _odd_items() -> list[dict[str, Any]]:
    """Casings, numbers for codes and text, nulls, padding, missing fields, extras, repeats."""
    base = _sandbox_items()[0]
    lower = {k.lower(): v for k, v in base.items()}
    snake = {"id": "X|1", "employee_code": " 000123 ", "employee_name": "João  Ávila", "extra": [1]}
    return [
        lower,
        {**base, "EmployeeCode": 123, "YearMonthReference": 202501, "ServiceType": 3, "AmountUse": None},
        {**base, "CoparticipationValue": 99, "DependentName": None, "ServiceProviderId": " 12abc "},
        {**base, "CoparticipationValue": Decimal("1234.5"), "companyKey": "  |D MG 01"},
        {**base, "CoparticipationValue": "99,00", "Unknown": {"nested": True}},
        {**base, "CoparticipationValue": "1.234,56", "branch": "  D MG 01  "},
        {"id": "only-id"},
        snake,
        {**base, "EMPLOYEENAME": "first", "EmployeeName": "second"},  # the later key wins
        {**base, "SpecialtyName": Decimal("12.50"), "CoparticipationDescription": 7},
    ]


def _both(item: dict[str, Any]) -> tuple[rh_rows.Row | None, rh_rows.Row]:
    builder = RowBuilder("T9", 7, NOW)
    return builder.fast(dict(item)), builder.from_model(Coparticipation.model_validate(item))


@pytest.mark.parametrize("item", [*_sandbox_items()[:20], *_odd_items()])
def test_the_fast_path_gives_the_models_row(item: dict[str, Any]) -> None:
    fast, model = _both(item)
    assert fast is not None
    assert fast == model


@pytest.mark.parametrize(
    "item",
    [
        {"EmployeeName": "no id"},
        {"id": "   "},
        {"id": "a", "EmployeeName": True},
        {"id": "a", "EmployeeName": 1.5},
        {"id": "a", "EmployeeName": ["x"]},
        {"id": "a", "CoparticipationValue": 1.5},
        {"id": "a", "CoparticipationValue": "abc"},
        {"id": "a", "CoparticipationValue": "NaN"},
    ],
)
def test_what_the_fast_path_cannot_take_the_model_refuses(item: dict[str, Any]) -> None:
    builder = RowBuilder("T9", 7, NOW)
    assert builder.fast(item) is None
    with pytest.raises(ValidationError):
        builder.rows([item])


def test_an_amount_written_either_way_hashes_the_same() -> None:
    item = _sandbox_items()[0]
    as_text = {**item, "CoparticipationValue": "99.00"}
    as_number = {**item, "CoparticipationValue": 99}
    builder = RowBuilder("T1", 1, NOW)
    first, second = (rh_rows.as_dict(r) for r in builder.rows([as_text, as_number]))
    assert first["row_hash"] == second["row_hash"]
    assert first["value"] == second["value"] == Decimal("99")
    for change in ({"CoparticipationValue": "99.01"}, {"CoparticipationDescription": "outra"}):
        changed = rh_rows.as_dict(builder.rows([{**item, **change}])[0])
        assert changed["row_hash"] != first["row_hash"], change


def test_every_model_field_has_its_kind_and_rows_follow_the_tables_columns() -> None:
    from app.integrations.totvs import tables

    assert set(rh_rows.FIELDS) == set(Coparticipation.model_fields)
    assert tuple(c.name for c in tables.copart.columns) == rh_rows.COLUMNS


def test_models_and_raw_items_mix_in_one_page() -> None:
    items = _sandbox_items()[:3]
    builder = RowBuilder("T1", 1, NOW)
    rows = builder.rows([items[0], Coparticipation.model_validate(items[1]), items[2]])
    assert [r[rh_rows.ID] for r in rows] == [i["id"] for i in items]
