"""An edit of the Vétélevage billing data, journalled and announced in the transaction that makes it.

Committing or setting aside a visit, mapping a product or leaving it unmapped: each writes one
journal entry and tells the open screens which visit or product changed, both inside the
caller's transaction so that neither is seen without the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, Unpack

from app.integrations.vetelevage.access import NAME

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from app.core.context import AppContext

VISITS = "vetelevage.visits"
MAPPINGS = "vetelevage.mappings"


class EditDetails(TypedDict):
    """What the journal entry of an edit says besides its summary: the summary's values, the
    journal keys when more than the edited key, the counts."""

    args: Mapping[str, object]
    keys: NotRequired[Iterable[str]]
    counts: NotRequired[dict[str, Any]]


def record_edit(
    ctx: AppContext,
    conn: Connection,
    topic: str,
    key: str,
    action: str,
    outcome: str,
    summary: str,
    **details: Unpack[EditDetails],
) -> None:
    """Journal the edit of ``key`` (also its journal key unless ``keys`` says more) and announce it on ``topic``."""
    ctx.journal.record(
        NAME,
        action,
        outcome,
        summary,
        args=details["args"],
        keys=details.get("keys", [key]),
        counts=details.get("counts"),
        conn=conn,
    )
    ctx.changes.notify(topic, key, conn=conn)
