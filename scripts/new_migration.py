"""Write an Alembic revision for what tables.py declares and the migrations do not have yet.

    uv run python scripts/new_migration.py vetelevage vetelevage_0001 "initial tables"

The revision lands in app/integrations/<name>/migrations/ (or app/migrations/versions/ for
"core"), on that integration's own branch. Read it before committing: it is a draft.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import tempfile
import textwrap
from pathlib import Path

from alembic.autogenerate import produce_migrations, render_python_code
from alembic.migration import MigrationContext

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.db import Database, metadata, sqlite_url  # noqa: E402
from app.core.migrations import script_heads, upgrade  # noqa: E402


def _clean(code: str) -> str:
    lines = [line for line in code.splitlines() if not line.strip().startswith("# ###")]
    text = textwrap.dedent("\n".join(lines))
    text = text.replace("app.core.db.UtcDateTime(timezone=True)", "UtcDateTime()")
    text = text.replace("app.core.db.Money(length=40)", "Money()")
    # Boolean defaults that both SQLite and PostgreSQL accept.
    return text.replace("server_default=sa.text('1')", "server_default=sa.true()").replace(
        "server_default=sa.text('0')", "server_default=sa.false()"
    )


def main(name: str, revision: str, message: str) -> None:
    import pkgutil

    import app.core.tables
    import app.integrations

    # Every integration's tables, so that the diff holds only what is new (never a drop of another's).
    for info in pkgutil.iter_modules(app.integrations.__path__):
        with contextlib.suppress(ModuleNotFoundError):
            importlib.import_module(f"app.integrations.{info.name}.tables")
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(sqlite_url(Path(tmp) / "m.db"))
        upgrade(db, "heads")
        heads = script_heads(db)
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": False})
            ops = produce_migrations(ctx, metadata)
        db.dispose()
    upgrade_code = _clean(render_python_code(ops.upgrade_ops, render_as_batch=False))
    downgrade_code = _clean(render_python_code(ops.downgrade_ops, render_as_batch=False))
    own = [h for h in heads if h.startswith(name)]
    down = own[0] if own else None
    folder = ROOT / ("app/migrations/versions" if name == "core" else f"app/integrations/{name}/migrations")
    folder.mkdir(parents=True, exist_ok=True)
    body = f'''"""{message}

Revision ID: {revision}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.core.db import Money, UtcDateTime

revision = "{revision}"
down_revision = {down!r}
branch_labels = {(name,) if down is None else None!r}
depends_on = {"core_0001" if down is None and name != "core" else None!r}


def upgrade() -> None:
{textwrap.indent(upgrade_code.strip(), "    ")}


def downgrade() -> None:
{textwrap.indent(downgrade_code.strip(), "    ")}
'''
    path = folder / f"{revision}_{message.lower().replace(' ', '_')}.py"
    path.write_text(body, encoding="utf-8")
    print(path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "schema")
