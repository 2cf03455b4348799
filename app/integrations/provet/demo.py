"""Demo mode's Provet Cloud data, put in through the workflows as a clinic would.

Kept apart from the sandbox so that the simulator imports nothing of the client: the sandbox
only names this hook (``lazy``), and demo mode calls it once the settings point at it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.integrations.provet import inbox, polling, processing

if TYPE_CHECKING:
    from app.core.context import AppContext


async def seed_demo(ctx: AppContext) -> None:
    """A first catch-up poll, then a few notifications received and processed."""
    await polling.catch_up(ctx)
    for param, object_id in (
        ("consultation_id", 1),
        ("consultation_id", 2),
        ("invoice_id", 1),
        ("patient_id", 3),
    ):
        await ctx.db.run(inbox.record_delivery, ctx, {param: str(object_id)}, "form")
    await processing.process_pending(ctx)
