"""Building the ``passerelle`` parser imports no service: each command's handler is imported when
it runs (``app.integrations.<name>.commands`` declares the options, ``cli`` holds the handlers)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from app.cli import build_parser

HEAVY = ("sqlalchemy", "alembic", "pydantic", "pydantic_settings", "rapidfuzz", "httpx", "PySide6")

PROBE = """
import json, sys
from app.cli import main
sys.argv = ["passerelle", *{argv!r}]
try:
    main()
except SystemExit:
    pass
heavy = [m for m in sys.modules if m.split(".")[0] in {heavy!r}]
services = [m for m in sys.modules if m.startswith("app.integrations.")
            and m.rsplit(".", 1)[-1] in ("service", "service_rh", "service_saude", "cli", "importing")]
print(json.dumps({{"heavy": sorted(heavy), "services": sorted(services)}}))
"""


def _loaded(*argv: str) -> dict[str, list[str]]:
    code = PROBE.format(argv=list(argv), heavy=HEAVY)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    loaded: dict[str, list[str]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return loaded


def test_help_imports_no_service_nor_heavy_library() -> None:
    assert _loaded("--help") == {"heavy": [], "services": []}


def test_a_subcommands_help_imports_no_service_either() -> None:
    assert _loaded("vetelevage", "map", "--help") == {"heavy": [], "services": []}


def _handlers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, object]]:
    func = parser.get_default("func")
    if func is not None:
        yield " ".join(path), func
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _handlers(child, (*path, name))


def test_every_lazy_handler_resolves_to_a_function() -> None:
    found = dict(_handlers(build_parser()))
    assert "vetelevage import" in found and "provet pull" in found and "totvs-rh pull" in found
    for command, func in found.items():
        resolve = getattr(func, "resolve", None)
        target = resolve() if resolve is not None else func
        assert callable(target) and not hasattr(target, "resolve"), command
    assert repr(found["omnidoc draft"]) == "lazy('app.integrations.omnidoc.cli:draft')"


def test_the_window_is_started_from_its_options_alone() -> None:
    from app.cli import _window_args

    args = _window_args(["--demo", "--data-dir", "/tmp/x", "-v", "--lang", "fr"])
    assert args is not None and args.demo and str(args.data_dir) == "/tmp/x" and args.lang == "fr"
    assert _window_args([]) is not None
    # A command, a help request or a wrong option: the whole parser reads them.
    for argv in (["vetelevage", "import"], ["-h"], ["-vh"], ["--he"], ["--lang", "xx"], ["--nope"]):
        assert _window_args(argv) is None, argv


def test_the_windows_start_builds_no_command_parser() -> None:
    code = (
        "import sys\n"
        "import app.ui.app as ui\n"
        "ui.run_gui = lambda args: print(args.command, args.demo) or 0\n"
        "from app.cli import main\n"
        "main(['--demo'])\n"
        "print(sorted(m for m in sys.modules if m.endswith('.commands') or m == 'app.ops.cli'))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split("\n")[:2] == ["None True", "[]"]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--data-dir", "/tmp/x", "--lang", "pt_BR", "-v"],
        ["--data-dir=/tmp/y", "--lang=fr", "--print-startup-time", "--quit-after", "1.5"],
        ["--screenshot", "/tmp/shots", "--verbose", "--quit-after=0"],
    ],
)
def test_the_entrys_window_options_are_the_parsers(argv: list[str]) -> None:
    """``python -m app`` reads the window's options without app.cli: exactly as the parser would."""
    from app.__main__ import window_options
    from app.cli import _window_args

    parsed = _window_args(argv)
    assert parsed is not None
    parsed.json, parsed.command = False, None
    assert vars(window_options(argv)) == vars(parsed)


@pytest.mark.parametrize(
    "argv",
    [
        ["vetelevage", "import"],
        ["-h"],
        ["--help"],
        ["--version"],
        ["--self-check"],
        ["--lang", "xx"],
        ["--lang"],
        ["--data"],  # an abbreviation: the parser knows what it means
        ["--quit-after", "soon"],
        ["--data-dir", "--demo"],
    ],
)
def test_the_entry_leaves_anything_else_to_the_parser(argv: list[str]) -> None:
    from app.__main__ import window_options

    assert window_options(argv) is None
