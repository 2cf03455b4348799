"""``passerelle totvs-saude prescriptions create --form`` refuses a form with every problem at once
(issue 19 item 2): the dialog's sentences with the fields' labels, exit 2, nothing sent; with
--json one error object listing each of them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.core.sandbox import SandboxServer
from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER, SaudeSandbox, rh_sandbox, saude_sandbox
from tests.e2e.test_totvs_cli import _env

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(120)]

BAD = {
    "subscriberId": DEMO_SUBSCRIBER,
    "professionalCouncil": "CRM",
    "stateAbbreviation": "XX",
    "professionalName": "",
    "prescriptionDate": "2026-02-31",
    "professionalCouncilNumber": "CRM 33.445",
    "medications": [{"tableCode": "04", "medicationCode": "0490778899"}, {"tableCode": "04"}],
    "attachments": [{"href": "https://example.com/minha receita.pdf"}],
}
EXPECTED = [
    ("professionalCouncilNumber", "Council number: Digits only"),
    ("stateAbbreviation", "Council state (UF): XX is not a Brazilian state"),
    ("professionalName", "Professional name: Required."),
    ("prescriptionDate", "Prescription date: 2026-02-31 does not exist: that month has 28 days."),
    ("medications[2].medicationCode", "Medication 2: medication code: Required."),
    ("attachments[1].href", "Attachment 1: link: The link contains a space"),
]


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer({"totvs_saude": saude_sandbox(0), "totvs_rh": rh_sandbox(0)}) as s:
        yield s


def _run(server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    for key, value in _env(server).items():
        monkeypatch.setenv(key, value)
    form = tmp_path / "form.json"
    form.write_text(json.dumps(BAD), encoding="utf-8")
    code = main(
        [
            "--data-dir",
            str(tmp_path / "data"),
            *extra,
            "totvs-saude",
            "prescriptions",
            "create",
            "--form",
            str(form),
        ]
    )
    return code


def test_every_problem_of_the_form_at_once(
    server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sim: SaudeSandbox = server.specs["totvs_saude"].extra["sim"]
    code = _run(server, tmp_path, monkeypatch)
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and sim.posts == 0
    lines = [line.removeprefix("- ") for line in err.strip().splitlines()[1:]]
    assert len(lines) == len(EXPECTED)
    for line, (_path, start) in zip(lines, EXPECTED, strict=True):
        assert line.startswith(start), line
    assert "professionalCouncilNumber" not in err and "medications[" not in err


def test_json_gives_one_error_object_with_each_problem(
    server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(server, tmp_path, monkeypatch, "--json")
    out, _err = capsys.readouterr()
    assert code == 2
    error = json.loads(out)["error"]
    assert error["code"] == "form_invalid" and error["field"] == "professionalCouncilNumber"
    assert [e["field"] for e in error["errors"]] == [path for path, _s in EXPECTED]
    assert error["errors"][4] == {
        "field": "medications[2].medicationCode",
        "label": "Medication 2: medication code",
        "message": "Required.",
    }


def test_a_file_whose_values_cannot_be_read_names_each(
    server: SandboxServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for key, value in _env(server).items():
        monkeypatch.setenv(key, value)
    form = tmp_path / "form.json"
    form.write_text(json.dumps({**BAD, "medications": "0490778899", "attachments": [3]}), encoding="utf-8")
    code = main(
        [
            "--data-dir",
            str(tmp_path / "data"),
            "--json",
            "totvs-saude",
            "prescriptions",
            "create",
            "--form",
            str(form),
        ]
    )
    error = json.loads(capsys.readouterr().out)["error"]
    assert code == 2
    assert {e["field"] for e in error["errors"]} == {"medications", "attachments[1]"}
    assert error["errors"][0]["label"] == "Medications"
