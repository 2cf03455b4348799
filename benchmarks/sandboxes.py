"""The embedded sandboxes sized for the benchmarks, served from a child process.

The sandboxes are the same Starlette simulators ``--demo`` and the e2e tests use
(app/core/sandbox.py), on loopback. They run in their own process so that their work (building
JSON pages, filtering 100,000 rows) does not compete for the GUI process's GIL: a real API is
on another machine, and a stall measured in the app must be the app's own.

    uv run python -m benchmarks.sandboxes --vet-visits 5000 --rh-rows 100000 --provet 20000

prints one JSON line ``{"vetelevage": base_url, ...}`` once listening, and serves until its
standard input closes.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
from types import TracebackType
from typing import Any

# Provet's published rate limit is 100 consultation requests a minute: the client waits (an
# asyncio sleep, never a stall). Benchmarks measure work, not waiting, so both sides get a
# budget large enough never to wait.
UNLIMITED = 1_000_000


def build_specs(
    vet_visits: int, rh_rows: int, provet: int, vet_accounts: int = 0, vet_latency_ms: float = 0.0
) -> dict[str, Any]:
    """The sandboxes' specs at these sizes (0: that sandbox is not served)."""
    specs: dict[str, Any] = {}
    if vet_visits:
        from app.integrations.vetelevage.sandbox import sandbox as vet_sandbox

        specs["vetelevage"] = vet_sandbox(
            0,
            token_ttl=3600,
            visits_per_account=vet_visits,
            linked_accounts=vet_accounts,
            latency_ms=vet_latency_ms,
        )
    if rh_rows:
        from app.integrations.base import SandboxSpec
        from app.integrations.totvs.sandbox import RH_COMPANIES, RhSandbox, configure_rh_demo

        scopes = sum(len(b) for b in RH_COMPANIES.values())
        sim = RhSandbox(0, rows_per_branch=math.ceil(rh_rows / scopes))
        # As rh_sandbox() builds it, with the size chosen here.
        specs["totvs_rh"] = SandboxSpec(
            app=sim.app(), base_path="/rest", configure_demo=configure_rh_demo, extra={"sim": sim}
        )
    if provet:
        from app.integrations.provet import sandbox as provet_sandbox

        # ProvetSandbox._next_id is max(ids) + 1: quadratic when generating 20,000 consultations
        # (≈ 40 s). During generation ids are dense, so len + 1 is the same number.
        original_next = provet_sandbox.ProvetSandbox._next_id
        provet_sandbox.ProvetSandbox._next_id = lambda self, endpoint: len(self.objects[endpoint]) + 1  # type: ignore[method-assign]
        try:
            specs["provet"] = provet_sandbox.sandbox(
                0,
                consultations=provet,
                budgets={"consultation": UNLIMITED, "invoice": UNLIMITED},
                default_budget=UNLIMITED,
            )
        finally:
            provet_sandbox.ProvetSandbox._next_id = original_next  # type: ignore[method-assign]
    return specs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vet-visits", type=int, default=0)
    parser.add_argument("--rh-rows", type=int, default=0)
    parser.add_argument("--provet", type=int, default=0)
    parser.add_argument("--vet-accounts", type=int, default=0, help="linked SaaS accounts")
    parser.add_argument("--vet-latency-ms", type=float, default=0.0, help="delay of every answer")
    args = parser.parse_args(argv)
    from app.core.sandbox import SandboxServer

    server = SandboxServer(
        build_specs(args.vet_visits, args.rh_rows, args.provet, args.vet_accounts, args.vet_latency_ms)
    ).start(timeout=60)
    print(json.dumps({name: server.base_url(name) for name in server.specs}), flush=True)
    sys.stdin.read()  # until the parent closes our stdin (or dies)
    server.stop()
    return 0


class Sandboxes:
    """``with Sandboxes(vet_visits=5000) as sb: sb.urls`` — the sandbox process, its URLs, then stop.

    The process starts on ``__enter__``; ``urls`` waits until it listens, so the caller can
    prepare something else (a large journal) while the sandboxes generate their data.
    """

    def __init__(
        self,
        *,
        vet_visits: int = 0,
        rh_rows: int = 0,
        provet: int = 0,
        vet_accounts: int = 0,
        vet_latency_ms: float = 0.0,
    ) -> None:
        self.argv = [
            sys.executable,
            "-m",
            "benchmarks.sandboxes",
            f"--vet-visits={vet_visits}",
            f"--rh-rows={rh_rows}",
            f"--provet={provet}",
            f"--vet-accounts={vet_accounts}",
            f"--vet-latency-ms={vet_latency_ms}",
        ]
        self.proc: subprocess.Popen[str] | None = None
        self._urls: dict[str, str] | None = None

    def __enter__(self) -> Sandboxes:
        self.proc = subprocess.Popen(
            self.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ)
        )
        return self

    @property
    def urls(self) -> dict[str, str]:
        if self._urls is None:
            assert self.proc is not None and self.proc.stdout is not None
            line = self.proc.stdout.readline()
            if not line:
                self.proc.wait(timeout=10)
                raise RuntimeError(f"the sandbox process exited {self.proc.returncode} before listening")
            self._urls = json.loads(line)
        return self._urls

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.proc is None:
            return
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


if __name__ == "__main__":
    sys.exit(main())
