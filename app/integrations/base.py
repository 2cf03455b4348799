"""What an integration declares so the app can show it, serve its sandbox and run its commands."""

from __future__ import annotations

import enum
import importlib
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypedDict, TypeVar

# What an integration's ``sandbox`` hook returns; the type lives in core with the server.
from app.core.sandbox_spec import SandboxSpec

if TYPE_CHECKING:
    import argparse  # annotations only: the window starts without argparse

    from app.core.context import AppContext

__all__ = [
    "CliRegistrar",
    "ConnectionState",
    "Hooks",
    "Integration",
    "SandboxSpec",
    "Schedule",
    "Status",
    "hooks",
    "lazy",
]

P = ParamSpec("P")
R = TypeVar("R")


class ConnectionState(enum.Enum):
    """How an integration's connection looks on the dashboard card."""

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
    """One integration: its name, its tab, and the hooks the app calls (all optional)."""

    name: str  # settings section and journal integration name
    title: str  # English source; the UI translates it
    # "module:Class" of the tab widget (imported by the UI only), taking (ctx, parent).
    tab: str | None = None
    # (seed) -> SandboxSpec
    # The hooks are usually ``lazy("module:function")``, so that listing the integrations
    # imports none of their clients, services or sandboxes.
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


class _Lazy(Generic[P, R]):
    """A function named ``"module:function"``, imported on its first call, then called directly."""

    def __init__(self, target: str) -> None:
        module, sep, name = target.partition(":")
        if not sep or not module or not name:
            raise ValueError(f"A lazy target is 'package.module:function', not {target!r}.")
        self.target = target
        self._module = module
        self._name = name
        self._function: Callable[P, R] | None = None

    def resolve(self) -> Callable[P, R]:
        """Import the module and return the function (once; later calls reuse it)."""
        if self._function is None:
            function = getattr(importlib.import_module(self._module), self._name)
            if not callable(function):
                raise TypeError(f"{self.target} is not a function.")
            self._function = function
        return self._function

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.resolve()(*args, **kwargs)

    def __repr__(self) -> str:
        return f"lazy({self.target!r})"


def lazy(target: str) -> Callable[P, R]:
    """A function that imports ``"package.module:function"`` on its first call.

    Its type comes from where it is used: ``Integration(status=lazy("….service:status"))`` is a
    ``Callable[[AppContext], Status]`` because that is the field's type. The target's own
    signature cannot be checked statically (it is a string); tests resolve every hook.
    """
    function: _Lazy[P, R] = _Lazy(target)
    return function


def cli_handlers(package: str) -> Callable[[str], Callable[..., Any]]:
    """``handler(name)``: the command handler ``name`` of ``<package>.cli``, imported (with the
    services it calls) only when its command runs, so that building the parser imports nothing heavy."""

    def handler(name: str) -> Callable[..., Any]:
        return lazy(f"{package}.cli:{name}")

    return handler


def subcommands(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """Add the command ``name``; return where its subcommands go (one is required, its name in
    ``args.<name>_command``)."""
    parser = sub.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=f"{name.replace('-', '_')}_command", required=True)


class Hooks(TypedDict, total=False):
    """The hooks :func:`hooks` names, as keyword arguments of :class:`Integration`."""

    sandbox: Callable[[int], SandboxSpec]
    register_cli: CliRegistrar
    test_connection: Callable[[AppContext], Awaitable[str]]
    status: Callable[[AppContext], Status]


def hooks(package: str, *, connection: str, sandbox: str = "sandbox", cli: str | None = "register") -> Hooks:
    """An integration's usual hooks, each ``lazy``: ``<package>.sandbox:<sandbox>``,
    ``<package>.commands:<cli>`` (None: no commands of its own; the commands module only declares
    them, its handlers are imported when one runs), and ``test_connection`` and ``status`` from
    ``<package>.<connection>``."""
    found: Hooks = {
        "sandbox": lazy(f"{package}.sandbox:{sandbox}"),
        "test_connection": lazy(f"{package}.{connection}:test_connection"),
        "status": lazy(f"{package}.{connection}:status"),
    }
    if cli is not None:
        found["register_cli"] = lazy(f"{package}.commands:{cli}")
    return found
