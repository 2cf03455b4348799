"""The last English a person could see from the command line (issue 15 items 7 and 9): the ops
commands' help, ``journal search``'s action and outcome, ``serve`` / ``prune`` lines, the listen
address refusals, the log-file warning, a damaged database's detail and a broken settings file,
each said in French and Portuguese through the ``passerelle`` command (or the handler that
writes it), and ``--json`` keeping the codes."""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import re
import sqlite3
from pathlib import Path

import pytest

from app import cli_language
from app.core.context import AppContext
from app.core.logging_setup import PrivateRotatingFileHandler
from app.core.paths import database_file, settings_file
from tests import cli_in_language
from tests.hostile.test_store_advice import corrupt_deep_page

NBSP = cli_in_language.NBSP


english_afterwards = cli_in_language.english_afterwards  # autouse: no language leaks between tests
run = cli_in_language.run


# ------------------------------------------------------------------ help


def flat(text: str) -> str:
    """argparse's wrapped help on one line (its no-break spaces kept)."""
    return re.sub(r"[ \n]+", " ", text)


# (command, a French help line, a Portuguese one, the English that must be gone)
HELP = [
    (["backup"], "le fichier de sauvegarde à écrire", "o arquivo de backup a gravar", "the backup file"),
    (
        ["restore"],
        "le fichier de sauvegarde à restaurer",
        "o arquivo de backup a restaurar",
        "the backup file",
    ),
    (
        ["prune"],
        f"garder ce nombre de jours (par défaut{NBSP}: ops.raw_retention_days)",
        "manter este número de dias (padrão: ops.raw_retention_days)",
        "keep this many",
    ),
    (
        ["support-report"],
        "le fichier du rapport à écrire (.zip)",
        "o arquivo do relatório a gravar (.zip)",
        "the report file",
    ),
    (
        ["attention"],
        "réessayer maintenant tout ce qui peut l’être",
        "tentar de novo agora tudo o que pode ser tentado",
        "retry every retryable",
    ),
    (["sandbox"], f"le port (0{NBSP}: un port libre)", "somente este simulador (repetível)", "the port"),
    (["config", "set"], "le réglage, SECTION.CLÉ", "seu novo valor", "the setting"),
    (["secret", "set"], "le secret, SECTION.CLÉ", "o segredo, SEÇÃO.CHAVE", "the secret"),
    (["journal", "search"], "une clé métier ou des mots", "somente esta integração", "only this integration"),
    (
        ["vetelevage", "mappings", "export"],
        "le fichier à écrire (.csv)",
        "o arquivo a gravar (.csv)",
        "the file",
    ),
    (
        ["vetelevage", "map"],
        "le code du produit de la clinique",
        "o produto Vétélevage (seu produit_id)",
        "the clinic",
    ),
    (
        ["vetelevage", "export"],
        f"le format du fichier (par défaut{NBSP}: csv)",
        "o arquivo a gravar",
        "the file",
    ),
    (["provet", "pull"], "développer cet objet lié (répétable)", "um filtro, por exemplo", "a filter"),
    (
        ["provet", "webhooks", "serve"],
        "adresse d’écoute",
        "a porta (padrão: provet.webhook_port)",
        "the port",
    ),
]


def test_every_command_argument_has_a_help() -> None:
    """A help line for each option and argument (it is what is translated: none left silent)."""
    import argparse

    from app.cli import build_parser

    silent: list[str] = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                silent.extend(f"{' '.join(path)} {c.dest}" for c in action._choices_actions if not c.help)
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])
            elif action.help is None:
                silent.append(f"{' '.join(path)} {action.option_strings or action.dest}")

    walk(build_parser(), ["passerelle"])
    assert silent == []


@pytest.mark.parametrize(("command", "fr", "pt", "en"), HELP, ids=[" ".join(h[0]) for h in HELP])
def test_the_ops_commands_help_speaks_the_language(
    command: list[str], fr: str, pt: str, en: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(["--lang", "fr", *command, "--help"], capsys)
    assert code == 0 and fr in flat(out) and en not in out, out
    code, out, _err = run(["--lang", "pt_BR", *command, "--help"], capsys)
    assert code == 0 and pt in flat(out) and en not in out, out


def test_the_command_list_says_what_each_ops_command_does(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(["--lang", "fr", "--help"], capsys)
    assert code == 0 and "backup copie cohérente de la base de données" in flat(out), out
    assert "prune effacer les données brutes plus anciennes" in flat(out), out
    assert "consistent copy" not in out and "raw payloads" not in out, out
    code, out, _err = run(["--lang", "pt_BR", "--help"], capsys)
    assert "cópia consistente do banco de dados" in flat(out), out


# ------------------------------------------------------------------ journal search


def _journal_with_a_failed_billing(data_dir: Path) -> None:
    ctx = AppContext.open(data_dir)
    try:
        ctx.journal.record("vetelevage", "commit", "error", "visit V-12 could not be billed", keys=["V-12"])
        ctx.journal.record("ops", "backup", "ok", "backup written to b.db", keys=["b.db"])
    finally:
        ctx.close()


def test_journal_search_says_the_action_and_outcome_in_words(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with_a_failed_billing(data_dir)
    base = ["--data-dir", str(data_dir), "journal", "search", ""]
    code, out, _err = run(["--lang", "fr", *base], capsys)
    billing = next(line for line in out.splitlines() if "V-12" in line)
    assert code == 0 and " Facturation " in billing and " Échec " in billing, out
    assert " commit " not in billing and " error " not in billing, out
    saved = next(line for line in out.splitlines() if "b.db" in line)
    assert " Sauvegarde " in saved and " Réussi " in saved and " ok " not in saved, out
    code, out, _err = run(["--lang", "pt_BR", *base], capsys)
    billing = next(line for line in out.splitlines() if "V-12" in line)
    assert " Faturamento " in billing and " Falha " in billing, out


def test_journal_search_shows_local_times_the_language_s_way_and_json_keeps_codes(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with_a_failed_billing(data_dir)
    base = ["--data-dir", str(data_dir), "journal", "search", "V-12"]
    code, out, _err = run(["--lang", "fr", *base], capsys)
    today = dt.datetime.now().astimezone().strftime("%d/%m/%Y")
    assert code == 0 and out.startswith(today) and "T" not in out.split()[1], out
    code, out, _err = run(["--lang", "fr", "--json", *base], capsys)
    (entry,) = json.loads(out)["entries"]
    assert entry["action"] == "commit" and entry["outcome"] == "error", entry
    assert dt.datetime.fromisoformat(entry["ts"]).tzinfo is not None


# ------------------------------------------------------------------ serve --once, prune


def test_serve_once_and_prune_name_their_work_in_words(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data_dir)]
    code, out, err = run(["--lang", "fr", *base, "serve", "--once"], capsys)
    assert out.startswith(f"Exécuté{NBSP}: ") and "sauvegarde de la base" in out, (out, err)
    assert "ops.backup" not in out and "vetelevage.import" not in out, out
    code, out, err = run(["--lang", "pt_BR", *base, "--json", "serve", "--once"], capsys)
    assert "ops.backup" in json.loads(out)["ran"], out  # --json: the schedules' names
    code, out, err = run(["--lang", "pt_BR", *base, "prune"], capsys)
    assert code == 0 and "visitas Vétélevage 0" in out and "vet_visits" not in out, (out, err)


def test_a_backup_or_report_that_cannot_be_written_says_why(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Never "Something unexpected happened (FileNotFoundError)": the file, why, what to do."""
    nowhere = tmp_path / "a-file" / "sub"
    (tmp_path / "a-file").write_text("", encoding="utf-8")  # a file where a folder should be
    base = ["--data-dir", str(data_dir)]
    code, _out, err = run(["--lang", "fr", *base, "backup", "--out", str(nowhere / "b.db")], capsys)
    assert code == 2 and err.startswith(f"Impossible d’écrire {nowhere / 'b.db'}{NBSP}: "), err
    assert "FileNotFoundError" not in err and "inattendu" not in err, err
    code, out, _err = run(
        ["--lang", "pt_BR", "--json", *base, "support-report", "--out", str(nowhere / "r.zip")], capsys
    )
    error = json.loads(out)["error"]
    assert code == 2 and error["field"] == "out" and error["code"] == "invalid_input", out
    assert error["message"].startswith(f"Não foi possível gravar {nowhere / 'r.zip'}: "), out


def test_prune_refuses_a_negative_age_and_restore_a_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data_dir)]
    code, _out, err = run(["--lang", "fr", *base, "prune", "--days", "-1"], capsys)
    assert code == 2 and err.strip() == f"--days est le nombre de jours à garder{NBSP}: 0 ou plus, pas -1.", (
        err
    )
    code, out, _err = run(["--lang", "pt_BR", "--json", *base, "prune", "--days", "-3"], capsys)
    assert json.loads(out)["error"]["field"] == "days", out
    folder = tmp_path / "copies"
    folder.mkdir()
    code, _out, err = run(["--lang", "pt_BR", *base, "restore", str(folder)], capsys)
    assert code == 2 and err.strip() == "copies é uma pasta, não um arquivo de backup. Nada foi alterado.", (
        err
    )


def test_attention_retry_says_why_an_item_still_fails_in_the_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reason as the queue now holds it (a template), not the English sentence of the failure."""
    from app.ops import actions

    ctx = AppContext.open(data_dir)
    try:
        ctx.attention.raise_item("provet", "webhook_failed", "EV-1", "processing failed", action="retry")
    finally:
        ctx.close()

    async def still_down(_ctx: object, _item: object) -> None:
        raise TimeoutError("read timed out")

    monkeypatch.setitem(actions._handlers, ("provet", "webhook_failed"), still_down)
    base = ["--data-dir", str(data_dir), "attention", "--retry"]
    code, out, _err = run(["--lang", "fr", *base], capsys)
    line = next(line for line in out.splitlines() if "EV-1" in line)
    assert code == 1 and line.startswith(f"toujours en échec{NBSP}: EV-1{NBSP}: "), out
    assert "Un problème inattendu est survenu (TimeoutError). Rien n’est perdu" in line, line
    assert "Something" not in line and "Nothing was lost" not in line, line
    code, out, _err = run(["--lang", "pt_BR", "--json", *base], capsys)
    (failed,) = json.loads(out)["failed"]
    assert code == 1 and failed["ref"] == "EV-1", out


# ------------------------------------------------------------------ listen addresses


def _webhook_token(data_dir: Path) -> None:
    ctx = AppContext.open(data_dir)
    try:
        ctx.secrets.set("provet", "webhook_token", "t" * 40)
    finally:
        ctx.close()


def test_a_listen_address_not_of_this_computer_is_said_in_the_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _webhook_token(data_dir)
    serve = ["--data-dir", str(data_dir), "provet", "webhooks", "serve", "--port", "0"]
    code, _out, err = run(["--lang", "fr", *serve, "--host", "192.0.2.1"], capsys)  # TEST-NET-1
    assert code == 2, err
    assert err.strip() == (
        f"192.0.2.1 n’est pas une adresse de cet ordinateur, Passerelle ne peut donc pas y écouter{NBSP}: "
        "gardez 127.0.0.1, ou indiquez l’une des adresses de cet ordinateur."
    ), err
    code, out, _err = run(["--lang", "pt_BR", "--json", *serve, "--host", "no-such-host.invalid"], capsys)
    error = json.loads(out)["error"]
    assert code == 2 and error["field"] == "host", out
    assert error["message"].startswith(
        "O endereço de escuta no-such-host.invalid não é conhecido neste computador: informe um endereço IP"
    ), out


# ------------------------------------------------------------------ the log file


class _FullDisk:
    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        """Nothing to close."""

    def seek(self, _offset: int, _whence: int = 0) -> int:
        return 0

    def tell(self) -> int:
        return 0


@pytest.mark.parametrize(
    ("lang", "cannot", "again"),
    [
        (
            "fr",
            "Passerelle ne peut pas écrire son fichier journal {file} (le disque est plein).",
            "Passerelle écrit de nouveau son fichier journal {file}.",
        ),
        (
            "pt_BR",
            "O Passerelle não consegue gravar seu arquivo de log {file} (o disco está cheio).",
            "O Passerelle voltou a gravar seu arquivo de log {file}.",
        ),
    ],
)
def test_the_log_file_warning_speaks_the_language(
    lang: str, cannot: str, again: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "passerelle.log"
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=1, encoding="utf-8")
    record = logging.LogRecord("passerelle.test", logging.INFO, __file__, 1, "probe", None, None)
    cli_language.set_language(lang)
    try:
        handler.stream.close()
        handler.stream = _FullDisk()  # type: ignore[assignment]
        handler.emit(record)
        err = capsys.readouterr().err
        assert err.startswith(cannot.format(file=path)) and "No space left" not in err, err
        handler.emit(record)  # the stream was dropped: reopened, written
        assert capsys.readouterr().err.strip() == again.format(file=path)
    finally:
        handler.close()


# ------------------------------------------------------------------ the database, the settings file


def test_a_damaged_database_says_what_sqlite_found_in_words(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx = AppContext.open(data_dir)
    try:
        for i in range(3000):
            ctx.journal.record("ops", "probe", "ok", f"entry {i} " + "x" * 120)
    finally:
        ctx.close()
    corrupt_deep_page(database_file(data_dir))
    base = ["--data-dir", str(data_dir), "journal", "search", "x"]
    code, _out, err = run(["--lang", "fr", *base], capsys)
    found = ("la vérification de SQLite y a trouvé ", "certaines de ses pages sont endommagées")
    assert code != 0 and any(f"passerelle.db est endommagé ({words}" in err for words in found), err
    assert "Page " not in err and "btree" not in err.lower() and "malformed" not in err, err
    code, out, _err = run(["--lang", "pt_BR", "--json", *base], capsys)
    message = json.loads(out)["error"]["message"]
    found = ("a verificação do SQLite encontrou ", "algumas de suas páginas estão danificadas")
    assert any(f"passerelle.db está danificado ({words}" in message for words in found), message


@pytest.mark.parametrize(
    ("text", "fr", "pt"),
    [
        (
            '{"app": {"lang": "fr",}}',
            f"(ligne 1, colonne 23{NBSP}: un nom entre guillemets doubles est attendu, "
            "ou une virgule suit la dernière valeur)",
            "(linha 1, coluna 23: é esperado um nome entre aspas duplas, ou há uma vírgula depois do último valor)",
        ),
        (
            '{\n  "app": {"lang": "fr"}\n  "ops": {}\n}',
            f"(ligne 3, colonne 3{NBSP}: une virgule est attendue)",
            "(linha 3, coluna 3: é esperada uma vírgula)",
        ),
    ],
)
def test_a_broken_settings_file_says_where_in_words(
    text: str, fr: str, pt: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_file(data_dir).parent.mkdir(parents=True, exist_ok=True)
    settings_file(data_dir).write_text(text, encoding="utf-8")
    base = ["--data-dir", str(data_dir), "config", "show"]
    code, _out, err = run(["--lang", "fr", *base], capsys)
    assert code == 2 and fr in err and "Expecting" not in err, err
    code, out, _err = run(["--lang", "pt_BR", "--json", *base], capsys)
    message = json.loads(out)["error"]["message"]
    assert pt in message and "Expecting" not in message, message


def test_what_sqlite_s_check_found_is_counted_in_words_and_kept_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from app.core.store_problems import check_findings, sqlite_reason

    found = check_findings(["Page 5: btreeInitPage() returns error code 11", "Page 9 is never used"])
    assert "Page 9 is never used" in caplog.text  # for support, never on the screen
    cli_language.set_language("fr")
    assert found.translated(cli_language.translate) == "la vérification de SQLite y a trouvé 2 problèmes"
    assert check_findings(["x"]).translated(cli_language.translate).endswith("trouvé 1 problème")
    cli_language.set_language("pt_BR")
    assert found.translated(cli_language.translate) == "a verificação do SQLite encontrou 2 problemas nele"
    full = sqlite3.OperationalError("database or disk is full")
    assert sqlite_reason(full, full).translated(cli_language.translate) == "o disco está cheio"


def test_journal_summaries_that_were_english_text_are_said_in_the_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused acts push and a Provet sign-in: their journal entries from templates."""
    from app.core.http import ConnectionFailed
    from app.integrations.provet.connection import _connected
    from app.integrations.vetelevage.acts import _record_refusal

    ctx = AppContext.open(data_dir)
    try:
        _record_refusal(ctx, "C1", ConnectionFailed("connect timeout", service="Vétélevage"))
        _connected(ctx, "client_credentials")
    finally:
        ctx.close()
    base = ["--data-dir", str(data_dir), "journal", "search", ""]
    code, out, _err = run(["--lang", "fr", *base], capsys)
    assert code == 0 and f"Envoi des actes refusé{NBSP}: " in out, out
    assert "Connecté à Provet Cloud (client_credentials)." in out, out
    assert "acts push refused" not in out and "Connected to" not in out and "could not" not in out, out
    code, out, _err = run(["--lang", "pt_BR", *base], capsys)
    assert "Envio dos atos recusado: " in out and "Conectado ao Provet Cloud (client_credentials)." in out


def test_a_secret_set_from_the_command_line_is_journalled_in_the_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("t" * 40 + "\n"))
    base = ["--data-dir", str(data_dir)]
    code, _out, err = run([*base, "secret", "set", "provet.webhook_token", "--stdin"], capsys)
    assert code == 0, err
    code, out, _err = run(["--lang", "fr", *base, "journal", "search", "webhook_token"], capsys)
    assert "Secret provet.webhook_token modifié" in out and "changed" not in out, out
    code, out, _err = run(["--lang", "pt_BR", *base, "journal", "search", "webhook_token"], capsys)
    assert "Segredo provet.webhook_token alterado" in out, out
