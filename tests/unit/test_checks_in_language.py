"""The data-model and settings checks, argparse's own errors and --self-check speak the user's
language (issue 15 items 7 and 9): each bad value, through the path a person meets it (the
``passerelle`` command, a settings file or variable, a CSV import, describe() of a service's
failure), is said in French and Portuguese, naming the field and what is expected."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from app import cli_language
from app.core.errors import describe
from app.core.http import NotConfigured, tls_context
from app.core.pydantic_sentences import problem
from app.core.qm import QmCatalog
from app.core.resources import resource
from app.integrations.provet.auth import LoopbackRedirect, loopback_redirect
from app.integrations.provet.models import Registration
from app.integrations.totvs.models import Coparticipation
from app.integrations.vetelevage.acts import read_acts_csv
from tests import cli_in_language

NBSP = cli_in_language.NBSP
FR = QmCatalog.load(resource("translations", "passerelle_fr.qm"))
PT = QmCatalog.load(resource("translations", "passerelle_pt_BR.qm"))
ENGLISH = ("Input should", "must be", "is not", "expected", "error:", "usage:", "arguments are required")


english_afterwards = cli_in_language.english_afterwards  # autouse: no language leaks between tests
run = cli_in_language.run


def english_left(text: str) -> list[str]:
    return [words for words in ENGLISH if words in text]


# ------------------------------------------------------------------ settings


# (config set KEY VALUE, the French, the Portuguese)
SETTINGS = [
    (
        "vetelevage.import_interval_minutes",
        "5000",
        f"Valeur invalide pour vetelevage.import_interval_minutes{NBSP}: 1440 au plus est permis, pas 5000.",
        "Valor inválido para vetelevage.import_interval_minutes: no máximo 1440 é permitido, não 5000.",
    ),
    (
        "vetelevage.import_interval_minutes",
        "often",
        f"un nombre entier est attendu, pas «{NBSP}often{NBSP}»",
        "é esperado um número inteiro, não “often”",
    ),
    (
        "vetelevage.mode",
        "cloud",
        f"l’une des valeurs veterinaire, saas est attendue, pas «{NBSP}cloud{NBSP}»",
        "é esperado um dos valores veterinaire, saas, não “cloud”",
    ),
    (
        "totvs_rh.server_timezone",
        "UTC+15",
        f"«{NBSP}UTC+15{NBSP}» n’est pas un décalage UTC (de -12:00 à +14:00)",
        "“UTC+15” não é um deslocamento UTC (de -12:00 a +14:00)",
    ),
    (
        "totvs_rh.server_timezone",
        "Mars/Olympus",
        f"fuseau horaire inconnu «{NBSP}Mars/Olympus{NBSP}»{NBSP}: utilisez un nom comme America/Sao_Paulo",
        "fuso horário desconhecido “Mars/Olympus”: use um nome como America/Sao_Paulo",
    ),
    (
        "totvs_rh.scopes",
        "T1:01, T3",
        f"«{NBSP}T3{NBSP}» n’est pas une paire companyId:branchId{NBSP}; écrivez-les comme T1:D MG 01, T2:01",
        "“T3” não é um par companyId:branchId; escreva-os como T1:D MG 01, T2:01",
    ),
    (
        "network.proxy",
        "ftp://proxy",
        "doit être vide, none, ou une adresse comme http://proxy.clinic.lan:3128",
        "deve ficar vazio, ser none ou um endereço como http://proxy.clinic.lan:3128",
    ),
    (
        "vetelevage.nope",
        "1",
        f"Réglage inconnu «{NBSP}vetelevage.nope{NBSP}». Clés de [vetelevage]{NBSP}: base_url,",
        "Configuração desconhecida “vetelevage.nope”. Chaves de [vetelevage]: base_url,",
    ),
    (
        "nope.key",
        "1",
        f"Section de réglages inconnue «{NBSP}nope{NBSP}». Sections connues{NBSP}: app, vetelevage,",
        "Seção de configurações desconhecida “nope”. Seções conhecidas: app, vetelevage,",
    ),
    (
        "vetelevage.password",
        "x",
        f"est un secret{NBSP}: utilisez «{NBSP}passerelle secret set vetelevage.password{NBSP}».",
        "é um segredo: use “passerelle secret set vetelevage.password”.",
    ),
]


@pytest.mark.parametrize(("key", "value", "fr", "pt"), SETTINGS, ids=[f"{s[0]}={s[1]}" for s in SETTINGS])
def test_a_bad_setting_is_refused_in_the_language(
    key: str, value: str, fr: str, pt: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(data_dir), "config", "set", key, value]
    code, _out, err = run(["--lang", "fr", *base], capsys)
    assert code == 2 and fr in err and not english_left(err), err
    code, out, err = run(["--lang", "pt_BR", "--json", *base], capsys)
    error = json.loads(out)["error"]
    assert code == 2 and err == "" and error["code"] == "invalid_input"
    assert pt in error["message"] and not english_left(error["message"]), error


def test_a_bad_value_in_the_environment_names_its_setting_in_french(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings load: every bad value at once, each named, none in pydantic's English."""
    monkeypatch.setenv("PASSERELLE_PROVET__WEBHOOK_PORT", "70000")
    monkeypatch.setenv("PASSERELLE_NETWORK__PROXY", "proxy.lan")
    code, _out, err = run(["--lang", "fr", "--data-dir", str(data_dir), "config", "show"], capsys)
    assert code == 2, err
    assert err.strip() == (
        f"Réglage invalide — provet.webhook_port{NBSP}: 65535 au plus est permis, pas 70000{NBSP}; "
        f"network.proxy{NBSP}: doit être vide, none, ou une adresse comme http://proxy.clinic.lan:3128."
    )


def test_an_unreadable_settings_file_is_said_in_portuguese(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.core.paths import settings_file

    settings_file(data_dir).parent.mkdir(parents=True, exist_ok=True)
    settings_file(data_dir).write_text("[1, 2]", encoding="utf-8")
    code, _out, err = run(["--lang", "pt_BR", "--data-dir", str(data_dir), "config", "show"], capsys)
    assert code == 2 and "não contém um objeto JSON. Corrija-o ou exclua-o." in err, err


# ------------------------------------------------------------------ the models' checks


def test_a_bad_act_in_the_acts_csv_is_said_in_french_and_portuguese(tmp_path: Path) -> None:
    sample = tmp_path / "actes.csv"
    sample.write_text(
        "code,libelle,unite,prix_ht,tva,actif\nVISITE ÉLEVAGE,Visite,forfait,10,20,1\nECHO,Écho,acte,-5,20,1\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as refused:
        read_acts_csv(sample)
    message = describe(refused.value)
    assert "Line 2, column code: the act code 'VISITE ÉLEVAGE' must be 1 to 32 characters" in message.text
    assert message.translated(FR.translate) == (
        f"Rien n’a été importé. Ligne 2, colonne code{NBSP}: le code d’acte «{NBSP}VISITE ÉLEVAGE{NBSP}» doit "
        f"compter de 1 à 32 caractères parmi les lettres, les chiffres, «{NBSP}.{NBSP}», «{NBSP}_{NBSP}» et "
        f"«{NBSP}-{NBSP}». Ligne 3, colonne prix_ht{NBSP}: le prix ne peut pas être négatif (reçu -5)."
    )
    assert "Linha 3, coluna prix_ht: o preço não pode ser negativo (recebido -5)." in message.translated(
        PT.translate
    )


def test_a_negative_quantity_keeps_its_template() -> None:
    from app.integrations.vetelevage.models import Visite

    with pytest.raises(ValidationError) as refused:
        Visite.model_validate({"id": "V-1", "actes": [{"code": "VISITE", "quantite": "-2"}]})
    said = problem(refused.value.errors()[0])
    assert said == "quantity must not be negative (got -2)"
    assert said.translated(PT.translate) == "a quantidade não pode ser negativa (recebido -2)"


@pytest.mark.parametrize(
    ("amount", "fr", "pt"),
    [
        (
            "douze",
            f"CoparticipationValue{NBSP}: «{NBSP}douze{NBSP}» n’est pas un montant",
            "“douze” não é um valor",
        ),
        ("NaN", f"«{NBSP}NaN{NBSP}» n’est pas un montant", "“NaN” não é um valor monetário"),
        (12.5, "pas en nombre flottant binaire", "não como ponto flutuante binário"),
    ],
)
def test_a_totvs_amount_that_cannot_be_read_is_said_in_the_language(amount: Any, fr: str, pt: str) -> None:
    """A co-participation item the RH load cannot store: describe() (what the tab and the CLI
    show) names the field and says why in the language, never pydantic's English."""
    with pytest.raises(ValidationError) as refused:
        Coparticipation.model_validate({"id": "1", "CoparticipationValue": amount})
    message = describe(refused.value)
    assert "validation error" not in message.text and "errors.pydantic.dev" not in message.text
    shown = message.translated(FR.translate)
    assert shown.startswith(f"Certaines valeurs ne peuvent pas être utilisées{NBSP}:") and fr in shown, shown
    assert pt in message.translated(PT.translate)


@pytest.mark.parametrize(
    ("provet_id", "fr"),
    [
        ("12a", "provet_id\u00a0: doit être un nombre (l’identifiant Provet de l’instance)"),
        (1.5, "provet_id\u00a0: doit être un nombre entier (l’identifiant Provet de l’instance)"),
        (float("nan"), "provet_id\u00a0: doit être un nombre fini, ni NaN ni l’infini"),
    ],
)
def test_a_provet_registration_says_its_provet_id_problem_in_french(provet_id: Any, fr: str) -> None:
    body = {
        "provet_id": provet_id,
        "client_id": "c",
        "client_secret": "s" * 5000,
        "algorithm": None,
        "authorization_grant_type": "client-credentials",
        "client_type": "confidential",
        "redirect_uris": "",
        "token_url": "https://x/token",
        "authorize_url": "https://x/authorize",
        "openid_autodiscovery_url": None,
    }
    with pytest.raises(ValidationError) as refused:
        Registration.model_validate(body)
    shown = describe(refused.value).translated(FR.translate)
    assert fr in shown and "client_secret\u00a0: est trop long pour le trousseau" in shown, shown


# ------------------------------------------------------------------ Provet sign-in, certificates


def test_the_provet_redirect_addresses_are_said_in_the_language() -> None:
    with pytest.raises(NotConfigured) as none_local:
        loopback_redirect("https://clinic.example/callback", 8766)
    with pytest.raises(NotConfigured) as not_local:
        LoopbackRedirect("state", "https://clinic.example/callback")
    assert (
        describe(none_local.value)
        .translated(FR.translate)
        .startswith(
            f"Provet Cloud{NBSP}: l’enregistrement ne liste aucune adresse de redirection locale "
            f"(https://clinic.example/callback){NBSP}; demandez au support de Provet Cloud d’ajouter "
            "http://127.0.0.1:8766/callback"
        )
    )
    assert (
        describe(not_local.value)
        .translated(PT.translate)
        .startswith(
            "Provet Cloud: o endereço de redirecionamento do login “https://clinic.example/callback” não é "
            "um endereço local com porta"
        )
    )


def test_an_unreadable_certificate_file_is_said_in_french(tmp_path: Path) -> None:
    bad = tmp_path / "firewall.pem"
    bad.write_text("not a certificate", encoding="utf-8")
    for path, reason in (
        (bad, "il ne contient aucun certificat PEM lisible"),
        (tmp_path / "nope.pem", "le fichier n’existe pas"),
    ):
        with pytest.raises(NotConfigured) as refused:
            tls_context(str(path))
        shown = describe(refused.value).translated(FR.translate)
        assert shown.startswith(
            f"Le fichier de certificats de network.ca_bundle ({path}) ne peut pas être lu{NBSP}:"
        )
        assert reason in shown and "Indiquez un fichier PEM, ou videz ce réglage." in shown, shown


# ------------------------------------------------------------------ argparse's own words


# (argv after the language, the French on stderr, the Portuguese JSON message, its field)
USAGE = [
    (
        ["--lang", "de"],
        f"passerelle{NBSP}: erreur{NBSP}: argument --lang{NBSP}: choix invalide{NBSP}: 'de' (valeurs possibles{NBSP}: 'fr', 'pt_BR', 'en')",
        "argumento --lang: opção inválida: 'de' (escolha entre 'fr', 'pt_BR', 'en')",
        "lang",
    ),
    (
        ["config"],
        f"passerelle config{NBSP}: erreur{NBSP}: ces arguments sont obligatoires{NBSP}: COMMANDE",
        "os seguintes argumentos são obrigatórios: COMANDO",
        "config_command",
    ),
    (
        ["backup"],
        f"passerelle backup{NBSP}: erreur{NBSP}: ces arguments sont obligatoires{NBSP}: --out",
        "os seguintes argumentos são obrigatórios: --out",
        "out",
    ),
    (
        ["config", "show", "--colour"],
        f"passerelle{NBSP}: erreur{NBSP}: arguments non reconnus{NBSP}: --colour",
        "argumentos não reconhecidos: --colour",
        None,
    ),
    (
        ["journal", "search", "--since"],
        f"passerelle journal search{NBSP}: erreur{NBSP}: argument --since{NBSP}: un argument est attendu",
        "argumento --since: é esperado um argumento",
        "since",
    ),
    (
        ["attention", "--limit", "many"],
        f"argument --limit{NBSP}: un nombre entier de lignes est attendu, pas «{NBSP}many{NBSP}»",
        "argumento --limit: é esperado um número inteiro de linhas, não “many”",
        "limit",
    ),
]


@pytest.mark.parametrize(("argv", "fr", "pt", "field"), USAGE, ids=[" ".join(u[0]) for u in USAGE])
def test_argparse_errors_are_said_in_the_language(
    argv: list[str], fr: str, pt: str, field: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--lang", "fr", *argv], capsys)
    assert code == 2 and out == "" and fr in err, err
    assert err.startswith(f"utilisation{NBSP}: passerelle") and "usage:" not in err, err
    code, out, err = run(["--lang", "pt_BR", *argv, "--json"], capsys)
    assert code == 2 and err == "", err
    assert json.loads(out) == {"error": {"message": pt, "field": field, "code": "usage"}}


def test_the_help_speaks_french(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(["--lang", "fr", "--help"], capsys)
    assert code == 0
    assert out.startswith(f"utilisation{NBSP}: passerelle")
    assert f"\noptions{NBSP}:\n" in out and "afficher cette aide et quitter" in out
    assert "langue de l’interface (par défaut" in out and "servir les simulateurs des API" in out
    assert "show this help message" not in out and "UI language" not in out
    code, out, _err = run(["--lang", "pt_BR", "attention", "--help"], capsys)
    assert "opções:" in out and "mostrar tudo, sem limite" in out and "show them all" not in out, out


def test_the_language_of_the_system_reaches_argparse_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    code, _out, err = run(["config"], capsys)
    assert code == 2 and "erro: os seguintes argumentos são obrigatórios" in err, err


# ------------------------------------------------------------------ --self-check


def test_self_check_speaks_french_and_keeps_its_last_line(capsys: pytest.CaptureFixture[str]) -> None:
    from app import self_check

    cli_language.set_language("fr")
    assert self_check.run() == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "self-check ok"  # the contract's marker (shared/specs/cli.md)
    assert lines[-2] == "Tout ce dont Passerelle a besoin est installé et fonctionne."
    assert any(line.startswith(f"Langues{NBSP}: ") for line in lines)
    assert any(f" modules{NBSP}; intégrations{NBSP}: " in line for line in lines), lines
    assert not any(line.startswith(("languages:", "modules ")) for line in lines), lines


async def test_a_sign_in_that_cannot_listen_or_times_out_says_why_in_french() -> None:
    """Not the generic "refused the credentials": the port in use (with the setting to change),
    and a browser sign-in that did not finish, each in the language."""
    import socket

    from app.core.errors import Action
    from app.core.http import AuthError

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    try:
        with pytest.raises(AuthError) as busy:
            await LoopbackRedirect("state", f"http://127.0.0.1:{port}/callback").start()
    finally:
        taken.close()
    message = describe(busy.value)
    assert message.action is Action.SETTINGS
    assert message.translated(FR.translate).startswith(
        f"La connexion ne peut pas recevoir la réponse de Provet Cloud{NBSP}: le port {port} de cet "
        "ordinateur est déjà utilisé."
    )
    listener = await LoopbackRedirect("state").start()
    try:
        with pytest.raises(AuthError) as late:
            await listener.wait(0.01)
    finally:
        await listener.close()
    assert describe(late.value).translated(PT.translate) == (
        "O login no navegador não terminou a tempo (1 min; a janela do navegador foi fechada?). "
        "Clique em Conectar para tentar de novo."
    )


def test_an_unusable_database_address_is_said_in_the_language(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PASSERELLE_DATABASE__URL", "nonsense://server/clinic")
    code, _out, err = run(["--lang", "fr", "--data-dir", str(data_dir), "attention"], capsys)
    assert code == 1 and err.startswith(
        f"L’adresse de base de données de database.url est inutilisable{NBSP}: NoSuchModuleError"
    ), err
    code, out, err = run(["--lang", "pt_BR", "--json", "--data-dir", str(data_dir), "attention"], capsys)
    error = json.loads(out)["error"]
    assert code == 1 and error["code"] == "database"
    assert error["message"].startswith("O endereço do banco de dados em database.url não pode ser usado")


def test_no_keyring_and_the_journal_are_said_in_french(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No keyring: the sentence in the language (never the backend's English detail); a journal
    entry's summary from its template, in the language."""
    from app.core.context import AppContext
    from app.core.secrets import KeyringUnavailable
    from app.core.tr import QT_TRANSLATE_NOOP

    shown = describe(KeyringUnavailable("the password store did not keep the secret")).translated(
        FR.translate
    )
    assert shown.startswith("Aucun coffre de mots de passe sécurisé") and "did not keep" not in shown
    ctx = AppContext.open(data_dir)
    try:
        template = QT_TRANSLATE_NOOP(
            "journal",
            "batch {lot} of account {account}: {received} received, {new} new, {known} already known, {held} held",
        )
        values = {"lot": "L-7", "account": "C1", "received": 3, "new": 3, "known": 0, "held": 0}
        ctx.journal.record("vetelevage", "import", "ok", template, args=values, keys=["L-7"])
    finally:
        ctx.close()
    code, out, _err = run(["--lang", "fr", "--data-dir", str(data_dir), "journal", "search", "L-7"], capsys)
    assert code == 0 and "L-7" in out and "received" not in out and "already known" not in out, out


def test_restore_and_form_files_that_cannot_be_read_are_said_in_french(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file's problem and the OS's reason in words: never "No such file or directory"."""
    fake = tmp_path / "copie.db"
    fake.write_text("not a database", encoding="utf-8")
    fr = ["--lang", "fr", "--data-dir", str(data_dir)]
    code, _out, err = run([*fr, "restore", str(tmp_path / "absente.db")], capsys)
    assert code == 2 and err.strip() == "absente.db n’existe pas. Rien n’a été modifié.", err
    code, _out, err = run([*fr, "restore", str(fake)], capsys)
    assert (
        code == 2 and err.strip() == "copie.db n’est pas un fichier de base de données. Rien n’a été modifié."
    )
    code, _out, err = run([*fr, "omnidoc", "url", "--form", str(tmp_path / "absent.json")], capsys)
    assert code == 2 and err.strip().endswith(f"absent.json{NBSP}: le fichier n’existe pas."), err
    assert "No such file" not in err


def test_a_choice_that_may_be_empty_is_listed_as_such(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(
        ["--lang", "fr", "--data-dir", str(data_dir), "config", "set", "app.lang", "xx"], capsys
    )
    assert code == 2 and f'l’une des valeurs "", fr, pt_BR, en est attendue, pas «{NBSP}xx{NBSP}»' in err, err


def test_an_omnidoc_form_and_a_missing_csv_are_said_in_french(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = tmp_path / "demande.json"
    form.write_text('{"patient_gender": "X", "patient_birth_date": "1990-13-45"}', encoding="utf-8")
    fr = ["--lang", "fr", "--data-dir", str(data_dir)]
    code, _out, err = run([*fr, "omnidoc", "url", "--form", str(form)], capsys)
    assert code == 2 and err.startswith(
        f"La demande ne peut pas être envoyée{NBSP}: patient_gender{NBSP}: Le sexe doit être M ou F."
    ), err
    code, _out, err = run([*fr, "vetelevage", "push-actes", "--csv", str(tmp_path / "actes.csv")], capsys)
    assert code == 2 and err.strip() == f"Impossible de lire actes.csv{NBSP}: le fichier n’existe pas.", err
