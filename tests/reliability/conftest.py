"""The soak variants of this folder run only when asked for: ``pytest -m soak tests/reliability``."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "soak" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="soak variant: run with -m soak")
    for item in items:
        if item.get_closest_marker("soak") is not None and HERE in Path(str(item.path)).parents:
            item.add_marker(skip)
