from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_config_set_and_show_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["--data-dir", str(data_dir), "config", "set", "vetelevage.client_id", "editeur-42"], capsys
    )
    assert code == 0
    code, out, _ = run(["--data-dir", str(data_dir), "--json", "config", "show"], capsys)
    data = json.loads(out)
    assert code == 0 and data["vetelevage"]["client_id"] == "editeur-42"
    assert data["vetelevage"]["client_secret"] == ""


def test_config_set_bad_value_exits_2_naming_the_field(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--data-dir", str(data_dir), "config", "set", "totvs_rh.page_size", "-5"], capsys)
    assert code == 2 and "totvs_rh.page_size" in err and "Traceback" not in err
    code, _, err = run(["--data-dir", str(data_dir), "config", "set", "nosuch.key", "1"], capsys)
    assert code == 2 and "Unknown settings section" in err


def test_secret_set_from_stdin_goes_to_keyring_not_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("tres-secret-value\n"))
    code, _, _ = run(["--data-dir", str(data_dir), "secret", "set", "omnidoc.api_token", "--stdin"], capsys)
    assert code == 0
    from app.core.secrets import SecretStore

    assert SecretStore().get("omnidoc", "api_token") == "tres-secret-value"
    assert (
        "tres-secret-value" not in (data_dir / "settings.json").read_text()
        if (data_dir / "settings.json").exists()
        else True
    )
    assert "tres-secret-value" not in (data_dir / "logs" / "passerelle.log").read_text()
    code, _, err = run(["--data-dir", str(data_dir), "secret", "set", "omnidoc.base_url", "--stdin"], capsys)
    assert code == 2 and "not a secret" in err


def test_journal_search_and_attention_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.core.context import AppContext

    ctx = AppContext.open(data_dir)
    ctx.journal.record("vetelevage", "import", "ok", "batch L-7 imported", keys=["L-7"])
    ctx.attention.raise_item(
        "vetelevage", "unmapped", "P-1", "Product P-1 has no clinic product", action="open_mapping"
    )
    ctx.close()
    code, out, _ = run(["--data-dir", str(data_dir), "--json", "journal", "search", "L-7"], capsys)
    assert code == 0 and json.loads(out)["entries"][0]["keys"] == ["L-7"]
    code, out, _ = run(["--data-dir", str(data_dir), "--json", "attention"], capsys)
    assert json.loads(out)["items"][0]["ref"] == "P-1"
    code, _, err = run(
        ["--data-dir", str(data_dir), "journal", "search", "x", "--since", "yesterday"], capsys
    )
    assert code == 2 and "--since" in err


def test_sandbox_command_prints_one_base_url_per_simulator(tmp_path: Path) -> None:
    from app.integrations import available

    if not any(i.sandbox for i in available()):
        proc = subprocess.run(
            [sys.executable, "-m", "app", "sandbox"], capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 2 and "No integration" in proc.stderr
        return
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        names = {i.name for i in available() if i.sandbox}
        seen = {}
        assert proc.stdout is not None
        while len(seen) < len(names):
            line = proc.stdout.readline()
            assert line, proc.stderr.read() if proc.stderr else ""
            name, url = line.split()
            seen[name] = url
        assert set(seen) == names
        assert all(u.startswith("http://127.0.0.1:") for u in seen.values())
    finally:
        proc.terminate()
        proc.communicate(timeout=20)


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and "passerelle" in capsys.readouterr().out


def test_serve_once_runs_every_schedule(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.integrations import base

    runs: list[str] = []

    async def work(_ctx: object) -> None:
        runs.append("ran")

    toy = base.Integration(
        name="toy",
        title="Toy",
        schedules=lambda ctx: [base.Schedule(name="toy.job", interval=lambda c: 60, run=work)],
    )
    monkeypatch.setattr("app.integrations.available", lambda: [toy])
    code, out, _ = run(["--data-dir", str(data_dir), "--json", "serve", "--once"], capsys)
    result = json.loads(out)
    # The integration's schedule and the clinic-wide operations (backup, retries, pruning) all ran.
    assert code == 0 and result["failed"] == [] and runs == ["ran"]
    assert result["ran"][0] == "toy.job" and {"ops.backup", "ops.retry", "ops.prune"} <= set(result["ran"])
