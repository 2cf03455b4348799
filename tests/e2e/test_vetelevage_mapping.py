"""Mapping you can trust (issue 15): honest suggestions, a way out, undo and edit, the queue."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.core.errors import InputError
from app.integrations.vetelevage import mapping, mapping_changes, views
from app.integrations.vetelevage.catalogue import NewProduct, ProductRefused, import_catalogue_csv
from app.integrations.vetelevage.evaluation import COMMITTED, NEEDS_MAPPING, SET_ASIDE, visit_detail
from app.integrations.vetelevage.importing import import_visits
from app.integrations.vetelevage.ledger import commit_visit, correct_visit, set_aside
from tests.e2e.vetelevage_fixtures import control, load_catalogue_and_acts

pytestmark = pytest.mark.e2e

OXY = {"produit_id": "P-OXY", "libelle": "OXYTETRACYCLINE 200 LA", "gtin": None, "unite": "flacon"}
AMOX = {"produit_id": "P-AMOX", "libelle": "AMOXICILLINE 150 MG/ML LA", "gtin": None, "unite": "flacon"}


def visit(visit_id: str, *products: tuple[dict[str, Any], float], day: str = "2026-11-20") -> dict[str, Any]:
    return {
        "id": visit_id,
        "date": day,
        "modifiee_le": f"{day}T10:00:00+01:00",
        "veterinaire": {"id": "U-7", "nom": "Dr Claire Martin"},
        "eleveur": {"id": f"E-{visit_id}", "nom": "GAEC des Trois Chênes", "cheptel": "FR35123456"},
        "espece": "bovin",
        "actes": [{"code": "VIS-EXPL", "quantite": 1}],
        "produits": [{**p, "quantite": q} for p, q in products],
    }


async def with_visits(ctx: Any, server: Any, *visits: dict[str, Any]) -> None:
    load_catalogue_and_acts(ctx)
    for v in visits:
        control(server, "raw-visit", {"visit": v})
    await import_visits(ctx)


async def test_an_other_substance_is_never_suggested(vet_ctx: Any, vet_server: Any) -> None:
    await with_visits(vet_ctx, vet_server, visit("V-OXY-1", (OXY, 2), (AMOX, 1)))
    oxy = mapping.proposals(vet_ctx, "P-OXY")
    assert oxy.suggested is None and oxy.why_none == mapping.NO_MATCH
    assert not any(c.suggested for c in oxy.candidates)
    amox = next(c for c in oxy.candidates if c.code == "MED1009")  # Amoxicilline 150 mg/ml La
    assert amox.reason == mapping.NAME_ONLY and amox.score <= mapping.NAME_ONLY_MAX
    assert all(c.score < 80 for c in oxy.candidates)
    # The same substance, strength and form is suggested, and scores clearly apart.
    same = mapping.proposals(vet_ctx, "P-AMOX")
    assert same.suggested == "MED1009"
    assert same.candidates[0].code == "MED1009" and same.candidates[0].suggested
    assert same.candidates[0].reason == mapping.SAME_PRODUCT
    assert same.candidates[0].score >= mapping.SUGGESTION_SCORE
    assert all(c.score < 80 for c in same.candidates[1:])


async def test_a_gtin_wins_and_a_tie_suggests_nothing(vet_ctx: Any, vet_server: Any, tmp_path: Path) -> None:
    gtin_product = {**OXY, "produit_id": "P-OXY-G", "gtin": "03761003390754"}  # Amoxicilline's GTIN
    await with_visits(vet_ctx, vet_server, visit("V-G", (gtin_product, 1), (AMOX, 1)))
    found = mapping.proposals(vet_ctx, "P-OXY-G")
    assert found.suggested == "MED1009" and found.candidates[0].reason == mapping.GTIN
    assert found.candidates[0].score == 100
    # Two package sizes of one product: which one is not clear, so nothing is pre-selected.
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "code;libelle;gtin;prix_ht;unite\nMED1010;Amoxicilline 150 mg/ml LA fl. 100 ml;;12,00;flacon\n",
        encoding="utf-8",
    )
    import_catalogue_csv(vet_ctx, extra)
    tie = mapping.proposals(vet_ctx, "P-AMOX")
    assert tie.suggested is None and tie.why_none == mapping.AMBIGUOUS
    assert {c.code for c in tie.candidates[:2]} == {"MED1009", "MED1010"}
    assert all(c.reason == mapping.SAME_PRODUCT for c in tie.candidates[:2])


async def test_the_queue_counts_quantities_over_waiting_visits_only(vet_ctx: Any, vet_server: Any) -> None:
    await with_visits(
        vet_ctx,
        vet_server,
        visit("V-Q1", (OXY, 2)),
        visit("V-Q2", (OXY, 3), day="2026-11-21"),
        visit("V-Q3", (OXY, 5), day="2026-11-22"),
    )
    [oxy] = [u for u in mapping.unmapped_queue(vet_ctx) if u.produit_id == "P-OXY"]
    assert (oxy.visits, oxy.quantity) == (3, Decimal(10))
    set_aside(vet_ctx, "V-Q3", "Éleveur à rappeler")
    [oxy] = [u for u in mapping.unmapped_queue(vet_ctx) if u.produit_id == "P-OXY"]
    assert (oxy.visits, oxy.quantity) == (2, Decimal(5))  # the set-aside visit's 5 no longer count
    mapping.map_for_visit(vet_ctx, "V-Q2", "P-OXY", "MED1009")  # billed another way in that visit
    [oxy] = [u for u in mapping.unmapped_queue(vet_ctx) if u.produit_id == "P-OXY"]
    assert (oxy.visits, oxy.quantity) == (1, Decimal(2))


async def test_set_aside_needs_a_reason_and_keeps_it(vet_ctx: Any, vet_server: Any) -> None:
    await with_visits(vet_ctx, vet_server, visit("V-A", (OXY, 1)))
    with pytest.raises(InputError, match="reason is required"):
        set_aside(vet_ctx, "V-A", "   ")
    set_aside(vet_ctx, "V-A", "Facturé au cabinet")
    row, _ev = visit_detail(vet_ctx, "V-A")
    assert row["state"] == SET_ASIDE and row["set_aside_reason"] == "Facturé au cabinet"


async def test_not_in_my_catalogue_adds_and_maps_or_leaves_unmapped(vet_ctx: Any, vet_server: Any) -> None:
    await with_visits(
        vet_ctx, vet_server, visit("V-N1", (OXY, 2)), visit("V-N2", (AMOX, 1), day="2026-11-21")
    )
    with pytest.raises(ProductRefused) as refused:
        mapping.add_and_map(vet_ctx, "P-OXY", NewProduct("MED 1", "", "abc", ""))
    assert set(refused.value.problems) == {"code", "libelle", "prix_ht", "unite"}
    with pytest.raises(ProductRefused) as taken:
        mapping.add_and_map(vet_ctx, "P-OXY", NewProduct("MED1009", "Oxy", "1", "flacon"))
    assert set(taken.value.problems) == {"code"} and "already in the catalogue" in str(taken.value)
    result = mapping.add_and_map(
        vet_ctx, "P-OXY", NewProduct("MED1090", "Oxytétracycline 200 LA fl. 100 ml", "18,40", "flacon")
    )
    assert result.lgcv_code == "MED1090" and result.visits_updated == ["V-N1"]
    assert mapping.mapping_of(vet_ctx, "P-OXY") == ("MED1090", 1)
    _row, ev = visit_detail(vet_ctx, "V-N1")
    assert [line.amount for line in ev.lines if line.line_type == "produit"] == [Decimal("36.80")]
    # Left unmapped on purpose: stored, listed last, no reminder, and the visit says why it waits.
    mapping_changes.leave_unmapped(vet_ctx, "P-AMOX", "fourni par l'éleveur")
    queue = mapping.unmapped_queue(vet_ctx)
    amox = next(u for u in queue if u.produit_id == "P-AMOX")
    assert amox.on_purpose and amox.note == "fourni par l'éleveur" and queue[-1] == amox
    refs = {i.ref for i in vet_ctx.attention.items("vetelevage") if i.kind == "unmapped_product"}
    assert "P-AMOX" not in refs
    row, ev = visit_detail(vet_ctx, "V-N2")
    assert row["state"] == NEEDS_MAPPING
    assert any("left unmapped on purpose (fourni par l'éleveur)" in b for b in ev.blocking)
    assert "left unmapped on purpose" in row["warnings"]
    mapping.save_mapping(vet_ctx, "P-AMOX", "MED1009")  # mapped later: the decision is gone
    assert not any(u.produit_id == "P-AMOX" for u in mapping.unmapped_queue(vet_ctx))


async def test_change_and_delete_preview_the_lines_and_never_touch_a_committed_visit(
    vet_ctx: Any, vet_server: Any
) -> None:
    await with_visits(
        vet_ctx, vet_server, visit("V-C1", (AMOX, 2)), visit("V-C2", (AMOX, 1), day="2026-11-21")
    )
    mapping.save_mapping(vet_ctx, "P-AMOX", "MED1009")
    commit_visit(vet_ctx, "V-C1")
    preview = mapping_changes.preview_change(vet_ctx, "P-AMOX", "MED1003")
    assert [(c.visit_id, c.before, c.after, c.committed) for c in preview] == [
        ("V-C1", "MED1009", "MED1003", True),
        ("V-C2", "MED1009", "MED1003", False),
    ]
    assert preview[1].before_amount == Decimal("26.77") and preview[1].after_amount == Decimal("19.82")
    result = mapping.save_mapping(vet_ctx, "P-AMOX", "MED1003", expected_version=1)
    assert result.changes == preview
    _row, ev = visit_detail(vet_ctx, "V-C2")
    assert [line.lgcv_code for line in ev.lines if line.line_type == "produit"] == ["MED1003"]
    # The committed visit is billed as it was; an attention item asks for a correction entry.
    row, _ev = visit_detail(vet_ctx, "V-C1")
    assert row["state"] == COMMITTED
    refs = {i.ref for i in vet_ctx.attention.items("vetelevage") if i.kind == "changed_after_commit"}
    assert refs == {"V-C1"}
    correction = correct_visit(vet_ctx, "V-C1")
    assert sorted((r["lgcv_code"], r["quantity"]) for r in correction) == [
        ("MED1003", Decimal(2)),
        ("MED1009", Decimal(-2)),
    ]
    # Delete: the waiting visit waits for a mapping again; a stale version is refused.
    with pytest.raises(InputError, match="changed meanwhile"):
        mapping_changes.delete_mapping(vet_ctx, "P-AMOX", expected_version=1)
    removed = mapping_changes.delete_mapping(vet_ctx, "P-AMOX", expected_version=2)
    assert [(c.visit_id, c.before, c.after) for c in removed if not c.committed] == [
        ("V-C2", "MED1003", None)
    ]
    assert mapping.mapping_of(vet_ctx, "P-AMOX") is None
    assert visit_detail(vet_ctx, "V-C2")[0]["state"] == NEEDS_MAPPING
    assert any(u.produit_id == "P-AMOX" for u in mapping.unmapped_queue(vet_ctx))


async def test_a_mappings_file_never_changes_a_committed_visit_silently(
    vet_ctx: Any, vet_server: Any, tmp_path: Path
) -> None:
    await with_visits(vet_ctx, vet_server, visit("V-F1", (AMOX, 2)))
    mapping.save_mapping(vet_ctx, "P-AMOX", "MED1009")
    commit_visit(vet_ctx, "V-F1")
    mapping_changes.leave_unmapped(vet_ctx, "P-OXY", "")
    assert any(r.on_purpose for r in views.mapping_rows(vet_ctx))
    file = tmp_path / "mappings.csv"
    file.write_text("produit_id,lgcv_code\nP-AMOX,MED1003\nP-OXY,MED1009\n", encoding="utf-8")
    assert mapping.import_mappings_csv(vet_ctx, file) == 2
    refs = {i.ref for i in vet_ctx.attention.items("vetelevage") if i.kind == "changed_after_commit"}
    assert refs == {"V-F1"}
    rows = {r.produit_id: r for r in views.mapping_rows(vet_ctx)}
    assert rows["P-OXY"].lgcv_code == "MED1009" and not rows["P-OXY"].on_purpose  # mapped: decision gone
