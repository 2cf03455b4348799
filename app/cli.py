"""The ``passerelle`` command (see shared/specs/cli.md): the window, or a headless workflow."""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import getpass
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from app import __version__
from app.cli_language import language, language_in, moment, say, sentence, set_language, translate
from app.cli_listing import add_listing_options, emit_listing, limit_of
from app.cli_output import EXIT_INPUT, EXIT_NOT_CONFIGURED, EXIT_OK, EXIT_REMOTE, emit, emit_error, fail
from app.core.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import asyncio  # imported where a command runs: the window is painted before asyncio loads

log = logging.getLogger("passerelle.cli")

Handler = Callable[[Any, argparse.Namespace], Awaitable[int] | int]
INTEGRATION_HELP = QT_TRANSLATE_NOOP(
    "cli", "only this integration (vetelevage, provet, omnidoc, totvs_saude, totvs_rh, ops)"
)


class HelpInLanguage(argparse.HelpFormatter):
    """Help whose descriptions and option helps are the CLI's language (their ``"cli"``
    translations; argparse's own headings come through its gettext, see app.cli_language)."""

    def add_text(self, text: str | None) -> None:
        """A description or epilog, translated."""
        super().add_text(translate("cli", text) if text and text != argparse.SUPPRESS else text)

    def start_section(self, heading: str | None) -> None:
        """A section ("options:"), French with its no-break space before the colon argparse adds."""
        super().start_section(f"{heading}\u00a0" if heading and language() == "fr" else heading)

    def _expand_help(self, action: argparse.Action) -> str:
        shown = action.help
        if shown and shown != argparse.SUPPRESS:
            action = copy.copy(action)
            action.help = translate("cli", shown)
        return super()._expand_help(action)


_COMMAND = QT_TRANSLATE_NOOP("cli", "COMMAND")


class Parser(argparse.ArgumentParser):
    """argparse, whose usage errors are one JSON error object (exit 2) when --json was given, its
    ``field`` the argument at fault (its ``dest``) when argparse names one."""

    json_errors = False
    _field: str | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpInLanguage)
        super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs: Any) -> Any:
        """argparse's, its placeholder a word in the language: an error then says "COMMANDE" where
        argparse would name the internal ``config_command``."""
        kwargs.setdefault("metavar", translate("cli", _COMMAND))
        return super().add_subparsers(**kwargs)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        """argparse's, but a bad argument's error keeps which argument it was (for ``field``)."""
        if not self.exit_on_error:
            return super().parse_known_args(args, namespace)
        self.exit_on_error = False
        try:
            return super().parse_known_args(args, namespace)
        except argparse.ArgumentError as err:
            Parser._field = self._dest_of(err.argument_name)
            self.error(str(err))
        finally:
            self.exit_on_error = True

    def _dest_of(self, name: str | None) -> str | None:
        for action in self._actions:
            if name and name in ("/".join(action.option_strings), action.metavar, action.dest):
                return action.dest
        return None

    def _missing_in(self, message: str) -> str | None:
        """The first argument argparse says is required (its dest), from its own sentence."""
        before, _s, _after = argparse._("the following arguments are required: %s").partition("%s")  # type: ignore[attr-defined]
        if not before or not message.startswith(before):
            return None
        return self._dest_of(message[len(before) :].split(", ")[0])

    def error(self, message: str) -> Any:
        """Bad usage: exit 2, with the usage and the message, or the JSON error object."""
        field, Parser._field = Parser._field or self._missing_in(message), None
        if Parser.json_errors:
            emit_error(argparse.Namespace(json=True), message, "usage", field)
            self.exit(EXIT_INPUT)
        super().error(message)


def split_json(argv: list[str]) -> tuple[list[str], bool]:
    """``argv`` without its ``--json`` flags (accepted before or after any command, up to ``--``),
    and whether there was one: every subcommand takes it without declaring it."""
    end = argv.index("--") if "--" in argv else len(argv)
    kept = [a for a in argv[:end] if a != "--json"]
    return [*kept, *argv[end:]], len(kept) < end


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The ``passerelle`` parser; ``commands=False``: its global options only (the window's), whose
    errors raise ``argparse.ArgumentError`` instead of exiting."""
    parser = Parser(
        exit_on_error=commands,
        prog="passerelle",
        description=QT_TRANSLATE_NOOP(
            "cli", "Passerelle: Vétélevage, Provet Cloud, Omnidoc and TOTVS for the clinic's back office."
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "use the embedded sandboxes and a throwaway data dir"),
    )
    parser.add_argument(
        "--data-dir", type=Path, help=QT_TRANSLATE_NOOP("cli", "where the database and logs live")
    )
    parser.add_argument(
        "--lang",
        choices=["fr", "pt_BR", "en"],
        help=QT_TRANSLATE_NOOP("cli", "UI language (default: the system's)"),
    )
    parser.add_argument(
        "--self-check", action="store_true", help=QT_TRANSLATE_NOOP("cli", "check the installation and exit")
    )
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output on stdout")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"passerelle {__version__}",
        help=QT_TRANSLATE_NOOP("cli", "show the version and exit"),
    )
    parser.add_argument(
        "--print-startup-time",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "print start → window shown (ms)"),
    )
    parser.add_argument("--quit-after", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--verbose", "-v", action="store_true", help=QT_TRANSLATE_NOOP("cli", "log to the console too")
    )
    if not commands:
        return parser
    # Every subparser is a Parser (argparse makes them of the parent's class); the integrations
    # register theirs through the plain ArgumentParser type.
    sub = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command"),
    )

    p = sub.add_parser("sandbox", help=QT_TRANSLATE_NOOP("cli", "serve the API simulators"))
    p.add_argument("--host", default="127.0.0.1", help=QT_TRANSLATE_NOOP("cli", "address to listen on"))
    p.add_argument("--port", type=int, default=0, help=QT_TRANSLATE_NOOP("cli", "the port (0: a free one)"))
    p.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "only this simulator (repeatable)"),
    )
    p.add_argument("--seed", type=int, default=0, help=QT_TRANSLATE_NOOP("cli", "seed of the sample data"))
    p.set_defaults(func=cmd_sandbox, needs_context=False)

    p = sub.add_parser("config", help=QT_TRANSLATE_NOOP("cli", "show or change settings"))
    csub = p.add_subparsers(dest="config_command", required=True)
    c = csub.add_parser("show", help=QT_TRANSLATE_NOOP("cli", "effective settings, secrets masked"))
    c.set_defaults(func=cmd_config_show)
    c = csub.add_parser("set", help=QT_TRANSLATE_NOOP("cli", "set SECTION.KEY VALUE"))
    c.add_argument("key", help=QT_TRANSLATE_NOOP("cli", "the setting, SECTION.KEY"))
    c.add_argument("value", help=QT_TRANSLATE_NOOP("cli", "its new value"))
    c.set_defaults(func=cmd_config_set)

    p = sub.add_parser("secret", help=QT_TRANSLATE_NOOP("cli", "store a secret in the OS keyring"))
    ssub = p.add_subparsers(dest="secret_command", required=True)
    c = ssub.add_parser("set", help=QT_TRANSLATE_NOOP("cli", "set SECTION.KEY (prompts; or --stdin)"))
    c.add_argument("key", help=QT_TRANSLATE_NOOP("cli", "the secret, SECTION.KEY"))
    c.add_argument(
        "--stdin", action="store_true", help=QT_TRANSLATE_NOOP("cli", "read the value from standard input")
    )
    c.set_defaults(func=cmd_secret_set)

    p = sub.add_parser("journal", help=QT_TRANSLATE_NOOP("cli", "the activity journal"))
    jsub = p.add_subparsers(dest="journal_command", required=True)
    c = jsub.add_parser("search", help=QT_TRANSLATE_NOOP("cli", "entries by business key or words"))
    c.add_argument("text", nargs="?", default="", help=QT_TRANSLATE_NOOP("cli", "a business key or words"))
    c.add_argument("--integration", help=INTEGRATION_HELP)
    c.add_argument("--since", help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD"))
    add_listing_options(c, 100, QT_TRANSLATE_NOOP("cli", "entries"))
    c.set_defaults(func=cmd_journal_search)

    p = sub.add_parser("attention", help=QT_TRANSLATE_NOOP("cli", "what failed or waits for a person"))
    p.add_argument("--integration", help=INTEGRATION_HELP)
    add_listing_options(p, 500, QT_TRANSLATE_NOOP("cli", "items"))
    p.set_defaults(func=cmd_attention)

    p = sub.add_parser(
        "serve", help=QT_TRANSLATE_NOOP("cli", "scheduled jobs and the webhook inbox, no window")
    )
    p.add_argument(
        "--once", action="store_true", help=QT_TRANSLATE_NOOP("cli", "run every schedule once, then exit")
    )
    p.set_defaults(func=cmd_serve)

    from app.integrations import available

    for integration in available():
        if integration.register_cli is not None:
            integration.register_cli(sub)
    try:
        from app.ops.cli import register as register_ops
    except ModuleNotFoundError as exc:
        if exc.name not in ("app.ops", "app.ops.cli"):
            raise
    else:
        register_ops(sub)
    return parser


# ---------------------------------------------------------------- core commands


def cmd_sandbox(_ctx: Any, args: argparse.Namespace) -> int:
    import threading

    from app.core.sandbox import SandboxServer
    from app.ops.sandboxes import all_sandboxes

    specs = all_sandboxes(args.seed, args.only)
    if not specs:
        from app.core.errors import InputError

        none = (
            QT_TRANSLATE_NOOP("cli", "No simulator matches.")
            if args.only
            else QT_TRANSLATE_NOOP("cli", "No integration with a simulator is installed.")
        )
        raise InputError(say(none), field="only")
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        template = QT_TRANSLATE_NOOP(
            "cli", "Warning: the simulators listen on {host}, reachable from other computers."
        )
        fail(say(template, host=args.host))
    server = SandboxServer(specs, host=args.host, port=args.port, seed=args.seed).start()
    if args.json:
        emit(args, {"sandboxes": {name: server.base_url(name) for name in specs}})
    else:
        for name in specs:
            print(f"{name} {server.base_url(name)}", flush=True)
    stop = threading.Event()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return EXIT_OK


def cmd_config_show(ctx: Any, args: argparse.Namespace) -> int:
    from app.core.settings import masked

    data = masked(ctx.settings)
    text = "\n".join(
        f"{section}.{key} = {value}" for section, values in data.items() for key, value in values.items()
    )
    emit(args, data, text)
    return EXIT_OK


def cmd_config_set(ctx: Any, args: argparse.Namespace) -> int:
    from app.core.settings import set_value

    set_value(ctx.settings, args.key, args.value)
    ctx.save_settings()
    emit(args, {"key": args.key, "saved": True}, say(QT_TRANSLATE_NOOP("cli", "{key} saved."), key=args.key))
    return EXIT_OK


def cmd_secret_set(ctx: Any, args: argparse.Namespace) -> int:
    from app.core.settings import is_secret, split_key

    section, key = split_key(args.key)
    if not is_secret(section, key):
        from app.core.errors import InputError

        template = QT_TRANSLATE_NOOP(
            "cli", "'{key}' is not a secret (set it with 'passerelle config set {key} VALUE')."
        )
        raise InputError(say(template, key=args.key), field="key")
    value = _secret_value(args)
    ctx.secrets.set(section, key, value)
    changed = QT_TRANSLATE_NOOP("journal", "secret {key} changed")
    ctx.journal.record(section, "secret_changed", "info", changed, args={"key": args.key})
    emit(
        args,
        {"key": args.key, "saved": True},
        say(QT_TRANSLATE_NOOP("cli", "{key} saved in the keyring."), key=args.key),
    )
    return EXIT_OK


def _secret_value(args: argparse.Namespace) -> str:
    """The secret typed at a prompt, or one line of standard input (``--stdin``, or no terminal)."""
    from app.core.errors import InputError

    how = QT_TRANSLATE_NOOP(
        "cli",
        "No value on standard input. Type it in a terminal, or pipe it in: "
        "echo VALUE | passerelle secret set {key}",
    )
    if args.stdin or not sys.stdin.isatty():
        try:
            line = sys.stdin.readline()
        except (OSError, ValueError):  # no readable stdin at all (closed, or held by a host): prompt
            line = None
        if line is not None:
            value = line.rstrip("\r\n")
            if not value:
                raise InputError(say(how, key=args.key), field="value")
            return value
    try:
        return getpass.getpass(f"{args.key}: ")
    except EOFError:
        raise InputError(say(how, key=args.key), field="value") from None


def cmd_journal_search(ctx: Any, args: argparse.Namespace) -> int:
    since = None
    if args.since:
        try:
            since = dt.datetime.fromisoformat(args.since)
        except ValueError:
            from app.core.errors import InputError

            raise InputError(
                say(QT_TRANSLATE_NOOP("cli", "--since must be a date YYYY-MM-DD.")), field="since"
            ) from None
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
    limit = limit_of(args)
    entries = ctx.journal.search(args.text, integration=args.integration, since=since, limit=limit)
    total = (
        len(entries)
        if limit is None or len(entries) < limit
        else ctx.journal.count(args.text, integration=args.integration, since=since)
    )
    rows = [
        {
            "id": e.id,
            "ts": e.ts.isoformat(),
            "integration": e.integration,
            "action": e.action,
            "outcome": e.outcome,
            "who": e.who,
            "desk": e.desk,
            "summary": e.summary,
            "counts": e.counts,
            "keys": list(e.keys),
        }
        for e in entries
    ]
    from app.core.journal_words import action_words, outcome_words

    lines = [  # local time, action, outcome and summary in the CLI's language; --json: the codes
        f"{moment(e.ts)}  {e.integration:<11} {action_words(e.action, translate):<20} "
        f"{outcome_words(e.outcome, translate):<10} {e.sentence(translate)}"
        for e in entries
    ]
    emit_listing(args, "entries", rows, total, lines, say(QT_TRANSLATE_NOOP("cli", "No matching activity.")))
    return EXIT_OK


# What an attention item asks for, in words (--json keeps the action code).
ATTENTION_ACTIONS = {
    "retry": QT_TRANSLATE_NOOP("cli", "retry (passerelle attention --retry)"),
    "reconnect": QT_TRANSLATE_NOOP("cli", "reconnect in Connections"),
    "open_mapping": QT_TRANSLATE_NOOP("cli", "map the product"),
    "review": QT_TRANSLATE_NOOP("cli", "review the visit"),
    "open": QT_TRANSLATE_NOOP("cli", "open it in Passerelle"),
}


def _action_words(action: str) -> str:
    return say(ATTENTION_ACTIONS[action]) if action in ATTENTION_ACTIONS else action


def cmd_attention(ctx: Any, args: argparse.Namespace) -> int:
    limit = limit_of(args)
    items = ctx.attention.items(args.integration, limit=limit)
    total = len(items) if limit is None or len(items) < limit else ctx.attention.count(args.integration)
    rows = [
        {
            "id": i.id,
            "integration": i.integration,
            "kind": i.kind,
            "ref": i.ref,
            "reason": i.reason,
            "action": i.action,
            "state": i.state,
            "attempts": i.attempts,
            "updated_at": i.updated_at.isoformat(),
        }
        for i in items
    ]
    lines = [  # the reason in the CLI's language (its template and values are stored); --json: English
        f"[{r['integration']}] {r['ref']}: {i.sentence(translate)}"
        + (f" → {_action_words(r['action'])}" if r["action"] else "")
        for i, r in zip(items, rows, strict=True)
    ]
    emit_listing(
        args, "items", rows, total, lines, say(QT_TRANSLATE_NOOP("cli", "Nothing waits for a person."))
    )
    return EXIT_OK


async def cmd_serve(ctx: Any, args: argparse.Namespace) -> int:
    import asyncio
    import signal

    from app.integrations import available
    from app.ops.schedule_words import schedules_in_words
    from app.ops.scheduler import SERVE_START_DELAY, Scheduler, all_schedules

    schedules = all_schedules(ctx)
    scheduler = Scheduler(ctx, schedules, start_delay=SERVE_START_DELAY)
    if args.once:
        ran = [s.name for s in schedules if await scheduler.run_once(s)]
        failed = [j.title for j in ctx.jobs.jobs if j.error is not None]
        text = (
            say(QT_TRANSLATE_NOOP("cli", "Ran: {names}."), names=schedules_in_words(ran, translate))
            if ran
            else say(QT_TRANSLATE_NOOP("cli", "Nothing was due."))
        )
        emit(args, {"ran": ran, "failed": failed}, text)
        return EXIT_REMOTE if failed else EXIT_OK
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Windows has no loop signal handlers: Ctrl+C raises KeyboardInterrupt instead.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    services = [
        loop.create_task(i.background(ctx), name=f"service-{i.name}")
        for i in available()
        if i.background is not None
    ]
    scheduler.start()
    names = schedules_in_words((s.name for s in schedules), translate) or say(
        QT_TRANSLATE_NOOP("cli", "none")
    )
    log.info("serving on desk %s; schedules: %s", ctx.journal.desk, [s.name for s in schedules])
    serving = QT_TRANSLATE_NOOP(
        "cli", "Passerelle serving (desk {desk}); schedules: {names}. Ctrl+C to stop."
    )
    fail(say(serving, desk=ctx.journal.desk, names=names))
    try:
        failure = await _stopped_or_failed(stop, services)
    finally:
        await scheduler.stop()
        for task in services:
            task.cancel()
        await asyncio.gather(*services, return_exceptions=True)
    if failure is not None:  # e.g. the webhook port is taken: its sentence, and the exit code
        raise failure
    return EXIT_OK


async def _stopped_or_failed(stop: asyncio.Event, services: list[asyncio.Task[Any]]) -> BaseException | None:
    """Wait for Ctrl+C/SIGTERM, or for a background service to fail (returned, to be raised)."""
    import asyncio

    stopper = asyncio.ensure_future(stop.wait())
    running = set(services)
    try:
        while True:
            done, _pending = await asyncio.wait({stopper, *running}, return_when=asyncio.FIRST_COMPLETED)
            for task in done - {stopper}:
                running.discard(task)
                if not task.cancelled() and task.exception() is not None:
                    return task.exception()
            if stopper in done:
                return None
    finally:
        stopper.cancel()


# ---------------------------------------------------------------- running


def exit_code_for(exc: BaseException) -> int:
    from app.core.db import DatabaseError
    from app.core.errors import InputError
    from app.core.http import ApiError, NotConfigured
    from app.core.secrets import KeyringUnavailable
    from app.core.settings import SettingsError

    if isinstance(exc, NotConfigured | KeyringUnavailable):
        return EXIT_NOT_CONFIGURED
    if isinstance(exc, InputError | SettingsError):
        return EXIT_INPUT
    if isinstance(exc, ApiError | DatabaseError):
        return EXIT_REMOTE
    if isinstance(exc, ValueError | FileNotFoundError | IsADirectoryError | PermissionError):
        return EXIT_INPUT
    return EXIT_REMOTE


def report(args: argparse.Namespace, exc: BaseException) -> int:
    """Say what went wrong (a sentence in the user's language, or the JSON error object); the exit code."""
    from app.core.errors import error_code

    code = exit_code_for(exc)
    if code == EXIT_REMOTE and not _expected(exc):
        log.exception("command %s failed", getattr(args, "command", "?"))
    field = getattr(exc, "field", None)
    emit_error(args, sentence(exc), error_code(exc), field if isinstance(field, str) else None)
    return code


def run_command(args: argparse.Namespace) -> int:
    import asyncio
    import inspect

    from app.core.context import AppContext
    from app.core.logging_setup import setup_logging

    server = None
    ctx = None
    try:
        if not getattr(args, "needs_context", True):
            result = args.func(None, args)
            return int(result) if not inspect.isawaitable(result) else asyncio.run(_await(result))
        if args.demo:
            from app.ops.demo import start_demo

            ctx, server = start_demo(args.data_dir)
        else:
            # Settings and the support report work even when the store cannot be reached.
            ctx = AppContext.open(args.data_dir, without_store=args.command in ("config", "support-report"))
        if args.lang is None and ctx.settings.app.lang:
            set_language(ctx.settings.app.lang)
        if ctx.db_problem:
            fail(ctx.db_problem)
        setup_logging(ctx.data_dir, console=args.verbose)
        log.info("command %s", args.command)
        if inspect.iscoroutinefunction(args.func):
            return asyncio.run(_run_handler(args.func, ctx, args))
        # A plain handler runs before any loop (its reads and writes freeze nothing); what it
        # returns to await (a lazy handler's coroutine) runs on the loop.
        result = args.func(ctx, args)
        if not inspect.isawaitable(result):
            return int(result or 0)
        return asyncio.run(_run_handler(lambda _ctx, _args: result, ctx, args))
    except KeyboardInterrupt:
        emit_error(args, say(QT_TRANSLATE_NOOP("cli", "Interrupted.")), "interrupted")
        return EXIT_REMOTE
    except Exception as exc:
        return report(args, exc)
    finally:
        if ctx is not None:
            ctx.close()
        if server is not None:
            server.stop()


def _expected(exc: BaseException) -> bool:
    from app.core.db import DatabaseError
    from app.core.http import ApiError

    return isinstance(exc, ApiError | DatabaseError)


async def _await(value: Awaitable[int]) -> int:
    return int(await value)


async def _run_handler(func: Handler, ctx: Any, args: argparse.Namespace) -> int:
    import inspect

    try:
        result = func(ctx, args)
        if inspect.isawaitable(result):
            result = await result
        return int(result or 0)
    finally:
        await ctx.jobs.shutdown()


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """``passerelle`` without a command opens the window: its options, read without building the
    commands' parsers (the window is painted sooner). None when ``argv`` names a command, asks for
    help or is wrong: the whole parser then reads it (and says what is wrong)."""
    for arg in argv:
        if arg == "--":
            break
        short = arg.startswith("-") and not arg.startswith("--")
        if (short and "h" in arg) or (len(arg) > 2 and "--help".startswith(arg)):
            return None  # -h, -vh, --help, --he…: the help lists the commands
    try:
        args, extra = build_parser(commands=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if extra else args


def main(argv: list[str] | None = None) -> int:
    import os

    from app.core.languages import choose, system_ui_languages

    argv, as_json = split_json(list(argv if argv is not None else sys.argv[1:]))
    Parser.json_errors = as_json
    window = _window_args(argv)
    if window is not None and not window.self_check:  # no command: the window, parsed light
        window.json, window.command = as_json, None
        from app.ui.app import run_gui

        return run_gui(window)
    configured, system = os.environ.get("PASSERELLE_APP__LANG", ""), system_ui_languages()
    set_language(choose(language_in(argv), configured, system))  # the parser's help and errors too
    parser = build_parser()
    args = parser.parse_args(argv)
    args.json = as_json
    if (chosen := choose(args.lang, configured, system)) != language():  # --lang abbreviated (--la fr)
        set_language(chosen)
    if args.self_check:
        from app.self_check import run

        return run()
    if args.command is None:
        from app.ui.app import run_gui

        return run_gui(args)
    if not hasattr(args, "func"):
        parser.parse_args([*argv, "--help"])
    return run_command(args)
