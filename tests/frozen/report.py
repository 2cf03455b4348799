"""Shows the frozen bundle's measurements (size, build time, start times) at the end of the run,
also under ``pytest -n 2`` where a test's own prints are not shown."""

from __future__ import annotations

import pytest

PREFIX = "frozen_"
_measured: list[tuple[str, object]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call":
        _measured.extend((k, v) for k, v in report.user_properties if k.startswith(PREFIX))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _measured:
        terminalreporter.section("frozen bundle")
        for key, value in _measured:
            terminalreporter.write_line(f"{key.removeprefix(PREFIX)}: {value}")
