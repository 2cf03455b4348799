"""An ERROR log record that no test asked for fails the test during which it was logged.

After qutebrowser's ``tests/helpers/logfail.py``: a failure logged and carried on from (a task
that died, a listener that raised, "Task exception was never retrieved") is a bug the test would
otherwise pass over. Every record is seen where it is made (a log record factory), so loggers
that do not propagate to the root (uvicorn's) are covered too.

A test that expects an error record says so, either way:

- ``with caplog.at_level(logging.ERROR, logger="passerelle.x"):`` around the code (qutebrowser's
  rule: a record whose level is the level set on its logger, or on the root, was asked for);
- ``@pytest.mark.expect_error_log(r"regex", logger="passerelle.x")``: records whose message
  matches (``re.search``) and, if given, whose logger is ``logger`` or one of its children.

On by default (``tests/conftest.py``); ``PASSERELLE_LOGFAIL=0`` turns it off while debugging.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Generator
from typing import Any

import pytest

MARKER = "expect_error_log"


class LogFail:
    """Collects the unexpected ERROR (and CRITICAL) records of the phase that is running."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: list[logging.LogRecord] = []
        self._allowed: list[tuple[re.Pattern[str], str | None]] = []
        self._previous: Callable[..., logging.LogRecord] | None = None

    def install(self) -> None:
        """Watch every record made from now on."""
        self._previous = logging.getLogRecordFactory()
        previous = self._previous

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if record.levelno >= logging.ERROR:
                self._seen(record)
            return record

        logging.setLogRecordFactory(factory)

    def uninstall(self) -> None:
        """Stop watching."""
        if self._previous is not None:
            logging.setLogRecordFactory(self._previous)
            self._previous = None

    def expect(self, item: pytest.Item) -> None:
        """The records ``item`` declared with the marker are not failures."""
        with self._lock:
            self._records.clear()
            self._allowed = [
                (re.compile(marker.args[0] if marker.args else ""), marker.kwargs.get("logger"))
                for marker in item.iter_markers(MARKER)
            ]

    def take(self) -> list[logging.LogRecord]:
        """The unexpected records since the last call (not those their logger's filters drop)."""
        with self._lock:
            records, self._records = self._records, []
        # A record is made before its logger's filters see it: one they drop was never logged
        # (the sandbox's quiet "connection cut" fault on uvicorn.error).
        return [record for record in records if logging.getLogger(record.name).filter(record)]

    def _seen(self, record: logging.LogRecord) -> None:
        logger = logging.getLogger(record.name)
        if record.levelno in (logger.level, logging.getLogger().level):
            return  # caplog.at_level(...) was used with this record's level: it was expected
        message = record.getMessage()
        with self._lock:
            for pattern, name in self._allowed:
                if pattern.search(message) and (
                    name is None or record.name == name or record.name.startswith(name + ".")
                ):
                    return
            self._records.append(record)


def _describe(records: list[logging.LogRecord]) -> str:
    lines = []
    for record in records:
        line = f"{record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            line += f" [{type(error).__name__}: {error}]\n" + logging.Formatter().formatException(
                record.exc_info
            )
        lines.append(line)
    return (
        "unexpected error log record(s) (expect them with @pytest.mark.expect_error_log or "
        "caplog.at_level(logging.ERROR) if they are the point):\n  " + "\n  ".join(lines)
    )


_logfail = LogFail()


def register_marker(config: pytest.Config) -> None:
    """Declare the marker (also when the rule is off: tests carry it either way)."""
    config.addinivalue_line(
        "markers",
        f"{MARKER}(pattern, logger=None): this test logs an ERROR record matching pattern on purpose",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker and start watching records."""
    register_marker(config)
    _logfail.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop watching records."""
    _logfail.uninstall()


def _checked() -> Generator[None, Any, Any]:
    try:
        result = yield
    except BaseException:
        _logfail.take()  # the phase failed already: its own error says more
        raise
    records = _logfail.take()
    if records:
        pytest.fail(_describe(records), pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, Any, Any]:
    """Setup: the item's expected records are known; an unexpected one fails it."""
    _logfail.expect(item)
    return (yield from _checked())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, Any]:
    """The test itself: an unexpected error record fails it."""
    return (yield from _checked())


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, Any, Any]:
    """Teardown (fixtures closing servers and loops): an unexpected error record fails it."""
    return (yield from _checked())
