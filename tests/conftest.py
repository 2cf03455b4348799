"""Test harness: offscreen Qt, in-memory keyring, a temp data dir per test, qasync's loop."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_API", "pyside6")

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from hypothesis import settings as hypothesis_settings

from app.core import db as app_db
from app.core.secrets import MemoryKeyring
from app.core.sql_guard import MainThreadDatabaseGuard

# Each integration's sandbox fixtures, shared by the e2e and ui tests.
from tests.e2e.omnidoc_fixtures import omnidoc_ctx, omnidoc_server, omnidoc_sim  # noqa: F401
from tests.e2e.provet_fixtures import provet_ctx, provet_server, provet_sim  # noqa: F401
from tests.e2e.totvs_fixtures import rh_sim, saude_sim, totvs_ctx, totvs_server  # noqa: F401
from tests.e2e.vetelevage_fixtures import sim, vet_ctx, vet_server  # noqa: F401
from tests.frozen.report import pytest_runtest_logreport, pytest_terminal_summary  # noqa: F401

# An ERROR log record no test asked for fails the test that logged it (tests/logfail.py, after
# qutebrowser's logfail): declare expected ones with @pytest.mark.expect_error_log or caplog.at_level.
# On by default; PASSERELLE_LOGFAIL=0 turns it off while debugging (never in CI).
if os.environ.get("PASSERELLE_LOGFAIL", "1") != "0":
    from tests.logfail import (  # noqa: F401
        pytest_configure,
        pytest_runtest_call,
        pytest_runtest_setup,
        pytest_runtest_teardown,
        pytest_unconfigure,
    )
else:
    from tests.logfail import register_marker as pytest_configure  # noqa: F401

# Property tests draw the same examples on every run (a CI run must not fail by luck); explore
# further by hand with HYPOTHESIS_PROFILE=explore.
hypothesis_settings.register_profile("deterministic", derandomize=True, database=None, deadline=None)
hypothesis_settings.register_profile("explore", max_examples=2000, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> dict[str, Callable[[], asyncio.AbstractEventLoop]]:
    """Run ``async def`` tests on Qt's loop (qasync), beside pytest-qt's qtbot."""

    def factory() -> asyncio.AbstractEventLoop:
        from app.core.qt import ensure_application, new_event_loop

        return new_event_loop(ensure_application([]))

    return {"qasync": factory}


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's garbage here, on the thread that owns the Qt objects: left to chance,
    a collection may run on an executor or server thread and destroy QObjects there.

    Nothing found unclosed is hidden: a socket, transport or client collected here is reported
    by pytest as an unraisable exception and fails this test (warnings are errors). The filter
    that used to quiet every ResourceWarning and "Event loop is closed" here hid nothing in two
    runs of unit, ui, e2e, hostile and i18n on SQLite (every record it would have swallowed was
    logged: none), so it is gone rather than narrowed to a name it never matched."""
    yield
    gc.collect()


# ---------------------------------------------------------------- no SQL on the GUI thread
# Issue 16 item 2: a database access from the GUI thread while the loop runs (from UI code, an
# app coroutine or a loop callback; never the test's own reads) fails the test. Rules and
# exemptions: app/core/sql_guard.py. Set at import so stores opened by any fixture are guarded.


def _qt_loop_running() -> bool:
    import sys

    core = sys.modules.get("PySide6.QtCore")
    return (
        core is not None
        and core.QCoreApplication.instance() is not None
        and core.QThread.currentThread().loopLevel() > 0
    )


# Every suite runs with the guard on: a violation fails the test. PASSERELLE_SQL_GUARD_REPORT=<file>
# records every violation of the run there instead of failing (a survey: group them by app frame).
_SQL_GUARD_REPORT = os.environ.get("PASSERELLE_SQL_GUARD_REPORT")
SQL_GUARD = MainThreadDatabaseGuard(_qt_loop_running, raising=not _SQL_GUARD_REPORT)
app_db.access_hook = SQL_GUARD


@pytest.fixture(autouse=True)
def no_gui_thread_sql() -> Iterator[MainThreadDatabaseGuard]:
    """Fail the test if the app touched the database on the GUI thread while the loop ran."""
    SQL_GUARD.raising = not _SQL_GUARD_REPORT
    SQL_GUARD.take()
    yield SQL_GUARD
    found = SQL_GUARD.take()
    SQL_GUARD.raising = not _SQL_GUARD_REPORT
    if found and _SQL_GUARD_REPORT:
        with open(_SQL_GUARD_REPORT, "a", encoding="utf-8") as out:
            out.writelines(f"=== {os.environ.get('PYTEST_CURRENT_TEST')}\n{one}\n" for one in found)
    elif found:
        pytest.fail(
            f"{len(found)} database access(es) on the GUI thread; the first:\n{found[0]}", pytrace=False
        )


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key in list(os.environ):
        if key.startswith("PASSERELLE_") and key not in (
            "PASSERELLE_DISABLE_SINGLE_INSTANCE",
            "PASSERELLE_TEST_PG_URL",
        ):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[Any]:
    from app.core.context import AppContext

    context = AppContext.open(data_dir)
    yield context
    context.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Soak variants (long reliability and volume runs) run only when asked: ``pytest -m soak``."""
    if "soak" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="soak variant: run with -m soak")
    for item in items:
        if item.get_closest_marker("soak") is not None:
            item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run that collected nothing is a broken run, never a green one."""
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# ---------------------------------------------------------------- both engines
#
# Storage tests run on SQLite and, when PASSERELLE_TEST_PG_URL points at a server (.ci/run
# starts one with .ci/postgres.sh), on PostgreSQL too: use the ``any_ctx`` fixture.


def _pg_url() -> str | None:
    return os.environ.get("PASSERELLE_TEST_PG_URL") or None


@pytest.fixture
def pg_database_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    import uuid

    import sqlalchemy as sa

    url = _pg_url()
    if url is None:
        if os.environ.get("CI"):
            pytest.fail("PASSERELLE_TEST_PG_URL is not set in CI: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL server (set PASSERELLE_TEST_PG_URL, see .ci/postgres.sh)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    base = sa.engine.make_url(url)
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_ctx(request: pytest.FixtureRequest, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A migrated AppContext on SQLite, then on PostgreSQL."""
    from app.core.context import AppContext

    if request.param == "postgres":
        url = request.getfixturevalue("pg_database_url")
        monkeypatch.setenv("PASSERELLE_DATABASE__URL", url)
    context = AppContext.open(data_dir)
    yield context
    context.close()
