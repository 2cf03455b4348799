"""The simulators of every installed integration, for ``passerelle sandbox`` and demo mode."""

from __future__ import annotations

from app.core.sandbox_spec import SandboxSpec
from app.integrations import available


def all_sandboxes(seed: int = 0, only: list[str] | None = None) -> dict[str, SandboxSpec]:
    """Build each integration's simulator (or only those named), keyed by integration name."""
    specs: dict[str, SandboxSpec] = {}
    for integration in available():
        if integration.sandbox is None or (only and integration.name not in only):
            continue
        specs[integration.name] = integration.sandbox(seed)
    return specs
