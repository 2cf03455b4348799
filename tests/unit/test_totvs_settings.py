"""TOTVS RH settings: company/branch pairs, the server's time zone, and settings written before them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.core.settings import SettingsError, load_settings, save_settings, set_value


def test_pairs_and_time_zone(data_dir: Path) -> None:
    s = load_settings(data_dir)
    set_value(s, "totvs_rh.scopes", "T1:D MG 01,T2: 01 , T1:D MG 01")
    assert s.totvs_rh.scopes == "T1:D MG 01, T2:01"
    assert s.totvs_rh.pairs() == [("T1", "D MG 01"), ("T2", "01")]
    with pytest.raises(SettingsError, match="'T3' is not a companyId:branchId pair"):
        set_value(s, "totvs_rh.scopes", "T1:D MG 01, T3")
    assert s.totvs_rh.zone() is None  # empty: this computer's zone
    set_value(s, "totvs_rh.server_timezone", "America/Sao_Paulo")
    moment = dt.datetime(2026, 1, 10, 1, 30, tzinfo=dt.UTC)
    assert moment.astimezone(s.totvs_rh.zone()).replace(tzinfo=None) == dt.datetime(2026, 1, 9, 22, 30)
    set_value(s, "totvs_rh.server_timezone", "-03:00")
    assert s.totvs_rh.zone() == dt.timezone(dt.timedelta(hours=-3))
    with pytest.raises(SettingsError, match="unknown time zone 'Mars/Olympus'"):
        set_value(s, "totvs_rh.server_timezone", "Mars/Olympus")
    assert s.totvs_rh.incremental_overlap_days == 1  # the seed filters by a date: a day at least
    with pytest.raises(SettingsError):
        set_value(s, "totvs_rh.incremental_overlap_days", 0)


def test_settings_written_before_pairs_are_read_as_pairs(data_dir: Path) -> None:
    (data_dir / "settings.json").write_text(
        json.dumps(
            {
                "totvs_rh": {
                    "company_id": "T1",
                    "branch_id": "D MG 01, D MG 02",
                    "incremental_overlap_minutes": 60,
                }
            }
        ),
        encoding="utf-8",
    )
    s = load_settings(data_dir)
    assert s.totvs_rh.pairs() == [("T1", "D MG 01"), ("T1", "D MG 02")]  # what those loads asked
    assert s.totvs_rh.incremental_overlap_days == 1
    save_settings(s, data_dir)
    saved = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["totvs_rh"]
    assert saved == {"scopes": "T1:D MG 01, T1:D MG 02"}  # migrated once, the old keys gone


def test_old_overlap_in_minutes_becomes_whole_days(data_dir: Path) -> None:
    (data_dir / "settings.json").write_text(
        json.dumps({"totvs_rh": {"incremental_overlap_minutes": 2000}}), encoding="utf-8"
    )
    assert load_settings(data_dir).totvs_rh.incremental_overlap_days == 2
