"""journal search ignores accents and case: a folded search text in every shipped language

Revision ID: core_0006
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from app.core.migration_ops import add_search_text, drop_columns

revision = "core_0006"
down_revision = "core_0005"


def upgrade() -> None:
    from app.core.search import sentence_search_text

    def text(row: Sequence[Any]) -> str:
        _id, summary, i18n = row
        template = i18n.get("t", "") if isinstance(i18n, dict) else ""
        values = i18n.get("a") if isinstance(i18n, dict) else None
        return sentence_search_text(str(summary or ""), template, values)

    add_search_text("journal", ("id", sa.Integer()), {"summary": sa.Text(), "summary_i18n": sa.JSON()}, text)


def downgrade() -> None:
    drop_columns("journal", "search_text")
