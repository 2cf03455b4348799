"""Protheus reads every date-time parameter (``datemodified``) as a wall-clock time of its own
server's zone, written without an offset: the conversions between that and real moments."""

from __future__ import annotations

import datetime as dt

WIRE_FORMAT = "%Y-%m-%dT%H:%M:%S"  # seed 004: YYYY-MM-DDThh:mm:ss, no zone


def server_wall(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """The server's wall-clock time (naive) at ``moment``; a naive ``moment`` is already one.

    ``zone`` None is this computer's zone (with its own daylight-saving rules)."""
    if moment.tzinfo is None:
        return moment
    local = moment.astimezone(zone) if zone is not None else moment.astimezone()
    return local.replace(tzinfo=None)


def start_of_day(wall: dt.datetime) -> dt.datetime:
    """Midnight of that day: the seed filters by payment date, a date without a time."""
    return wall.replace(hour=0, minute=0, second=0, microsecond=0)


def wire(wall: dt.datetime) -> str:
    """The parameter as Protheus expects it (``2025-01-31T00:00:00``)."""
    return wall.strftime(WIRE_FORMAT)
