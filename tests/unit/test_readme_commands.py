"""Every ``passerelle …`` line in README.md's code blocks runs as written: each one parses with
the real parser, the short ones run for real in a fresh data dir (in README's order, as a
newcomer would type them), and those that need an account also run against the embedded
sandboxes (``--demo``). README names no path outside the repository."""

from __future__ import annotations

import argparse
import getpass
import re
import shlex
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CODE_BLOCK = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
# What stands before ``passerelle`` on a README line: nothing, or the clone's runner.
RUNNERS = ([], ["python", "-m", "uv", "run"], ["uv", "run"])
# Commands that open the window or serve until interrupted: parse-checked only.
LONG_RUNNING = {(), ("sandbox",), ("serve",), ("provet", "webhooks", "serve")}
# In a fresh data dir, a command that reaches a remote API has no account yet: exit 3, with a
# sentence naming the setting to set. Every other README command succeeds there.
NEEDS_ACCOUNT = {("provet", "pull"), ("totvs-rh", "pull"), ("vetelevage", "import")}
NOT_CONFIGURED = 3
SETTING_KEYS = [
    f"{section}.{key}"
    for section, info in Settings.model_fields.items()
    for key in getattr(info.annotation, "model_fields", {})
]


def readme_commands() -> list[list[str]]:
    """The arguments of every ``passerelle`` invocation in README's code blocks, in order."""
    found: list[list[str]] = []
    for block in CODE_BLOCK.findall(README):
        for line in block.splitlines():
            for part in line.split("&&"):
                tokens = shlex.split(part, comments=True)
                if "passerelle" not in tokens:
                    continue
                at = tokens.index("passerelle")
                assert tokens[:at] in RUNNERS, f"README: how does {part.strip()!r} run?"
                found.append(tokens[at + 1 :])
    return found


COMMANDS = readme_commands()


def command_path(argv: list[str]) -> tuple[str, ...]:
    """The subcommand words of ``argv`` (``()`` for the window), read down the real parser's tree."""
    parser: argparse.ArgumentParser | None = build_parser()
    path: list[str] = []
    for token in argv:
        groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)] if parser else []
        if groups and token in groups[0].choices:
            path.append(token)
            parser = groups[0].choices[token]
    return tuple(path)


def _id(argv: list[str]) -> str:
    return " ".join(["passerelle", *argv])


def test_readme_shows_commands() -> None:
    assert len(COMMANDS) >= 12
    assert ["--self-check"] in COMMANDS and any(c[:1] == ["backup"] for c in COMMANDS)


@pytest.mark.parametrize("argv", COMMANDS, ids=_id)
def test_each_readme_command_parses(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        pytest.fail(f"{_id(argv)} does not parse (exit {exc.code}): {capsys.readouterr().err}")
    path = command_path(argv)
    assert path == () or hasattr(args, "func"), f"{_id(argv)} names a group, not a command"
    with pytest.raises(SystemExit) as help_exit:
        build_parser().parse_args([*path, "--help"])
    assert help_exit.value.code == 0


def _runnable(demo: bool) -> list[list[str]]:
    return [
        argv for argv in COMMANDS if command_path(argv) not in LONG_RUNNING and ("--demo" in argv) == demo
    ]


@pytest.mark.timeout(60)
def test_readme_commands_run_in_a_fresh_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """README's commands, typed in order in one folder with one new data dir."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "typed-secret")
    data_dir = tmp_path / "data"
    commands = _runnable(demo=False)
    assert len(commands) >= 8
    for argv in commands:
        code = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        needs_account = command_path(argv) in NEEDS_ACCOUNT
        expected = NOT_CONFIGURED if needs_account else 0
        assert code == expected, f"{_id(argv)}: exit {code}, expected {expected}\n{out}\n{err}"
        assert "Traceback" not in err
        if needs_account:
            assert any(key in err for key in SETTING_KEYS), f"{_id(argv)} names no setting: {err}"
    assert (tmp_path / "passerelle-backup.db").is_file() and (tmp_path / "support.zip").is_file()


def _with_demo(argv: list[str]) -> list[str]:
    return argv if "--demo" in argv else ["--demo", *argv]


@pytest.mark.e2e
@pytest.mark.timeout(60)
def test_readme_commands_run_against_the_sandboxes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """README's ``--demo`` lines as written, and every command that needs an account with
    ``--demo`` before it (README: 'any command against the embedded simulators')."""
    monkeypatch.chdir(tmp_path)
    commands = [*_runnable(demo=True)] + [
        _with_demo(a) for a in _runnable(demo=False) if command_path(a) in NEEDS_ACCOUNT
    ]
    assert {command_path(a) for a in commands} >= NEEDS_ACCOUNT
    for argv in commands:
        code = main(["--data-dir", str(tmp_path / "demo-data"), *argv])
        out, err = capsys.readouterr()
        assert code == 0, f"{_id(argv)}: exit {code}\n{out}\n{err}"
    assert (tmp_path / "otites.csv").is_file()


def test_readme_names_no_path_outside_the_repository() -> None:
    outside = re.findall(r"(?:\.\./|/work/|/home/|/tmp/)[^\s`)]*", README)
    assert not outside, f"README points outside the repository: {outside}"


def test_readme_links_exist() -> None:
    targets = re.findall(r"\]\(([^)#\s]+)\)", README)
    targets += re.findall(r"`((?:docs|tests|app|scripts|benchmarks|\.ci)/[^`\s]*)`", README)
    missing = sorted({t for t in targets if not t.startswith("http") and not (ROOT / t).exists()})
    assert not missing, f"README names files that are not in the repository: {missing}"
