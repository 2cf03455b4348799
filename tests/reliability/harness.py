"""Kill-at-every-step harness: run a workflow as a ``passerelle`` process, kill it at a named
step, restart it, check the invariants.

- The step names come from one place, :data:`app.core.crashpoints.WORKFLOWS`.
- The sandboxes run in the test process (they outlive the killed process); the process reaches
  them over loopback through its environment (``PASSERELLE_<SECTION>__<KEY>``).
- A killed run is a separate process: by default forked from a fork server that imported the
  app once (:mod:`tests.reliability._child`, the same ``app.cli.main`` as ``python -m app``);
  ``PASSERELLE_RELIABILITY_SPAWN=exec`` starts ``python -m app`` for every run instead (what a
  user runs, and what the soak variants use). The run after the crash may be in this process
  (:meth:`Passerelle.here`): the same command line, without a process start.

Each :class:`Scenario` knows one workflow: how to run it, what must hold right after a kill
(nothing fetched or typed is lost), how to finish it, and its invariants at the end (nothing
lost, nothing billed/filed/stored twice, the remote side acknowledged).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import io
import json
import multiprocessing
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Self

import httpx
import sqlalchemy as sa

from app.core import crashpoints
from app.core.sandbox import SandboxServer, free_port
from app.integrations.base import SandboxSpec

SPAWN_ENV = "PASSERELLE_RELIABILITY_SPAWN"
ROOT = Path(__file__).resolve().parents[2]

# Workflows whose kill-at-every-step test lives elsewhere (reused, not duplicated here).
COVERED_ELSEWHERE = {
    "vetelevage.import": "tests/e2e/test_vetelevage_crash.py",
    "vetelevage.commit": "tests/e2e/test_vetelevage_crash.py",
    "vetelevage.export": "tests/e2e/test_vetelevage_crash.py",
}


# ---------------------------------------------------------------- processes


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def crashed_at(self, step: str) -> bool:
        return self.code == crashpoints.EXIT_CODE and f"crash point {step}" in self.err


_mp_context: Any = None


def _forkserver() -> Any:
    global _mp_context
    if _mp_context is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["tests.reliability._child"])
        _mp_context = context
    return _mp_context


class Child:
    """A ``passerelle`` process started by the harness."""

    def __init__(self, argv: list[str], env: dict[str, str], out: Path, err: Path) -> None:
        self.out, self.err = out, err
        self._proc: Any
        if os.environ.get(SPAWN_ENV) == "exec" or sys.platform == "win32":
            with out.open("wb") as o, err.open("wb") as e:
                self._proc = subprocess.Popen(
                    [sys.executable, "-m", "app", *argv], stdout=o, stderr=e, env=env, cwd=ROOT
                )
            self._exec = True
        else:
            from tests.reliability import _child

            self._proc = _forkserver().Process(target=_child.run, args=(argv, env, str(out), str(err)))
            self._proc.start()
            self._exec = False

    def alive(self) -> bool:
        return self._proc.poll() is None if self._exec else bool(self._proc.is_alive())

    def wait(self, timeout: float = 60.0) -> Run:
        if self._exec:
            try:
                code = self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                raise AssertionError(f"passerelle did not end within {timeout} s") from None
        else:
            self._proc.join(timeout)
            if self._proc.exitcode is None:
                self.kill()
                raise AssertionError(f"passerelle did not end within {timeout} s")
            code = self._proc.exitcode
        return Run(int(code), self.out.read_text(encoding="utf-8"), self.err.read_text(encoding="utf-8"))

    def kill(self) -> None:
        self._proc.kill()
        if self._exec:
            self._proc.wait(10)
        else:
            self._proc.join(10)


class Passerelle:
    """The ``passerelle`` command on one data dir, configured by its environment."""

    def __init__(self, tmp: Path, env: dict[str, str], database_url: str = "") -> None:
        self.tmp = tmp
        self.data_dir = tmp / "data"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.env = dict(env)
        if database_url:  # a clinic database shared by several desks, instead of the SQLite file
            self.env["PASSERELLE_DATABASE__URL"] = database_url
        self.database_url = database_url or f"sqlite:///{self.data_dir / 'passerelle.db'}"
        self._runs = 0

    def child_env(self, crash_at: str = "") -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PASSERELLE_")}
        env.update(self.env)
        env[crashpoints.ENV] = crash_at
        # Tokens the process stores go to a keyring file of this test, never the user's.
        env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
        env["XDG_DATA_HOME"] = str(self.tmp / "xdg")
        return env

    def argv(self, *args: str) -> list[str]:
        return ["--data-dir", str(self.data_dir), "--json", *args]

    def start(self, *args: str, crash_at: str = "") -> Child:
        self._runs += 1
        out = self.tmp / f"run{self._runs}.out"
        err = self.tmp / f"run{self._runs}.err"
        return Child(self.argv(*args), self.child_env(crash_at), out, err)

    def run(self, *args: str, crash_at: str = "", timeout: float = 60.0) -> Run:
        return self.start(*args, crash_at=crash_at).wait(timeout)

    @contextlib.contextmanager
    def environment(self) -> Iterator[None]:
        saved = dict(os.environ)
        os.environ.update(self.env)
        os.environ.pop(crashpoints.ENV, None)
        try:
            yield
        finally:
            os.environ.clear()
            os.environ.update(saved)

    def here(self, *args: str) -> Run:
        """The same command in this process (no kill possible; no process start either)."""
        from app.cli import main

        out, err = io.StringIO(), io.StringIO()
        with self.environment(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(self.argv(*args))
        return Run(code, out.getvalue(), err.getvalue())

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        """Read the process's database as the next run would find it (plain SQL, both engines)."""
        engine = sa.create_engine(self.database_url, poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as conn:
                return [tuple(row) for row in conn.exec_driver_sql(sql)]
        finally:
            engine.dispose()

    @contextlib.contextmanager
    def context(self) -> Iterator[Any]:
        from app.core.context import AppContext

        with self.environment():
            ctx = AppContext.open(self.data_dir)
            try:
                yield ctx
            finally:
                ctx.close()


def wait_until(predicate: Callable[[], bool], timeout: float = 20.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        time.sleep(0.02)


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


# ---------------------------------------------------------------- scenarios


class Scenario:
    """One workflow against its sandbox, in a data dir of its own."""

    workflow = ""
    # step → what to put in PASSERELLE_CRASH_AT (e.g. the 2nd page rather than the 1st)
    crash_spec: ClassVar[dict[str, str]] = {}

    def __init__(self, tmp: Path, database_url: str = "") -> None:
        self.tmp = tmp
        self.database_url = database_url
        self.server = SandboxServer(self.sandboxes())
        self.cli: Passerelle

    def __enter__(self) -> Self:
        self.server.start()
        self.cli = Passerelle(self.tmp, self.settings(), self.database_url)
        self.prepare()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    def sim(self, name: str) -> Any:
        return self.server.specs[name].extra["sim"]

    def sandboxes(self) -> dict[str, SandboxSpec]:
        raise NotImplementedError

    def settings(self) -> dict[str, str]:
        raise NotImplementedError

    def prepare(self) -> None:
        """Remote and local data the workflow starts from."""

    def command(self) -> list[str]:
        raise NotImplementedError

    def resume_command(self) -> list[str]:
        return self.command()

    def crash(self, step: str) -> Run:
        """Run the workflow in a process that dies at ``step``."""
        return self.cli.run(*self.command(), crash_at=self.crash_spec.get(step, step))

    def after_crash(self, step: str) -> None:
        """What already holds when the process died: nothing fetched or typed is lost."""

    def resume(self) -> Run:
        """Run it again without the kill, to its end."""
        run = self.cli.here(*self.resume_command())
        assert run.code == 0, run.err
        return run

    def check(self) -> None:
        """The invariants once the workflow has finished."""
        raise NotImplementedError


# -- TOTVS RH paged load ------------------------------------------------------


class RhLoad(Scenario):
    workflow = "totvs_rh.load"
    crash_spec: ClassVar[dict[str, str]] = {"totvs_rh.load.page_stored": "totvs_rh.load.page_stored#2"}
    scope = ("T1", "D MG 01")
    page_size = 500

    def sandboxes(self) -> dict[str, SandboxSpec]:
        from app.integrations.totvs.sandbox import rh_sandbox

        return {"totvs_rh": rh_sandbox(0)}

    def settings(self) -> dict[str, str]:
        from app.integrations.totvs.sandbox import PASSWORD, USERNAME

        return {
            "PASSERELLE_TOTVS_RH__BASE_URL": self.server.base_url("totvs_rh"),
            "PASSERELLE_TOTVS_RH__USERNAME": USERNAME,
            "PASSERELLE_TOTVS_RH__PASSWORD": PASSWORD,
            "PASSERELLE_TOTVS_RH__PAGE_SIZE": str(self.page_size),
        }

    def command(self) -> list[str]:
        return ["totvs-rh", "pull", "--full", "--company", self.scope[0], "--branch", self.scope[1]]

    def remote_ids(self) -> set[str]:
        key = "|".join(self.scope)
        return {i for i, row in self.sim("totvs_rh").rows.items() if row["companyKey"].strip() == key}

    def stored_ids(self) -> list[str]:
        return [r[0] for r in self.cli.query("SELECT id FROM totvs_copart")]

    def after_crash(self, step: str) -> None:
        stored = len(self.stored_ids())
        expected = {"totvs_rh.load.begun": 0, "totvs_rh.load.page_stored": 2 * self.page_size}
        assert stored == expected.get(step, len(self.remote_ids())), (
            "every page stored before the kill is kept"
        )

    def resume(self) -> Run:
        """Loads on from the first page not stored: pages stored before are not fetched again."""
        rows = self.cli.query("SELECT next_page FROM totvs_rh_loads WHERE state != 'done'")
        first = int(rows[0][0]) if rows else 1
        self.sim("totvs_rh").requests.clear()
        run = super().resume()
        pages = [int(r["page"]) for r in self.sim("totvs_rh").requests]
        last = -(-len(self.remote_ids()) // self.page_size)
        assert pages == list(range(first, last + 1)), pages
        return run

    def check(self) -> None:
        ids = self.stored_ids()
        assert len(ids) == len(set(ids)) and set(ids) == self.remote_ids(), "every row, once"
        states = self.cli.query("SELECT state FROM totvs_rh_loads")
        assert {s for (s,) in states} == {"done"}, f"no load left unfinished: {states}"
        again = self.cli.here("totvs-rh", "pull", "--company", self.scope[0], "--branch", self.scope[1])
        assert again.code == 0 and again.json()["stored"] == 0, "an incremental run finds nothing new"


# -- TOTVS Saúde prescription create -------------------------------------------


class PrescriptionCreate(Scenario):
    workflow = "totvs_saude.create"
    date = "2024-05-06"
    medication = "0490778899"

    def sandboxes(self) -> dict[str, SandboxSpec]:
        from app.integrations.totvs.sandbox import saude_sandbox

        return {"totvs_saude": saude_sandbox(0)}

    def settings(self) -> dict[str, str]:
        from app.integrations.totvs.sandbox import PASSWORD, USERNAME

        return {
            "PASSERELLE_TOTVS_SAUDE__BASE_URL": self.server.base_url("totvs_saude"),
            "PASSERELLE_TOTVS_SAUDE__USERNAME": USERNAME,
            "PASSERELLE_TOTVS_SAUDE__PASSWORD": PASSWORD,
            "PASSERELLE_TOTVS_SAUDE__HEALTH_INSURER_CODE": "0001",
        }

    def prepare(self) -> None:
        from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER

        self.form = self.tmp / "prescription.json"
        self.form.write_text(
            json.dumps(
                {
                    "subscriberId": DEMO_SUBSCRIBER,
                    "professionalCouncil": "CRM",
                    "stateAbbreviation": "MG",
                    "professionalName": "ANA LIMA",
                    "prescriptionDate": self.date,
                    "professionalCouncilNumber": "556677",
                    "medications": [{"tableCode": "04", "medicationCode": self.medication}],
                    "attachments": [{"href": "https://example.com/receita.pdf"}],
                }
            ),
            encoding="utf-8",
        )

    def command(self) -> list[str]:
        return ["totvs-saude", "prescriptions", "create", "--form", str(self.form)]

    def filed(self) -> list[Any]:
        from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER

        return [
            p
            for p in self.sim("totvs_saude").of(DEMO_SUBSCRIBER)
            if p.start == self.date and [m["medicationCode"] for m in p.medications] == [self.medication]
        ]

    def after_crash(self, step: str) -> None:
        rows = self.cli.query("SELECT state FROM totvs_prescription_submissions")
        assert len(rows) == 1, "the form typed is kept before anything is sent"

    def check(self) -> None:
        filed = self.filed()
        assert len(filed) == 1, "filed exactly once"
        rows = self.cli.query("SELECT state, prescription_code FROM totvs_prescription_submissions")
        assert rows == [("confirmed", filed[0].code)], rows
        again = self.cli.here(*self.command())
        assert again.code == 0 and again.json()["already_filed"] is True
        assert len(self.filed()) == 1


# -- Omnidoc create → uploads ---------------------------------------------------


class OmnidocSend(Scenario):
    workflow = "omnidoc.send"
    crash_spec: ClassVar[dict[str, str]] = {
        "omnidoc.upload.sent": "omnidoc.upload.sent#2",
        "omnidoc.upload.one": "omnidoc.upload.one#1",
    }
    names = ("lettre.txt", "photo.png")

    def sandboxes(self) -> dict[str, SandboxSpec]:
        from app.integrations.omnidoc.sandbox import sandbox

        return {"omnidoc": sandbox(0)}

    def settings(self) -> dict[str, str]:
        from app.integrations.omnidoc.sandbox import API_TOKEN

        return {
            "PASSERELLE_OMNIDOC__BASE_URL": self.server.base_url("omnidoc"),
            "PASSERELLE_OMNIDOC__API_TOKEN": API_TOKEN,
            "PASSERELLE_OMNIDOC__AUTHOR_RPPS": "10001234567",
        }

    def prepare(self) -> None:
        self.form = self.tmp / "omnidoc.json"
        self.form.write_text(
            json.dumps(
                {
                    "patient_first_name": "Jeanne",
                    "patient_last_name": "Dupuis",
                    "patient_gender": "F",
                    "patient_birth_date": "1961-04-02",
                    "recipient_rpps": "10002170750",
                    "text": "Lésion pigmentée du dos",
                }
            ),
            encoding="utf-8",
        )
        self.files = []
        for i, name in enumerate(self.names):
            path = self.tmp / name
            path.write_bytes(
                b"\x89PNG\r\n\x1a\n" + bytes(50 * (i + 1)) if name.endswith(".png") else b"Bonjour\n"
            )
            self.files.append(path)

    def command(self) -> list[str]:
        out = ["omnidoc", "draft", "--form", str(self.form)]
        for path in self.files:
            out += ["--file", str(path)]
        return out

    def request_id(self) -> str:
        [(request_id,)] = self.cli.query("SELECT id FROM omnidoc_requests")
        return str(request_id)

    def resume_command(self) -> list[str]:
        rows = self.cli.query("SELECT id FROM omnidoc_requests")
        return ["omnidoc", "draft", "--resume", str(rows[0][0])] if rows else self.command()

    def after_crash(self, step: str) -> None:
        files = self.cli.query("SELECT name FROM omnidoc_files ORDER BY position")
        assert [n for (n,) in files] == list(self.names), "the request and its files are kept"
        if step == "omnidoc.upload.sent":
            self.abandoned_allowed = 1  # that file may be on the draft: the files go to a fresh one

    abandoned_allowed = 0  # drafts left behind because an upload got no answer

    def check(self) -> None:
        request_id = self.request_id()
        rows = self.cli.query("SELECT state, draft_id FROM omnidoc_requests")
        [(state, draft_id)] = rows
        assert state == "opened", rows
        drafts = self.sim("omnidoc").drafts
        draft = drafts[draft_id]
        assert [f[0] for f in draft.files] == list(self.names), "each file on the draft exactly once"
        assert draft.body["context"] == {"passerelle_request": request_id}
        left = [d for d in drafts.values() if d.id != draft_id]
        assert len(left) <= self.abandoned_allowed, "one draft, unless an upload got no answer"
        assert not any(d.visited for d in left), "a draft left behind is never opened"
        states = self.cli.query("SELECT state FROM omnidoc_files")
        assert {s for (s,) in states} == {"uploaded"}


# -- Provet webhook store → process ---------------------------------------------


class ProvetInbox(Scenario):
    """Provet POSTs ``consultation_id=N`` to the inbox (retrying anything but 200); the inbox
    stores each delivery before its 200, then fetches the object into the cache."""

    workflow = "provet.webhooks"
    changed = (1, 2, 3)
    token = "inbox-token-reliability-7f3a"

    def sandboxes(self) -> dict[str, SandboxSpec]:
        from app.integrations.provet.sandbox import sandbox

        return {"provet": sandbox(0, retry_delay=0.05, consultations=20)}

    def settings(self) -> dict[str, str]:
        from app.integrations.provet.sandbox import CLIENT_ID, CLIENT_SECRET

        return {
            "PASSERELLE_PROVET__BASE_URL": self.server.base_url("provet"),
            "PASSERELLE_PROVET__CLIENT_ID": CLIENT_ID,
            "PASSERELLE_PROVET__CLIENT_SECRET": CLIENT_SECRET,
            "PASSERELLE_PROVET__GRANT": "client_credentials",
            "PASSERELLE_PROVET__WEBHOOK_TOKEN": self.token,
        }

    def control(self, action: str, body: dict[str, Any] | None = None) -> Any:
        root = self.server.base_url("provet").split("/1234/")[0]
        return httpx.post(f"{root}/_control/{action}", json=body or {}, timeout=10).json()

    def prepare(self) -> None:
        self.port = free_port()
        self.control("receiver", {"url": f"http://127.0.0.1:{self.port}/provet/webhook/{self.token}"})

    def command(self) -> list[str]:
        return ["provet", "webhooks", "serve", "--port", str(self.port)]

    def emit_changes(self) -> None:
        for i in self.changed:
            self.control(
                "change", {"endpoint": "consultation", "id": i, "fields": {"complaint": f"Contrôle {i}"}}
            )

    def deliveries(self) -> list[dict[str, Any]]:
        return list(self.control("deliveries")["deliveries"])

    def crash(self, step: str) -> Run:
        child = self.cli.start(*self.command(), crash_at=self.crash_spec.get(step, step))
        wait_until(lambda: listening(self.port) or not child.alive(), what="the inbox to listen")
        self.emit_changes()
        return child.wait(30)

    def after_crash(self, step: str) -> None:
        stored = self.cli.query("SELECT object_id FROM provet_events")
        assert stored, "the delivery stored before the kill is kept"
        assert len(stored) == len({o for (o,) in stored}), "one event per object"

    def resume(self) -> Run:
        """The inbox again, in this process: Provet redelivers what got no 200; the events a
        dead process had claimed are taken up again once its claim is stale."""
        from app.integrations.provet import inbox, processing
        from app.integrations.provet.tables import provet_events

        with self.cli.context() as ctx:
            # A claim is only taken over when stale (another desk may be working on it): age the
            # dead process's claims by that delay rather than waiting for it.
            stale = dt.datetime.now(dt.UTC) - processing.STALE_PROCESSING - dt.timedelta(seconds=1)
            with ctx.db.transaction() as conn:
                conn.execute(
                    sa.update(provet_events)
                    .where(provet_events.c.state == inbox.PROCESSING)
                    .values(updated_at=stale)
                )
            asyncio.run(self._serve_until_done(ctx))
        return Run(0, "", "")

    async def _serve_until_done(self, ctx: Any) -> None:
        from app.integrations.provet import inbox
        from app.integrations.provet.webhook_server import serve

        stop = asyncio.Event()
        task = asyncio.get_running_loop().create_task(
            serve(ctx, "127.0.0.1", self.port, process_every=0.2, stop=stop)
        )

        def finished() -> bool:
            events = inbox.events(ctx)
            delivered = all(d["delivered"] for d in self.deliveries())
            # A redelivery of what the dead process stored but never answered is a new event
            # once the first is processed (an update is never swallowed): fetched again.
            return (
                delivered
                and {e.object_id for e in events} == set(self.changed)
                and all(e.state == inbox.DONE for e in events)
            )

        try:
            deadline = time.monotonic() + 30
            while not await asyncio.to_thread(finished):
                assert time.monotonic() < deadline, "the inbox did not catch up"
                await asyncio.sleep(0.05)
        finally:
            stop.set()
            await asyncio.wait_for(task, 10)

    def check(self) -> None:
        rows = self.cli.query("SELECT trigger, object_id, state FROM provet_events ORDER BY object_id")
        assert sorted(set(rows)) == [("consultation_id", i, "done") for i in self.changed], rows
        attempts = {int(d["payload"]["consultation_id"]): len(d["statuses"]) for d in self.deliveries()}
        for i in self.changed:  # one event per delivery attempt at most: nothing stored twice otherwise
            assert sum(1 for r in rows if r[1] == i) <= attempts[i], (i, rows)
        cache = {
            oid: json.loads(raw)
            for oid, raw in self.cli.query(
                "SELECT object_id, raw FROM provet_objects WHERE endpoint = 'consultation'"
            )
        }
        assert all(cache[i]["complaint"] == f"Contrôle {i}" for i in self.changed), "every change fetched"
        assert all(d["delivered"] for d in self.deliveries()), "Provet got its 200 for every delivery"
        assert self.cli.query(
            "SELECT count(*) FROM attention WHERE integration = 'provet' AND state = 'open'"
        ) in (
            [(0,)],
            [],
        )


# -- Vétélevage import (killed in tests/e2e/test_vetelevage_crash.py; here for chaos) ---------


class VetelevageImport(Scenario):
    workflow = "vetelevage.import"
    visits = 12

    def sandboxes(self) -> dict[str, SandboxSpec]:
        from app.integrations.vetelevage.sandbox import sandbox

        return {"vetelevage": sandbox(0, visits_per_account=self.visits)}

    def settings(self) -> dict[str, str]:
        from app.integrations.vetelevage.sandbox import EDITOR_ID, EDITOR_SECRET

        return {
            "PASSERELLE_VETELEVAGE__BASE_URL": self.server.base_url("vetelevage"),
            "PASSERELLE_VETELEVAGE__CLIENT_ID": EDITOR_ID,
            "PASSERELLE_VETELEVAGE__CLIENT_SECRET": EDITOR_SECRET,
            "PASSERELLE_VETELEVAGE__USERNAME": "bocage",
            "PASSERELLE_VETELEVAGE__PASSWORD": "vaches-35",
        }

    def command(self) -> list[str]:
        return ["vetelevage", "import"]

    def check(self) -> None:
        ids = [i for (i,) in self.cli.query("SELECT id FROM vet_visits")]
        assert len(ids) == len(set(ids)) == self.visits, "every visit stored exactly once"
        unacked = self.cli.query("SELECT count(*) FROM vet_batches WHERE acknowledged_at IS NULL")
        assert unacked == [(0,)], "every stored batch recorded as acknowledged"
        account = self.sim("vetelevage").accounts["C123"]
        assert account.frozen is None and not account.pending, "the remote side ends acknowledged"


SCENARIOS: dict[str, type[Scenario]] = {
    s.workflow: s for s in (ProvetInbox, RhLoad, OmnidocSend, PrescriptionCreate)
}


def cases() -> list[tuple[str, str]]:
    """(workflow, step) for every declared step of every workflow covered here."""
    return [(w, s) for w, steps in crashpoints.WORKFLOWS.items() if w in SCENARIOS for s in steps]
