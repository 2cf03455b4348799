"""Demo mode's sample Omnidoc request, sent through the service as a user would send it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.integrations.omnidoc import service
from app.integrations.omnidoc.models import OmnidocForm

if TYPE_CHECKING:
    from app.core.context import AppContext


async def seed_demo(ctx: AppContext) -> None:
    """One request sent by API, so the History page is not empty."""
    form = OmnidocForm(
        patient_first_name="Jeanne",
        patient_last_name="Dupuis",
        patient_gender="F",
        patient_birth_date="02/04/1961",
        recipient_rpps="10002170750",
        text="Avis dermatologique : lésion pigmentée du dos, évolution depuis 3 mois.",
    )
    request_id = await ctx.db.run(service.create_request, ctx, form, [])
    await service.send(ctx, request_id)
