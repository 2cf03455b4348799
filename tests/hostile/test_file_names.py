"""Item 9, file names: a file uploaded to Omnidoc reaches it under its own base name only (no
folder, no header injection, one part per file), and every export, backup and support report
writes exactly the file asked for — nothing beside it, nothing above it, no partial file left —
whatever characters its name holds."""

from __future__ import annotations

import mimetypes
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from app.integrations.omnidoc import service as omnidoc
from app.integrations.omnidoc.models import OmnidocForm
from tests.hostile.export_data import copart_row, new_billing_line

HOSTILE_NAMES = [
    'compte "rendu".pdf',
    "a\r\nContent-Type: text-html\r\n\r\nx.pdf",
    "..\\..\\Windows\\evil.pdf",
    "..pdf",
    "-rf .pdf",
    "%2e%2e%2fescape.pdf",
    "x; filename=other.pdf",
    "radio été €.png",
    "' OR 1=1 --.txt",
    "CON.txt",
    "a" * 200 + ".pdf",
]


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


async def test_uploads_reach_omnidoc_under_their_base_name_only(
    omnidoc_ctx: Any, omnidoc_sim: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "pièces jointes"
    folder.mkdir()
    paths = []
    for name in HOSTILE_NAMES:
        path = folder / name
        path.write_bytes(b"%PDF-1.4 " + name.encode("utf-8", "replace"))
        paths.append(path)
    # Sent through a path with dot segments: still only the base name goes out.
    dotted = [folder / ".." / folder.name / p.name for p in paths]
    form = OmnidocForm(patient_last_name="Durand", recipient_rpps="10002170750", text="Avis.")
    sent = [p for p in dotted if mimetypes.guess_type(p.name)[0] in omnidoc.ALLOWED_TYPES]
    assert len(sent) >= len(HOSTILE_NAMES) - 2
    request_id = omnidoc.create_request(omnidoc_ctx, form, sent)
    result = await omnidoc.send(omnidoc_ctx, request_id)
    received = omnidoc_sim.drafts[result.draft_id].files
    assert len(received) == len(sent) == result.uploaded
    for (name, size, _mime), path in zip(received, sent, strict=True):
        assert "/" not in name and "\r" not in name and "\n" not in name, name
        assert PurePosixPath(name).name == name
        assert size == path.stat().st_size
        if "\\" not in path.name and '"' not in path.name and "\r" not in path.name:
            assert name == path.name
    recorded = next(h.files for h in omnidoc.history(omnidoc_ctx) if h.id == request_id)
    assert recorded == [p.name for p in sent]
    assert files_under(folder) == set(HOSTILE_NAMES)  # nothing written beside them


TARGET_NAMES = [
    "facturation 2024 (copie).csv",
    "'; DROP TABLE exports; --.csv",
    "..facturation.csv",
    "-rf.csv",
    "é€ü ½.csv",
    'a"b.csv',
    "x\\..\\..\\y.csv",
    "nul .csv",
]


def exporters(ctx: Any) -> dict[str, tuple[str, Callable[[Path], Any]]]:
    from app.integrations.provet.export import write_out as provet_write_out
    from app.integrations.totvs import service_rh
    from app.integrations.vetelevage.export import export_new
    from app.integrations.vetelevage.mapping import export_mappings_csv
    from app.ops.backup import backup
    from app.ops.support import build_report

    copart_row(ctx)  # an export with nothing in it writes no file

    def billing(path: Path, fmt: str = "csv") -> Any:
        new_billing_line(ctx)
        return export_new(ctx, path, fmt)

    return {
        "vetelevage billing": (".csv", billing),
        "vetelevage billing json": (".json", lambda p: billing(p, "json")),
        "vetelevage mappings": (".csv", lambda p: export_mappings_csv(ctx, p)),
        "totvs rh csv": (".csv", lambda p: service_rh.export(ctx, service_rh.CopartFilter(), p)),
        "totvs rh xlsx": (".xlsx", lambda p: service_rh.export(ctx, service_rh.CopartFilter(), p)),
        "provet csv": (".csv", lambda p: provet_write_out([{"id": 1, "client": {"id": 2}}], p)),
        "provet json": (".json", lambda p: provet_write_out([{"id": 1}], p)),
        "backup": (".db", lambda p: backup(ctx, p)),
        "support report": (".zip", lambda p: build_report(ctx, p)),
    }


def test_exports_write_exactly_the_file_asked_for(ctx: Any, tmp_path: Path) -> None:
    root = tmp_path / "root"
    folder = root / "exports"
    folder.mkdir(parents=True)
    for name in TARGET_NAMES:
        for kind, (suffix, write) in exporters(ctx).items():
            target = folder / (Path(name).stem + f" {kind}{suffix}")
            write(target)
            assert files_under(root) == {f"exports/{target.name}"}, (name, kind)
            assert target.stat().st_size > 0
            target.unlink()


def test_the_support_report_holds_only_plain_relative_names(ctx: Any, tmp_path: Path) -> None:
    from app.core.logging_setup import close_logging, setup_logging
    from app.ops.support import build_report

    setup_logging(ctx.data_dir)
    try:
        import logging

        logging.getLogger("passerelle.test").warning("a line in the log")
        out = build_report(ctx, tmp_path / "report.zip")
    finally:
        close_logging()
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert "report.json" in names and any(n.startswith("logs/") for n in names)
    for entry in names:
        assert not PurePosixPath(entry).is_absolute() and not PureWindowsPath(entry).is_absolute()
        assert ".." not in PurePosixPath(entry).parts and "\\" not in entry
