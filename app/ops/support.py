"""The support report: one zip a receptionist can send, with nothing secret or personal in it."""

from __future__ import annotations

import json
import platform
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core.atomic import atomic_path
from app.core.redact import redact
from app.core.settings import masked
from app.core.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.core.context import AppContext


def _tail(path: Path, lines: int = 400) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def build_report(ctx: AppContext, out: Path) -> Path:
    """Write the support zip; when the store cannot be reached it says so and holds the rest."""
    from app.integrations import available

    versions = {
        "passerelle": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }
    try:
        from app.core.qt import binding_versions

        versions.update(binding_versions())
    except ImportError:  # a headless install without the Qt binding
        pass
    if ctx.db_problem:  # the store cannot be reached: the report says so and holds the rest
        return _write_report(ctx, out, versions, {"database_problem": ctx.db_problem}, [], [])
    states = {}
    for integration in available():
        if integration.status is not None:
            try:
                status = integration.status(ctx)
                states[integration.name] = {
                    "state": status.state.value,
                    "sentence": status.sentence,
                    "last_sync": status.last_sync,
                    "waiting": status.waiting,
                }
            except Exception as exc:
                states[integration.name] = {"error": type(exc).__name__}
    errors = [
        {"ts": e.ts.isoformat(), "integration": e.integration, "action": e.action, "summary": e.summary}
        for e in ctx.journal.search("", outcome="error", limit=100)
    ]
    attention = [
        {
            "integration": i.integration,
            "kind": i.kind,
            "ref": i.ref,
            "reason": i.reason,
            "attempts": i.attempts,
            "state": i.state,
        }
        for i in ctx.attention.items()
    ]
    path = _write_report(ctx, out, versions, states, errors, attention)
    ctx.journal.record(
        "ops",
        "support_report",
        "ok",
        QT_TRANSLATE_NOOP("journal", "support report written to {name}"),
        args={"name": out.name},
    )
    return path


def _write_report(
    ctx: AppContext,
    out: Path,
    versions: dict[str, str],
    states: dict[str, Any],
    errors: list[dict[str, Any]],
    attention: list[dict[str, Any]],
) -> Path:
    from app.core.logging_setup import log_file

    report = {
        "versions": versions,
        "settings": masked(ctx.settings),
        "database": ctx.db_problem or ctx.db.dialect,
        "connections": states,
        "recent_errors": errors,
        "attention": attention,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with (
        atomic_path(out) as partial,
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr("report.json", redact(json.dumps(report, ensure_ascii=False, indent=1, default=str)))
        logs = log_file(ctx.data_dir)
        for path in sorted(logs.parent.glob(logs.name + "*"))[:3]:
            archive.writestr(f"logs/{path.name}", redact(_tail(path)))
    return out
