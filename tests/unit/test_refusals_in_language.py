"""The last English-only refusals are templates with their values apart (issue 15 items 7 and 9):
each one, said through describe() in French and Portuguese, keeps its values and loses its English."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from app import cli_language
from app.core.attention import Wanted, keep_only
from app.core.errors import InputError, describe, error_code, read_json_file
from app.core.listen import PortInUse, check_port, listen_socket
from app.core.tr import Joined, Sentence, in_language
from app.integrations.omnidoc.models import form_from_json
from app.integrations.omnidoc.prefill import prefill
from app.integrations.provet.filters import Filter, FilterRefused, build_params
from app.integrations.provet.subscriptions import save_subscriptions
from app.integrations.totvs import rh_export
from app.integrations.totvs.service_rh import parse_since, scopes
from app.integrations.vetelevage import evaluation
from app.integrations.vetelevage.csvio import read_rows
from app.integrations.vetelevage.export import export_new
from app.ops.alerts import parse_opening_hours

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    cli_language.set_language("en")


def _pairs(*pairs: tuple[str, str]) -> Any:
    return SimpleNamespace(settings=SimpleNamespace(totvs_rh=SimpleNamespace(pairs=lambda: list(pairs))))


def _refusal(call: Callable[[], object]) -> BaseException:
    with pytest.raises((InputError, PortInUse)) as caught:
        call()
    return caught.value


# (what raises it, the English words, the French, the Portuguese)
CASES: list[tuple[str, Callable[[], object], str, str, str]] = [
    (
        "company and branch name one pair",
        lambda: scopes(_pairs(), company="T1,T2"),
        "--company and --branch name one pair",
        f"désignent une seule paire{NBSP};",
        "indicam um único par",
    ),
    (
        "no pair with that company",
        lambda: scopes(_pairs(("T2", "01")), company="T1"),
        "No pair with company T1",
        f"Aucune paire avec la société T1 dans totvs_rh.scopes{NBSP}:",
        "Nenhum par com a empresa T1",
    ),
    (
        "no pair with that branch",
        lambda: scopes(_pairs(("T2", "01")), branch="D MG 01"),
        "No pair with branch D MG 01",
        "Aucune paire avec l’établissement D MG 01",
        "Nenhum par com a filial D MG 01",
    ),
    (
        "since is not a date",
        lambda: parse_since("yesterday"),
        "'yesterday' is not a date and time",
        f"«{NBSP}yesterday{NBSP}» n’est pas une date et une heure{NBSP}:",
        "“yesterday” não é uma data e hora",
    ),
    (
        "a filter without a value",
        lambda: Filter.parse("status__is"),
        "The filter 'status__is' has no value",
        f"Le filtre «{NBSP}status__is{NBSP}» n’a pas de valeur{NBSP}:",
        "O filtro “status__is” não tem valor",
    ),
    (
        "a filter without a method",
        lambda: Filter.parse("status=1"),
        "The filter 'status' has no method",
        f"Le filtre «{NBSP}status{NBSP}» n’a pas de méthode{NBSP}:",
        "O filtro “status” não tem método",
    ),
    (
        "an unknown field",
        lambda: build_params("consultation", [Filter("colour", "is", "red")]),
        "'colour' is not a field of consultation",
        f"«{NBSP}colour{NBSP}» n’est pas un champ filtrable de consultation{NBSP}:",
        "“colour” não é um campo filtrável de consultation",
    ),
    (
        "an unknown method",
        lambda: build_params("consultation", [Filter("status", "resembles", "1")]),
        "'resembles' is not a filter method (for 'status')",
        f"«{NBSP}resembles{NBSP}» n’est pas une méthode de filtre (pour «{NBSP}status{NBSP}»)",
        "“resembles” não é um método de filtro (para “status”)",
    ),
    (
        "a relation that cannot be exposed",
        lambda: build_params("patient", expose=["species"]),
        "'species' cannot be exposed on patient",
        f"«{NBSP}species{NBSP}» ne peut pas être développé sur patient{NBSP}:",
        "“species” não pode ser expandido em patient",
    ),
    (
        "an unknown form field",
        lambda: form_from_json({"patient_name": "x", "colour": "red"}),
        "Not a field of the form: colour, patient_name.",
        f"Hors des champs du formulaire{NBSP}: colour, patient_name.",
        "Fora dos campos do formulário: colour, patient_name.",
    ),
    (
        "a form context too big",
        lambda: form_from_json({"patient_last_name": "x", "context": {"note": "x" * 20000}}),
        "The form's field context must be under",
        "Le champ context du formulaire doit faire moins de",
        "O campo context do formulário deve ter menos de",
    ),
    (
        "an unknown endpoint",
        lambda: build_params("kittens"),
        "Unknown Provet Cloud endpoint 'kittens'",
        f"Point d’accès Provet Cloud inconnu «{NBSP}kittens{NBSP}»{NBSP}:",
        "Endpoint do Provet Cloud desconhecido “kittens”",
    ),
    (
        "an export format",
        lambda: export_new(None, "out.pdf", "pdf"),  # type: ignore[arg-type]
        "--format must be csv, xlsx or json.",
        "--format doit valoir csv, xlsx ou json.",
        "--format deve ser csv, xlsx ou json.",
    ),
    (
        "a TOTVS export file",
        lambda: rh_export.export(None, None, Path("rows.txt")),  # type: ignore[arg-type]
        "The export file must end in .csv or .xlsx.",
        "Le fichier d’export doit se terminer par .csv ou .xlsx.",
        "O arquivo de exportação deve terminar em .csv ou .xlsx.",
    ),
    (
        "a port out of range",
        lambda: check_port(70000),
        "The port must be a number from 0 to 65535 (0: any free port), not 70000.",
        f"Le port doit être un nombre de 0 à 65535 (0{NBSP}: n’importe quel port libre), pas 70000.",
        "A porta deve ser um número de 0 a 65535",
    ),
    (
        "owner and animal both given to Fill from Provet",
        lambda: asyncio.run(prefill(None, owner_id=1, animal_id=2)),  # type: ignore[arg-type]
        "Give an owner number or an animal number, not both.",
        "Indiquez un numéro de propriétaire ou un numéro d’animal, pas les deux.",
        "Informe um número de tutor ou um número de animal, não os dois.",
    ),
    (
        "opening hours that end before they start",
        lambda: parse_opening_hours("mon-fri 19:00-08:00"),
        "Opening hours: '19:00-08:00' ends before it starts.",
        f"Horaires d’ouverture{NBSP}: «{NBSP}19:00-08:00{NBSP}» finit avant de commencer.",
        "Horário de funcionamento: “19:00-08:00” termina antes de começar.",
    ),
    (
        "a webhook trigger",
        lambda: save_subscriptions(None, ["kitten_id"], None),  # type: ignore[arg-type]
        "'kitten_id' is not a Provet webhook parameter Passerelle follows.",
        f"«{NBSP}kitten_id{NBSP}» n’est pas un paramètre de webhook Provet que Passerelle suit.",
        "“kitten_id” não é um parâmetro de webhook do Provet",
    ),
]


def _file(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def test_file_refusals_are_said_in_french(tmp_path: Path) -> None:
    empty = _exc(lambda: read_rows(_file(tmp_path, "acts.csv", ""), ["code", "libelle"]))
    broken = _exc(lambda: read_json_file(_file(tmp_path, "form.json", "{nope"), field="form"))
    folder = _exc(lambda: read_rows(tmp_path, ["code"]))
    assert "acts.csv is empty. Expected a header line: code,libelle." in str(empty)
    cli_language.set_language("fr")
    assert cli_language.sentence(empty) == f"acts.csv est vide. Ligne d’en-tête attendue{NBSP}: code,libelle."
    assert cli_language.sentence(broken).startswith("form.json n’est pas un JSON valide (")
    assert f"n’est pas un fichier ordinaire{NBSP}: choisissez un fichier CSV." in cli_language.sentence(
        folder
    )
    header = _exc(lambda: read_rows(_file(tmp_path, "acts.csv", "nom\nx\n"), ["code", "libelle"]))
    assert cli_language.sentence(header) == (
        f"acts.csv{NBSP}: l’en-tête doit être code,libelle (manquant{NBSP}: code, libelle{NBSP}; trouvé{NBSP}: nom)."
    )


def _exc(call: Callable[[], object]) -> BaseException:
    return _refusal(call)


@pytest.mark.parametrize(("what", "call", "en", "fr", "pt"), CASES, ids=[c[0] for c in CASES])
def test_the_refusal_is_said_in_the_language(
    what: str, call: Callable[[], object], en: str, fr: str, pt: str
) -> None:
    exc = _refusal(call)
    assert en in str(exc) and en in cli_language.sentence(exc)  # English: the source, as before
    assert error_code(exc) == "invalid_input"
    cli_language.set_language("fr")
    said = cli_language.sentence(exc)
    assert fr in said and en not in said, said
    cli_language.set_language("pt_BR")
    said = cli_language.sentence(exc)
    assert pt in said and en not in said, said


def test_a_port_in_use_is_said_in_french() -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        port = taken.getsockname()[1]
        exc = _refusal(lambda: listen_socket("127.0.0.1", port, "Provet webhooks"))
    finally:
        taken.close()
    assert isinstance(exc, PortInUse) and f"Port {port} on 127.0.0.1 is already in use" in str(exc)
    cli_language.set_language("fr")
    assert f"Le port {port} de 127.0.0.1 est déjà utilisé" in cli_language.sentence(exc)


def test_a_filter_refusal_keeps_its_template_for_the_screens() -> None:
    exc = _refusal(lambda: build_params("consultation", [Filter("colour", "is", "red")]))
    assert isinstance(exc, FilterRefused) and exc.values["shown"] == "colour"
    assert describe(exc).args["detail"] == str(exc)


def test_a_visit_review_reason_is_kept_as_templates_and_shown_translated(any_ctx: Any) -> None:
    reason = Joined(
        [
            Sentence("vetelevage", evaluation.UNKNOWN_ACT, code="ZZ9"),
            Sentence("vetelevage", evaluation.ZERO_QUANTITY, what="Oxytétracycline"),
        ]
    )
    template = "Visit {visit} waits for your review: {reason}"
    with any_ctx.db.transaction() as conn:
        keep_only(
            conn,
            "vetelevage",
            evaluation.REVIEW,
            {"V-1": Wanted(template, {"visit": "V-1", "reason": reason})},
        )
    (item,) = [i for i in any_ctx.attention.items("vetelevage") if i.kind == evaluation.REVIEW]
    assert isinstance(item.args["reason"], dict)  # its templates, not English text
    assert item.reason == f"Visit V-1 waits for your review: {reason}"  # the CLI's English
    cli_language.set_language("fr")
    shown = item.sentence(cli_language.translate)
    assert "ZZ9" in shown and "Oxytétracycline" in shown
    assert "Unknown act code" not in shown and "waits for your review" not in shown, shown


def test_the_operations_commands_speak_french(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """backup, attention (its reasons from their templates), --preview-retry, --retry, --id in French."""
    from app.cli import main
    from app.core.context import AppContext
    from app.integrations.vetelevage.acts import NAME as VET
    from app.ops import actions

    ctx = AppContext.open(data_dir)
    try:
        ctx.attention.raise_item("provet", "webhook_failed", "EV-1", "processing failed", action="retry")
        with ctx.db.transaction() as conn:
            reason = Joined([Sentence("vetelevage", evaluation.UNKNOWN_ACT, code="ZZ9")])
            keep_only(
                conn,
                VET,
                evaluation.REVIEW,
                {"V-1": Wanted(evaluation_review(), {"visit": "V-1", "reason": reason}, "review")},
            )
    finally:
        ctx.close()

    async def still_down(_ctx: Any, _item: Any) -> None:
        raise RuntimeError("still down")

    monkeypatch.setitem(actions._handlers, ("provet", "webhook_failed"), still_down)
    fr = ["--data-dir", str(data_dir), "--lang", "fr"]
    assert main([*fr, "backup", "--out", str(tmp_path / "copy.db")]) == 0
    assert capsys.readouterr().out.startswith("Sauvegarde écrite dans ")
    assert main([*fr, "attention"]) == 0
    out = capsys.readouterr().out
    assert "La visite V-1 attend votre vérification" in out and "Code d’acte inconnu ZZ9" in out, out
    assert "→ vérifier la visite" in out and "→ relancer (passerelle attention --retry)" in out, out
    assert main([*fr, "attention", "--preview-retry"]) == 0
    out = capsys.readouterr().out
    assert f"sera renvoyé{NBSP}: Provet Cloud — processing failed (EV-1) (tentative 2)" in out, out
    assert f"laissé de côté{NBSP}: Vétélevage — visite V-1 à vérifier{NBSP}: demande une personne" in out, out
    assert main([*fr, "attention", "--retry"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"Passés{NBSP}: 0.") and f"toujours en échec{NBSP}: EV-1" in out, out
    assert main([*fr, "attention", "--retry", "--id", "999"]) == 2
    assert f"aucun élément ouvert 999{NBSP};" in capsys.readouterr().err


def evaluation_review() -> str:
    """The review item's template, as evaluation raises it."""
    return "Visit {visit} waits for your review: {reason}"


def test_a_listening_server_says_where_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    cli_language.set_language("fr")
    inbox = Sentence("cli", "The Provet webhook inbox")
    sock = listen_socket("127.0.0.1", 0, inbox)
    try:
        port = sock.getsockname()[1]
    finally:
        sock.close()
    err = capsys.readouterr().err
    assert f"La boîte de réception des webhooks Provet écoute sur http://127.0.0.1:{port}." in err, err
    assert "listening" not in err


def test_cnpj_gtin_and_the_copart_filters_are_said_in_french() -> None:
    from app.core.validators import check_cnpj, check_gtin
    from app.integrations.totvs.service_rh import CopartFilter

    f = CopartFilter(cnpj="11.222.333/0001-00", month="2025-13", service_type="nope")
    problems = f.problems()
    assert problems["cnpj"] == "CNPJ is not valid: the check key is wrong."
    assert str(check_gtin("123")) == "GTIN must have 8, 12, 13 or 14 digits." and check_cnpj("") is not None
    exc = _refusal(f.where)
    cli_language.set_language("fr")
    assert cli_language.sentence(exc) == f"CNPJ n’est pas valide{NBSP}: la clé de contrôle est fausse."
    said = {k: in_language(v, cli_language.translate) for k, v in problems.items()}
    assert said["month"] == "Le mois de référence s’écrit AAAAMM (par ex. 202501)."
    assert said["service_type"] == "Type de prestation inconnu."
    assert in_language(check_gtin("123") or "", cli_language.translate).startswith("Le GTIN doit compter")


def test_a_missing_provet_setting_is_said_in_french() -> None:
    from app.core.http import NotConfigured
    from app.integrations.provet.auth import no_base_url

    exc = NotConfigured(no_base_url())
    assert (
        "(provet.base_url) is not set." in cli_language.sentence(exc) and error_code(exc) == "not_configured"
    )
    cli_language.set_language("fr")
    said = cli_language.sentence(exc)
    assert said.startswith(
        f"Provet Cloud{NBSP}: l’adresse de l’API REST (provet.base_url) n’est pas renseignée."
    ), said


def test_a_setting_that_is_not_a_secret_is_said_in_french(any_ctx: Any) -> None:
    exc = _refusal_value(lambda: any_ctx.secrets.set("app", "lang", "fr"))
    assert str(exc) == "'app.lang' is not a secret setting."
    cli_language.set_language("fr")
    assert cli_language.sentence(exc) == f"«{NBSP}app.lang{NBSP}» n’est pas un réglage secret."


def _refusal_value(call: Callable[[], object]) -> BaseException:
    with pytest.raises(ValueError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("lang", "first", "inside"),
    [
        ("fr", "Le service distant rencontre un problème", "joindre le service distant"),
        ("pt_BR", "O serviço remoto", "o serviço remoto"),
    ],
)
def test_an_error_that_names_no_service_says_the_remote_service_in_the_language(
    lang: str, first: str, inside: str
) -> None:
    from app.core.http import ConnectionFailed, ServerError

    cli_language.set_language(lang)
    assert cli_language.sentence(ServerError("boom")).startswith(first)
    assert inside in cli_language.sentence(ConnectionFailed("boom"))
