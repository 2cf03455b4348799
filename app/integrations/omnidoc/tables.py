"""Omnidoc's local store: the form being typed (survives a crash), sent requests, their files."""

from __future__ import annotations

import sqlalchemy as sa

from app.core.columns import blank_text, last_error, timestamps, updated_at
from app.core.db import UtcDateTime, metadata

form_drafts = sa.Table(
    "omnidoc_form_drafts",
    metadata,
    sa.Column("slot", sa.String(32), primary_key=True),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("files", sa.Text, nullable=False, server_default="[]"),
    updated_at(),
)

requests = sa.Table(
    "omnidoc_requests",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),  # ours: the idempotency key of the create
    *timestamps(),
    sa.Column("method", sa.String(8), nullable=False),  # url | api
    sa.Column("state", sa.String(16), nullable=False),  # new, created, uploaded, opened, failed
    blank_text("recipient_rpps", 11),
    sa.Column("draft_id", sa.String(64), nullable=True),
    sa.Column("redirect_url", sa.Text, nullable=True),  # an access link: never logged, never journaled
    sa.Column("form", sa.Text, nullable=True),  # personal data: purged after the retention period
    last_error(),
    sa.Column("purged_at", UtcDateTime, nullable=True),
)
sa.Index("ix_omnidoc_requests_created", requests.c.created_at)

files = sa.Table(
    "omnidoc_files",
    metadata,
    sa.Column(
        "request_id", sa.String(40), sa.ForeignKey("omnidoc_requests.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("path", sa.Text, nullable=True),
    sa.Column("name", sa.String(300), nullable=True),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("mime", sa.String(100), nullable=False),
    sa.Column("state", sa.String(12), nullable=False),  # pending, uploaded
    sa.Column("uploaded_at", UtcDateTime, nullable=True),
    sa.PrimaryKeyConstraint("request_id", "position", name="pk_omnidoc_files"),
)
