"""docs/DEVELOPING.md and docs/ARCHITECTURE.md describe the code as it is: every path, module and
function they name exists, and every core and ops module, every integration module, every
migration and every package of app/ is described."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
DEVELOPING = (ROOT / "docs" / "DEVELOPING.md").read_text(encoding="utf-8")
ARCHITECTURE = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
CODE = re.compile(r"`([^`\n]+)`")
PATH_ROOTS = ("app/", "tests/", "scripts/", "docs/", "benchmarks/", "resources/", ".ci/")
PLACEHOLDER = re.compile(r"[<>…*]|\.\.\.")
VETELEVAGE = "app.integrations.vetelevage"


def _section(text: str, title: str) -> str:
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _modules(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.py") if p.name != "__init__.py")


def _named_paths(text: str) -> list[str]:
    found = []
    for code in CODE.findall(text):
        for token in re.split(r"[\s:,()]+", code):
            if token.startswith(PATH_ROOTS) and not PLACEHOLDER.search(token):
                found.append(token.rstrip("."))
    return found


def _resolves(dotted: str) -> bool:
    """``app.x.y.name``: the longest importable prefix, then attributes for the rest."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        module_name = ".".join(parts[:cut])
        try:
            found = importlib.util.find_spec(module_name) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            continue
        obj: object = importlib.import_module(module_name)
        for attribute in parts[cut:]:
            if not hasattr(obj, attribute):
                return False
            obj = getattr(obj, attribute)
        return True
    return False


@pytest.mark.parametrize("name, text", [("DEVELOPING", DEVELOPING), ("ARCHITECTURE", ARCHITECTURE)])
def test_every_path_named_exists(name: str, text: str) -> None:
    paths = _named_paths(text)
    assert len(paths) > 10
    missing = sorted({p for p in paths if not (ROOT / p).exists()})
    assert not missing, f"docs/{name}.md names paths that do not exist: {missing}"


@pytest.mark.parametrize("name, text", [("DEVELOPING", DEVELOPING), ("ARCHITECTURE", ARCHITECTURE)])
def test_every_dotted_name_resolves(name: str, text: str) -> None:
    dotted = {
        token.split("(")[0]
        for code in CODE.findall(text)
        for token in re.findall(r"\bapp(?:\.\w+)+(?:\(\))?", code)
    }
    dotted = {d for d in dotted if not d.endswith((".py", ".md"))}  # file names, not modules
    assert dotted or name == "ARCHITECTURE"
    missing = sorted(d for d in dotted if not _resolves(d))
    assert not missing, f"docs/{name}.md names modules or functions that do not exist: {missing}"


def test_the_visit_path_names_real_functions() -> None:
    """``importing.store_batch`` and the like, in the Vétélevage walk-through."""
    text = _section(ARCHITECTURE, "One visit")
    workflow_modules = {p.removesuffix(".py") for p in _modules(APP / "integrations" / "vetelevage")}
    named = {
        m.group(0)
        for code in CODE.findall(text)
        for m in re.finditer(r"\b(\w+)\.(\w+)\b", code)
        if m.group(1) in workflow_modules and m.group(2) != "py"
    }
    assert len(named) >= 10
    missing = sorted(n for n in named if not _resolves(f"{VETELEVAGE}.{n}"))
    assert not missing, f"docs/ARCHITECTURE.md names functions that do not exist: {missing}"
    tables = set(re.findall(r"`(vet_\w+)`", text))
    from app.integrations.vetelevage import tables as vet_tables

    declared = {t.name for t in vet_tables.metadata.tables.values()}
    assert tables and not tables - declared, f"unknown tables: {sorted(tables - declared)}"


@pytest.mark.parametrize(
    "folder, title", [("core", "Core pieces"), ("ops", "Operations")], ids=["core", "ops"]
)
def test_every_core_and_ops_module_is_listed(folder: str, title: str) -> None:
    text = _section(DEVELOPING, title)
    missing = [m for m in _modules(APP / folder) if f"`{m}`" not in text]
    assert not missing, f"docs/DEVELOPING.md ({title}) does not list app/{folder}/{missing}"


def test_every_integration_module_is_listed() -> None:
    text = _section(DEVELOPING, "An integration")
    missing = [
        f"{package.name}/{module}"
        for package in sorted((APP / "integrations").iterdir())
        if (package / "__init__.py").exists()
        for module in _modules(package)
        if f"`{module}`" not in text and f"`{module.removesuffix('.py')}" not in text
    ]
    assert not missing, f"docs/DEVELOPING.md (An integration) does not list {missing}"


def test_every_migration_is_listed() -> None:
    text = _section(DEVELOPING, "Migrations")
    revisions = sorted(
        p.name
        for p in [*APP.glob("migrations/versions/*.py"), *APP.glob("integrations/*/migrations/*.py")]
        if p.name != "__init__.py"
    )
    assert len(revisions) >= 5
    missing = [r for r in revisions if r not in text]
    assert not missing, f"docs/DEVELOPING.md (Migrations) does not list {missing}"


def test_every_package_of_app_has_a_paragraph_in_architecture() -> None:
    text = _section(ARCHITECTURE, "The rooms")
    packages = sorted(
        str(p.parent.relative_to(ROOT)) + "/"
        for p in [*APP.glob("*/__init__.py"), *APP.glob("integrations/*/__init__.py")]
        if p.parent.name != "integrations"
    )
    missing = [p for p in packages if f"**`{p}`**" not in text]
    assert not missing, f"docs/ARCHITECTURE.md (The rooms) has no paragraph for {missing}"
