"""Demo mode: every sandbox in-process, a throwaway data dir, settings pointed at them."""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from pathlib import Path

from app.core.context import AppContext
from app.core.sandbox import SandboxServer
from app.core.secrets import use_memory_keyring
from app.ops.sandboxes import all_sandboxes

log = logging.getLogger("passerelle.demo")


def demo_data_dir() -> Path:
    """A throwaway data directory, removed when the process exits."""
    path = Path(tempfile.mkdtemp(prefix="passerelle-demo-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def start_demo(data_dir: Path | None = None, seed: int = 0) -> tuple[AppContext, SandboxServer]:
    """Start the sandboxes and open a context configured to use them (nothing real is touched)."""
    use_memory_keyring()
    server = SandboxServer(all_sandboxes(seed)).start()
    ctx = AppContext.open(data_dir or demo_data_dir(), demo=True)
    for name, spec in server.specs.items():
        if spec.configure_demo is not None:
            spec.configure_demo(ctx, server.base_url(name))
    ctx.save_settings()
    return ctx, server


async def seed_demo(ctx: AppContext, server: SandboxServer) -> None:
    """Fill the local store with sample data (imports, loads) so every tab shows something."""
    for name, spec in server.specs.items():
        if spec.seed_demo is None:
            continue
        try:
            await spec.seed_demo(ctx)
        except Exception:
            log.exception("demo seeding of %s failed", name)
