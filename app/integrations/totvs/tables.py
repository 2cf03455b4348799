"""TOTVS local store: prescription submissions (idempotency), co-participation rows, RH loads."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.core.columns import blank_text, last_error, serial_id, timestamps
from app.core.db import Money, UtcDateTime, metadata


def _company_branch(branch: str) -> tuple[sa.Column[Any], sa.Column[Any]]:
    """``company_id`` and the ``branch`` column: the company and branch (Protheus filial) a row is of."""
    return (
        sa.Column("company_id", sa.String(20), nullable=False),
        sa.Column(branch, sa.String(20), nullable=False),
    )


# One row per prescription submission; the key is subscriber + prescription date + medications,
# so a retry after a timeout finds the same row and looks the prescription up before re-posting.
submissions = sa.Table(
    "totvs_prescription_submissions",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("subscriber_id", sa.String(40), nullable=False),
    sa.Column("prescription_date", sa.String(10), nullable=False),
    sa.Column("medications", sa.String(400), nullable=False),  # sorted medication codes, comma-separated
    sa.Column("form", sa.Text, nullable=False),  # the POST body (JSON)
    sa.Column("state", sa.String(12), nullable=False),  # pending, sent, confirmed, failed
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("prescription_code", sa.String(40), nullable=True),
    sa.Column("status", sa.String(4), nullable=True),
    last_error(),
    *timestamps(),
)
sa.Index("ix_totvs_submissions_subscriber", submissions.c.subscriber_id, submissions.c.created_at)

# GPEA003API items, upserted by the API's own ``id`` (its dedupe key).
copart = sa.Table(
    "totvs_copart",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    *_company_branch("branch"),
    blank_text("company_key", 40),
    blank_text("employee_code", 20),
    blank_text("employee_name", 120),
    blank_text("dependent_code", 10),
    blank_text("dependent_name", 120),
    blank_text("degree", 10),
    blank_text("occurrency_date", 19),
    blank_text("provider", 20),
    blank_text("provider_name", 120),
    blank_text("provider_cnpj", 20),
    blank_text("provider_contract", 40),
    blank_text("contract_type", 4),
    blank_text("service_type", 4),
    blank_text("specialty", 60),
    blank_text("icd", 20),
    blank_text("amount_use", 10),
    sa.Column("value", Money, nullable=False),
    blank_text("year_month", 6),
    blank_text("description", 200),
    # The names folded (no accents, casefolded: app.core.search.fold) for the filters: "joão"
    # finds "JOAO" on both engines (migration totvs_0002). Not part of the row hash.
    blank_text("employee_name_fold", 120),
    blank_text("dependent_name_fold", 120),
    blank_text("provider_name_fold", 120),
    sa.Column("row_hash", sa.String(64), nullable=False),  # tells a changed row from a repeat
    sa.Column("load_id", sa.Integer, nullable=True),
    sa.Column("stored_at", UtcDateTime, nullable=False),
)
# Filters and totals on 100,000+ rows: every filter column leads an index; totals by employee and month.
sa.Index("ix_totvs_copart_company", copart.c.company_id, copart.c.branch, copart.c.year_month)
sa.Index("ix_totvs_copart_employee", copart.c.employee_code, copart.c.year_month)
sa.Index("ix_totvs_copart_employee_name", copart.c.employee_name)
sa.Index("ix_totvs_copart_dependent", copart.c.dependent_name)
sa.Index("ix_totvs_copart_month", copart.c.year_month)
sa.Index("ix_totvs_copart_provider", copart.c.provider_cnpj)
sa.Index("ix_totvs_copart_provider_name", copart.c.provider_name)
sa.Index("ix_totvs_copart_types", copart.c.service_type, copart.c.contract_type)

# One load of one company/branch: an interrupted one resumes from ``next_page``.
loads = sa.Table(
    "totvs_rh_loads",
    metadata,
    serial_id(),
    sa.Column("mode", sa.String(12), nullable=False),  # full, incremental, since
    *_company_branch("branch_id"),
    blank_text("datemodified", 19),
    sa.Column("state", sa.String(12), nullable=False),  # running, done, failed, cancelled
    sa.Column("next_page", sa.Integer, nullable=False, server_default="1"),
    sa.Column("pages_done", sa.Integer, nullable=False, server_default="0"),
    sa.Column("total", sa.Integer, nullable=True),
    sa.Column("received", sa.Integer, nullable=False, server_default="0"),
    sa.Column("stored", sa.Integer, nullable=False, server_default="0"),
    sa.Column("duplicates", sa.Integer, nullable=False, server_default="0"),
    sa.Column("started_at", UtcDateTime, nullable=False),
    sa.Column("finished_at", UtcDateTime, nullable=True),
    last_error(),
)
sa.Index("ix_totvs_rh_loads_scope", loads.c.company_id, loads.c.branch_id, loads.c.state)
