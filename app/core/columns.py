"""Column groups that many tables share, declared once (for ``tables.py``; revisions stay frozen)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.core.db import UtcDateTime


def serial_id() -> sa.Column[Any]:
    """The integer primary key ``id`` the database numbers itself."""
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def updated_at() -> sa.Column[Any]:
    """When the row was last written (UTC, required)."""
    return sa.Column("updated_at", UtcDateTime, nullable=False)


def timestamps() -> tuple[sa.Column[Any], sa.Column[Any]]:
    """``created_at`` and ``updated_at`` (UTC, required): when the row was made and last written."""
    return sa.Column("created_at", UtcDateTime, nullable=False), updated_at()


def retries() -> tuple[sa.Column[Any], sa.Column[Any]]:
    """``attempts`` (0 at first) and ``next_retry_at`` (none until a failure plans a retry)."""
    return (
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_retry_at", UtcDateTime, nullable=True),
    )
