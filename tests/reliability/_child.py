"""A harness child: ``passerelle`` (app.cli.main) in its own process.

The harness's fork server imports this module once (with the app's heavy imports), then forks
one process per run: the same command line code as ``python -m app``, without paying the
interpreter start and the imports for every kill. Nothing here is shared with the test process:
the child gets its own environment, its own database connections and its own output files.
"""

from __future__ import annotations

import os
import sys
import traceback

# The imports a command makes lazily, done once in the fork server.
import app.cli
import app.core.context
import app.core.logging_setup
import app.integrations.omnidoc.service
import app.integrations.provet.connection
import app.integrations.provet.processing
import app.integrations.provet.webhook_server
import app.integrations.totvs.service_rh
import app.integrations.totvs.service_saude
import app.integrations.vetelevage.cli
import app.integrations.vetelevage.connection


def run(argv: list[str], env: dict[str, str], out: str, err: str) -> None:
    """Run one command with exactly ``env`` and its output in two files; exit with its code."""
    os.environ.clear()
    os.environ.update(env)
    for path, fd in ((out, 1), (err, 2)):
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(handle, fd)
        os.close(handle)
    code = 1
    try:
        code = app.cli.main(argv)
    except SystemExit as exc:  # argparse
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
