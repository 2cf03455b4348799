"""The integration registry: listing is cheap, every declared hook resolves, ``lazy`` loads once."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

from app.integrations import available
from app.integrations.base import Integration, lazy

HOOKS = ("sandbox", "register_cli", "test_connection", "status", "schedules", "background")


def test_listing_the_integrations_imports_none_of_their_heavy_parts() -> None:
    code = (
        "import sys\n"
        "from app.integrations import available\n"
        "names = [i.name for i in available()]\n"
        "heavy = ('httpx', 'sqlalchemy', 'starlette', 'uvicorn', 'pydantic', 'PySide6', 'authlib')\n"
        "print(','.join(names))\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout.splitlines()
    assert out[0].split(",") == ["vetelevage", "provet", "omnidoc", "totvs_saude", "totvs_rh"]
    assert out[1] == ""


@pytest.mark.parametrize("integration", available(), ids=lambda i: i.name)
def test_every_declared_hook_resolves_to_a_function(integration: Integration) -> None:
    declared = [name for name in HOOKS if getattr(integration, name) is not None]
    assert "status" in declared and "sandbox" in declared
    for name in declared:
        hook = getattr(integration, name)
        resolve = getattr(hook, "resolve", None)
        target = resolve() if resolve is not None else hook
        assert callable(target), f"{integration.name}.{name}"
        assert not hasattr(target, "resolve"), f"{integration.name}.{name} points at another lazy hook"


def test_lazy_imports_on_first_call_and_keeps_the_function() -> None:
    name = "tests_lazy_target_module"
    module = types.ModuleType(name)
    calls: list[int] = []

    def double(x: int) -> int:
        calls.append(x)
        return 2 * x

    module.__dict__["double"] = double
    hook = lazy(f"{name}:double")
    assert name not in sys.modules  # nothing imported before the first call
    sys.modules[name] = module
    try:
        assert hook(21) == 42
        del sys.modules[name]  # the function is kept: no second import
        assert hook(1) == 2
    finally:
        sys.modules.pop(name, None)
    assert calls == [21, 1]


def test_a_lazy_target_that_is_not_module_colon_function_is_refused() -> None:
    with pytest.raises(ValueError, match="package.module:function"):
        lazy("app.integrations.vetelevage.service.status")
    hook = lazy("app.integrations.base:__doc__")
    with pytest.raises(TypeError, match="not a function"):
        hook()
