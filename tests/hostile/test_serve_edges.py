"""Issue 20 item 9: sentences, not tracebacks, at every edge of ``passerelle serve`` and
``provet webhooks serve``: a port out of range is an input error (exit 2); port 0 prints the
port actually bound; a second server on the same port says so (exit 1); 0.0.0.0 warns on the
console; status lines carry their reason (404 Not Found); a full disk under the server is one
sentence on the console, not a logging traceback per record."""

from __future__ import annotations

import errno
import logging
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.db import DatabaseError
from app.core.logging_setup import close_logging, setup_logging

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "whk-4f7c2a9e1b3d5f60a7b8c9d0"


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("PASSERELLE_")}
    base.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PASSERELLE_PROVET__WEBHOOK_TOKEN=TOKEN,
        PASSERELLE_DISABLE_SINGLE_INSTANCE="1",
    )
    base.update(extra)
    return base


def start(data_dir: Path, *argv: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *argv],
        cwd=ROOT,
        env=env(**extra),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(process: subprocess.Popen[str], pattern: str, timeout: float = 60) -> re.Match[str]:
    """The first line of the process's stderr matching ``pattern`` (read by a thread: a pipe's
    text buffer hides lines from select)."""
    assert process.stderr is not None
    lines: queue.Queue[str | None] = getattr(process, "_lines", None) or queue.Queue()
    if not hasattr(process, "_lines"):
        process._lines = lines  # type: ignore[attr-defined]
        stream = process.stderr

        def pump() -> None:
            for line in stream:
                lines.put(line)
            lines.put(None)

        thread = threading.Thread(target=pump, daemon=True)
        thread.start()
        process._pump = thread  # type: ignore[attr-defined]
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        seen.append(line)
        if match := re.search(pattern, line):
            return match
    raise AssertionError(f"no line matching {pattern!r}; got: {''.join(seen)}")


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    process.wait(timeout=30)
    pump = getattr(process, "_pump", None)
    if pump is not None:
        pump.join(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def inbox(data_dir: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """``passerelle serve`` with the inbox on port 0; yields the process and the port it bound."""
    process = start(
        data_dir, "serve", PASSERELLE_PROVET__WEBHOOK_ENABLED="true", PASSERELLE_PROVET__WEBHOOK_PORT="0"
    )
    try:
        port = int(wait_for_line(process, r"listening on http://127\.0\.0\.1:(\d+)").group(1))
        yield process, port
    finally:
        stop(process)


def test_a_port_out_of_range_is_an_input_error(data_dir: Path) -> None:
    for argv in (
        ["provet", "webhooks", "serve", "--port", "70000"],
        ["provet", "webhooks", "serve", "--port", "-1"],
    ):
        process = start(data_dir, *argv)
        _out, err = process.communicate(timeout=60)
        assert process.returncode == 2, err
        assert "port" in err.lower() and "65535" in err and "Traceback" not in err


def test_port_0_says_the_port_bound_and_status_lines_have_their_reason(
    inbox: tuple[subprocess.Popen[str], int],
) -> None:
    _process, port = inbox
    assert port != 0
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(b"POST /provet/webhook/wrong HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        status = conn.recv(200).split(b"\r\n")[0]
    assert status == b"HTTP/1.1 404 Not Found"


def test_a_second_serve_on_the_same_port_says_so(
    data_dir: Path, tmp_path: Path, inbox: tuple[subprocess.Popen[str], int]
) -> None:
    _process, port = inbox
    second = start(
        tmp_path / "second",
        "serve",
        PASSERELLE_PROVET__WEBHOOK_ENABLED="true",
        PASSERELLE_PROVET__WEBHOOK_PORT=str(port),
    )
    _out, err = second.communicate(timeout=60)
    assert second.returncode == 1, err
    assert f"Port {port}" in err and "already in use" in err
    assert "Traceback" not in err and "Something unexpected" not in err


def test_listening_beyond_this_computer_warns_on_the_console(data_dir: Path) -> None:
    process = start(data_dir, "provet", "webhooks", "serve", "--host", "0.0.0.0", "--port", "0")
    try:
        wait_for_line(process, r"Warning: .*0\.0\.0\.0.*other computers")
    finally:
        stop(process)


@pytest.mark.expect_error_log(r"could not be stored", logger="passerelle.db")
@pytest.mark.expect_error_log(r"could not be stored|the disk has room again", logger="passerelle")
def test_a_full_disk_under_the_server_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_logging(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_passerelle", False))
    try:
        assert isinstance(handler, logging.FileHandler)
        real_open = handler._open

        def full(*_a: Any, **_k: Any) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        def opened() -> Any:
            stream = real_open()
            monkeypatch.setattr(stream, "write", full)
            return stream

        monkeypatch.setattr(handler, "_open", opened)
        handler.stream.close()
        handler.stream = None  # type: ignore[assignment]
        for i in range(2000):
            logging.getLogger("passerelle.provet.webhooks").error("delivery %d could not be stored", i)
        err = capsys.readouterr().err
        assert err.count("cannot write its log file") == 1, err[:2000]
        assert "Traceback" not in err and "Logging error" not in err
        monkeypatch.setattr(handler, "_open", real_open)
        logging.getLogger("passerelle.test").error("the disk has room again")
        assert "again" in capsys.readouterr().err
    finally:
        close_logging()


@pytest.mark.expect_error_log(r"could not be stored|the disk has room again", logger="passerelle")
def test_failed_deliveries_are_logged_once_per_run_of_failures(
    ctx: Any, caplog: pytest.LogCaptureFixture
) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    with caplog.at_level(logging.INFO, logger="passerelle.db"):
        for _ in range(500):
            sentence = ctx.db.storage_failed(full, "A webhook delivery")
        assert "disk is full" in sentence
        ctx.db.ensure_healthy()  # a commit that worked: the next failure is said again
        ctx.db.storage_failed(DatabaseError("x", advice="retry"), "A webhook delivery")
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 2 and not any(r.exc_info for r in errors)
