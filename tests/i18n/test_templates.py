"""app.core.tr: plural templates, sentences that keep their template, stored English read back."""

from __future__ import annotations

from pathlib import Path

from app.core.qm import QmCatalog
from app.core.resources import resource
from app.core.tr import Sentence, fill, in_language, plural, render, retranslate

FR = QmCatalog.load(resource("translations", "passerelle_fr.qm"))
PT = QmCatalog.load(Path(resource("translations", "passerelle_pt_BR.qm")))
PROCESSED = plural.translate("journal", "Processed %n Provet Cloud notification(s).", None, 0)


def test_a_plural_template_takes_the_form_of_its_count() -> None:
    assert render(PROCESSED, {"n": 1}, "journal", FR.translate) == "1 notification Provet Cloud traitée."
    assert render(PROCESSED, {"n": 4}, "journal", FR.translate) == "4 notifications Provet Cloud traitées."
    assert (
        render(PROCESSED, {"n": 4}, "journal", PT.translate) == "4 notificações do Provet Cloud processadas."
    )
    assert render(PROCESSED, {"n": 4}, "journal") == "Processed 4 Provet Cloud notification(s)."
    assert fill(PROCESSED, {"n": "2"}) == "Processed 2 Provet Cloud notification(s)."


def test_an_entry_stored_with_the_former_brace_template_still_reads_in_the_language() -> None:
    former = "Processed {n} Provet Cloud notification(s)."
    assert render(former, {"n": 2}, "journal", FR.translate) == "2 notifications Provet Cloud traitées."


def test_a_sentence_is_its_english_text_and_keeps_its_template() -> None:
    said = Sentence("errors", "Provet Cloud answers. Departments visible: {n}.", n=3)
    assert said == "Provet Cloud answers. Departments visible: 3." and isinstance(said, str)
    assert in_language(said, FR.translate) == "Provet Cloud répond. Services visibles\u00a0: 3."
    assert in_language("plain words", FR.translate) == "plain words"


def test_stored_english_reasons_are_read_back_line_by_line() -> None:
    from app.integrations.vetelevage import evaluation

    stored = "\n".join(
        [
            evaluation.NOT_MAPPED.format(product="VITAMINE AD3E", id="P-884766"),
            evaluation.UNKNOWN_ACT.format(code="ECHO-GEST"),
            "Something the reviewer typed",
        ]
    )
    shown = retranslate(stored, evaluation.REASONS, "vetelevage", PT.translate).split("\n")
    assert shown == [
        "O produto VITAMINE AD3E (P-884766) não está associado a um produto da clínica.",
        "Código de ato desconhecido ECHO-GEST: adicione-o à lista de atos (ou envie a lista novamente).",
        "Something the reviewer typed",
    ]


def test_a_refused_catalogue_says_each_line_in_the_language(tmp_path: Path) -> None:
    import pytest

    from app.core.errors import InputError, describe
    from app.integrations.vetelevage.catalogue import import_catalogue_csv

    sample = tmp_path / "catalogue.csv"
    sample.write_text("code;libelle;prix_ht\n;Sans code;1\nMED1;Produit;douze\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        import_catalogue_csv(None, sample)  # type: ignore[arg-type]  # refused before any write
    message = describe(refused.value)
    assert message.text.startswith("Nothing was imported. Line 2, column code: a product code is expected.")
    assert message.translated(FR.translate) == (
        "Rien n’a été importé. Ligne 2, colonne code\u00a0: un code produit est attendu. "
        "Ligne 3, colonne prix_ht\u00a0: un nombre est attendu, reçu «\u00a0douze\u00a0»."
    )


def test_an_error_kept_in_a_stored_sentence_is_shown_in_the_language(ctx: object) -> None:
    from app.core.http import ServerError

    failure = ServerError(
        "Vétélevage's token service had a problem (HTTP 503).", service="Vétélevage", status=503
    )
    ctx.attention.raise_item(  # type: ignore[attr-defined]
        "vetelevage",
        "import_failed",
        "default",
        "Import failed: {error}",
        args={"error": failure},
    )
    [item] = ctx.attention.items()  # type: ignore[attr-defined]
    assert "HTTP" not in item.reason and item.reason.startswith("Import failed: Vétélevage")
    shown = item.sentence(FR.translate)
    assert shown.startswith("L’import a échoué\u00a0: Vétélevage rencontre un problème de son côté")


def test_a_refusal_that_lists_a_visit_reasons_says_them_in_the_language() -> None:
    from app.core.errors import InputError, describe
    from app.core.tr import QT_TRANSLATE_NOOP, Joined
    from app.integrations.vetelevage import evaluation

    reasons = [
        Sentence("vetelevage", evaluation.UNKNOWN_ACT, code="ECHO-GEST"),
        Sentence("vetelevage", evaluation.NOT_MAPPED, product="VITAMINE AD3E", id="P-884766"),
    ]
    refused = InputError(
        Sentence(
            "errors",
            QT_TRANSLATE_NOOP("errors", "Visit {visit} cannot be committed yet: {reasons}"),
            visit="V-000130",
            reasons=Joined(reasons),
        )
    )
    assert str(refused).startswith("Visit V-000130 cannot be committed yet: Unknown act code ECHO-GEST")
    assert describe(refused).translated(PT.translate) == (
        "A visita V-000130 ainda não pode ser faturada: Código de ato desconhecido ECHO-GEST: adicione-o à "
        "lista de atos (ou envie a lista novamente). O produto VITAMINE AD3E (P-884766) não está associado a "
        "um produto da clínica."
    )
