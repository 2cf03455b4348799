"""Alembic environment: uses the connection handed over by app.core.migrations."""

from __future__ import annotations

from alembic import context

import app.core.tables  # noqa: F401  (registers the core tables)
from app.core.db import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when alembic's own CLI is used
    engine = config.attributes["engine"]
    connection = engine.connect()

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
