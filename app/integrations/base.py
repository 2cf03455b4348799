"""What an integration declares so the app can show it, serve its sandbox and run its commands."""

from __future__ import annotations

import argparse
import enum
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.types import ASGIApp

    from app.core.context import AppContext


class ConnectionState(enum.Enum):
    NOT_CONFIGURED = "not_configured"
    CONNECTED = "connected"
    FAILING = "failing"
    UNKNOWN = "unknown"


@dataclass
class Status:
    """What the dashboard card shows."""

    state: ConnectionState
    sentence: str = ""
    last_sync: str = ""  # ISO datetime of the last successful sync, or ""
    waiting: int = 0  # items waiting for a person
    # ``sentence`` is an English source marked with QT_TRANSLATE_NOOP("status", …); the card
    # translates it, then fills its {placeholders} from ``args``.
    args: dict[str, Any] = field(default_factory=dict)


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


@dataclass(frozen=True)
class Schedule:
    """Periodic work run while the app (or ``passerelle serve``) runs, once per clinic (lease)."""

    name: str  # also the lease name, e.g. "vetelevage.import"
    interval: Callable[[AppContext], float]  # seconds from the settings; <= 0 means off
    run: Callable[[AppContext], Awaitable[Any]]
    run_at_start: bool = False


CliRegistrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


@dataclass(frozen=True)
class Integration:
    name: str  # settings section and journal integration name
    title: str  # English source; the UI translates it
    # "module:Class" of the tab widget (imported by the UI only), taking (ctx, parent).
    tab: str | None = None
    # (seed) -> SandboxSpec
    sandbox: Callable[[int], SandboxSpec] | None = None
    # Adds this integration's subcommands to `passerelle`.
    register_cli: CliRegistrar | None = None
    # Quick check used by "Test connection": returns a sentence, raises ApiError/NotConfigured.
    test_connection: Callable[[AppContext], Awaitable[str]] | None = None
    # Dashboard status (cheap, local: reads the store, no network).
    status: Callable[[AppContext], Status] | None = None
    # Periodic jobs (imports, catch-up polls, pushes) for the scheduler.
    schedules: Callable[[AppContext], list[Schedule]] | None = None
    # A long-running service (e.g. the webhook receiver) for `passerelle serve` and the app.
    background: Callable[[AppContext], Coroutine[Any, Any, None]] | None = None
