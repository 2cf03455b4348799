"""Item 9, nothing secret or personal leaks: after a demo-like run of every integration (their
sandboxes and services, with known credentials and NIR values), a webhook delivered over HTTP,
failures, careless log lines, a crash report and a support report, none of the secrets and none
of the NIR is found in the database file (WAL included), the logs, the journal, the exports,
the settings file, the crash report or the support report. The NIR typed into an Omnidoc form
is kept, by design, in the request history until the retention purge; after the purge not a
byte of it is left in the database file."""

from __future__ import annotations

import asyncio
import logging
import sys
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event as sa_event

from app.core import redact as redact_module
from app.integrations.omnidoc.models import OmnidocForm

NIRS = ["180017510800192", "280017510800142"]  # valid keys: the forms accept them


def nir_forms(nir: str) -> list[str]:
    return [nir, f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"]


def read_all(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            data += b"".join(archive.read(n) for n in archive.namelist())
    return data


def leaks(files: list[Path], needles: list[str]) -> list[str]:
    found = []
    for path in files:
        data = read_all(path)
        for needle in needles:
            if needle.encode() in data or needle.encode("unicode_escape") in data:
                found.append(f"{needle!r} in {path.name}")
    return found


def database_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.glob("passerelle.db*") if p.is_file()]


def windows_default(ctx: Any) -> None:
    """Python's SQLite on Windows leaves deleted bytes in the file (no SQLITE_SECURE_DELETE at
    compile time, unlike Debian's): start each connection that way, before the app's own setup."""

    def off(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA secure_delete=OFF")

    sa_event.listen(ctx.db.engine, "connect", off, insert=True)
    ctx.db.engine.dispose()


@pytest.mark.expect_error_log(r"unexpected", logger="passerelle.careless")  # the point of the test
@pytest.mark.expect_error_log(r"unexpected error", logger="passerelle.crash")
async def test_no_secret_and_no_nir_leaks_anywhere(qtbot: QtBot, tmp_path: Path) -> None:
    from app.core.logging_setup import close_logging, log_file, setup_logging
    from app.integrations.omnidoc import service as omnidoc
    from app.integrations.omnidoc.sandbox import API_TOKEN
    from app.integrations.provet import browsing, export, processing
    from app.integrations.provet.filters import Query
    from app.integrations.provet.sandbox import CLIENT_SECRET
    from app.integrations.provet.webhook_server import WebhookReceiver
    from app.integrations.totvs import service_rh, service_saude
    from app.integrations.totvs.models import PrescriptionForm
    from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER, PASSWORD
    from app.integrations.vetelevage.connection import direct_link
    from app.integrations.vetelevage.export import export_new
    from app.integrations.vetelevage.ledger import commit_ready
    from app.integrations.vetelevage.mapping import export_mappings_csv
    from app.integrations.vetelevage.sandbox import EDITOR_SECRET
    from app.ops.demo import seed_demo, start_demo
    from app.ops.support import build_report
    from app.ui.crash_dialog import CrashHandler
    from app.ui.crash_dialog import build_report as crash_report

    known_before = set(redact_module._known)
    data_dir = tmp_path / "clinic"
    ctx, server = start_demo(data_dir)
    windows_default(ctx)
    setup_logging(ctx.data_dir)
    log = logging.getLogger("passerelle.careless")
    exports = tmp_path / "exports"
    exports.mkdir()
    crash_text = ""
    try:
        await seed_demo(ctx, server)
        webhook_token = ctx.secrets.get("provet", "webhook_token")

        # Vétélevage: commit, export, the SSO link (opened, never kept).
        await asyncio.to_thread(commit_ready, ctx)
        export_new(ctx, exports / "facturation.csv")
        export_new(ctx, exports / "facturation.json", "json")
        export_mappings_csv(ctx, exports / "mappings.csv")
        sso = await direct_link(ctx)
        log.info("opening the direct link %s", sso)

        # Provet: a pull to a file, a webhook over HTTP, then a failing pull.
        result = await browsing.pull(ctx, Query("consultation"))
        export.write_out(result.objects, exports / "consultations.csv")
        receiver = WebhookReceiver(ctx).start()
        try:
            async with httpx.AsyncClient() as http:
                ok = await http.post(
                    f"{receiver.url}/provet/webhook/{webhook_token}", data={"patient_id": "2"}
                )
                wrong = await http.post(
                    f"{receiver.url}/provet/webhook/not-{webhook_token}", data={"x_id": "1"}
                )
            assert (ok.status_code, wrong.status_code) == (200, 404)
        finally:
            receiver.stop()
        await processing.process_pending(ctx)
        server.faults("provet").update({"failing": True, "retry_after": 0})
        try:
            await browsing.pull(ctx, Query("invoice"))
        except Exception as exc:
            log.warning("pull failed: %s", exc)
        server.faults("provet").reset()

        # TOTVS: a prescription filed, co-participation exported.
        form = PrescriptionForm.model_validate(
            {
                "healthInsurerCode": "0001",
                "subscriberId": DEMO_SUBSCRIBER,
                "professionalCouncil": "CRM",
                "stateAbbreviation": "SP",
                "professionalName": "VINICIUS",
                "prescriptionDate": "2023-04-03",
                "professionalCouncilNumber": "334456",
                "medications": [{"tableCode": "04", "medicationCode": "0490173961"}],
                "attachments": [{"href": "https://files.example/receita.pdf"}],
            }
        )
        await service_saude.submit(ctx, form)
        service_rh.export(ctx, service_rh.CopartFilter(), exports / "coparticipacao.csv")
        service_rh.export(ctx, service_rh.CopartFilter(), exports / "coparticipacao.xlsx")

        # Omnidoc: the NIR typed in a form, sent by API and by the prefilled URL.
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 scan")
        nir_form = OmnidocForm(
            patient_first_name="Jeanne",
            patient_last_name="Dupuis",
            patient_nir=NIRS[1],
            patient_nir_cert=NIRS[0],
            patient_gender="M",
            patient_birth_date="1980-01-15",
            recipient_rpps="10002170750",
            text=f"Avis, NIR {nir_forms(NIRS[0])[1]}.",
        )
        omnidoc.save_form_draft(ctx, nir_form, [str(scan)])
        request_id = omnidoc.create_request(ctx, nir_form, [scan])
        await omnidoc.send(ctx, request_id)
        omnidoc.mark_opened(ctx, request_id)
        omnidoc.clear_form_draft(ctx)
        url = omnidoc.prefill_url(ctx, nir_form)
        log.info("opened %s", url)

        # Careless code: secrets and NIR handed to the log, the journal and the attention list.
        log.info("token=%s password=%s nir=%s", webhook_token, PASSWORD, NIRS[0])
        log.info("Authorization: Bearer %s", API_TOKEN)
        try:
            raise RuntimeError(f"boom: client_secret={CLIENT_SECRET} patient {nir_forms(NIRS[1])[1]}")
        except RuntimeError:
            log.exception("unexpected")
            handler = CrashHandler(log_file(ctx.data_dir))
            handler.excepthook(*sys.exc_info())  # type: ignore[arg-type]
            assert handler.dialog is not None
            crash_text = handler.dialog.report
            crash_text += crash_report(*sys.exc_info(), log_file(ctx.data_dir))  # type: ignore[arg-type]
            handler.dialog.close()
        ctx.journal.record("omnidoc", "note", "ok", f"patient {NIRS[0]} called, secret {EDITOR_SECRET}")
        ctx.attention.raise_item("omnidoc", "check", "r1", f"NIR {nir_forms(NIRS[1])[1]} refused")

        build_report(ctx, exports / "support.zip")
        (exports / "crash.txt").write_text(crash_text, encoding="utf-8")
        journal_text = "\n".join(
            f"{e.summary} {' '.join(e.keys)} {e.counts}" for e in ctx.journal.search("", limit=10_000)
        ) + "\n".join(i.reason for i in ctx.attention.items())
        (exports / "journal.txt").write_text(journal_text, encoding="utf-8")
        # -- the scans ---------------------------------------------------------------
        registered = sorted(set(redact_module._known) - known_before)
        credentials = [EDITOR_SECRET, "vaches-35", CLIENT_SECRET, webhook_token, API_TOKEN, PASSWORD]
        tokens = [s for s in registered if not s.startswith("http")]  # access and refresh tokens
        links = [s for s in registered if s.startswith("http")]  # SSO and Omnidoc access links
        assert len(tokens) >= 3, "the run should have obtained tokens from the sandboxes"
        assert sso in links and len(links) >= 2
        secrets = sorted(set(credentials + tokens))
        nirs = [f for n in NIRS for f in nir_forms(n)]

        outside = [
            *(p for p in exports.iterdir()),
            *log_file(ctx.data_dir).parent.glob("*"),
            ctx.data_dir / "settings.json",
        ]
        assert leaks(outside, secrets + links + nirs) == []
        # The database never holds a credential or a token; before the purge it keeps the forms.
        assert leaks(database_files(ctx.data_dir), secrets) == []
        assert leaks(database_files(ctx.data_dir), nirs), "the history should keep the form until the purge"

        assert (
            omnidoc.purge_personal_data(ctx, older_than_days=0) == 4
        )  # the demo's two (one of them waiting to be sent again), the API one, the URL one
        from app.ops.retention import prune

        prune(ctx)
        assert leaks(database_files(ctx.data_dir), secrets + nirs + links) == []
    finally:
        close_logging()
        server.stop()
        ctx.close()
    assert leaks(database_files(data_dir), secrets + nirs + links) == []
