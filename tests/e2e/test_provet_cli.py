"""``passerelle provet pull`` and ``provet webhooks list`` against the sandbox."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.integrations.provet import inbox
from app.integrations.provet.sandbox import ProvetSandbox
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)

pytestmark = pytest.mark.e2e


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_pull_with_filters_json_and_csv(
    provet_ctx: Any,
    provet_sim: ProvetSandbox,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(
        ["--data-dir", str(data_dir), "--json", "provet", "pull", "invoice", "--filter", "status__in=3,99", "--filter", "total__gte=50"],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    ids = [o["id"] for o in json.loads(out)["results"]]
    assert ids == sorted(
        i for i, o in provet_sim.objects["invoice"].items() if o["status"] in (3, 99) and o["total"] >= 50
    )
    target = tmp_path / "consultations.csv"
    code, out, err = run(
        ["--data-dir", str(data_dir), "provet", "pull", "consultation", "--filter", "department__is=1",
         "--filter", "status__is=1", "--or", "--out", str(target)],
        capsys,
    )  # fmt: skip
    assert code == 0, err
    with target.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    expected = sorted(
        i for i, o in provet_sim.objects["consultation"].items() if o["department"] == 1 or o["status"] == 1
    )
    assert [int(r["id"]) for r in rows] == expected and f"{len(expected)} consultation" in out
    assert rows[0]["client"].isdigit()  # relations as ids


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["consultation", "--filter", "colour__is=red"], "'colour' is not a field of consultation"),
        (["consultation", "--filter", "admitted_time__gte=2017-12-01"], "time zone"),
        (["kittens"], "Unknown Provet Cloud endpoint"),
        (["patient", "--expose", "species"], "cannot be exposed"),
    ],
)
def test_bad_input_exits_2_with_a_sentence(
    provet_ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    code, _out, err = run(["--data-dir", str(data_dir), "provet", "pull", *args], capsys)
    assert code == 2 and words in err


def test_not_configured_exits_3(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(["--data-dir", str(data_dir), "provet", "pull", "consultation"], capsys)
    assert code == 3 and "provet.base_url" in err


def test_webhooks_list_json(provet_ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox.record_delivery(provet_ctx, {"consultation_id": "5"}, "form")
    code, out, _ = run(
        ["--data-dir", str(data_dir), "--json", "provet", "webhooks", "list", "--pending"], capsys
    )
    assert code == 0
    events = json.loads(out)["events"]
    assert [(e["trigger"], e["object_id"], e["state"]) for e in events] == [
        ("consultation_id", 5, "received")
    ]


def test_webhooks_list_shows_deliveries_without_object(
    provet_ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox.record_delivery(provet_ctx, {}, "form")  # an event the seed lists without parameter
    inbox.record_delivery(provet_ctx, {"accountingreport_id": "4"}, "form")
    code, out, _ = run(["--data-dir", str(data_dir), "provet", "webhooks", "list"], capsys)
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert "accountingreport_id=4\tDone\tReceived; Passerelle has nothing to fetch for it." in lines[0]
    assert "(no parameter)\tDone" in lines[1] and "None" not in out


def test_webhooks_list_in_french_says_states_in_words_and_json_keeps_codes(
    provet_ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15 item 9: the text listing in words, --json with the codes."""
    inbox.record_delivery(provet_ctx, {}, "form")
    inbox.record_delivery(provet_ctx, {"consultation_id": "5"}, "form")
    code, out, _ = run(["--data-dir", str(data_dir), "--lang", "fr", "provet", "webhooks", "list"], capsys)
    lines = out.strip().splitlines()
    assert code == 0 and "consultation_id=5\tEn attente" in lines[0], out
    assert "(aucun paramètre)\tTraité\tReçue" in lines[1], out
    assert "received" not in out and "\tdone" not in out
    code, out, _ = run(
        ["--data-dir", str(data_dir), "--lang", "fr", "--json", "provet", "webhooks", "list"], capsys
    )
    assert code == 0 and [e["state"] for e in json.loads(out)["events"]] == ["received", "done"]


def test_a_bad_filter_is_refused_in_french(
    provet_ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(data_dir), "--lang", "fr", "provet", "pull", "consultation"]
    code, _out, err = run([*argv, "--filter", "colour__is=red"], capsys)
    assert code == 2 and "«\u00a0colour\u00a0» n’est pas un champ filtrable de consultation" in err, err
    code, _out, err = run([*argv, "--filter", "status__resembles=1"], capsys)
    assert code == 2 and "n’est pas une méthode de filtre" in err and "is not a filter method" not in err


def test_serve_refuses_a_short_webhook_token_with_a_sentence(
    provet_ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    provet_ctx.secrets.set("provet", "webhook_token", "tooshort")
    code, _out, err = run(["--data-dir", str(data_dir), "provet", "webhooks", "serve", "--port", "0"], capsys)
    assert code == 2 and "at least 24 characters" in err and "Traceback" not in err
