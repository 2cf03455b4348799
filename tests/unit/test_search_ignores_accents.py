"""Search that ignores accents and case (issue 19 item 4), on SQLite and PostgreSQL: RH filters,
the Activity journal over the summary as shown in each language, and the migrations that fill
the search columns of rows stored before them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import command

from app.core.migrations import alembic_config
from app.core.search import contains, fold, sentence_search_text
from app.core.tables import journal
from app.integrations.totvs import rh_queries
from app.integrations.totvs import tables as tt
from app.integrations.totvs.service_rh import LOAD_SUMMARIES, CopartFilter


def test_fold_and_pattern() -> None:
    assert fold("  JOÃO  Ávila ") == "joao avila"
    assert fold("Çédille ß") == "cedille ss"
    assert contains("50%_x") == "%50\\%\\_x%"
    text = sentence_search_text(
        "Co-participation load of T1/01 cancelled",
        "Co-participation load of {scope} cancelled",
        {"scope": "T1/01"},
    )
    assert "carga de coparticipacao de t1/01 cancelada" in text  # Portuguese, folded
    assert "chargement de la co-participation de t1/01 annule" in text  # French, folded


def test_journal_search_matches_the_summary_in_every_language(any_ctx: Any) -> None:
    cancelled = any_ctx.journal.record(
        "totvs_rh",
        "load",
        "partial",
        "Co-participation load of {scope} cancelled",
        args={"scope": "T1/D MG 01"},
    )
    other = any_ctx.journal.record("totvs_rh", "load", "ok", LOAD_SUMMARIES["full"], args={"scope": "T2/01"})
    found = {e.id for e in any_ctx.journal.search("cancelada")}
    assert found == {cancelled}  # the entry a Brazilian clerk reads as "…cancelada"
    assert {e.id for e in any_ctx.journal.search("ANNULÉ")} == {cancelled}
    assert {e.id for e in any_ctx.journal.search("Cancelled")} == {cancelled}
    assert other in {e.id for e in any_ctx.journal.search("coparticipação")}
    assert any_ctx.journal.count("CANCELADA") == 1


def _copart(n: int, employee: str, dependent: str, provider: str) -> dict[str, Any]:
    return {
        "id": f"T1|01|{n}",
        "company_id": "T1",
        "branch": "01",
        "employee_code": f"{n:06d}",
        "employee_name": employee,
        "employee_name_fold": fold(employee),
        "dependent_name": dependent,
        "dependent_name_fold": fold(dependent),
        "provider_name": provider,
        "provider_name_fold": fold(provider),
        "year_month": "202501",
        "value": Decimal("1.00"),
        "row_hash": "h",
        "stored_at": dt.datetime.now(dt.UTC),
    }


def test_rh_filters_ignore_accents_and_case(any_ctx: Any) -> None:
    with any_ctx.db.transaction() as conn:
        conn.execute(
            sa.insert(tt.copart),
            [
                _copart(1, "JOAO DA SILVA", "JOAO DA SILVA", "CLINICA SAO LUCAS"),
                _copart(2, "MARIA CONCEIÇÃO", "JOSÉ CONCEIÇÃO", "HOSPITAL SÃO JOSÉ"),
                _copart(3, "PEDRO ALVES", "ANA ALVES", "LABORATÓRIO 50% OFF"),
            ],
        )

    def codes(**kw: str) -> list[str]:
        rows = rh_queries.CopartQuery(any_ctx, CopartFilter(**kw)).page(0, 10)
        return sorted(r.employee_code for r in rows)

    assert codes(employee="joão") == ["000001"]
    assert codes(employee="conceicao") == ["000002"]
    assert codes(dependent="josé") == ["000002"]
    assert codes(provider="são") == ["000001", "000002"]
    assert codes(provider="laboratorio 50%") == ["000003"]
    assert codes(employee="000003") == ["000003"]  # the registration itself still works


def test_migrations_fill_the_search_columns_of_stored_rows(any_ctx: Any) -> None:
    """Rows written before the search columns existed are found after the upgrade."""
    db = any_ctx.db
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "core_0005")
        command.downgrade(cfg, "totvs_0001")
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO journal (ts, integration, action, outcome, who, desk, summary, summary_i18n) "
                "VALUES (:ts, 'totvs_rh', 'load', 'partial', '', '', :s, :i)"
            ),
            {
                "ts": dt.datetime.now(dt.UTC).isoformat()
                if db.engine.dialect.name == "sqlite"
                else dt.datetime.now(dt.UTC),
                "s": "Co-participation load of T1/01 cancelled",
                "i": '{"t": "Co-participation load of {scope} cancelled", "a": {"scope": "T1/01"}}',
            },
        )
        conn.execute(
            sa.text(
                "INSERT INTO totvs_copart (id, company_id, branch, employee_name, value, row_hash, stored_at) "
                "VALUES ('T1|01|9', 'T1', '01', 'JOÃO', '1.00', 'h', :ts)"
            ),
            {
                "ts": dt.datetime.now(dt.UTC).isoformat()
                if db.engine.dialect.name == "sqlite"
                else dt.datetime.now(dt.UTC)
            },
        )
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    assert [e.summary for e in any_ctx.journal.search("cancelada")] == [
        "Co-participation load of T1/01 cancelled"
    ]
    rows = rh_queries.CopartQuery(any_ctx, CopartFilter(employee="joao")).page(0, 10)
    assert [r.employee_name for r in rows] == ["JOÃO"]
    with db.read() as conn:
        assert "cancelada" in conn.execute(sa.select(journal.c.search_text)).scalar_one()
