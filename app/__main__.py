"""``python -m app`` and the ``passerelle`` console script.

``passerelle`` with no command opens the window: its few options are read here, without
importing ``app.cli`` or argparse (≈ 15 ms before the first paint). Anything else (a command,
help, an option this reader does not know for sure) goes to :func:`app.cli.main`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

_FLAGS = {
    "--demo": "demo",
    "--print-startup-time": "print_startup_time",
    "--verbose": "verbose",
    "-v": "verbose",
    "--json": "json",
}
_VALUES = {
    "--data-dir": "data_dir",
    "--lang": "lang",
    "--quit-after": "quit_after",
    "--screenshot": "screenshot",
}
_LANGS = ("fr", "pt_BR", "en")


def window_options(argv: list[str]) -> Any | None:
    """The window's options as ``app.cli`` would read them (same names and types), or None when
    ``argv`` holds anything else: then the whole parser reads it and says what is wrong."""
    found: dict[str, Any] = {
        "demo": False,
        "data_dir": None,
        "lang": None,
        "self_check": False,
        "json": False,
        "print_startup_time": False,
        "quit_after": None,
        "screenshot": None,
        "verbose": False,
        "command": None,
    }
    args = iter(argv)
    for arg in args:
        name, has_value, inline = arg.partition("=")
        if name in _FLAGS and not has_value:
            found[_FLAGS[name]] = True
            continue
        if name not in _VALUES or not name.startswith("--"):
            return None
        value = inline if has_value else next(args, None)
        if value is None or (not has_value and value.startswith("-")):
            return None
        key = _VALUES[name]
        if key == "lang":
            if value not in _LANGS:
                return None
            found[key] = value
        elif key == "quit_after":
            try:
                found[key] = float(value)
            except ValueError:
                return None
        else:
            found[key] = Path(value)
    return SimpleNamespace(**found)


def main() -> int:
    window = window_options(sys.argv[1:])
    if window is not None:
        from app.ui.app import run_gui

        return run_gui(window)
    from app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
