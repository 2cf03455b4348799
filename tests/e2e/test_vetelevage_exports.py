"""Exports a clerk opens in a spreadsheet: formula-safe (issue 20 item 4), and a file that cannot
be written never jams nor redirects the next export (issue 20 item 1)."""

from __future__ import annotations

import csv
import errno
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from app.core import atomic
from app.core.errors import describe
from app.core.write_errors import NotWritten
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.catalogue import import_catalogue_csv
from app.integrations.vetelevage.export import export_new
from app.integrations.vetelevage.importing import import_visits
from app.integrations.vetelevage.ledger import commit_ready, commit_visit, correct_visit
from app.integrations.vetelevage.mapping import (
    candidates,
    export_mappings_csv,
    import_mappings_csv,
    mapping_of,
    save_mapping,
    unmapped_queue,
)
from tests.e2e.vetelevage_fixtures import control, load_catalogue_and_acts

pytestmark = pytest.mark.e2e

HOSTILE_PRODUCT = '=HYPERLINK("http://evil.example/x","clic")'
HOSTILE = ["@SUM(1)", "+1+1", "-2+3+cmd|' /C calc'!A0", "\tTAB", "\rCR", HOSTILE_PRODUCT]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def hostile_visit() -> dict[str, Any]:
    return {
        "id": '=HYPERLINK("http://evil.example","V")',
        "compte_id": "C123",
        "date": "2026-11-20",
        "modifiee_le": "2026-11-20T17:41:03+01:00",
        "veterinaire": {"id": "-2+3+cmd|' /C calc'!A0", "nom": "Dr X"},
        "eleveur": {"id": "@SUM(1)", "nom": "+1+1", "cheptel": "+1+1"},
        "espece": "bovin",
        "actes": [{"code": "VIS-EXPL", "quantite": 1}],
        "produits": [{"produit_id": HOSTILE_PRODUCT, "libelle": "@SUM(1)", "gtin": None, "quantite": 1}],
    }


async def committed_with_hostile_fields(ctx: Any, server: Any, tmp_path: Path) -> str:
    """A hostile visit committed, billed as a hostile clinic product, then corrected (−1 lines)."""
    load_catalogue_and_acts(ctx)
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_text(
        "code;libelle;gtin;prix_ht;unite\n"
        "+1+1;-2+3+cmd|' /C calc'!A0;;3,50;flacon\n"
        '@SUM(1);=HYPERLINK("http://evil.example");;4,00;flacon\n',
        encoding="utf-8",
    )
    import_catalogue_csv(ctx, catalogue)
    control(server, "raw-visit", {"compte": "C123", "visit": hostile_visit()})
    await import_visits(ctx)
    visit_id = hostile_visit()["id"]
    save_mapping(ctx, HOSTILE_PRODUCT, "+1+1")
    commit_visit(ctx, visit_id)
    save_mapping(ctx, HOSTILE_PRODUCT, "@SUM(1)")
    correct_visit(ctx, visit_id)  # a reversal line of quantity −1, and the new line
    return visit_id


def assert_safe_text(value: Any) -> None:
    if isinstance(value, str):
        assert not value.startswith(TRIGGERS) or _is_number(value), repr(value)


def _is_number(text: str) -> bool:
    try:
        Decimal(text.replace(",", "."))
    except ArithmeticError:
        return False
    return True


async def test_billing_export_is_formula_safe_in_csv_and_xlsx(
    vet_ctx: Any, vet_server: Any, tmp_path: Path
) -> None:
    visit_id = await committed_with_hostile_fields(vet_ctx, vet_server, tmp_path)
    result = export_new(vet_ctx, tmp_path / "bill.csv", excel_fr=True)
    assert result.lines >= 4
    rows = list(
        csv.reader((tmp_path / "bill.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    header, body = rows[0], rows[1:]
    mine = [dict(zip(header, r, strict=True)) for r in body if r[0] == "'" + visit_id]
    assert mine, "the hostile visit is exported with its id neutralised"
    for row in body:
        for value in row:
            assert_safe_text(value)
    assert {r["source_code"] for r in mine if r["line_type"] == "produit"} == {"'" + HOSTILE_PRODUCT}
    assert {r["lgcv_code"] for r in mine if r["line_type"] == "produit"} == {"'+1+1", "'@SUM(1)"}
    assert {r["breeder_id"] for r in mine} == {"'@SUM(1)"} and {r["cheptel"] for r in mine} == {"'+1+1"}
    assert {r["vet_id"] for r in mine} == {"'-2+3+cmd|' /C calc'!A0"}
    # A reversal's quantity is a real negative number, left as it is.
    assert "-1" in {r["quantity"] for r in mine} and "-3,50" in {r["amount"] for r in mine}

    # XLSX: the same lines again (a fresh ledger line set is not needed: export them all again).
    with vet_ctx.db.transaction() as conn:
        conn.execute(sa.delete(t.export_lines))
    export_new(vet_ctx, tmp_path / "bill.xlsx", "xlsx")
    sheet = load_workbook(tmp_path / "bill.xlsx").active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header_x = list(values[0])
    assert header_x[:5] == ["visit_id", "line_type", "source_code", "lgcv_code", "quantity"]
    for cell_row in sheet.iter_rows():
        for cell in cell_row:
            assert cell.data_type != "f", cell.value
            assert_safe_text(cell.value)
    mine_x = [dict(zip(header_x, r, strict=True)) for r in values[1:] if r[0] == "'" + visit_id]
    quantities = {r["quantity"] for r in mine_x}
    assert -1 in quantities and all(isinstance(q, int | float) for q in quantities), quantities
    assert {r["source_code"] for r in mine_x if r["line_type"] == "produit"} == {"'" + HOSTILE_PRODUCT}


async def test_mappings_export_is_formula_safe_and_reads_back(
    vet_ctx: Any, vet_server: Any, tmp_path: Path
) -> None:
    await committed_with_hostile_fields(vet_ctx, vet_server, tmp_path)
    assert export_mappings_csv(vet_ctx, tmp_path / "map.csv") >= 1
    rows = list(csv.reader((tmp_path / "map.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert ["'" + HOSTILE_PRODUCT, "'@SUM(1)"] in rows
    for row in rows:
        for value in row:
            assert_safe_text(value)
    export_mappings_csv(vet_ctx, tmp_path / "map.xlsx")
    sheet = load_workbook(tmp_path / "map.xlsx").active
    assert sheet is not None
    assert ("'" + HOSTILE_PRODUCT, "'@SUM(1)") in list(sheet.iter_rows(values_only=True))
    assert all(c.data_type != "f" for r in sheet.iter_rows() for c in r)
    # The file the app wrote imports back to the same mappings (the apostrophe is undone).
    save_mapping(vet_ctx, HOSTILE_PRODUCT, "+1+1")
    assert import_mappings_csv(vet_ctx, tmp_path / "map.csv") >= 1
    assert mapping_of(vet_ctx, HOSTILE_PRODUCT) == ("@SUM(1)", mapping_of(vet_ctx, HOSTILE_PRODUCT)[1])  # type: ignore[index]


async def ready_to_export(ctx: Any) -> int:
    load_catalogue_and_acts(ctx)
    await import_visits(ctx)
    for unmapped in unmapped_queue(ctx):
        save_mapping(ctx, unmapped.produit_id, candidates(ctx, unmapped.produit_id)[0].code)
    done, _ = commit_ready(ctx)
    assert done
    with ctx.db.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(t.ledger)).scalar_one())


def block(monkeypatch: pytest.MonkeyPatch, folder: Path, error: OSError) -> None:
    """Writing in ``folder`` fails with ``error`` (as a read-only folder or a locked file would)."""
    real = atomic._temp_beside

    def temp_beside(target: Path) -> Path:
        if target.parent == folder:
            raise error
        return real(target)

    monkeypatch.setattr(atomic, "_temp_beside", temp_beside)


async def test_a_failed_export_is_released_and_the_next_one_writes_where_asked(
    vet_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = await ready_to_export(vet_ctx)
    locked = tmp_path / "locked"
    locked.mkdir()
    with monkeypatch.context() as patch:
        block(patch, locked, PermissionError(errno.EACCES, "Permission denied"))
        with pytest.raises(NotWritten) as caught:
            export_new(vet_ctx, locked / "a.csv")
    message = describe(caught.value)
    assert str(locked / "a.csv") in message.text and "the folder is read-only" in message.text
    assert "unexpected" not in message.text.lower()
    # Nothing is left assigned nor "writing": every line is free for the next export.
    with vet_ctx.db.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.export_lines)).scalar_one() == 0
        states = conn.execute(sa.select(t.exports.c.state)).scalars().all()
    assert states == ["failed"]
    # The old path is writable again: the next export writes to the path now asked for, all of it.
    second = export_new(vet_ctx, tmp_path / "b.csv")
    assert second.lines == total and second.finished == []
    assert not (locked / "a.csv").exists()
    assert len((tmp_path / "b.csv").read_text(encoding="utf-8-sig").splitlines()) == total + 1
    assert export_new(vet_ctx, tmp_path / "c.csv").lines == 0
    entry = vet_ctx.journal.last("vetelevage", "export", "error")
    assert entry is not None and entry.counts["released"] == total


@pytest.mark.parametrize(
    ("error", "cause"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "the folder is read-only"),
        (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    ],
)
async def test_the_error_names_the_file_and_the_cause(
    vet_ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, cause: str
) -> None:
    await ready_to_export(vet_ctx)
    block(monkeypatch, tmp_path, error)
    for write in (
        lambda: export_new(vet_ctx, tmp_path / "x.xlsx", "xlsx"),
        lambda: export_mappings_csv(vet_ctx, tmp_path / "map.csv"),
    ):
        with pytest.raises(NotWritten) as caught:
            write()
        text = describe(caught.value).text
        assert cause in text and str(tmp_path) in text, text
        assert caught.value.errno == error.errno


def test_a_sharing_violation_says_the_file_is_open_in_another_program(tmp_path: Path) -> None:
    from app.core.write_errors import not_written

    locked = PermissionError(errno.EACCES, "The process cannot access the file")
    locked.winerror = 32  # type: ignore[attr-defined]
    text = describe(not_written(tmp_path / "bill.csv", locked)).text
    assert "open in another program" in text and "bill.csv" in text
    read_only = tmp_path / "ro.csv"
    read_only.write_text("x")
    read_only.chmod(0o444)
    if not (read_only.stat().st_mode & 0o200):
        text = describe(not_written(read_only, PermissionError(errno.EACCES, "denied"))).text
        assert "the file is read-only" in text or "the folder is read-only" in text


async def test_the_command_line_says_which_file_and_why_then_the_next_export_works(
    ctx: Any, vet_server: Any, tmp_path: Path
) -> None:
    """``passerelle vetelevage export`` to a path under a file: exit 2 with the sentence, not OSError."""
    from app.integrations.vetelevage.sandbox import configure_demo

    configure_demo(ctx, vet_server.base_url("vetelevage"))
    ctx.save_settings()
    load_catalogue_and_acts(ctx)
    await import_visits(ctx)
    assert commit_ready(ctx)[0], "billing lines to export (with nothing new, no file is even tried)"
    data_dir = ctx.data_dir
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    args = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--json", "vetelevage", "export"]
    failed = subprocess.run(
        [*args, "--out", str(blocker / "a.csv")], capture_output=True, text=True, timeout=120
    )
    assert failed.returncode == 2, failed.stderr
    error = failed.stderr + failed.stdout  # the sentence (stderr, or the --json error object)
    assert str(blocker / "a.csv") in error and "folder" in error and "OSError" not in error
    ok = subprocess.run(
        [*args, "--out", str(tmp_path / "b.csv")], capture_output=True, text=True, timeout=120
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["finished"] == []
