"""Integration registry.

Each integration package ``app.integrations.<name>`` exposes ``INTEGRATION`` (an
:class:`app.integrations.base.Integration`). An integration whose package is not there yet
simply has no tab, no sandbox and no commands. Listing them is cheap: a package's
``__init__`` declares its hooks with :func:`app.integrations.base.lazy`, so nothing of its
clients, services or sandboxes is imported until a hook is called. What gathers every
integration's sandboxes or schedules lives above, in :mod:`app.ops`.
"""

from __future__ import annotations

import importlib
import logging

from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.base import Integration

log = logging.getLogger("passerelle.integrations")

KNOWN = ("vetelevage", "provet", "omnidoc", "totvs_saude", "totvs_rh")
_titles: dict[str, str] = {}


def _module_name(name: str) -> str:
    # TOTVS Saúde and RH share one package.
    return "app.integrations.totvs" if name.startswith("totvs") else f"app.integrations.{name}"


def available() -> list[Integration]:
    """Every installed integration, in the dashboard's order."""
    out: list[Integration] = []
    for name in KNOWN:
        module_name = _module_name(name)
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        found = getattr(module, "INTEGRATIONS", None) or [getattr(module, "INTEGRATION", None)]
        for integration in found:
            if isinstance(integration, Integration) and integration.name == name:
                out.append(integration)
    return out


def get(name: str) -> Integration | None:
    """The installed integration called ``name``, or None."""
    return next((i for i in available() if i.name == name), None)


def title_of(name: str) -> str:
    """The integration's name as the user knows it ("TOTVS RH", not "totvs_rh"; "ops" is
    Operations), in English, to translate in the "integrations" context; an unknown name as it is."""
    if not _titles:
        _titles.update({i.name: i.title for i in available()})
        _titles.setdefault("ops", QT_TRANSLATE_NOOP("integrations", "Operations"))
    return _titles.get(name, name)
