"""Windows Credential Manager limits (issue 17 item 5): an entry holds 2,560 bytes of UTF-16 (about
1,280 characters); a longer secret is refused with a sentence naming it, nothing is stored; Provet
keeps only its refresh token in the keyring, the access token in memory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.core.errors import describe
from app.core.secrets import MAX_SECRET_BYTES, MemoryKeyring, SecretStore, SecretTooLong, stored_size
from app.integrations.provet.auth import LEGACY_TOKEN_KEY, TOKEN_KEY, TokenStore

SERVICE = "passerelle"


def test_the_size_is_counted_in_utf16_as_windows_stores_it() -> None:
    assert MAX_SECRET_BYTES == 2560
    assert stored_size("a" * 1280) == 2560  # 1,280 plain characters: the most that fits
    assert stored_size("é") == 2 and stored_size("中") == 2  # one UTF-16 unit each
    assert stored_size("🔑") == 4  # beyond the BMP: a surrogate pair


def test_1280_characters_fit_and_1281_do_not(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set("omnidoc", "api_token", "t" * 1280)
    assert store.get("omnidoc", "api_token") == "t" * 1280
    # 1,281 bytes of UTF-8 would have passed a UTF-8 check; in UTF-16 it is 2,562 bytes.
    with pytest.raises(SecretTooLong) as info:
        store.set("omnidoc", "api_token", "u" * 1281)
    assert store.get("omnidoc", "api_token") == "t" * 1280  # the stored one is left as it was
    assert info.value.field == "omnidoc.api_token"


def test_characters_outside_the_bmp_count_double() -> None:
    with pytest.raises(SecretTooLong):
        SecretStore().set("omnidoc", "api_token", "🔑" * 641)  # 641 characters, 2,564 bytes
    SecretStore().set("omnidoc", "api_token", "中" * 1280)  # 3,840 bytes of UTF-8, 2,560 of UTF-16


def test_the_sentence_names_the_secret_never_its_value(memory_keyring: MemoryKeyring) -> None:
    value = "SECRETVALUE" * 200
    with pytest.raises(SecretTooLong) as info:
        SecretStore().set("provet", "client_secret", value)
    said = describe(info.value)
    assert said.template.startswith("The secret {name} is too long")
    assert "provet.client_secret" in said.text and "2200 characters" in said.text and "1280" in said.text
    assert "SECRETVALUE" not in said.text and "SECRETVALUE" not in str(info.value)
    assert memory_keyring._values == {}  # nothing was stored


def test_an_integration_own_secret_has_the_same_limit(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(SecretTooLong, match=r"provet\.registration\.abc"):
        SecretStore().set_extra("provet.registration.abc", "r" * 1300)
    assert memory_keyring._values == {}


def test_the_cli_says_which_secret_is_too_long(
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("x" * 1500 + "\n"))
    code = main(["--data-dir", str(data_dir), "secret", "set", "provet.client_secret", "--stdin"])
    err = capsys.readouterr().err
    assert code == 2 and "The secret provet.client_secret is too long" in err and "xxxx" not in err
    assert memory_keyring._values == {}


# ---------------------------------------------------------------- Provet's token


def _token(access: str = "A" * 2000, refresh: str = "r-1") -> dict[str, Any]:
    return {
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": 3600,
        "grant": "authorization_code",
    }


def test_provet_keeps_only_the_refresh_token_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    secrets = SecretStore()
    TokenStore(secrets).save(_token())  # a 2,000-character access token would not fit with it
    assert memory_keyring._values == {(SERVICE, TOKEN_KEY): "r-1"}
    same_process = TokenStore(secrets).load()
    assert same_process is not None and same_process["access_token"] == "A" * 2000
    assert same_process["refresh_token"] == "r-1" and same_process["grant"] == "authorization_code"
    assert same_process["expires_at"] > 0
    next_start = TokenStore(SecretStore()).load()  # another process: the refresh token only
    assert next_start == {"refresh_token": "r-1"}


def test_a_renewal_without_refresh_token_leaves_no_stale_one(memory_keyring: MemoryKeyring) -> None:
    secrets = SecretStore()
    TokenStore(secrets).save(_token())
    TokenStore(secrets).save({"access_token": "B", "expires_in": 60, "grant": "client_credentials"})
    assert memory_keyring._values == {}
    loaded = TokenStore(secrets).load()
    assert loaded is not None and loaded["access_token"] == "B" and "refresh_token" not in loaded
    TokenStore(secrets).clear()
    assert TokenStore(secrets).load() is None


def test_a_refresh_token_too_long_for_the_keyring_is_refused_and_nothing_half_saved(
    memory_keyring: MemoryKeyring,
) -> None:
    secrets = SecretStore()
    with pytest.raises(SecretTooLong) as info:
        TokenStore(secrets).save(_token(refresh="R" * 1300))
    assert "provet.refresh_token" in describe(info.value).text
    assert memory_keyring._values == {} and TokenStore(secrets).load() is None


def test_an_older_versions_whole_token_entry_moves_to_the_refresh_token_entry(
    memory_keyring: MemoryKeyring,
) -> None:
    old = {"access_token": "old-access", "refresh_token": "old-refresh", "expires_at": 4102444800}
    memory_keyring.set_password(SERVICE, LEGACY_TOKEN_KEY, json.dumps(old))
    secrets = SecretStore()
    loaded = TokenStore(secrets).load()
    assert loaded is not None and loaded["refresh_token"] == "old-refresh"
    assert loaded["access_token"] == "old-access"
    assert memory_keyring._values == {(SERVICE, TOKEN_KEY): "old-refresh"}


async def test_after_a_restart_the_refresh_token_renews_the_access_token(
    memory_keyring: MemoryKeyring,
) -> None:
    from app.integrations.provet.auth import OAuthConfig, OAuthSession, ProvetAuth

    memory_keyring.set_password(SERVICE, TOKEN_KEY, "r-kept")
    config = OAuthConfig.from_base_url("https://provet.example/1/api/0.1/", "cid", "", "authorization_code")
    session = OAuthSession(config, TokenStore(SecretStore()))
    asked: list[str] = []

    async def refresh(refresh_token: str, grant: str) -> dict[str, Any]:
        asked.append(refresh_token)
        return session._saved({"access_token": "fresh", "refresh_token": "r-next", "expires_in": 60}, grant)

    session.refresh = refresh  # type: ignore[method-assign]
    auth = ProvetAuth(session)
    auth.recall()
    assert auth.access_token in (None, "")  # nothing in memory yet: no access token adopted
    await auth.fetch_token("")
    assert asked == ["r-kept"] and auth.access_token == "fresh"
    assert memory_keyring._values == {(SERVICE, TOKEN_KEY): "r-next"}
