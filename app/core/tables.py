"""Core tables: the journal, the attention queue, leases, small state values and schedule runs."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from app.core.columns import blank_text, by, desk, retries, serial_id, timestamps, updated_at
from app.core.db import UtcDateTime, metadata


def _name(column: str, **options: Any) -> sa.Column[Any]:
    """A name the app gives (a lease, a state value, a schedule, a record's reference): 200 characters at most."""
    return sa.Column(column, sa.String(200), **options)


journal = sa.Table(
    "journal",
    metadata,
    serial_id(),
    sa.Column("ts", UtcDateTime, nullable=False, index=True),
    sa.Column("integration", sa.String(32), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    by("who"),
    desk(),
    sa.Column("summary", sa.Text, nullable=False, server_default=""),
    sa.Column("counts", sa.JSON, nullable=True),
    # {"t": English template (QT_TRANSLATE_NOOP("journal", …)), "a": its values}: the Activity view
    # shows the summary in the UI's language; ``summary`` keeps it filled in English for search.
    sa.Column("summary_i18n", sa.JSON, nullable=True),
    # The summary folded (no accents, casefolded) in English and every shipped language, so a
    # search matches what the user reads on both engines (app.core.search; migration core_0006).
    sa.Column("search_text", sa.Text, nullable=False, server_default=""),
)
sa.Index("ix_journal_integration_ts", journal.c.integration, journal.c.ts)

journal_keys = sa.Table(
    "journal_keys",
    metadata,
    sa.Column("entry_id", sa.Integer, sa.ForeignKey("journal.id", ondelete="CASCADE"), nullable=False),
    _name("key", nullable=False),
    sa.PrimaryKeyConstraint("key", "entry_id"),
)
sa.Index("ix_journal_keys_entry", journal_keys.c.entry_id)

attention = sa.Table(
    "attention",
    metadata,
    serial_id(),
    sa.Column("integration", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(64), nullable=False),
    _name("ref", nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("reason_args", sa.Text, nullable=True),  # JSON: the reason's {placeholders}
    blank_text("action", 64),
    sa.Column("state", sa.String(16), nullable=False, server_default="open"),
    *retries(),
    *timestamps(),
    sa.Column("handled_by", sa.String(128), nullable=True),
    sa.Column("comment", sa.Text, nullable=True),
    sa.UniqueConstraint("integration", "kind", "ref", name="uq_attention_item"),
)
sa.Index("ix_attention_state", attention.c.state, attention.c.integration)

leases = sa.Table(
    "leases",
    metadata,
    _name("name", primary_key=True),
    _name("holder", nullable=False),
    sa.Column("desk", sa.String(128), nullable=False),
    sa.Column("acquired_at", UtcDateTime, nullable=False),
    sa.Column("expires_at", UtcDateTime, nullable=False),
)

state = sa.Table(
    "state",
    metadata,
    _name("key", primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    updated_at(),
)

# Each schedule's memory (app.ops.scheduler): when it last succeeded and last ran, with the outcome
# and a short PHI-free sentence, so that a desk closed every evening still runs what is due at start.
schedule_runs = sa.Table(
    "schedule_runs",
    metadata,
    _name("name", primary_key=True),
    sa.Column("last_success_at", UtcDateTime, nullable=True),
    sa.Column("last_attempt_at", UtcDateTime, nullable=True),
    blank_text("last_outcome", 16),
    # The last attempt's sentence: an English template (QT_TRANSLATE_NOOP("errors", …)) and its
    # values, so the UI shows it in its own language; "" when it succeeded.
    blank_text("last_message", 300),
    sa.Column("last_message_args", sa.JSON, nullable=True),
    desk(),
)
