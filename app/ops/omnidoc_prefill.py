"""Omnidoc's "Fill from Provet": Provet Cloud wired as the owner source of the Omnidoc form.

Omnidoc declares what it needs (:mod:`app.integrations.omnidoc.owner_source`), Provet provides
it (:mod:`app.integrations.provet.omnidoc_source`); this module, above both, connects them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.integrations.omnidoc.prefill import prefill
from app.integrations.provet.omnidoc_source import ProvetOwnerSource, configured

if TYPE_CHECKING:
    from app.core.context import AppContext


def provet_connected(ctx: AppContext) -> bool:
    """Whether the form can be filled from Provet Cloud on this desk."""
    return configured(ctx)


async def from_provet(
    ctx: AppContext, *, client_id: int | None = None, patient_id: int | None = None
) -> dict[str, str]:
    """The form fields Provet Cloud knows for this client, or for this patient's owner.

    Raises Provet's errors (not configured, not found, auth, network) with their sentences."""
    async with ProvetOwnerSource.open(ctx) as source:
        return await prefill(source, owner_id=client_id, animal_id=patient_id)
