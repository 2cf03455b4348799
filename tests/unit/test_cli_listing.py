"""Listing commands say when they are cut (issue 17 item 6): ``--limit N`` / ``--all``, ``"total"`` and
``"truncated"`` in --json (the list's own key kept), "first N of M" at the end of the text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _journal(ctx: Any, n: int) -> None:
    for i in range(n):
        ctx.journal.record("vetelevage", "import", "ok", f"batch L-{i} imported", keys=[f"L-{i}"])


def test_journal_search_reports_the_total_and_says_when_it_is_cut(
    ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal(ctx, 5)
    base = ["--data-dir", str(data_dir), "--json", "journal", "search", "imported"]
    code, out, _ = run([*base, "--limit", "2"], capsys)
    data = json.loads(out)
    assert code == 0 and [e["summary"] for e in data["entries"]] == [
        "batch L-4 imported",
        "batch L-3 imported",
    ]
    assert data["total"] == 5 and data["truncated"] is True
    code, out, _ = run([*base, "--all"], capsys)
    data = json.loads(out)
    assert len(data["entries"]) == 5 and data["total"] == 5 and data["truncated"] is False
    code, out, _ = run(base, capsys)  # the default (100) holds them all
    assert json.loads(out)["truncated"] is False
    code, out, _ = run(["--data-dir", str(data_dir), "journal", "search", "imported", "--limit", "3"], capsys)
    lines = out.strip().splitlines()
    assert len(lines) == 4 and lines[-1] == "first 3 of 5 (--limit N or --all for more)"
    code, out, _ = run(["--data-dir", str(data_dir), "journal", "search", "L-2"], capsys)
    assert len(out.strip().splitlines()) == 1 and "first" not in out  # not cut: no line


def test_journal_search_total_follows_the_filters(
    any_ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On both engines (the command opens the same database as ``any_ctx``)."""
    _journal(any_ctx, 3)
    for i in range(4):
        any_ctx.journal.record("provet", "pull", "ok", f"consultations imported {i}")
    code, out, _ = run(
        ["--data-dir", str(data_dir), "--json", "journal", "search", "imported", "--integration", "provet",
         "--limit", "1"],
        capsys,
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["total"] == 4 and len(data["entries"]) == 1 and data["truncated"] is True


@pytest.mark.parametrize("bad", ["0", "-3", "many"])
def test_a_limit_is_a_positive_number(data_dir: Path, capsys: pytest.CaptureFixture[str], bad: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(data_dir), "journal", "search", "--limit", bad])
    assert info.value.code == 2 and "--limit" in capsys.readouterr().err


def test_limit_and_all_do_not_go_together(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--data-dir", str(data_dir), "attention", "--limit", "2", "--all"])
    assert info.value.code == 2 and "not allowed with" in capsys.readouterr().err


def test_attention_reports_the_total_and_says_when_it_is_cut(
    ctx: Any, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(4):
        ctx.attention.raise_item("provet", "webhook", f"event-{i}", "Provet refused it", action="retry")
    base = ["--data-dir", str(data_dir), "--json", "attention"]
    code, out, _ = run([*base, "--limit", "3"], capsys)
    data = json.loads(out)
    assert code == 0 and len(data["items"]) == 3 and data["total"] == 4 and data["truncated"] is True
    assert {"id", "integration", "ref", "reason", "state"} <= set(data["items"][0])  # the keys it had
    code, out, _ = run([*base, "--all"], capsys)
    assert json.loads(out)["total"] == 4 and len(json.loads(out)["items"]) == 4
    code, out, _ = run([*base, "--integration", "vetelevage"], capsys)
    assert json.loads(out) == {"items": [], "total": 0, "truncated": False}
    code, out, _ = run(["--data-dir", str(data_dir), "attention", "--limit", "1"], capsys)
    assert out.strip().splitlines()[-1] == "first 1 of 4 (--limit N or --all for more)"
    code, out, _ = run(["--data-dir", str(data_dir), "attention", "--integration", "omnidoc"], capsys)
    assert out.strip() == "Nothing waits for a person."
