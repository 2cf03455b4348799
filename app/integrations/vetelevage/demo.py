"""Demo mode's sample Vétélevage data, put in through the workflows as a clinic would.

Kept apart from the sandbox so that the simulator imports none of the client's models: the
sandbox only names this hook (``lazy``), and demo mode calls it once the settings point at it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from app.core.resources import resource
from app.integrations.vetelevage import sample_data as data
from app.integrations.vetelevage.acts import replace_acts
from app.integrations.vetelevage.catalogue import import_catalogue_csv
from app.integrations.vetelevage.dictionary import sync_dictionary
from app.integrations.vetelevage.importing import import_visits
from app.integrations.vetelevage.mapping import candidates, save_mapping, unmapped_queue
from app.integrations.vetelevage.models import Acte

if TYPE_CHECKING:
    from app.core.context import AppContext


async def seed_demo(ctx: AppContext) -> None:
    """Fill the demo: acts, clinic catalogue, an imported batch, the dictionary, a few mappings made."""
    await ctx.db.run(_acts_and_catalogue, ctx)
    await import_visits(ctx)
    await sync_dictionary(ctx)
    await ctx.db.run(_some_mappings, ctx)


def _acts_and_catalogue(ctx: AppContext) -> None:
    """The clinic's acts list and product catalogue (blocking: run in a worker thread)."""
    replace_acts(
        ctx,
        [Acte(code=c, libelle=lib, unite=u, prix_ht=Decimal(p)) for c, lib, u, p in data.DEFAULT_ACTS],
    )
    sample = resource("samples", "vetelevage_catalogue.csv")
    if sample.exists():
        import_catalogue_csv(ctx, sample)


def _some_mappings(ctx: AppContext) -> None:
    """A few products mapped already, as in a clinic that has used Passerelle for a while."""
    for unmapped in unmapped_queue(ctx)[3:]:
        best = candidates(ctx, unmapped.produit_id, limit=1)
        if best and best[0].reason == "gtin":
            save_mapping(ctx, unmapped.produit_id, best[0].code)
