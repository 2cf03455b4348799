"""Shared by the tests that run ``passerelle`` in French and Portuguese: the machine's language kept
out, the CLI's language put back, and a run's exit code with what it printed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import cli_language
from app.cli import main

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's language never leaks in, nor a test's into the next (autouse where imported)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    yield
    cli_language.set_language("en")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``passerelle argv``: its exit code (argparse's exit included), stdout and stderr."""
    try:
        code = main(argv)
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
