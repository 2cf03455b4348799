"""Issue 14 items 1 and 10 (Omnidoc): what leaves for Omnidoc is the normalised value, and the
sandbox, written from the seed, refuses anything else — in the API body and in the prefill URL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.cli import main
from app.core.http import ValidationFailed
from app.core.sandbox import SandboxServer
from app.integrations.omnidoc import service
from app.integrations.omnidoc.models import OmnidocForm
from app.integrations.omnidoc.sandbox import API_TOKEN, OmnidocSandbox

pytestmark = pytest.mark.e2e

# As a receptionist types it: grouped digits, +33, a French date, lower-case Corsica, blanks.
TYPED = OmnidocForm(
    patient_first_name=" Jeanne ",
    patient_last_name="Dupuis",
    patient_gender="f",
    patient_birth_date="02/04/1961",
    patient_birth_place="2a004",
    patient_birth_order=" 1 ",
    patient_nir="1 90 09 59 165 112 87",
    patient_nir_cert="2.61.04.75.108.001-51",
    patient_regime="0 1",
    patient_centre="0000 ",
    patient_caisse="75-1",
    patient_gestion="1 0",
    patient_phone="+33 6 12 34 56 78",
    patient_email=" jeanne.dupuis@example.fr",
    recipient_rpps="100 0217 0750",
    text="Lésion pigmentée du dos",
)
SENT_PATIENT = {
    "first_name": "Jeanne",
    "last_name": "Dupuis",
    "gender": "F",
    "birth_date": "1961-04-02",
    "birth_place": "2A004",
    "birth_order": 1,
    "nir": "190095916511287",
    "nir_cert": "261047510800151",
    "regime": "01",
    "centre": "0000",
    "caisse": "751",
    "gestion": "10",
    "phone": "0612345678",
    "email": "jeanne.dupuis@example.fr",
}


async def test_the_api_body_carries_the_normalised_values(
    omnidoc_ctx: Any, omnidoc_sim: OmnidocSandbox
) -> None:
    request_id = service.create_request(omnidoc_ctx, TYPED, [])
    result = await service.send(omnidoc_ctx, request_id)
    body = omnidoc_sim.drafts[result.draft_id].body
    assert body["patient"] == SENT_PATIENT
    assert body["recipient_rpps"] == "10002170750" and body["author_rpps"] == "10001234567"
    assert service.history(omnidoc_ctx)[0].recipient_rpps == "10002170750"


def test_the_prefill_url_carries_the_normalised_values(
    omnidoc_ctx: Any, omnidoc_sim: OmnidocSandbox, omnidoc_server: SandboxServer
) -> None:
    url = service.prefill_url(omnidoc_ctx, TYPED)
    base = omnidoc_server.base_url("omnidoc").rstrip("/")
    assert url.startswith(f"{base}/interop/drafts/new#")
    answer = httpx.post(f"{base}/_control/prefill", json={"url": url})
    assert answer.status_code == 200, answer.text
    sent = {f"patient_{k}": str(v) for k, v in SENT_PATIENT.items()}
    assert answer.json()["fields"] == {
        **sent,
        "recipient_rpps": "10002170750",
        "text": "Lésion pigmentée du dos",
    }
    assert omnidoc_sim.prefills == [answer.json()["fields"]]
    assert httpx.get(url.partition("#")[0]).status_code == 200  # the page the browser opens


async def test_the_sandbox_refuses_values_that_are_not_normalised(omnidoc_ctx: Any) -> None:
    """The sandbox is an oracle: what the seed does not document is refused, field by field."""
    client = service.make_client(omnidoc_ctx)
    raw = {
        "patient": {
            "nir": "1 90 09 59 165 112 87",
            "nir_cert": "261047510800152",  # wrong key
            "phone": "+33 6 12 34 56 78",
            "birth_date": "19610402",
            "birth_order": "1",
            "regime": "1",
            "gender": "f",
        },
        "author_rpps": "10001234567",
        "recipient_rpps": "8 10002170750",
    }
    try:
        with pytest.raises(ValidationFailed) as refused:
            await client.create_draft(raw, idempotency_key="raw")
    finally:
        await client.aclose()
    fields = {d.partition(":")[0] for d in refused.value.details}
    assert fields == {f"patient.{k}" for k in raw["patient"]} | {"recipient_rpps"}


def test_the_sandbox_reads_the_prefill_url_as_the_seed_defines_it(omnidoc_server: SandboxServer) -> None:
    base = omnidoc_server.base_url("omnidoc").rstrip("/")
    page = f"{base}/interop/drafts/new#"

    def refused(fragment: str) -> set[str]:
        answer = httpx.post(f"{base}/_control/prefill", json={"url": page + fragment})
        return set(answer.json().get("errors", {})) if answer.status_code == 422 else set()

    assert refused("patient_phone=%2B33%206%2012%2034%2056%2078") == {"patient_phone"}
    assert refused("patient_nir=1%2090%2009%2059%20165%20112%2087") == {"patient_nir"}
    assert refused("patient_birth_date=1961-W14-7") == {"patient_birth_date"}
    assert refused("patient_birth_date=02%2F04%2F1961") == {"patient_birth_date"}
    assert refused("text=deux mots") == {"text"}  # a raw space: not percent-encoded
    assert refused("patient_nope=1") == {"patient_nope"}
    assert refused("patient_gender=F&patient_gender=M") == {"patient_gender"}
    assert refused("patient_gender=F&text=L%C3%A9sion%20%26%20%3D") == set()


def test_cli_url_with_a_date_that_cannot_be_normalised_exits_2_naming_the_field(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    form = tmp_path / "form.json"
    form.write_text(json.dumps({"patient_last_name": "Dupuis", "patient_birth_date": "19610402"}), "utf-8")
    code = main(["--data-dir", str(data_dir), "omnidoc", "url", "--form", str(form)])
    _, err = capsys.readouterr()
    assert code == 2 and "patient_birth_date" in err and "DD/MM/YYYY" in err and "Traceback" not in err
    code = main(["--data-dir", str(data_dir), "--json", "omnidoc", "url", "--form", str(form)])
    out, err = capsys.readouterr()
    assert code == 2 and "patient_birth_date" in out + err


def test_cli_draft_keeps_the_form_files_author_and_context(
    omnidoc_server: SandboxServer,
    omnidoc_sim: OmnidocSandbox,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PASSERELLE_OMNIDOC__BASE_URL", omnidoc_server.base_url("omnidoc"))
    monkeypatch.setenv("PASSERELLE_OMNIDOC__API_TOKEN", API_TOKEN)
    monkeypatch.setenv("PASSERELLE_OMNIDOC__AUTHOR_RPPS", "10001234567")
    form = tmp_path / "form.json"
    body = {
        "patient": {"last_name": "Dupuis", "birth_date": "02/04/1961", "phone": "+33 6 12 34 56 78"},
        "author_rpps": "100 0987 6543",
        "context": {"id": "1234", "dossier": {"n": 7}},
    }
    form.write_text(json.dumps(body), encoding="utf-8")
    code = main(["--data-dir", str(data_dir), "--json", "omnidoc", "draft", "--form", str(form)])
    out, err = capsys.readouterr()
    assert code == 0, err
    [draft] = omnidoc_sim.drafts.values()
    assert draft.body["author_rpps"] == "10009876543"  # the form's, not the settings'
    assert draft.body["context"] == {
        "id": "1234",
        "dossier": {"n": 7},
        "passerelle_request": json.loads(out)["request_id"],
    }
    assert draft.body["patient"] == {"last_name": "Dupuis", "birth_date": "1961-04-02", "phone": "0612345678"}
