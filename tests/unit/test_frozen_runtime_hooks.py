"""build.spec leaves out PyInstaller's multiprocessing run-time hook (it imports multiprocessing,
socket, pickle and subprocess before the app's first line, ~6 ms of every frozen start): that
stays right only while Passerelle starts no multiprocessing child and never calls freeze_support,
which this test checks in the source."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


def dropped_hooks() -> set[str]:
    match = re.search(r"^UNUSED_RUNTIME_HOOKS = (\{.*\})$", SPEC, re.MULTILINE)
    assert match, "build.spec names the run-time hooks it leaves out in UNUSED_RUNTIME_HOOKS"
    hooks: set[str] = ast.literal_eval(match.group(1))
    return hooks


def test_the_spec_filters_the_hooks_out_of_the_scripts() -> None:
    assert "pyi_rth_multiprocessing" in dropped_hooks()
    assert "a.scripts = [entry for entry in a.scripts if entry[0] not in UNUSED_RUNTIME_HOOKS]" in SPEC
    # The hooks the app needs stay: pkgutil.iter_modules over the bundle's archive, PySide6's paths.
    assert not {"pyi_rth_pkgutil", "pyi_rth_pyside6", "pyi_rth_inspect"} & dropped_hooks()


def test_no_app_module_uses_multiprocessing() -> None:
    users = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Attribute) and node.attr in ("freeze_support", "ProcessPoolExecutor"):
                names = [node.attr]
            if any(
                n.split(".")[0] == "multiprocessing" or n.endswith(("ProcessPoolExecutor", "freeze_support"))
                for n in names
            ):
                users.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert users == [], (
        "these use multiprocessing: a frozen child process needs PyInstaller's multiprocessing "
        f"run-time hook back (build.spec UNUSED_RUNTIME_HOOKS) and freeze_support() in packaging/entry.py: {users}"
    )
