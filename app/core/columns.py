"""Column groups that many tables share, declared once (for ``tables.py``; revisions stay frozen)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.core.db import UtcDateTime


def serial_id() -> sa.Column[Any]:
    """The integer primary key ``id`` the database numbers itself."""
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def created_at() -> sa.Column[Any]:
    """When the row was made (UTC, required)."""
    return sa.Column("created_at", UtcDateTime, nullable=False)


def updated_at() -> sa.Column[Any]:
    """When the row was last written (UTC, required)."""
    return sa.Column("updated_at", UtcDateTime, nullable=False)


def timestamps() -> tuple[sa.Column[Any], sa.Column[Any]]:
    """``created_at`` and ``updated_at`` (UTC, required): when the row was made and last written."""
    return created_at(), updated_at()


def blank_text(name: str, length: int) -> sa.Column[Any]:
    """A text that may be missing, stored as '' rather than NULL (so filters and sorts need no NULL case)."""
    return sa.Column(name, sa.String(length), nullable=False, server_default="")


def by(name: str) -> sa.Column[Any]:
    """Who did it: the desk user's name ('' when nobody is known)."""
    return blank_text(name, 128)


def desk() -> sa.Column[Any]:
    """``desk``: the name of the desk (computer) that did it ('' when unknown)."""
    return blank_text("desk", 128)


def raw_json() -> sa.Column[Any]:
    """``raw``: the object exactly as the API sent it (JSON text), so nothing fetched is lost."""
    return sa.Column("raw", sa.Text, nullable=False)


def last_error() -> sa.Column[Any]:
    """``last_error``: the last failure's sentence (none while all is well)."""
    return sa.Column("last_error", sa.Text, nullable=True)


def retries() -> tuple[sa.Column[Any], sa.Column[Any]]:
    """``attempts`` (0 at first) and ``next_retry_at`` (none until a failure plans a retry)."""
    return (
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_retry_at", UtcDateTime, nullable=True),
    )
