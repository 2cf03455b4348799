"""``--self-check`` prints the real version of every component Passerelle runs on."""

from __future__ import annotations

import sys
import tomllib
import types
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from app import self_check

ROOT = Path(__file__).resolve().parents[2]


def _declared_dependencies() -> list[str]:
    """The runtime dependencies of pyproject.toml that apply on this platform."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(spec) for spec in project["dependencies"]]
    return [r.name for r in wanted if r.marker is None or r.marker.evaluate()]


def test_self_check_prints_every_dependency_with_its_installed_version(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert self_check.run() == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[-1] == "self-check ok"
    assert "?" not in out
    printed = {line.split()[0]: line.split()[1] for line in lines if len(line.split()) == 2}
    for dist in [*_declared_dependencies(), "shiboken6"]:
        assert dist in printed, f"--self-check does not print {dist}:\n{out}"
        assert printed[dist] == metadata.version(dist), dist
    from app.core.qt import QtCore

    assert f"Qt {QtCore.qVersion()}" in out


def test_a_component_without_metadata_reports_its_module_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen build that lacks one distribution's metadata still prints a real version."""

    def no_metadata(dist: str) -> str:
        raise metadata.PackageNotFoundError(dist)

    monkeypatch.setattr(self_check.metadata, "version", no_metadata)
    monkeypatch.setitem(sys.modules, "rapidfuzz", types.SimpleNamespace(__version__="9.8.7"))
    assert self_check.distribution_version("rapidfuzz") == "9.8.7"
    monkeypatch.setitem(sys.modules, "qasync", types.SimpleNamespace())
    assert self_check.distribution_version("qasync") == self_check.UNKNOWN
    monkeypatch.setitem(self_check.IMPORT_NAMES, "no-such-dist", "no_such_module_at_all")
    assert self_check.distribution_version("no-such-dist") == self_check.NOT_INSTALLED


def test_a_missing_required_component_fails_but_the_optional_driver_may_be_absent() -> None:
    found = [("httpx", "0.28.1"), ("psycopg", self_check.NOT_INSTALLED), ("qasync", self_check.NOT_INSTALLED)]
    assert self_check.missing(found) == ["qasync"]
