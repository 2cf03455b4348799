"""Alert conditions with flood control: one notification per condition until it clears.

Conditions: items waiting for a person, an integration failing for longer than
``ops.failing_alert_minutes``, and inactivity (no Vétélevage import for N working days) measured
against the clinic's opening hours, not wall-clock time. The UI polls ``evaluate`` and shows
only what ``due`` returns; a condition notified once is not notified again until it has cleared.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, fill, plural

if TYPE_CHECKING:
    from app.core.context import AppContext

DAYS = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
    "lun": 0,
    "mar": 1,
    "mer": 2,
    "jeu": 3,
    "ven": 4,
    "sam": 5,
    "dim": 6,
}
Hours = dict[int, list[tuple[dt.time, dt.time]]]


def parse_opening_hours(text: str) -> Hours:
    """ "mon-fri 08:00-12:30,14:00-19:00; sat 08:00-12:00" → weekday → intervals."""
    out: Hours = {d: [] for d in range(7)}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        match = re.fullmatch(r"([a-z]{3})(?:-([a-z]{3}))?\s+(.+)", part.lower())
        if not match or match.group(1) not in DAYS or (match.group(2) and match.group(2) not in DAYS):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "errors", "Opening hours: '{part}' should look like 'mon-fri 08:00-19:00'."
                ),
                "ops.opening_hours",
                part=part,
            )
        first, last = DAYS[match.group(1)], DAYS[match.group(2) or match.group(1)]
        days = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
        for span in match.group(3).split(","):
            try:
                start, end = (dt.time.fromisoformat(x.strip()) for x in span.split("-"))
            except ValueError:
                raise refused(
                    QT_TRANSLATE_NOOP("errors", "Opening hours: '{span}' should look like 08:00-19:00."),
                    "ops.opening_hours",
                    span=span.strip(),
                ) from None
            if end <= start:
                raise refused(
                    QT_TRANSLATE_NOOP("errors", "Opening hours: '{span}' ends before it starts."),
                    "ops.opening_hours",
                    span=span.strip(),
                )
            for day in days:
                out[day].append((start, end))
    return out


def open_seconds_between(hours: Hours, start: dt.datetime, end: dt.datetime) -> float:
    """Seconds during which the clinic was open between two local datetimes."""
    total = 0.0
    day = start.date()
    while day <= end.date():
        for a, b in hours.get(day.weekday(), []):
            lo = max(start, dt.datetime.combine(day, a, start.tzinfo))
            hi = min(end, dt.datetime.combine(day, b, start.tzinfo))
            if hi > lo:
                total += (hi - lo).total_seconds()
        day += dt.timedelta(days=1)
    return total


def working_days_elapsed(hours: Hours, since: dt.datetime, now: dt.datetime) -> float:
    """Open time since ``since``, in "working days" (a working day = the average open day)."""
    weekly = sum(
        (dt.datetime.combine(dt.date.today(), b) - dt.datetime.combine(dt.date.today(), a)).total_seconds()
        for spans in hours.values()
        for a, b in spans
    )
    open_days = sum(1 for spans in hours.values() if spans) or 1
    per_day = weekly / open_days if weekly else 86400.0
    return open_seconds_between(hours, since, now) / per_day


@dataclass(frozen=True)
class Alert:
    key: str  # the condition; flood control is per key
    integration: str
    template: str  # translatable, context "alerts"
    args: dict[str, str]

    @property
    def text(self) -> str:
        return fill(self.template, self.args)


_WAITING = plural.translate("alerts", "%n item(s) wait for a person in {name}.", None, 0)
_FAILING = QT_TRANSLATE_NOOP("alerts", "{name} has been failing for {minutes} minutes: {why}")
_INACTIVE = QT_TRANSLATE_NOOP("alerts", "No Vétélevage visits imported for {days} working days.")


def evaluate(ctx: AppContext, now: dt.datetime | None = None) -> list[Alert]:
    """The conditions true right now."""
    from app.integrations import available

    now = now or dt.datetime.now(dt.UTC)
    alerts: list[Alert] = []
    for integration in available():
        waiting = ctx.attention.count(integration.name)
        if waiting:
            alerts.append(
                Alert(
                    f"waiting:{integration.name}",
                    integration.name,
                    _WAITING,
                    {"n": str(waiting), "name": integration.title},
                )
            )
        last_error = ctx.journal.last(integration.name, None, "error")
        last_ok = ctx.journal.last(integration.name, None, "ok")
        if last_error and (last_ok is None or last_error.id > last_ok.id):
            first_error = _first_error_since(ctx, integration.name, last_ok.id if last_ok else 0)
            minutes = (now - first_error).total_seconds() / 60 if first_error else 0
            if minutes >= ctx.settings.ops.failing_alert_minutes:
                alerts.append(
                    Alert(
                        f"failing:{integration.name}",
                        integration.name,
                        _FAILING,
                        {
                            "name": integration.title,
                            "minutes": f"{minutes:.0f}",
                            "why": last_error.summary[:200],
                        },
                    )
                )
    if any(i.name == "vetelevage" for i in available()) and ctx.settings.vetelevage.client_id:
        last_import = ctx.journal.last("vetelevage", "import", "ok")
        since = last_import.ts if last_import else _first_entry(ctx)
        if since is not None:
            hours = parse_opening_hours(ctx.settings.ops.opening_hours)
            local_now = now.astimezone()
            elapsed = working_days_elapsed(hours, since.astimezone(local_now.tzinfo), local_now)
            if elapsed >= ctx.settings.ops.inactivity_working_days:
                alerts.append(
                    Alert(
                        "inactive:vetelevage",
                        "vetelevage",
                        _INACTIVE,
                        {"days": str(ctx.settings.ops.inactivity_working_days)},
                    )
                )
    return alerts


def _first_error_since(ctx: AppContext, integration: str, after_id: int) -> dt.datetime | None:
    import sqlalchemy as sa

    from app.core.tables import journal

    with ctx.db.read() as conn:
        return conn.execute(
            sa.select(sa.func.min(journal.c.ts))
            .where(journal.c.integration == integration)
            .where(journal.c.outcome == "error")
            .where(journal.c.id > after_id)
        ).scalar_one_or_none()


def _first_entry(ctx: AppContext) -> dt.datetime | None:
    import sqlalchemy as sa

    from app.core.tables import journal

    with ctx.db.read() as conn:
        return conn.execute(sa.select(sa.func.min(journal.c.ts))).scalar_one_or_none()


STATE_KEY = "ops.alerts.notified"


def due(ctx: AppContext, current: list[Alert]) -> list[Alert]:
    """Flood control: the alerts not notified yet; conditions that cleared are forgotten (so they can
    alert again if they come back). Persisted, so a restart does not notify twice either."""
    notified = set(json.loads(ctx.db.get_state(STATE_KEY, "[]") or "[]"))
    keys = {a.key for a in current}
    fresh = [a for a in current if a.key not in notified]
    ctx.db.set_state(STATE_KEY, json.dumps(sorted(notified & keys | {a.key for a in fresh})))
    return fresh


DIGEST_KEY = "ops.alerts.digest_day"


def digest_due(ctx: AppContext, current: list[Alert], now: dt.datetime | None = None) -> list[Alert]:
    """Daily digest: once per local day, at the first check after the clinic opens, every condition
    true at that moment in one notification (empty the rest of the day, or when nothing is wrong)."""
    local = (now or dt.datetime.now(dt.UTC)).astimezone()
    today = local.date().isoformat()
    if ctx.db.get_state(DIGEST_KEY, "") == today:
        return []
    spans = parse_opening_hours(ctx.settings.ops.opening_hours).get(local.weekday(), [])
    opens = min((a for a, _b in spans), default=dt.time(0, 0))
    if local.time() < opens:
        return []
    ctx.db.set_state(DIGEST_KEY, today)
    return list(current)
