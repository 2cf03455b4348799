"""What a simulator of one API is: its ASGI app and how demo mode points the settings at it.

Kept apart from :mod:`app.core.sandbox` (the server, which imports uvicorn) so that declaring
an integration stays cheap.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from starlette.types import ASGIApp

    from app.core.context import AppContext


class Simulator(Protocol):
    """A simulated API: an object that serves its routes as one ASGI app."""

    def app(self) -> ASGIApp:
        """The simulator's routes as an ASGI app."""
        ...


@dataclass
class SandboxSpec:
    """A simulator of the API, and how demo mode points the settings at it."""

    app: ASGIApp
    # Path under the server root where the API lives, e.g. "/v1" or "/1234/api/0.1/".
    base_path: str = ""
    # Called with (ctx, base_url) in demo mode: set the settings and secrets to reach the sandbox.
    configure_demo: Callable[[AppContext, str], None] | None = None
    # Optional: fill the local store with sample data after configure (demo mode).
    seed_demo: Callable[[AppContext], Awaitable[None]] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def serving(
        cls,
        sim: Simulator,
        base_path: str = "",
        *,
        configure_demo: Callable[[AppContext, str], None] | None = None,
        seed_demo: Callable[[AppContext], Awaitable[None]] | None = None,
    ) -> SandboxSpec:
        """The spec that serves ``sim``'s app, with ``sim`` itself as ``extra["sim"]`` (tests, tools)."""
        return cls(
            app=sim.app(),
            base_path=base_path,
            configure_demo=configure_demo,
            seed_demo=seed_demo,
            extra={"sim": sim},
        )
