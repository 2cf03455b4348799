"""What runs by itself: the scheduled catch-up and inbox processing, the receiver under ``serve``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.integrations.base import Schedule
from app.integrations.provet.polling import catch_up
from app.integrations.provet.processing import process_pending

if TYPE_CHECKING:
    from app.core.context import AppContext


async def _scheduled_catch_up(ctx: AppContext) -> None:
    await catch_up(ctx)
    await process_pending(ctx)


def schedules(ctx: AppContext) -> list[Schedule]:
    """The catch-up poll (at start and every few minutes) and the inbox processing."""
    return [
        Schedule(
            name="provet.catch_up",
            interval=lambda c: float(c.settings.provet.catchup_interval_minutes) * 60.0,
            run=_scheduled_catch_up,
            run_at_start=True,
        ),
        Schedule(name="provet.webhooks", interval=lambda c: 30.0, run=lambda c: process_pending(c)),
    ]


async def background(ctx: AppContext) -> None:
    """``passerelle serve``: the webhook inbox when enabled."""
    if not ctx.settings.provet.webhook_enabled:
        return
    from app.integrations.provet.webhook_server import serve

    await serve(ctx, ctx.settings.provet.webhook_host, ctx.settings.provet.webhook_port)
