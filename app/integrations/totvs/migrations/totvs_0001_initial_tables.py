"""initial tables

Revision ID: totvs_0001
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from app.core.db import Money, UtcDateTime
from app.core.migration_ops import create_serial_table, create_table, drop_tables

revision = "totvs_0001"
down_revision = None
branch_labels = ("totvs",)
depends_on = "core_0001"


def _company_branch(branch: str) -> tuple[sa.Column[Any], sa.Column[Any]]:
    """``company_id`` and the ``branch`` column: the company and branch (Protheus filial) a row is of."""
    return (
        sa.Column("company_id", sa.String(length=20), nullable=False),
        sa.Column(branch, sa.String(length=20), nullable=False),
    )


def upgrade() -> None:
    create_table(
        "totvs_copart",
        sa.Column("id", sa.String(length=200), nullable=False),
        *_company_branch("branch"),
        sa.Column("company_key", sa.String(length=40), server_default="", nullable=False),
        sa.Column("employee_code", sa.String(length=20), server_default="", nullable=False),
        sa.Column("employee_name", sa.String(length=120), server_default="", nullable=False),
        sa.Column("dependent_code", sa.String(length=10), server_default="", nullable=False),
        sa.Column("dependent_name", sa.String(length=120), server_default="", nullable=False),
        sa.Column("degree", sa.String(length=10), server_default="", nullable=False),
        sa.Column("occurrency_date", sa.String(length=19), server_default="", nullable=False),
        sa.Column("provider", sa.String(length=20), server_default="", nullable=False),
        sa.Column("provider_name", sa.String(length=120), server_default="", nullable=False),
        sa.Column("provider_cnpj", sa.String(length=20), server_default="", nullable=False),
        sa.Column("provider_contract", sa.String(length=40), server_default="", nullable=False),
        sa.Column("contract_type", sa.String(length=4), server_default="", nullable=False),
        sa.Column("service_type", sa.String(length=4), server_default="", nullable=False),
        sa.Column("specialty", sa.String(length=60), server_default="", nullable=False),
        sa.Column("icd", sa.String(length=20), server_default="", nullable=False),
        sa.Column("amount_use", sa.String(length=10), server_default="", nullable=False),
        sa.Column("value", Money(), nullable=False),
        sa.Column("year_month", sa.String(length=6), server_default="", nullable=False),
        sa.Column("description", sa.String(length=200), server_default="", nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.Column("load_id", sa.Integer(), nullable=True),
        sa.Column("stored_at", UtcDateTime(), nullable=False),
        key="id",
    )
    op.create_index(
        "ix_totvs_copart_company", "totvs_copart", ["company_id", "branch", "year_month"], unique=False
    )
    op.create_index("ix_totvs_copart_dependent", "totvs_copart", ["dependent_name"], unique=False)
    op.create_index("ix_totvs_copart_employee", "totvs_copart", ["employee_code", "year_month"], unique=False)
    op.create_index("ix_totvs_copart_employee_name", "totvs_copart", ["employee_name"], unique=False)
    op.create_index("ix_totvs_copart_month", "totvs_copart", ["year_month"], unique=False)
    op.create_index("ix_totvs_copart_provider", "totvs_copart", ["provider_cnpj"], unique=False)
    op.create_index("ix_totvs_copart_provider_name", "totvs_copart", ["provider_name"], unique=False)
    op.create_index("ix_totvs_copart_types", "totvs_copart", ["service_type", "contract_type"], unique=False)
    create_table(
        "totvs_prescription_submissions",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("subscriber_id", sa.String(length=40), nullable=False),
        sa.Column("prescription_date", sa.String(length=10), nullable=False),
        sa.Column("medications", sa.String(length=400), nullable=False),
        sa.Column("form", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("prescription_code", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=4), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        key="key",
    )
    op.create_index(
        "ix_totvs_submissions_subscriber",
        "totvs_prescription_submissions",
        ["subscriber_id", "created_at"],
        unique=False,
    )
    create_serial_table(
        "totvs_rh_loads",
        sa.Column("mode", sa.String(length=12), nullable=False),
        *_company_branch("branch_id"),
        sa.Column("datemodified", sa.String(length=19), server_default="", nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("next_page", sa.Integer(), server_default="1", nullable=False),
        sa.Column("pages_done", sa.Integer(), server_default="0", nullable=False),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("received", sa.Integer(), server_default="0", nullable=False),
        sa.Column("stored", sa.Integer(), server_default="0", nullable=False),
        sa.Column("duplicates", sa.Integer(), server_default="0", nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("finished_at", UtcDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_index(
        "ix_totvs_rh_loads_scope", "totvs_rh_loads", ["company_id", "branch_id", "state"], unique=False
    )


def downgrade() -> None:
    drop_tables("totvs_rh_loads", "totvs_prescription_submissions", "totvs_copart")
