from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from app.core.http import ConflictError, ConnectionFailed
from app.integrations.omnidoc import service
from app.integrations.omnidoc.models import OmnidocForm
from app.integrations.omnidoc.sandbox import OmnidocSandbox

pytestmark = pytest.mark.e2e

FORM = OmnidocForm(
    patient_first_name="Jeanne",
    patient_last_name="Dupuis",
    patient_gender="F",
    patient_birth_date="1961-04-02",
    patient_nir_cert="261047510800151",
    recipient_rpps="10002170750",
    text="Lésion pigmentée du dos",
)


def files(tmp_path: Path, n: int = 3) -> list[Path]:
    out = []
    for i in range(n):
        path = tmp_path / f"photo-{i}.png"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100 * (i + 1)))
        out.append(path)
    return out


async def test_create_upload_three_files_then_open(
    omnidoc_ctx: Any, omnidoc_sim: OmnidocSandbox, tmp_path: Path
) -> None:
    from app.core.validators import check_nir

    assert check_nir(FORM.patient_nir_cert) is None
    request_id = service.create_request(omnidoc_ctx, FORM, files(tmp_path))
    seen: list[tuple[int, int]] = []
    result = await service.send(omnidoc_ctx, request_id, progress=lambda d, t, _n: seen.append((d, t)))
    assert result.uploaded == 3 and seen[-1] == (3, 3)
    [draft] = omnidoc_sim.drafts.values()
    assert [f[0] for f in draft.files] == ["photo-0.png", "photo-1.png", "photo-2.png"]
    assert draft.body["context"] == {"passerelle_request": request_id}
    assert draft.body["author_rpps"] == "10001234567" and draft.body["patient"]["first_name"] == "Jeanne"
    url = service.mark_opened(omnidoc_ctx, request_id)
    assert httpx.get(url).status_code == 200 and draft.visited
    entry = service.history(omnidoc_ctx)[0]
    assert entry.state == service.OPENED and entry.files == ["photo-0.png", "photo-1.png", "photo-2.png"]
    journal = " ".join(e.summary for e in omnidoc_ctx.journal.search(""))
    assert "Jeanne" not in journal and url not in journal and "261047510800151" not in journal


async def test_timeout_after_create_resumes_on_the_same_draft(
    omnidoc_ctx: Any, omnidoc_sim: OmnidocSandbox, tmp_path: Path
) -> None:
    request_id = service.create_request(omnidoc_ctx, FORM, files(tmp_path))
    omnidoc_sim.create_delay = 1.0  # Omnidoc stores the draft, but its answer comes too late
    client = service.make_client(omnidoc_ctx, timeout=0.3)
    with pytest.raises(ConnectionFailed):
        await service.send(omnidoc_ctx, request_id, client=client)
    await client.aclose()
    assert len(omnidoc_sim.drafts) == 1
    assert omnidoc_ctx.attention.count("omnidoc") == 1
    omnidoc_sim.create_delay = 0
    result = await service.send(omnidoc_ctx, request_id)
    assert len(omnidoc_sim.drafts) == 1, "no second draft"
    assert result.uploaded == 3 and len(next(iter(omnidoc_sim.drafts.values())).files) == 3
    # The failure's item is gone; the draft, ready, waits for the person to open it.
    assert [i.kind for i in omnidoc_ctx.attention.items("omnidoc")] == [service.DRAFT_READY]
    service.mark_opened(omnidoc_ctx, request_id)
    assert omnidoc_ctx.attention.count("omnidoc") == 0


async def test_crash_between_uploads_sends_only_the_missing_files(
    omnidoc_ctx: Any, omnidoc_sim: OmnidocSandbox, tmp_path: Path
) -> None:
    request_id = service.create_request(omnidoc_ctx, FORM, files(tmp_path))

    class Flaky(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.AsyncHTTPTransport()
            self.uploads = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/files/"):
                self.uploads += 1
                if self.uploads == 2:
                    raise httpx.ReadError("connection reset", request=request)
            return await self.inner.handle_async_request(request)

        async def aclose(self) -> None:
            await self.inner.aclose()

    client = service.make_client(omnidoc_ctx, transport=Flaky())
    with pytest.raises(ConnectionFailed):
        await service.send(omnidoc_ctx, request_id, client=client)
    await client.aclose()
    result = await service.send(omnidoc_ctx, request_id)
    draft = omnidoc_sim.drafts[result.draft_id]  # an upload left unanswered: a fresh draft, each file once
    assert result.uploaded == 3 and [f[0] for f in draft.files] == [
        "photo-0.png",
        "photo-1.png",
        "photo-2.png",
    ]


async def test_files_after_the_redirect_are_refused_with_a_sentence(omnidoc_ctx: Any, tmp_path: Path) -> None:
    request_id = service.create_request(omnidoc_ctx, FORM, files(tmp_path, 1))
    await service.send(omnidoc_ctx, request_id)
    httpx.get(service.mark_opened(omnidoc_ctx, request_id))
    with pytest.raises(service.InputError, match="no longer accepts files"):
        service.add_files(omnidoc_ctx, request_id, files(tmp_path, 1))
    # Even if the local history were wrong, Omnidoc itself refuses: 409 with its sentence.
    client = service.make_client(omnidoc_ctx)
    draft_id = service.history(omnidoc_ctx)[0].draft_id
    with pytest.raises(ConflictError, match="ouverte"):
        await client.upload(str(draft_id), files(tmp_path, 1)[0], "image/png")
    await client.aclose()


async def test_invalid_nir_and_unknown_author_land_on_their_fields(omnidoc_ctx: Any) -> None:
    omnidoc_ctx.settings.omnidoc.author_rpps = "10000000000"
    request_id = service.create_request(omnidoc_ctx, FORM, [])
    with pytest.raises(service.FormInvalid) as info:
        await service.send(omnidoc_ctx, request_id)
    assert info.value.fields == {"author_rpps": "RPPS auteur inexistant"}
    assert service.history(omnidoc_ctx)[0].state == service.FAILED


def test_local_validation_refuses_before_anything_is_sent(omnidoc_ctx: Any) -> None:
    bad = FORM.model_copy(update={"patient_nir": "11111111111111", "patient_phone": "066666666"})
    with pytest.raises(service.FormInvalid) as info:
        service.create_request(omnidoc_ctx, bad, [])
    assert set(info.value.fields) == {"patient_nir", "patient_phone"}
    assert service.history(omnidoc_ctx) == []


def test_bad_attachments_are_refused_by_name(omnidoc_ctx: Any, tmp_path: Path) -> None:
    exe = tmp_path / "virus.exe"
    exe.write_bytes(b"MZ")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(service.InputError, match="virus.exe"):
        service.describe_file(exe)
    with pytest.raises(service.InputError, match="empty.pdf: the file is empty"):
        service.describe_file(empty)


async def test_purge_removes_personal_data_and_keeps_the_record(omnidoc_ctx: Any, tmp_path: Path) -> None:
    request_id = service.create_request(omnidoc_ctx, FORM, files(tmp_path, 1))
    await service.send(omnidoc_ctx, request_id)
    assert service.purge_personal_data(omnidoc_ctx, older_than_days=0) == 1
    entry = service.history(omnidoc_ctx)[0]
    assert entry.purged and entry.patient == "" and entry.files == [""] and entry.draft_id
    with pytest.raises(service.InputError, match="purged"):
        service.reopen(omnidoc_ctx, request_id)


def test_prefill_url_is_recorded_but_never_stored_or_journaled(omnidoc_ctx: Any) -> None:
    url = service.prefill_url(omnidoc_ctx, FORM)
    assert "patient_first_name=Jeanne" in url
    assert service.history(omnidoc_ctx)[0].method == "url"
    assert all(url not in e.summary and "Jeanne" not in e.summary for e in omnidoc_ctx.journal.search(""))
