"""A visit that waits for a person's review (an act the clinic's list does not know) is an item of
Needs attention, the count the dashboard shows; it goes once the act is known, or the visit is
billed or set aside."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from app.core.resources import resource
from app.integrations.vetelevage import sample_data
from app.integrations.vetelevage.acts import replace_acts
from app.integrations.vetelevage.catalogue import import_catalogue_csv
from app.integrations.vetelevage.evaluation import NEW, REVIEW, counts_by_state, visit_detail
from app.integrations.vetelevage.importing import import_visits
from app.integrations.vetelevage.ledger import restore_visit, set_aside
from app.integrations.vetelevage.models import Acte

pytestmark = pytest.mark.e2e

ACTS = [Acte(code=c, libelle=lib, unite=u, prix_ht=Decimal(p)) for c, lib, u, p in sample_data.DEFAULT_ACTS]


def reviews(ctx: Any) -> dict[str, Any]:
    return {i.ref: i for i in ctx.attention.items("vetelevage") if i.kind == REVIEW}


async def test_a_visit_blocked_by_an_unknown_act_is_an_item_until_the_act_is_known(vet_ctx: Any) -> None:
    import_catalogue_csv(vet_ctx, resource("samples", "vetelevage_catalogue.csv"))
    replace_acts(vet_ctx, [a for a in ACTS if a.code != ACTS[0].code])  # the clinic forgot one act
    await import_visits(vet_ctx)
    items = reviews(vet_ctx)
    assert items, "the visits using the forgotten act wait for a review"
    assert len(items) == counts_by_state(vet_ctx).get(NEW, 0)
    visit_id, item = next(iter(items.items()))
    _row, ev = visit_detail(vet_ctx, visit_id)
    assert ev.state == NEW and any(ACTS[0].code in b for b in ev.blocking)
    assert item.action == "review" and visit_id in item.reason and ACTS[0].code in item.reason
    assert vet_ctx.attention.count("vetelevage") == len(vet_ctx.attention.items("vetelevage"))

    set_aside(vet_ctx, visit_id, "breeder to call back")
    assert visit_id not in reviews(vet_ctx)
    restore_visit(vet_ctx, visit_id)
    assert visit_id in reviews(vet_ctx)
    again = reviews(vet_ctx)[visit_id]
    assert again.attempts == 1, "a condition that lasts is not a failure repeated"

    replace_acts(vet_ctx, ACTS)  # the act is added: nothing blocks them any more
    left = reviews(vet_ctx)
    assert all(visit_detail(vet_ctx, v)[1].state == NEW for v in left)
    assert not any(ACTS[0].code in i.reason for i in left.values())
