"""tests/logfail.py: an ERROR record no test asked for fails the phase that logged it.

The rule runs in a separate pytest (its own temporary folder, only ``tests.logfail`` loaded), so
the failures it must produce do not fail this run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ["-p", "tests.logfail", "-p", "no:cacheprovider", "-p", "no:xdist"]

CASES = """
import logging
import threading

import pytest

log = logging.getLogger("passerelle.sample")


def test_unexpected_in_call():
    log.error("the listener died")


def test_unexpected_in_another_thread():
    worker = threading.Thread(target=lambda: log.error("a worker died"))
    worker.start()
    worker.join()


@pytest.mark.expect_error_log(r"refused .* on purpose", logger="passerelle.sample")
def test_declared():
    log.error("refused the token on purpose")


@pytest.mark.expect_error_log(r"refused", logger="passerelle.other")
def test_declared_for_another_logger():
    log.error("refused the token")


def test_caplog_at_level(caplog):
    with caplog.at_level(logging.ERROR, logger="passerelle.sample"):
        log.error("asked for")


class DropsTheCut(logging.Filter):
    def filter(self, record):
        return "cut on purpose" not in record.getMessage()


def test_a_record_its_logger_filters_out_was_never_logged():
    quiet = logging.getLogger("passerelle.quiet")
    quiet.addFilter(DropsTheCut())
    quiet.error("connection cut on purpose")


def test_the_filter_drops_only_what_it_names():
    logging.getLogger("passerelle.quiet").error("connection refused")


def test_warnings_pass():
    log.warning("only a warning")


@pytest.fixture
def closing():
    yield
    log.error("the server did not stop")


def test_unexpected_in_teardown(closing):
    pass
"""


def run_cases(tmp_path: Path) -> dict[str, str]:
    """Each case's outcome per phase: 'call' or 'teardown' failed, else 'passed'."""
    (tmp_path / "test_cases.py").write_text(CASES, encoding="utf-8")
    report = tmp_path / "report.jsonl"
    (tmp_path / "conftest.py").write_text(
        "import json\n"
        "def pytest_runtest_logreport(report):\n"
        "    if report.failed or report.when == 'call':\n"
        f"        with open({str(report)!r}, 'a') as out:\n"
        "            out.write(json.dumps([report.nodeid.split('::')[-1], report.when, report.outcome]) + '\\n')\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *PLUGINS],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    outcomes: dict[str, str] = {}
    for line in report.read_text(encoding="utf-8").splitlines():
        name, when, outcome = json.loads(line)
        if outcome == "failed":
            outcomes[name] = when
        else:
            outcomes.setdefault(name, "passed")
    assert "unexpected error log record" in done.stdout, done.stdout + done.stderr
    return outcomes


def test_only_the_records_no_test_asked_for_fail(tmp_path: Path) -> None:
    assert run_cases(tmp_path) == {
        "test_unexpected_in_call": "call",
        "test_unexpected_in_another_thread": "call",
        "test_declared": "passed",
        "test_declared_for_another_logger": "call",
        "test_caplog_at_level": "passed",
        "test_a_record_its_logger_filters_out_was_never_logged": "passed",
        "test_the_filter_drops_only_what_it_names": "call",
        "test_warnings_pass": "passed",
        "test_unexpected_in_teardown": "teardown",
    }
