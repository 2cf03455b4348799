"""Entry point of both frozen executables: the same ``passerelle`` command.

``PasserelleGUI.exe`` (no console) opens the window, or runs ``serve`` silently at logon;
``passerelle.exe`` (console) is for the headless commands and IT scripts.
"""

import os
import sys


def _give_windowless_runs_somewhere_to_write() -> None:
    # A console=False executable starts with sys.stdout/sys.stderr set to None on Windows:
    # any warning or error sentence would then raise instead of being shown or logged.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_windowless_runs_somewhere_to_write()
    from app.__main__ import main  # the window's options without app.cli, else app.cli.main

    sys.exit(main())
