"""TOTVS local store: prescription submissions (idempotency), co-participation rows, RH loads."""

from __future__ import annotations

import sqlalchemy as sa

from app.core.columns import serial_id, timestamps
from app.core.db import Money, UtcDateTime, metadata

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
    sa.Column("last_error", sa.Text, nullable=True),
    *timestamps(),
)
sa.Index("ix_totvs_submissions_subscriber", submissions.c.subscriber_id, submissions.c.created_at)

# GPEA003API items, upserted by the API's own ``id`` (its dedupe key).
copart = sa.Table(
    "totvs_copart",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("company_id", sa.String(20), nullable=False),
    sa.Column("branch", sa.String(20), nullable=False),
    sa.Column("company_key", sa.String(40), nullable=False, server_default=""),
    sa.Column("employee_code", sa.String(20), nullable=False, server_default=""),
    sa.Column("employee_name", sa.String(120), nullable=False, server_default=""),
    sa.Column("dependent_code", sa.String(10), nullable=False, server_default=""),
    sa.Column("dependent_name", sa.String(120), nullable=False, server_default=""),
    sa.Column("degree", sa.String(10), nullable=False, server_default=""),
    sa.Column("occurrency_date", sa.String(19), nullable=False, server_default=""),
    sa.Column("provider", sa.String(20), nullable=False, server_default=""),
    sa.Column("provider_name", sa.String(120), nullable=False, server_default=""),
    sa.Column("provider_cnpj", sa.String(20), nullable=False, server_default=""),
    sa.Column("provider_contract", sa.String(40), nullable=False, server_default=""),
    sa.Column("contract_type", sa.String(4), nullable=False, server_default=""),
    sa.Column("service_type", sa.String(4), nullable=False, server_default=""),
    sa.Column("specialty", sa.String(60), nullable=False, server_default=""),
    sa.Column("icd", sa.String(20), nullable=False, server_default=""),
    sa.Column("amount_use", sa.String(10), nullable=False, server_default=""),
    sa.Column("value", Money, nullable=False),
    sa.Column("year_month", sa.String(6), nullable=False, server_default=""),
    sa.Column("description", sa.String(200), nullable=False, server_default=""),
    # The names folded (no accents, casefolded: app.core.search.fold) for the filters: "joão"
    # finds "JOAO" on both engines (migration totvs_0002). Not part of the row hash.
    sa.Column("employee_name_fold", sa.String(120), nullable=False, server_default=""),
    sa.Column("dependent_name_fold", sa.String(120), nullable=False, server_default=""),
    sa.Column("provider_name_fold", sa.String(120), nullable=False, server_default=""),
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
    sa.Column("company_id", sa.String(20), nullable=False),
    sa.Column("branch_id", sa.String(20), nullable=False),
    sa.Column("datemodified", sa.String(19), nullable=False, server_default=""),
    sa.Column("state", sa.String(12), nullable=False),  # running, done, failed, cancelled
    sa.Column("next_page", sa.Integer, nullable=False, server_default="1"),
    sa.Column("pages_done", sa.Integer, nullable=False, server_default="0"),
    sa.Column("total", sa.Integer, nullable=True),
    sa.Column("received", sa.Integer, nullable=False, server_default="0"),
    sa.Column("stored", sa.Integer, nullable=False, server_default="0"),
    sa.Column("duplicates", sa.Integer, nullable=False, server_default="0"),
    sa.Column("started_at", UtcDateTime, nullable=False),
    sa.Column("finished_at", UtcDateTime, nullable=True),
    sa.Column("last_error", sa.Text, nullable=True),
)
sa.Index("ix_totvs_rh_loads_scope", loads.c.company_id, loads.c.branch_id, loads.c.state)
