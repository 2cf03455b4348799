"""Where each integration keeps raw payloads, so the retention pruning can blank them.

An integration registers its tables from its ``retention`` module; :mod:`app.ops.retention`
loads those modules and prunes. The registry lives in core so that registering never imports
upward.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa


@dataclass(frozen=True)
class RawPayload:
    """Columns of ``table`` holding raw remote payloads, aged by its ``timestamp`` column."""

    table: sa.Table
    timestamp: str
    columns: tuple[str, ...]
    blank: str = "{}"  # what a pruned payload becomes (NOT NULL columns keep a valid empty JSON)


_registered: list[RawPayload] = []


def register_raw_payload(
    table: sa.Table, timestamp: str, columns: tuple[str, ...], blank: str = "{}"
) -> None:
    """Declare raw-payload columns of ``table`` (once per table; later calls are ignored)."""
    if all(r.table is not table for r in _registered):
        _registered.append(RawPayload(table, timestamp, columns, blank))


def unregister_raw_payload(table: sa.Table) -> None:
    """Forget ``table`` (a test's temporary table, a plug-in being unloaded)."""
    _registered[:] = [r for r in _registered if r.table is not table]


def registered_payloads() -> list[RawPayload]:
    """What has been registered so far (without loading any integration)."""
    return list(_registered)
