"""Named steps of stateful workflows, where the reliability suite can kill the process.

A workflow calls ``step("vetelevage.import.stored")`` between its persisted steps. When the
environment variable ``PASSERELLE_CRASH_AT`` names that step (comma-separated list allowed),
the process dies on the spot with ``os._exit(137)`` — like a SIGKILL or a power cut: no
``finally``, no flush. ``name#N`` dies the N-th time the step is reached (e.g. after the third
page of a load). The tests then restart the workflow and check its invariants.
In normal runs the variable is absent and a step costs one dictionary lookup.

Every step a workflow calls is declared once, in :data:`WORKFLOWS`, in the order the workflow
reaches them: the reliability harness (tests/reliability) kills each workflow at each of its
steps in turn, and a test checks that the calls in app/ and this list agree.
"""

from __future__ import annotations

import os
import sys

ENV = "PASSERELLE_CRASH_AT"
EXIT_CODE = 137

# workflow → its steps, in the order a run reaches them.
WORKFLOWS: dict[str, tuple[str, ...]] = {
    "vetelevage.import": (
        "vetelevage.import.fetched",  # the frozen batch is in memory, nothing stored yet
        "vetelevage.import.stored",  # visits committed locally, not yet acknowledged
        "vetelevage.import.acknowledged_remote",  # Vétélevage acknowledged, our record not yet
        "vetelevage.import.recorded",  # the acknowledgement recorded
    ),
    "vetelevage.commit": ("vetelevage.commit.done",),
    "vetelevage.export": (
        "vetelevage.export.recorded",  # the export and its lines recorded, the file not written yet
        "vetelevage.export.written",  # the file in place, the export not yet marked done
    ),
    "provet.webhooks": (
        "provet.webhook.stored",  # the delivery committed to the inbox, the 200 not sent yet
        "provet.process.claimed",  # events claimed (processing), their objects not fetched yet
        "provet.process.fetched",  # an event's object fetched, not stored yet
        "provet.process.finished",  # an event's object stored and the event done
    ),
    "totvs_rh.load": (
        "totvs_rh.load.begun",  # the load row is running, no page fetched yet
        "totvs_rh.load.page_stored",  # a page upserted with the cursor (one per page)
        "totvs_rh.load.finished",  # the load recorded as done
    ),
    "omnidoc.send": (
        "omnidoc.create.answered",  # Omnidoc created the draft, its id not stored yet
        "omnidoc.create.stored",  # the draft id stored, no file uploaded yet
        "omnidoc.upload.sent",  # a file accepted by Omnidoc, not yet marked uploaded here
        "omnidoc.upload.one",  # a file marked uploaded (one per file)
        "omnidoc.upload.done",  # every file uploaded and recorded, the draft not opened yet
    ),
    "totvs_saude.create": (
        "totvs_saude.create.sending",  # marked sent, the POST not made yet
        "totvs_saude.create.answered",  # TOTVS filed it, its code not stored yet
        "totvs_saude.create.confirmed",  # the code stored
    ),
}

_hits: dict[str, int] = {}


def steps(workflow: str) -> tuple[str, ...]:
    """The declared steps of ``workflow`` (KeyError for an unknown one)."""
    return WORKFLOWS[workflow]


def all_steps() -> list[str]:
    return [s for names in WORKFLOWS.values() for s in names]


def workflow_of(name: str) -> str:
    for workflow, names in WORKFLOWS.items():
        if name in names:
            return workflow
    raise KeyError(name)


def _wanted(name: str, wanted: str) -> bool:
    entries = [entry.strip().partition("#") for entry in wanted.split(",")]
    mine = [nth for target, _, nth in entries if target == name]
    if not mine:
        return False
    count = _hits[name] = _hits.get(name, 0) + 1
    return any(not nth or not nth.isdigit() or int(nth) == count for nth in mine)


def step(name: str) -> None:
    wanted = os.environ.get(ENV)
    if wanted and _wanted(name, wanted):
        sys.stderr.write(f"crash point {name}\n")
        sys.stderr.flush()
        os._exit(EXIT_CODE)
