"""The CLI speaks the user's language (issue 15 item 9): sentences in French or Portuguese from
the same .qm files as the window, read without Qt; --json keys and codes untranslated, an error
is one JSON object with the same exit code; --json after any command; secret set from a pipe."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from app.cli import main, split_json
from app.core.qm import QmCatalog, QmFormatError
from app.core.resources import resource
from tests import cli_in_language

ROOT = Path(__file__).resolve().parents[2]


english_afterwards = cli_in_language.english_afterwards  # autouse: no language leaks between tests
run = cli_in_language.run


# ------------------------------------------------------------------ the .qm reader


@pytest.mark.parametrize("lang", ["fr", "pt_BR"])
def test_qm_reader_finds_every_translation_of_the_ts(lang: str) -> None:
    catalog = QmCatalog.load(resource("translations", f"passerelle_{lang}.qm"))
    tree = ET.parse(resource("translations", f"passerelle_{lang}.ts"))
    checked = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            assert catalog.messages.get(key) == forms, key
            checked += 1
    assert checked > 100


def test_qm_reader_plural_forms_and_missing_text() -> None:
    catalog = QmCatalog({("c", "%n visit(s)", ""): ["%n visite", "%n visites"]})
    assert catalog.translate("c", "%n visit(s)", 1) == "1 visite"
    assert catalog.translate("c", "%n visit(s)", 0) == "0 visite"
    assert catalog.translate("c", "%n visit(s)", 4) == "4 visites"
    assert catalog.translate("c", "Not translated") == "Not translated"


def test_qm_reader_refuses_another_file(tmp_path: Path) -> None:
    bogus = tmp_path / "x.qm"
    bogus.write_bytes(b"not a translation file at all")
    with pytest.raises(QmFormatError):
        QmCatalog.load(bogus)


# ------------------------------------------------------------------ sentences in the language


def test_input_error_in_french_and_portuguese(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--data-dir", str(data_dir), "secret", "set", "omnidoc.base_url", "--stdin"]
    code, out, err = run(["--lang", "fr", *argv], capsys)
    assert code == 2 and out == ""
    assert err.strip() == (
        "«\u00a0omnidoc.base_url\u00a0» n’est pas un secret "
        "(réglez-le avec «\u00a0passerelle config set omnidoc.base_url VALEUR\u00a0»)."
    )
    code, _, err = run(["--lang", "pt_BR", *argv], capsys)
    assert code == 2 and "não é um segredo" in err
    code, _, err = run(
        ["--lang", "pt_BR", "--data-dir", str(data_dir), "journal", "search", "--since", "x"], capsys
    )
    assert code == 2 and err.strip() == "--since deve ser uma data AAAA-MM-DD."


def test_not_configured_in_french_and_portuguese(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--lang", "fr", "--data-dir", str(data_dir), "vetelevage", "import"], capsys)
    assert code == 3
    assert err.startswith("Vétélevage n’est pas configuré\u00a0: il manque vetelevage.client_id")
    assert err.strip().endswith("Ouvrez Connexions pour les renseigner.")
    code, _, err = run(
        ["--lang", "pt_BR", "--data-dir", str(data_dir), "omnidoc", "draft", "--form", "x"], capsys
    )
    assert code in (2, 3) and "Traceback" not in err
    code, _, err = run(["--lang", "pt_BR", "--data-dir", str(data_dir), "vetelevage", "import"], capsys)
    assert code == 3 and err.startswith("Vétélevage não está configurado: falta vetelevage.client_id")


def _refusing_sandbox(data_dir: Path, base_url: str) -> None:
    from app.core.context import AppContext
    from app.integrations.vetelevage.sandbox import configure_demo

    ctx = AppContext.open(data_dir)
    configure_demo(ctx, base_url)
    ctx.secrets.set("vetelevage", "client_secret", "not-the-editor-secret")
    ctx.save_settings()
    ctx.close()


def test_api_error_in_french_and_portuguese(
    data_dir: Path, vet_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _refusing_sandbox(data_dir, vet_server.base_url("vetelevage"))
    code, _, err = run(["--lang", "fr", "--data-dir", str(data_dir), "vetelevage", "import"], capsys)
    assert code == 1
    assert err.strip() == (
        "Vétélevage a refusé les identifiants. Reconnectez-vous dans Connexions "
        "(vérifiez l’identifiant, le mot de passe ou le jeton)."
    ) or ("refusé" in err and "Connexions" in err), err
    code, _, err = run(["--lang", "pt_BR", "--data-dir", str(data_dir), "vetelevage", "import"], capsys)
    assert code == 1 and "Conexões" in err and "refused" not in err


def test_the_setting_chooses_the_language_when_no_flag(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PASSERELLE_APP__LANG", "pt_BR")
    code, out, _ = run(["--data-dir", str(data_dir), "journal", "search", "nothing-like-this"], capsys)
    assert code == 0 and out.strip() == "Nenhuma atividade correspondente."
    monkeypatch.delenv("PASSERELLE_APP__LANG")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, _ = run(["--data-dir", str(data_dir), "attention"], capsys)
    assert code == 0 and out.strip() == "Rien n’attend une personne."
    code, out, _ = run(["--lang", "en", "--data-dir", str(data_dir), "attention"], capsys)
    assert out.strip() == "Nothing waits for a person."


# ------------------------------------------------------------------ --json errors


def _error_of(out: str) -> dict[str, Any]:
    lines = out.strip().splitlines()
    assert len(lines) == 1, out  # one JSON object, nothing else on stdout
    data = json.loads(lines[0])
    assert set(data) == {"error"} and set(data["error"]) == {"message", "field", "code"}
    return dict(data["error"])


def test_json_errors_are_one_object_with_the_same_exit_code(
    data_dir: Path, vet_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    d = ["--data-dir", str(data_dir)]
    code, out, err = run(
        ["--lang", "fr", "--json", *d, "secret", "set", "omnidoc.base_url", "--stdin"], capsys
    )
    error = _error_of(out)
    assert code == 2 and err == ""
    assert error["code"] == "invalid_input" and error["field"] == "key"
    assert "n’est pas un secret" in error["message"]

    code, out, _ = run(["--lang", "fr", *d, "vetelevage", "import", "--json"], capsys)
    error = _error_of(out)
    assert code == 3 and error["code"] == "not_configured" and "Connexions" in error["message"]

    _refusing_sandbox(data_dir, vet_server.base_url("vetelevage"))
    code, out, _ = run(["--lang", "pt_BR", *d, "vetelevage", "import", "--json"], capsys)
    error = _error_of(out)
    assert code == 1 and error["code"] == "auth" and "Conexões" in error["message"]


def test_usage_error_with_json_is_an_object_too(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(data_dir), "attention", "--limit", "zero", "--json"])
    out, _ = capsys.readouterr()
    assert exited.value.code == 2 and _error_of(out)["code"] == "usage"


# ------------------------------------------------------------------ --json after the command


def test_split_json_takes_the_flag_anywhere_but_after_a_double_dash() -> None:
    assert split_json(["journal", "search", "x", "--json"]) == (["journal", "search", "x"], True)
    assert split_json(["--json", "attention"]) == (["attention"], True)
    assert split_json(["journal", "search", "--", "--json"]) == (["journal", "search", "--", "--json"], False)


@pytest.mark.parametrize(
    "command",
    [
        ["journal", "search", "X"],
        ["attention"],
        ["config", "show"],
        ["vetelevage", "unmapped"],
        ["provet", "webhooks", "list"],
    ],
)
def test_json_after_the_command(
    command: list[str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--lang", "fr", "--data-dir", str(data_dir), *command, "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, dict) and "error" not in data
    before, out_before, _ = run(["--lang", "fr", "--json", "--data-dir", str(data_dir), *command], capsys)
    assert before == 0 and json.loads(out_before).keys() == data.keys()


# ------------------------------------------------------------------ secret set without a terminal


def test_secret_set_reads_a_pipe_without_stdin_flag(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.secrets import SecretStore

    monkeypatch.setattr(sys, "stdin", io.StringIO("jeton-du-tube\n"))
    code, out, _ = run(
        ["--lang", "fr", "--data-dir", str(data_dir), "secret", "set", "omnidoc.api_token"], capsys
    )
    assert code == 0 and SecretStore().get("omnidoc", "api_token") == "jeton-du-tube"
    assert out.strip() == "omnidoc.api_token enregistré dans le trousseau du système."


def test_secret_set_with_an_empty_stdin_says_how(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(["--data-dir", str(data_dir), "secret", "set", "omnidoc.api_token"], capsys)
    assert code == 2 and "EOFError" not in err and "unexpected" not in err
    assert "echo VALUE | passerelle secret set omnidoc.api_token" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, _ = run(
        ["--lang", "fr", "--json", "--data-dir", str(data_dir), "secret", "set", "omnidoc.api_token"], capsys
    )
    error = _error_of(out)
    assert code == 2 and error["field"] == "value" and "entrée standard" in error["message"]


# ------------------------------------------------------------------ no Qt in a CLI run

_PROBE = """
import json, sys
from app.cli import main
codes = [main(["--lang", "fr", *c]) for c in (["journal", "search", "x"], ["attention", "--json"],
         ["vetelevage", "unmapped"], ["vetelevage", "import", "--json"])]
print(json.dumps({"codes": codes, "qt": sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "qasync")))}))
"""


def test_a_cli_run_imports_no_qt(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "PASSERELLE_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["codes"] == [0, 0, 0, 3]
    assert result["qt"] == []


def test_serve_once_says_what_ran_in_the_language(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--lang", "pt_BR", "--data-dir", str(data_dir), "serve", "--once"], capsys)
    assert code in (0, 1)  # 1: a schedule failed (nothing is configured here)
    assert out.startswith("Executado: ") and "backup do banco de dados" in out and "ops.backup" not in out
