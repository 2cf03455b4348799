from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.settings import SettingsError, load_settings, masked, save_settings, set_value


def test_defaults_without_file(data_dir: Path) -> None:
    s = load_settings(data_dir)
    assert s.vetelevage.base_url == "https://api.vetelevage.fr/v1"
    assert s.totvs_rh.product == "PROTHEUS"


def test_saved_values_round_trip_without_secrets(data_dir: Path) -> None:
    s = load_settings(data_dir)
    set_value(s, "vetelevage.client_id", "editor-1")
    s.vetelevage.client_secret = "should-not-be-saved"  # type: ignore[assignment]
    save_settings(s, data_dir)
    raw = json.loads((data_dir / "settings.json").read_text())
    assert raw == {"vetelevage": {"client_id": "editor-1"}}
    assert load_settings(data_dir).vetelevage.client_id == "editor-1"


def test_environment_wins_over_file(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"vetelevage": {"base_url": "http://file"}}))
    monkeypatch.setenv("PASSERELLE_VETELEVAGE__BASE_URL", "http://env")
    monkeypatch.setenv("PASSERELLE_VETELEVAGE__CLIENT_SECRET", "from-env")
    s = load_settings(data_dir)
    assert s.vetelevage.base_url == "http://env"
    assert s.vetelevage.client_secret.get_secret_value() == "from-env"
    assert masked(s)["vetelevage"]["client_secret"] == "***"


def test_secret_in_file_is_ignored(data_dir: Path) -> None:
    (data_dir / "settings.json").write_text(json.dumps({"omnidoc": {"api_token": "leak"}}))
    assert load_settings(data_dir).omnidoc.api_token.get_secret_value() == ""


def test_bad_values_name_the_setting(data_dir: Path) -> None:
    s = load_settings(data_dir)
    with pytest.raises(SettingsError, match="vetelevage.mode"):
        set_value(s, "vetelevage.mode", "nope")
    with pytest.raises(SettingsError, match="Unknown setting 'vetelevage.nope'"):
        set_value(s, "vetelevage.nope", "1")
    with pytest.raises(SettingsError, match="secret"):
        set_value(s, "vetelevage.password", "x")


def test_corrupt_settings_file_is_a_sentence(data_dir: Path) -> None:
    (data_dir / "settings.json").write_text("{not json")
    with pytest.raises(SettingsError, match="cannot be read"):
        load_settings(data_dir)
