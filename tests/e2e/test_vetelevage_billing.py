from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from app.core.errors import InputError
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.acts import list_acts, replace_acts
from app.integrations.vetelevage.catalogue import catalogue, import_catalogue_csv
from app.integrations.vetelevage.evaluation import NEEDS_MAPPING, NEW, READY, counts_by_state, visit_detail
from app.integrations.vetelevage.export import export_new
from app.integrations.vetelevage.importing import import_visits
from app.integrations.vetelevage.ledger import AlreadyCommitted, commit_ready, commit_visit, correct_visit
from app.integrations.vetelevage.mapping import (
    candidates,
    export_mappings_csv,
    import_mappings_csv,
    map_for_visit,
    mapping_of,
    preview_mapping,
    save_mapping,
    unmapped_queue,
)
from app.integrations.vetelevage.models import Acte
from app.integrations.vetelevage.reconciliation import reconciliation
from tests.e2e.vetelevage_fixtures import control, load_catalogue_and_acts

pytestmark = pytest.mark.e2e


async def imported(ctx: Any) -> None:
    load_catalogue_and_acts(ctx)
    await import_visits(ctx)


def ledger_rows(ctx: Any) -> list[dict[str, Any]]:
    with ctx.db.read() as conn:
        return [dict(r) for r in conn.execute(sa.select(t.ledger).order_by(t.ledger.c.id)).mappings()]


async def test_unmapped_queue_candidates_and_mapping_reapplied(vet_ctx: Any) -> None:
    await imported(vet_ctx)
    queue = unmapped_queue(vet_ctx)
    assert queue and all(u.visits >= 1 for u in queue)
    waiting_before = counts_by_state(vet_ctx).get(NEEDS_MAPPING, 0)
    target = next(u for u in queue if u.gtin)
    cands = candidates(vet_ctx, target.produit_id)
    gtin_match = [c for c in cands if c.reason == "gtin"]
    if gtin_match:
        assert gtin_match[0].score == 100 and cands[0] is gtin_match[0]
    chosen = cands[0].code
    preview = preview_mapping(vet_ctx, target.produit_id, chosen)
    assert len({v for v, _ in preview}) == target.visits
    result = save_mapping(vet_ctx, target.produit_id, chosen)
    assert sorted(result.visits_updated) == sorted({v for v, _ in preview})
    assert all(u.produit_id != target.produit_id for u in unmapped_queue(vet_ctx))
    assert counts_by_state(vet_ctx).get(NEEDS_MAPPING, 0) <= waiting_before
    refs = {i.ref for i in vet_ctx.attention.items("vetelevage") if i.kind == "unmapped_product"}
    assert target.produit_id not in refs and len(refs) == len(unmapped_queue(vet_ctx))


async def test_clinic_specific_product_without_gtin_is_matched_by_name(vet_ctx: Any) -> None:
    await imported(vet_ctx)
    cands = candidates(vet_ctx, "PC-1200")  # BOLUS CALCIUM MAISON, no GTIN: the same name, normalised
    assert cands and cands[0].reason == "substance_strength" and "Bolus" in cands[0].libelle
    assert cands[0].suggested and cands[0].score >= 95 and all(c.score < 80 for c in cands[1:])


async def test_optimistic_version_refuses_a_stale_mapping_edit(vet_ctx: Any) -> None:
    await imported(vet_ctx)
    produit = unmapped_queue(vet_ctx)[0].produit_id
    save_mapping(vet_ctx, produit, "MED1000")
    _code, version = mapping_of(vet_ctx, produit)  # type: ignore[misc]
    save_mapping(vet_ctx, produit, "MED1003", expected_version=version)  # desk 1
    with pytest.raises(InputError, match="changed meanwhile"):
        save_mapping(vet_ctx, produit, "MED1006", expected_version=version)  # desk 2, stale
    assert mapping_of(vet_ctx, produit)[0] == "MED1003"  # type: ignore[index]


def map_everything(ctx: Any) -> None:
    for unmapped in unmapped_queue(ctx):
        save_mapping(ctx, unmapped.produit_id, candidates(ctx, unmapped.produit_id)[0].code)


async def test_commit_exactly_once_and_corrections(vet_ctx: Any) -> None:
    await imported(vet_ctx)
    map_everything(vet_ctx)
    ready = [v for v, s in _states(vet_ctx).items() if s == READY]
    assert ready
    visit_id = ready[0]
    lines = commit_visit(vet_ctx, visit_id)
    rows = ledger_rows(vet_ctx)
    assert len(rows) == len(lines) and {r["visit_id"] for r in rows} == {visit_id}
    with pytest.raises(AlreadyCommitted):
        commit_visit(vet_ctx, visit_id)
    assert len(ledger_rows(vet_ctx)) == len(lines)
    # The database itself refuses a second set of lines, whatever the UI does.
    with pytest.raises(sa.exc.IntegrityError), vet_ctx.db.transaction() as conn:
        conn.execute(sa.insert(t.ledger).values(**{k: v for k, v in rows[0].items() if k != "id"}))
    # A mapping changed after the commit: a correction entry, not a silent change.
    product_line = next((r for r in rows if r["line_type"] == "produit"), None)
    if product_line is not None:
        save_mapping(vet_ctx, product_line["source_code"], "FOURN-GANTS")
        correction = correct_visit(vet_ctx, visit_id)
        assert {c["entry"] for c in correction} == {"correction"}
        net: dict[str, Decimal] = {}
        for r in ledger_rows(vet_ctx):
            if r["source_code"] == product_line["source_code"]:
                net[r["lgcv_code"]] = net.get(r["lgcv_code"], Decimal(0)) + r["quantity"]
        assert net[product_line["lgcv_code"]] == 0 and net["FOURN-GANTS"] == product_line["quantity"]


def _states(ctx: Any) -> dict[str, str]:
    with ctx.db.read() as conn:
        return dict(conn.execute(sa.select(t.visits.c.id, t.visits.c.state)).all())  # type: ignore[arg-type]


async def test_commit_all_ready_then_export_without_repeats(
    vet_ctx: Any, vet_server: Any, tmp_path: Path
) -> None:
    await imported(vet_ctx)
    map_everything(vet_ctx)
    done, _skipped = commit_ready(vet_ctx)
    assert done
    first = export_new(vet_ctx, tmp_path / "one.csv")
    assert first.lines == len(ledger_rows(vet_ctx))
    raw = (tmp_path / "one.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    rows = list(csv.reader((tmp_path / "one.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:5] == ["visit_id", "line_type", "source_code", "lgcv_code", "quantity"]
    assert {r[1] for r in rows[1:]} <= {"acte", "produit"} and len(rows) - 1 == first.lines
    second = export_new(vet_ctx, tmp_path / "two.json", "json")
    assert second.lines == 0 and second.export_id is None  # nothing new: no export, no file
    assert not (tmp_path / "two.json").exists()
    # New visits committed later appear in the next export only.
    control(vet_server, "visits", {"compte": "C123", "count": 4})
    await import_visits(vet_ctx)
    map_everything(vet_ctx)
    commit_ready(vet_ctx)
    third = export_new(vet_ctx, tmp_path / "three.csv", excel_fr=True)
    all_ids = [r["id"] for r in ledger_rows(vet_ctx)]
    assert first.lines + third.lines == len(all_ids)
    text = (tmp_path / "three.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("visit_id;line_type;source_code;lgcv_code;quantity")


async def test_reconciliation_counts(vet_ctx: Any, tmp_path: Path) -> None:
    await imported(vet_ctx)
    map_everything(vet_ctx)
    done, _ = commit_ready(vet_ctx)
    export_new(vet_ctx, tmp_path / "x.csv")
    r = reconciliation(vet_ctx)
    assert r.imported == 12 and r.committed == len(done) and r.exported == len(done)
    assert sum(r.waiting.values()) == 12 - len(done)
    assert all(why for _v, _s, why in r.waiting_visits)


def test_catalogue_csv_errors_name_the_row_and_change_nothing(vet_ctx: Any, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("code;libelle;gtin;prix_ht;unite\nA1;Produit A;;12,50;flacon\n", encoding="cp1252")
    assert import_catalogue_csv(vet_ctx, good) == 1
    bad_header = tmp_path / "h.csv"
    bad_header.write_text("reference,nom,prix\nA,B,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="header must be code,libelle,gtin,prix_ht,unite"):
        import_catalogue_csv(vet_ctx, bad_header)
    bad_rows = tmp_path / "r.csv"
    bad_rows.write_text(
        "code,libelle,gtin,prix_ht,unite\nB1,Produit B,,abc,\nB2,Produit C,123,1.0,\n"
        "A1,Produit A modifié,,-3,\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        import_catalogue_csv(vet_ctx, bad_rows)
    message = str(info.value)
    assert "Line 2, column prix_ht" in message and "Line 3, column gtin" in message and "Line 4" in message
    assert [c["libelle"] for c in catalogue(vet_ctx)] == ["Produit A"]


def test_mappings_csv_round_trip_and_unknown_code(vet_ctx: Any, tmp_path: Path) -> None:
    load_catalogue_and_acts(vet_ctx)
    path = tmp_path / "m.csv"
    path.write_text("produit_id,lgcv_code\nP-884211,MED1000\nPC-1200,FOURN-GANTS\n", encoding="utf-8")
    assert import_mappings_csv(vet_ctx, path) == 2
    out = tmp_path / "out.csv"
    assert export_mappings_csv(vet_ctx, out) == 2
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "produit_id,lgcv_code",
        "P-884211,MED1000",
        "PC-1200,FOURN-GANTS",
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("produit_id,lgcv_code\nP-1,NOPE\n", encoding="utf-8")
    with pytest.raises(InputError, match="NOPE is not in the clinic catalogue"):
        import_mappings_csv(vet_ctx, bad)


async def test_unknown_act_code_is_held_for_review_not_dropped(vet_ctx: Any, vet_server: Any) -> None:
    load_catalogue_and_acts(vet_ctx)
    control(
        vet_server,
        "raw-visit",
        {
            "visit": {
                "id": "V-ECHO",
                "date": "2026-11-21",
                "actes": [{"code": "ECHO-GEST", "quantite": 3}],
                "produits": [],
            }
        },
    )
    await import_visits(vet_ctx)
    detail, ev = visit_detail(vet_ctx, "V-ECHO")
    assert detail["state"] == NEW and any("ECHO-GEST" in b for b in ev.blocking)
    with pytest.raises(InputError, match="cannot be committed yet"):
        commit_visit(vet_ctx, "V-ECHO")
    acts = [
        *list_acts(vet_ctx),
        Acte(code="ECHO-GEST", libelle="Échographie", prix_ht=Decimal(9)),
    ]
    replace_acts(vet_ctx, acts)
    assert visit_detail(vet_ctx, "V-ECHO")[0]["state"] == READY


async def test_map_for_one_visit_only_is_not_remembered(vet_ctx: Any) -> None:
    await imported(vet_ctx)
    with vet_ctx.db.read() as conn:
        visit_id, produit_id = conn.execute(
            sa.select(t.visit_products.c.visit_id, t.visit_products.c.produit_id).limit(1)
        ).one()
    ev = map_for_visit(vet_ctx, visit_id, produit_id, "FOURN-GANTS")
    assert produit_id not in ev.unmapped
    assert any(line.lgcv_code == "FOURN-GANTS" for line in ev.lines)
    assert mapping_of(vet_ctx, produit_id) is None
    others = [u for u in unmapped_queue(vet_ctx) if u.produit_id == produit_id]
    assert not others or all(u.visits >= 1 for u in others)
