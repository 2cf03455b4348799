"""Done when (issue 17 item 1): a data dir whose last backup is two days old → ``passerelle serve``
makes a backup within a minute, and none again on the next start.

The real command in its own process (``python -m app serve``, stopped by SIGTERM as a service
manager would); the test waits on the log lines the scheduler writes, never on a timer."""

from __future__ import annotations

import datetime as dt
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.context import AppContext
from app.ops.backup import PREFIX
from app.ops.schedule_runs import OK, load_run, record_outcome
from app.ops.schedules import BACKUP

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(os.name == "nt", reason="stops the server with SIGTERM")]

START_LINE = "schedules checked at start: due now:"


class Serve:
    """``passerelle --data-dir DIR -v serve`` with its log lines (stderr) read as they come."""

    def __init__(self, data_dir: Path) -> None:
        env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(data_dir), "-v", "serve"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            start_new_session=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for_line(self, match: Callable[[str], bool], within: float) -> str:
        """The first log line ``match`` accepts, read within ``within`` seconds of now."""
        deadline = time.monotonic() + within
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.0))
            except queue.Empty:
                raise AssertionError(f"no such line within {within} s:\n" + "\n".join(self.seen)) from None
            if line is None:
                raise AssertionError("passerelle serve ended:\n" + "\n".join(self.seen))
            self.seen.append(line)
            if match(line):
                return line

    def stop(self) -> int:
        """SIGTERM (what a service manager sends), then its exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        self.proc.communicate(timeout=30)
        self._reader.join(timeout=10)
        return self.proc.returncode


def _backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob(f"{PREFIX}*.db"))


def test_serve_backs_up_a_stale_data_dir_within_a_minute_and_not_again_at_the_next_start(
    data_dir: Path,
) -> None:
    two_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)
    ctx = AppContext.open(data_dir)
    try:
        old = data_dir / "backups" / f"{PREFIX}{two_days_ago.astimezone():%Y%m%d-%H%M%S}.db"
        old.parent.mkdir(parents=True, exist_ok=True)
        old.write_bytes(b"")
        os.utime(old, (two_days_ago.timestamp(), two_days_ago.timestamp()))
        record_outcome(ctx.db, BACKUP, two_days_ago, None, "DESK-OLD")
        assert ctx.settings.ops.backup_interval_hours == 24
    finally:
        ctx.close()

    started = time.monotonic()
    first = Serve(data_dir)
    try:
        line = first.wait_for_line(lambda s: START_LINE in s, within=60)
        assert BACKUP in line.split(START_LINE, 1)[1]
        first.wait_for_line(lambda s: f"scheduled {BACKUP}: " in s, within=60 - (time.monotonic() - started))
        assert time.monotonic() - started < 60
    finally:
        assert first.stop() == 0, "\n".join(first.seen)
    made = [p for p in _backups(data_dir) if p != old]
    assert len(made) == 1 and made[0].stat().st_size > 0
    assert any(f"scheduled {BACKUP}: ok" in s for s in first.seen)
    ctx = AppContext.open(data_dir)
    try:
        memory = load_run(ctx.db, BACKUP)
    finally:
        ctx.close()
    assert memory is not None and memory.last_outcome == OK
    assert memory.last_success_at is not None and memory.last_success_at > two_days_ago

    second = Serve(data_dir)
    try:
        line = second.wait_for_line(lambda s: START_LINE in s, within=60)
        assert BACKUP not in line.split(START_LINE, 1)[1]
    finally:
        assert second.stop() == 0, "\n".join(second.seen)
    assert [p for p in _backups(data_dir) if p != old] == made
    ctx = AppContext.open(data_dir)
    try:
        again = load_run(ctx.db, BACKUP)
    finally:
        ctx.close()
    assert again == memory
