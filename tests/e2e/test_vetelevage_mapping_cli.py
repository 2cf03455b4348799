"""passerelle vetelevage unmapped / candidates / map / unmap / set-aside against a real store
(visits imported from the sandbox over loopback), in-process."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from app.cli import main
from app.integrations.vetelevage.evaluation import visit_detail
from app.integrations.vetelevage.ledger import commit_visit
from tests.e2e.test_vetelevage_mapping import AMOX, OXY, visit, with_visits

pytestmark = pytest.mark.e2e


def run(ctx: Any, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(ctx.data_dir), *argv])
    out = capsys.readouterr().out
    return code, (json.loads(out) if "--json" in argv and code == 0 else out)


def test_the_mapping_commands(vet_ctx: Any, vet_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    visits = (
        visit("V-1", (OXY, 2), (AMOX, 1)),
        visit("V-2", (OXY, 3), day="2026-11-21"),
        visit("V-3", (OXY, 4), day="2026-11-22"),
    )
    asyncio.run(with_visits(vet_ctx, vet_server, *visits))  # the commands run their own loop
    # set-aside: a reason is required, and it is kept on the visit.
    code, _out = run(vet_ctx, capsys, "vetelevage", "set-aside", "V-3", "--reason", "  ", "--json")
    assert code == 2
    code, out = run(
        vet_ctx, capsys, "vetelevage", "set-aside", "V-3", "--reason", "Rappeler l'éleveur", "--json"
    )
    assert code == 0 and out == {"visit_id": "V-3", "state": "set_aside", "reason": "Rappeler l'éleveur"}
    assert visit_detail(vet_ctx, "V-3")[0]["set_aside_reason"] == "Rappeler l'éleveur"
    # unmapped: the set-aside visit's quantity is not in the total; --json before or after.
    code, out = run(vet_ctx, capsys, "--json", "vetelevage", "unmapped")
    assert code == 0
    oxy = next(p for p in out["products"] if p["produit_id"] == "P-OXY")
    assert oxy == {
        "produit_id": "P-OXY",
        "libelle": "OXYTETRACYCLINE 200 LA",
        "gtin": None,
        "visits": 2,
        "quantity": 5,
        "on_purpose": False,
    }
    assert out["total"] == len(out["products"]) and out["truncated"] is False
    assert run(vet_ctx, capsys, "vetelevage", "unmapped", "--json")[1] == out
    # candidates: another substance is never suggested; the same product is.
    code, out = run(vet_ctx, capsys, "vetelevage", "candidates", "P-OXY", "--json")
    assert code == 0 and out["produit_id"] == "P-OXY" and out["suggested"] is None
    assert set(out["candidates"][0]) == {"lgcv_code", "libelle", "gtin", "score", "reason"}
    assert all(c["score"] < 80 for c in out["candidates"])
    code, out = run(vet_ctx, capsys, "vetelevage", "candidates", "P-AMOX", "--json")
    assert out["suggested"] == "MED1009"
    assert out["candidates"][0] == {
        "lgcv_code": "MED1009",
        "libelle": "Amoxicilline 150 mg/ml La fl. 250 ml",
        "gtin": "03761003390754",
        "score": 95.0,
        "reason": "substance_strength",
    }
    _code, text = run(vet_ctx, capsys, "vetelevage", "candidates", "P-OXY")
    assert "Nothing suggested" in text and "name only" in text
    # map, change, unmap: the lines that change, committed visits listed but never changed.
    code, out = run(vet_ctx, capsys, "vetelevage", "map", "P-AMOX", "MED1009", "--json")
    assert code == 0 and [(c["visit_id"], c["before"], c["after"]) for c in out["changes"]] == [
        ("V-1", None, "MED1009")
    ]
    assert out["changes"][0]["after_amount"] == "26.77"
    code, _out = run(vet_ctx, capsys, "vetelevage", "map", "P-OXY", "MED1009", "--json")
    assert code == 0
    commit_visit(vet_ctx, "V-1")
    code, text = run(vet_ctx, capsys, "vetelevage", "map", "P-OXY", "MED1054")
    assert code == 0 and "lines changed: 3" in text
    assert "V-1 line 1, P-OXY x 2: committed, stays billed as MED1009" in text
    assert "V-2 line 1, P-OXY x 3: MED1009 (80.31 € excl. VAT) -> MED1054 (390.84 € excl. VAT)" in text
    code, out = run(vet_ctx, capsys, "vetelevage", "unmap", "P-OXY", "--json")
    assert code == 0 and out["removed"] == "MED1054"
    assert {(c["visit_id"], c["after"], c["committed"]) for c in out["changes"]} == {
        ("V-1", None, True),
        ("V-2", None, False),
        ("V-3", None, False),
    }
    assert visit_detail(vet_ctx, "V-2")[0]["state"] == "needs_mapping"
    assert run(vet_ctx, capsys, "vetelevage", "unmap", "P-OXY", "--json")[0] == 2  # no mapping now
    assert run(vet_ctx, capsys, "vetelevage", "map", "P-OXY", "NOPE", "--json")[0] == 2


def test_reconcile_says_when_its_list_of_waiting_visits_is_cut(
    vet_ctx: Any, vet_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 17 item 6: ``reconcile`` pages its waiting visits like every other listing."""
    visits = [visit(f"V-{i}", (OXY, 1), day=f"2026-11-{i + 10:02d}") for i in range(1, 4)]
    asyncio.run(with_visits(vet_ctx, vet_server, *visits))
    code, out = run(vet_ctx, capsys, "vetelevage", "reconcile", "--all", "--json")
    waiting = sum(out["waiting"].values())
    assert code == 0 and waiting >= 3 and out["total"] == waiting == len(out["waiting_visits"])
    assert {"V-1", "V-2", "V-3"} <= {w["visit_id"] for w in out["waiting_visits"]}
    assert out["truncated"] is False
    code, out = run(vet_ctx, capsys, "vetelevage", "reconcile", "--limit", "2", "--json")
    assert len(out["waiting_visits"]) == 2 and out["total"] == waiting and out["truncated"] is True
    code, text = run(vet_ctx, capsys, "vetelevage", "reconcile", "--limit", "1")
    lines = text.strip().splitlines()
    assert lines[0].startswith("Imported ") and len(lines) == 3
    assert lines[-1] == f"first 1 of {waiting} (--limit N or --all for more)"


def test_sync_dictionary_and_reconcile_speak_french(
    vet_ctx: Any, vet_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15 item 9: counters as words, money the French way; --json keeps the raw keys."""
    code, text = run(vet_ctx, capsys, "--lang", "fr", "vetelevage", "sync-dictionary")
    assert code == 0 and text.startswith("Produits reçus\u00a0: ") and "Tables de référence" in text, text
    assert "products_added" not in text and "utilisateurs:" not in text
    code, out = run(vet_ctx, capsys, "--lang", "fr", "--json", "vetelevage", "sync-dictionary")
    assert code == 0 and {"produits", "products_added", "utilisateurs"} <= set(out)
    asyncio.run(with_visits(vet_ctx, vet_server, visit("V-1", (OXY, 1))))
    code, text = run(vet_ctx, capsys, "--lang", "fr", "vetelevage", "reconcile", "--all")
    head = text.splitlines()[0]
    assert code == 0 and head.startswith("Importées\u00a0: "), head
    total = head.rsplit("total facturé ", 1)[1].removesuffix(" € HT.")
    assert "," in total and "." not in total and len(total.split(",")[1]) == 2, head
    waiting = next(line for line in text.splitlines() if "V-1" in line)
    assert "[À associer]" in waiting and "needs_mapping" not in waiting, waiting
    assert "n’est associé à aucun produit de la clinique" in waiting, waiting
    code, text = run(vet_ctx, capsys, "--lang", "fr", "vetelevage", "commit", "--visit", "V-404")
    assert code == 2 and text.startswith("Visites facturées\u00a0: 0.\nV-404: Aucune visite V-404"), text
    code, text = run(vet_ctx, capsys, "--lang", "fr", "vetelevage", "candidates", "P-OXY")
    assert code == 0 and "nom seulement" in text and "name only" not in text, text
