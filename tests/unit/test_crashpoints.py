from __future__ import annotations

import subprocess
import sys

from app.core.crashpoints import EXIT_CODE, step


def test_step_is_a_no_op_without_the_variable() -> None:
    step("anything")


def test_named_step_kills_the_process() -> None:
    code = "from app.core.crashpoints import step\nstep('a')\nstep('b')\nprint('survived')"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env={"PASSERELLE_CRASH_AT": "b", "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_CODE and "survived" not in proc.stdout and "crash point b" in proc.stderr
