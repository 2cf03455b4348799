"""docs/cli.md documents every command, option and setting the real parser registers, and names
no command it does not have: a new command cannot ship undocumented."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.cli import build_parser
from app.core.settings import Settings

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
HEADING = re.compile(r"^### `passerelle ([^`]+)`", re.MULTILINE)
WORD = re.compile(r"[a-z][a-z0-9-]*$")


@dataclass
class Command:
    """One leaf of the argparse tree: its words, option strings, positionals and choices."""

    path: tuple[str, ...]
    options: list[str] = field(default_factory=list)
    positionals: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)


def _describe(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> tuple[Command, list[Command]]:
    here = Command(path)
    leaves: list[Command] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                leaf, below = _describe(child, (*path, name))
                leaves.extend(below or [leaf])
            continue
        if action.option_strings:
            here.options.extend(action.option_strings)
        else:
            metavar = action.metavar if isinstance(action.metavar, str) else None
            here.positionals.append(metavar or action.dest.upper())
        if action.choices:
            here.choices.extend(str(c) for c in action.choices)
    return here, leaves


ROOT, LEAVES = _describe(build_parser(), ())
TEXT = DOC.read_text(encoding="utf-8")


def _command_words(heading: str) -> tuple[str, ...]:
    words: list[str] = []
    for token in heading.split():
        if not WORD.match(token):
            break
        words.append(token)
    return tuple(words)


def _sections() -> dict[tuple[str, ...], str]:
    """The text under each ``### `passerelle …``` heading, up to the next heading."""
    found: dict[tuple[str, ...], str] = {}
    matches = list(HEADING.finditer(TEXT))
    for match, after in zip(matches, [*matches[1:], None], strict=True):
        end = after.start() if after is not None else TEXT.find("\n## ", match.end())
        words = _command_words(match.group(1))
        assert words not in found, f"docs/cli.md documents `passerelle {' '.join(words)}` twice"
        found[words] = TEXT[match.start() : end if end != -1 else len(TEXT)]
    return found


def _section(title: str) -> str:
    start = TEXT.index(f"\n## {title}\n")
    end = TEXT.find("\n## ", start + 1)
    return TEXT[start : end if end != -1 else len(TEXT)]


def _mentions(text: str, token: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(token)}(?![\w-])", text) is not None


def test_the_parser_has_commands_to_document() -> None:
    paths = {leaf.path for leaf in LEAVES}
    assert ("vetelevage", "import") in paths and ("backup",) in paths and len(paths) > 20


@pytest.mark.parametrize("command", LEAVES, ids=lambda c: " ".join(c.path))
def test_every_command_and_option_is_documented(command: Command) -> None:
    sections = _sections()
    name = "passerelle " + " ".join(command.path)
    assert command.path in sections, f"docs/cli.md has no section '### `{name} …`'"
    text = sections[command.path]
    missing = [o for o in command.options if not _mentions(text, o)]
    missing += [p for p in command.positionals if p not in text]
    missing += [c for c in command.choices if not _mentions(text, c)]
    assert not missing, f"{name}: not documented in docs/cli.md: {missing}"


def test_every_global_option_is_documented() -> None:
    text = _section("Global options")
    missing = [o for o in ROOT.options if not _mentions(text, o)]
    missing += [c for c in ROOT.choices if not _mentions(text, c)]
    assert not missing, f"global options not documented in docs/cli.md: {missing}"


def test_every_documented_command_exists() -> None:
    registered = {leaf.path for leaf in LEAVES}
    unknown = [" ".join(words) for words in _sections() if words not in registered]
    assert not unknown, (
        f"docs/cli.md documents commands the parser does not register: {unknown} "
        "(list planned ones under 'Not on the command line yet')"
    )


def test_every_setting_is_documented() -> None:
    text = _section("Settings and secrets")
    missing: list[str] = []
    for section, info in Settings.model_fields.items():
        row = re.search(rf"^\| `{section}` \|(.*)$", text, re.MULTILINE)
        if row is None:
            missing.append(section)
            continue
        assert info.annotation is not None
        missing += [
            f"{section}.{key}" for key in info.annotation.model_fields if f"`{key}`" not in row.group(1)
        ]
    assert not missing, f"settings not documented in docs/cli.md: {missing}"


def test_the_checker_sees_a_missing_option() -> None:
    """The checks can fail: an option absent from a section is reported."""
    text = _sections()[("vetelevage", "export")]
    assert _mentions(text, "--excel-fr") and not _mentions(text.replace("--excel-fr", ""), "--excel-fr")
    assert not _mentions("--all-ready", "--all")
