"""Webhook inbox: sustained deliveries per second over loopback, every delivery committed
before its 200, p99 latency, nothing lost — against a bare endpoint that answers 200 without
storing, same run, same load generator.

The inbox is the desktop app's ``WebhookReceiver`` (app/integrations/provet/webhook_server.py)
over a fresh SQLite store, in its own process; the bare endpoint is a Starlette route served
the same way (uvicorn in a thread, same settings). The load generator is wrk when installed,
else an httpx AsyncClient with 16 concurrent connections (bounded: 16 workers, 10 s timeout);
each row names the one used. Both post Provet's form deliveries (``consultation_id=N``, each
id once, so none is a duplicate). After the run the inbox's rows are counted.

    uv run python -m benchmarks.bench_webhooks [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import Result, print_table

DELIVERIES, QUICK_DELIVERIES = 10_000, 1_000
WARMUP = 200
CONNECTIONS = 16
RATE_TARGET, P99_TARGET = 1000.0, 50.0
TOKEN = "bench-webhook-token-0123456789abcdef"


# ---------------------------------------------------------------- the server process


def serve(mode: str, data_dir: Path) -> None:
    """Serve the inbox (or the bare endpoint) until stdin closes; print its URL first."""
    if mode == "inbox":
        from app.core.context import AppContext
        from app.core.secrets import use_memory_keyring
        from app.integrations.provet.webhook_server import WebhookReceiver

        use_memory_keyring()
        ctx = AppContext.open(data_dir)
        ctx.secrets.set("provet", "webhook_token", TOKEN)
        receiver = WebhookReceiver(ctx).start()
        print(json.dumps({"url": f"{receiver.url}/provet/webhook/{TOKEN}"}), flush=True)
        sys.stdin.read()
        receiver.stop()
        ctx.close()
        return
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    from app.core.sandbox import free_port
    from app.integrations.provet.webhook_server import _config

    async def webhook(request: Request) -> Response:
        await request.body()
        return JSONResponse({"stored": 0, "duplicate": False})

    app = Starlette(routes=[Route("/provet/webhook/{token:str}", webhook, methods=["POST"])])
    port = free_port()
    server = uvicorn.Server(_config(app, "127.0.0.1", port))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    print(json.dumps({"url": f"http://127.0.0.1:{port}/provet/webhook/{TOKEN}"}), flush=True)
    sys.stdin.read()
    server.should_exit = True
    thread.join(timeout=10)


# ---------------------------------------------------------------- the load generator


@dataclass
class Delivered:
    """What the Python load generator saw: latencies of the 200s, their bodies, failures, wall time."""

    latencies: list[float] = field(default_factory=list)
    bodies: list[Any] = field(default_factory=list)
    failed: int = 0  # not 200 (a 503 "not stored, try again") or no answer: Provet retries those
    wall: float = 0.0


async def deliver(url: str, first: int, count: int, connections: int) -> Delivered:
    """POST ``count`` deliveries (object ids first…first+count-1) over at most ``connections``
    connections at once (bounded: ``connections`` workers, a 10 s timeout per request)."""
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    seen = Delivered()
    next_id = first
    end = first + count

    async with httpx.AsyncClient(limits=limits, timeout=10) as client:

        async def worker() -> None:
            nonlocal next_id
            while next_id < end:
                oid = next_id
                next_id += 1
                started = time.perf_counter()
                try:
                    response = await client.post(
                        url,
                        content=f"consultation_id={oid}".encode(),
                        headers={"content-type": "application/x-www-form-urlencoded"},
                    )
                except httpx.HTTPError:
                    seen.failed += 1
                    continue
                if response.status_code != 200:
                    seen.failed += 1
                    continue
                seen.latencies.append(time.perf_counter() - started)
                seen.bodies.append(response.json())

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        seen.wall = time.perf_counter() - started
    return seen


WRK_SCRIPT = """
local threads = {}
function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end
function init(args)
  base = tonumber(args[1])
  counter = 0
end
request = function()
  counter = counter + 1
  local oid = base + tid * 10000000 + counter
  return wrk.format("POST", nil, {["Content-Type"] = "application/x-www-form-urlencoded"},
                    "consultation_id=" .. oid)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_s": %f, "p50_ms": %f, "p99_ms": %f, "max_ms": %f, ' ..
    '"bad_status": %d, "socket_errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, e.status,
    e.connect + e.read + e.write + e.timeout))
end
"""


def wrk(url: str, seconds: float, base: int, folder: Path) -> dict[str, float]:
    script = folder / "deliveries.lua"
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    argv = ["wrk", "-t", "2", "-c", str(CONNECTIONS), "-d", f"{seconds:.0f}s", "--timeout", "10s"]
    argv += ["-s", str(script), url]
    proc = subprocess.run([*argv, "--", str(base)], capture_output=True, text=True, timeout=seconds + 60)
    if proc.returncode != 0:
        raise RuntimeError(f"wrk exited {proc.returncode}: {proc.stderr}")
    out: dict[str, float] = json.loads([x for x in proc.stdout.splitlines() if x.startswith("{")][-1])
    return out


def run(mode: str, deliveries: int, folder: Path) -> dict[str, float]:
    """Load ``mode``'s server: with wrk for ``deliveries`` / 1,000 seconds when wrk is installed
    (a C load generator: the Python one costs the server CPU on a small machine), else with
    httpx for ``deliveries`` requests."""
    data_dir = folder / mode
    argv = [sys.executable, "-m", "benchmarks.bench_webhooks", "--serve", mode, str(data_dir)]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    use_wrk = shutil.which("wrk") is not None
    try:
        assert proc.stdout is not None and proc.stdin is not None
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"the {mode} server exited {proc.wait()} before listening")
        url = json.loads(line)["url"]
        if use_wrk:
            warm = wrk(url, 2, 1_000_000_000, folder)
            out = wrk(url, max(5.0, deliveries / RATE_TARGET), 2_000_000_000, folder)
            sent_ok = warm["requests"] - warm["bad_status"] + out["requests"] - out["bad_status"]
            # Not 200 (a 503 "not stored, try again") or no answer in 10 s: Provet retries those.
            out["failed"] = (
                warm["bad_status"] + warm["socket_errors"] + out["bad_status"] + out["socket_errors"]
            )
            out["rate"] = out["requests"] / out["duration_s"]
            out["generator"] = 1.0
        else:
            warm = asyncio.run(deliver(url, 1, WARMUP, CONNECTIONS))
            seen = asyncio.run(deliver(url, 1 + WARMUP, deliveries, CONNECTIONS))
            ordered = sorted(seen.latencies) or [float("nan")]
            out = {
                "requests": float(deliveries),
                "rate": len(seen.latencies) / seen.wall,  # answered 200 per second
                "p50_ms": ordered[len(ordered) // 2] * 1000,
                "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
                "max_ms": ordered[-1] * 1000,
                "generator": 0.0,
                "failed": float(warm.failed + seen.failed),
            }
            sent_ok = float(len(warm.latencies) + len(seen.latencies))
            # The inbox answers each stored delivery with its own event id; the bare endpoint
            # stores nothing (it answers stored 0), so only the inbox is checked.
            if mode == "inbox":
                stored = [b["stored"] for b in seen.bodies]
                if len(set(stored)) != len(stored) or any(b["duplicate"] for b in seen.bodies):
                    raise RuntimeError("the inbox answered a duplicate or reused an event id")
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        proc.wait(timeout=30)
    if mode == "inbox":
        from app.core.paths import database_file

        conn = sqlite3.connect(database_file(data_dir))
        rows, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT object_id) FROM provet_events WHERE trigger = 'consultation_id'"
        ).fetchone()
        conn.close()
        out["stored_rows"] = float(rows)
        # Every 200 must have its row (a request cut by the end of the run may be stored unanswered).
        out["lost"] = max(0.0, sent_ok - distinct)
    print(f"{mode}: " + ", ".join(f"{k} {v:.1f}" for k, v in out.items()), file=sys.stderr)
    return out


def generator() -> str:
    """The load generator this run uses: wrk when installed, else the Python one."""
    return "wrk" if shutil.which("wrk") else "httpx (Python)"


def measure(quick: bool = False) -> list[Result]:
    """The inbox against the bare endpoint, same generator; each row names the generator."""
    deliveries = QUICK_DELIVERIES if quick else DELIVERIES
    used = generator()
    print(f"webhooks: load generator {used}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="passerelle-bench-") as tmp:
        bare = run("bare", deliveries, Path(tmp))
        inbox = run("inbox", deliveries, Path(tmp))
    return [
        Result(
            f"webhook inbox, deliveries/s ({CONNECTIONS} connections, {used})",
            inbox["rate"],
            bare["rate"],
            "/s",
            f"≥ {RATE_TARGET:,.0f}/s",
            inbox["rate"] >= RATE_TARGET,
        ),
        Result(
            "webhook inbox p99 latency",
            inbox["p99_ms"],
            bare["p99_ms"],
            "ms",
            f"≤ {P99_TARGET:.0f} ms",
            inbox["p99_ms"] <= P99_TARGET,
        ),
        Result(
            "webhook inbox: deliveries lost",
            inbox["lost"],
            None,
            "",
            f"0 ({inbox['stored_rows']:,.0f} stored, {inbox['failed']:,.0f} not answered 200)",
            inbox["lost"] == 0,
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", nargs=2, metavar=("MODE", "DATA_DIR"))
    parser.add_argument("--quick", action="store_true", help="1,000 deliveries (a smoke run)")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], Path(args.serve[1]))
        return 0
    print_table(measure(args.quick))
    return 0


if __name__ == "__main__":
    sys.exit(main())
