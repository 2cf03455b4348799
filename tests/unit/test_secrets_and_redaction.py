from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.core.logging_setup import close_logging, setup_logging
from app.core.redact import redact, register_secret
from app.core.secrets import KeyringUnavailable, SecretStore


def test_secret_round_trip_and_env_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    store = SecretStore()
    store.set("provet", "client_secret", "s3cr3t-value")
    assert store.get("provet", "client_secret") == "s3cr3t-value"
    monkeypatch.setenv("PASSERELLE_PROVET__CLIENT_SECRET", "env-value")
    assert store.get("provet", "client_secret") == "env-value"


def test_not_a_secret_is_refused() -> None:
    with pytest.raises(ValueError, match="not a secret"):
        SecretStore().set("provet", "client_id", "x")


def test_no_keyring_backend_gives_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())
    store = SecretStore()
    with pytest.raises(KeyringUnavailable, match="No secure password store"):
        store.set("omnidoc", "api_token", "abc")
    assert store.get("omnidoc", "api_token") == ""
    monkeypatch.setenv("PASSERELLE_OMNIDOC__API_TOKEN", "from-env")
    assert store.get("omnidoc", "api_token") == "from-env"


def test_oversized_secret_refused() -> None:
    with pytest.raises(ValueError, match="too long"):
        SecretStore().set("omnidoc", "api_token", "x" * 3000)


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def",
        '{"access_token": "abcdef123456", "x": 1}',
        "grant_type=password&username=u&password=hunter22",
        "patient NIR 1 80 01 2A 004 123 43 seen",
        "nir=180012A00412343",
        "POST /provet/webhook/Zx9LongRandomToken123/ 200",
        "https://app.omnidoc.fr/interop/drafts/new#patient_last_name=DUPONT",
    ],
)
def test_redaction_patterns(text: str) -> None:
    out = redact(text)
    for leaked in (
        "eyJhbGciOiJIUzI1NiJ9",
        "abcdef123456",
        "hunter22",
        "2A004123",
        "180012A00412343",
        "Zx9LongRandomToken123",
        "DUPONT",
    ):
        assert leaked not in out.replace(" ", "")


@pytest.mark.expect_error_log(r"^failed$", logger="passerelle.test")  # the point of the test
def test_registered_secret_is_redacted_in_log_file(tmp_path: Path) -> None:
    register_secret("very-private-token-42")
    path = setup_logging(tmp_path)
    try:
        logging.getLogger("passerelle.test").warning("calling with %s", "very-private-token-42")
        try:
            raise RuntimeError("boom very-private-token-42")
        except RuntimeError:
            logging.getLogger("passerelle.test").exception("failed")
    finally:
        close_logging()
    content = path.read_text()
    assert "very-private-token-42" not in content
    assert "calling with [redacted]" in content
    assert "boom [redacted]" in content


def test_a_secret_equal_to_a_key_name_does_not_hide_its_value() -> None:
    from app.core.redact import redact, register_secret

    register_secret("password")  # someone's password really is "password"
    text = redact("refused: password=hunter22")
    assert "hunter22" not in text and "password" not in text
