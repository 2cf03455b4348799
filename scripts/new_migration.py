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
from alembic.operations import ops

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


def _downgrade_with_helpers(downgrade_ops: ops.DowngradeOps) -> str | None:
    """The downgrade through app.core.migration_ops when it only drops tables or columns, else None."""
    items = list(downgrade_ops.ops)
    flat = [o for item in items for o in (item.ops if isinstance(item, ops.ModifyTableOps) else [item])]
    if flat and all(isinstance(o, ops.DropTableOp | ops.DropIndexOp) for o in flat):
        tables = ", ".join(repr(o.table_name) for o in flat if isinstance(o, ops.DropTableOp))
        return f"drop_tables({tables})"  # indexes go with their tables
    if len(items) == 1 and isinstance(items[0], ops.ModifyTableOps):
        drops = items[0].ops
        if drops and all(isinstance(o, ops.DropColumnOp) for o in drops):
            names = ", ".join(repr(o.column_name) for o in drops if isinstance(o, ops.DropColumnOp))
            return f"drop_columns({items[0].table_name!r}, {names})"
    return None


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
            migration = produce_migrations(ctx, metadata)
        db.dispose()
    up_ops, down_ops = migration.upgrade_ops, migration.downgrade_ops
    assert up_ops is not None and down_ops is not None  # produce_migrations fills both
    upgrade_code = _clean(render_python_code(up_ops, render_as_batch=False))
    downgrade_code = _downgrade_with_helpers(down_ops) or _clean(
        render_python_code(down_ops, render_as_batch=False)
    )
    own = [h for h in heads if h.startswith(name)]
    down = own[0] if own else None
    # A branch's first revision names its branch (and, for an integration, the core it needs);
    # later ones leave branch_labels and depends_on to Alembic's default (none).
    root = ""
    if down is None:
        root = f"branch_labels = {(name,)!r}\n"
        root += f"depends_on = {'core_0001' if name != 'core' else None!r}\n"
    folder = ROOT / ("app/migrations/versions" if name == "core" else f"app/integrations/{name}/migrations")
    folder.mkdir(parents=True, exist_ok=True)
    body = f'''"""{message}

Revision ID: {revision}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.core.db import Money, UtcDateTime
from app.core.migration_ops import drop_columns, drop_tables

revision = "{revision}"
down_revision = {down!r}
{root}

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
