"""Issue 20 item 8 (CSV and keyring parts): an import refuses a file or a line over the
documented size (docs/limits.md) with a sentence before reading it into memory — a 100 MB
line, /dev/zero, a folder — and a secret saved where no password store keeps it says so
instead of "saved"."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import null

from app.core.errors import InputError, describe
from app.core.secrets import KeyringUnavailable, SecretStore
from app.integrations.vetelevage import csvio
from app.integrations.vetelevage.catalogue import catalogue, import_catalogue_csv

HEADER = b"code;libelle;gtin;prix_ht;unite\n"


def refused(path: Path) -> tuple[str, int]:
    """The sentence an import of ``path`` is refused with, and the peak memory it took."""
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            csvio.read_rows(path, ["code", "libelle", "gtin", "prix_ht", "unite"])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return str(caught.value), peak


def test_a_file_with_a_100_mb_line_is_a_sentence_read_no_further(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.csv"
    with path.open("wb") as handle:
        handle.write(HEADER)
        handle.truncate(100 * 1024 * 1024)  # sparse: one 100 MB line of NUL bytes
    text, peak = refused(path)
    assert path.name in text and "MB" in text and "Split" in text
    assert peak < 1024 * 1024, f"{peak} bytes read into memory for a file that is refused"


def test_a_line_over_the_limit_in_a_small_file_is_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.csv"
    path.write_bytes(HEADER + b"P1;ok;;1,00;u\n" + b"P2;" + b"x" * (csvio.MAX_LINE_CHARS + 10) + b";;1;u\n")
    text = refused(path)[0]
    assert "line 3" in text and "longer than" in text


def test_a_file_just_under_the_limits_is_read(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.csv"
    cell = "y" * (csvio.MAX_LINE_CHARS - 20)
    path.write_text(f"code;libelle;gtin;prix_ht;unite\nP1;{cell};;1,00;u\n", encoding="utf-8")
    rows = csvio.read_rows(path, ["code", "libelle", "gtin", "prix_ht", "unite"])
    assert rows[0]["libelle"] == cell


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_dev_zero_is_a_sentence(ctx: Any) -> None:
    text, peak = refused(Path("/dev/zero"))
    assert "not a regular file" in text and peak < 1024 * 1024
    with pytest.raises(InputError):
        import_catalogue_csv(ctx, "/dev/zero")
    assert catalogue(ctx) == []


def test_a_folder_is_a_sentence(tmp_path: Path) -> None:
    assert "not a regular file" in refused(tmp_path)[0]


def test_the_command_line_refuses_a_huge_file_with_exit_2(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    path = tmp_path / "big.csv"
    with path.open("wb") as handle:
        handle.write(HEADER)
        handle.truncate(csvio.MAX_FILE_BYTES + 1)
    assert main(["--data-dir", str(data_dir), "vetelevage", "catalog", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "big.csv" in err and "Traceback" not in err


# ---------------------------------------------------------------- a password store that keeps nothing


class ForgetfulKeyring(keyring.backend.KeyringBackend):
    """Says yes to every secret and keeps none (a broken or locked store)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None


@pytest.mark.parametrize("backend", [null.Keyring, ForgetfulKeyring])
def test_saving_a_secret_where_nothing_keeps_it_says_so(
    backend: type[keyring.backend.KeyringBackend],
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from app.cli import main

    keyring.set_keyring(backend())
    with pytest.raises(KeyringUnavailable) as caught:
        SecretStore().set("omnidoc", "api_token", "a-token-of-some-length")
    assert "cannot be saved" in describe(caught.value).text
    with pytest.raises(KeyringUnavailable):
        SecretStore().set_extra("provet.registration", "{}")
    monkeypatch.setattr("sys.stdin", io.StringIO("a-token-of-some-length\n"))
    code = main(["--data-dir", str(data_dir), "secret", "set", "omnidoc.api_token", "--stdin"])
    out, err = capsys.readouterr()
    assert code == 3, (out, err)
    assert "saved" not in out and "cannot be saved" in err
    assert os.environ.get("PASSERELLE_OMNIDOC__API_TOKEN") is None
