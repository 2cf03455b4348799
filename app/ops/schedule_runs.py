"""What each schedule remembers in the database (the ``schedule_runs`` table): its last successful
run and its last attempt, with the outcome and a short PHI-free sentence; and, from that, when it
is due next. The scheduler (app.ops.scheduler) reads it at every due-check, so a desk closed every
evening still runs at start what fell due overnight, and desks sharing one database see each
other's runs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa

from app.core.db import Database
from app.core.errors import describe
from app.core.redact import redact
from app.core.tables import schedule_runs
from app.core.tr import fill

OK = "ok"
FAILED = "failed"
RUNNING = "running"  # attempted, not finished (yet, or the app was closed during it)

# A failed run is tried again after its interval, or after this much when the interval is longer
# (a daily backup that failed is not left for a day).
RETRY_AFTER = 15 * 60.0
# A last run this far in the future means the clock was wrong then: it is not trusted.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
MESSAGE_MAX = 300


@dataclass(frozen=True)
class ScheduleRun:
    """One schedule's memory: its last success and its last attempt (time, outcome, sentence)."""

    name: str
    last_success_at: dt.datetime | None = None
    last_attempt_at: dt.datetime | None = None
    last_outcome: str = ""
    last_message: str = ""  # English template (context "errors"); "" after a success
    last_message_args: dict[str, str] = field(default_factory=dict)
    desk: str = ""

    @property
    def message(self) -> str:
        """The last attempt's sentence in English ("" after a success)."""
        return fill(self.last_message, self.last_message_args)


def _from_row(row: object) -> ScheduleRun:
    values = dict(row)  # type: ignore[call-overload]
    values["last_message_args"] = values.get("last_message_args") or {}
    return ScheduleRun(**values)


def load_runs(db: Database) -> dict[str, ScheduleRun]:
    """Every schedule's memory, by name (blocking: call it through ``db.run``)."""
    with db.read() as conn:
        rows = conn.execute(sa.select(schedule_runs)).mappings().all()
    return {row["name"]: _from_row(row) for row in rows}


def load_run(db: Database, name: str) -> ScheduleRun | None:
    """One schedule's memory, or None when it never ran."""
    with db.read() as conn:
        row = conn.execute(sa.select(schedule_runs).where(schedule_runs.c.name == name)).mappings().first()
    return _from_row(row) if row else None


def _upsert(db: Database, name: str, values: dict[str, object]) -> None:
    with db.transaction() as conn:
        updated = conn.execute(sa.update(schedule_runs).where(schedule_runs.c.name == name).values(**values))
        if updated.rowcount == 0:
            conn.execute(sa.insert(schedule_runs).values(name=name, **values))


def record_attempt(db: Database, name: str, at: dt.datetime, desk: str) -> None:
    """A run of ``name`` starts now: counted as an attempt even if the app closes during it."""
    _upsert(
        db,
        name,
        {
            "last_attempt_at": at,
            "last_outcome": RUNNING,
            "last_message": "",
            "last_message_args": None,
            "desk": desk,
        },
    )


def record_outcome(
    db: Database,
    name: str,
    attempted_at: dt.datetime,
    failure: tuple[str, dict[str, str]] | None,
    desk: str,
) -> None:
    """The run started at ``attempted_at`` ended: ``failure`` (see :func:`failure_message`) is
    None when it succeeded."""
    template, args = failure or ("", {})
    values: dict[str, object] = {
        "last_attempt_at": attempted_at,
        "last_outcome": FAILED if failure else OK,
        "last_message": template[:MESSAGE_MAX],
        "last_message_args": args or None,
        "desk": desk,
    }
    if failure is None:
        values["last_success_at"] = attempted_at
    _upsert(db, name, values)


def failure_message(exc: BaseException) -> tuple[str, dict[str, str]]:
    """A failed run's sentence with no personal data: the error's template (translated by the UI)
    and its values, redacted and kept short."""
    said = describe(exc)
    args = {}
    for key, value in said.args.items():
        text = redact(str(value)).strip()
        args[key] = text if len(text) <= 120 else text[:119] + "…"
    if len(said.template) > MESSAGE_MAX:  # not one of ours: keep only its kind
        return "{kind}", {"kind": type(exc).__name__}
    return said.template, args


def _trusted(moment: dt.datetime | None, now: dt.datetime) -> dt.datetime | None:
    return moment if moment is not None and moment <= now + FUTURE_TOLERANCE else None


def due_at(run: ScheduleRun | None, interval: float, now: dt.datetime) -> dt.datetime:
    """When a schedule of ``interval`` seconds is next due, given its memory (``now``: never run).

    Due one interval after its last success; missed periods are not piled up (a backup three
    days late is one backup, now). A failed or unfinished attempt is tried again after the
    interval or :data:`RETRY_AFTER`, whichever is shorter, and never before that.
    """
    if run is None:
        return now
    period = dt.timedelta(seconds=interval)
    success = _trusted(run.last_success_at, now)
    attempt = _trusted(run.last_attempt_at, now)
    due = success + period if success is not None else now
    if attempt is not None and (success is None or attempt > success):
        due = max(due, attempt + dt.timedelta(seconds=min(interval, RETRY_AFTER)))
    return due
