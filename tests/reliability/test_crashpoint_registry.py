"""The declared workflow steps and the ``crashpoints.step(...)`` calls in app/ agree, and ``#N``
kills at the N-th time a step is reached."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from app.core import crashpoints

APP = Path(__file__).resolve().parents[2] / "app"


def called_steps() -> dict[str, list[str]]:
    """step name → the files that call ``crashpoints.step("<name>")``."""
    found: dict[str, list[str]] = {}
    for path in APP.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = func.value if isinstance(func, ast.Attribute) else None
            if name != "step" or not (isinstance(owner, ast.Name) and owner.id == "crashpoints"):
                continue
            arg = node.args[0]
            assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (
                f"{path}: crashpoints.step() takes a literal name, so the suite can find it"
            )
            found.setdefault(arg.value, []).append(str(path.relative_to(APP)))
    return found


def test_every_called_step_is_declared_and_every_declared_step_is_called() -> None:
    called = called_steps()
    declared = crashpoints.all_steps()
    assert len(declared) == len(set(declared)), "a step belongs to one workflow"
    assert sorted(set(called) - set(declared)) == [], "declare these in crashpoints.WORKFLOWS"
    assert sorted(set(declared) - set(called)) == [], "declared but never reached by the app"
    for name in declared:
        assert name.startswith(crashpoints.workflow_of(name).split(".")[0] + ".")


def test_nth_occurrence_and_lists() -> None:
    code = (
        "from app.core.crashpoints import step\n"
        "for i in range(5):\n"
        "    step('other')\n"
        "    step('page')\n"
        "    print(i, flush=True)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env={"PASSERELLE_CRASH_AT": "nope, page#3", "PATH": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == crashpoints.EXIT_CODE
    assert proc.stdout.split() == ["0", "1"] and "crash point page" in proc.stderr
