"""Named steps of stateful workflows, where the reliability suite can kill the process.

A workflow calls ``step("vetelevage.import.stored")`` between its persisted steps. When the
environment variable ``PASSERELLE_CRASH_AT`` names that step (comma-separated list allowed),
the process dies on the spot with ``os._exit(137)`` — like a SIGKILL or a power cut: no
``finally``, no flush. The tests then restart the workflow and check its invariants.
In normal runs the variable is absent and a step costs one dictionary lookup.
"""

from __future__ import annotations

import os
import sys

ENV = "PASSERELLE_CRASH_AT"
EXIT_CODE = 137


def step(name: str) -> None:
    wanted = os.environ.get(ENV)
    if wanted and name in wanted.split(","):
        sys.stderr.write(f"crash point {name}\n")
        sys.stderr.flush()
        os._exit(EXIT_CODE)
