"""Demo mode: every sandbox in-process, a throwaway data dir, settings pointed at them."""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from pathlib import Path

from app.core.context import AppContext
from app.core.errors import Action, UserMessage
from app.core.paths import database_file, settings_file
from app.core.sandbox import SandboxServer
from app.core.secrets import use_memory_keyring
from app.core.settings import SettingsError
from app.core.tr import QT_TRANSLATE_NOOP
from app.ops.sandboxes import all_sandboxes

log = logging.getLogger("passerelle.demo")


def demo_data_dir() -> Path:
    """A throwaway data directory, removed when the process exits."""
    path = Path(tempfile.mkdtemp(prefix="passerelle-demo-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


DEMO_MARKER = ".passerelle-demo"


_DEMO_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "The demo never uses a folder that holds real data, and {folder} holds a Passerelle database or "
    "settings. Start the demo without --data-dir (it uses a throwaway folder), or give it an empty folder.",
)


class DemoRefused(SettingsError):
    """``--demo`` was pointed at a folder that holds a real store: nothing is touched."""

    def __init__(self, folder: Path) -> None:
        self.user_message = UserMessage(_DEMO_REFUSED, {"folder": str(folder)}, Action.NONE)
        super().__init__(self.user_message.text)


def holds_real_store(path: Path) -> bool:
    """A folder with a Passerelle database or settings file that the demo did not create."""
    if not path.is_dir() or (path / DEMO_MARKER).exists():
        return False
    db = database_file(path)
    return settings_file(path).exists() or (db.exists() and db.stat().st_size > 0)


def demo_folder(data_dir: Path | None) -> Path:
    """The folder the demo may use: a throwaway one, or an empty (or earlier demo) folder."""
    if data_dir is None:
        return demo_data_dir()
    data_dir = Path(data_dir)
    if holds_real_store(data_dir):
        raise DemoRefused(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / DEMO_MARKER).touch()
    return data_dir


def start_demo(data_dir: Path | None = None, seed: int = 0) -> tuple[AppContext, SandboxServer]:
    """Start the sandboxes and open a context configured to use them (nothing real is touched)."""
    data_dir = demo_folder(data_dir)
    use_memory_keyring()
    server = SandboxServer(all_sandboxes(seed)).start()
    try:
        ctx = AppContext.open(data_dir, demo=True)
    except BaseException:
        server.stop()
        raise
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
    if "omnidoc" in server.specs:
        try:
            await request_sent_during_an_outage(ctx, server)
        except Exception:
            log.exception("demo seeding of a request to send again failed")


# The request of :func:`request_sent_during_an_outage`, as a vet would have typed it.
_REQUEST_TO_SEND_AGAIN = {
    "patient_first_name": "Marc",
    "patient_last_name": "Lefèvre",
    "patient_gender": "M",
    "patient_birth_date": "17/09/1958",
    "recipient_rpps": "10002170750",
    "text": "Avis cardiologique : souffle systolique découvert à l'auscultation.",
}


async def request_sent_during_an_outage(ctx: AppContext, server: SandboxServer) -> str:
    """One honest item to retry: an Omnidoc request sent while Omnidoc answered 503 to every
    attempt (the client's retries included), through the real send, so Needs attention offers
    "Retry now" and the retry preview has something to send again. Returns the request's id."""
    from app.core.http import ServerError
    from app.integrations.omnidoc import service
    from app.integrations.omnidoc.models import OmnidocForm

    form = OmnidocForm.model_validate(_REQUEST_TO_SEND_AGAIN)
    request_id = await ctx.db.run(service.create_request, ctx, form, [])
    client = service.make_client(ctx)
    faults = server.faults("omnidoc")
    faults.fail_next = client.retry.max_retries + 1  # every attempt finds it down (the create is sent once)
    try:
        await service.send(ctx, request_id, client=client)
    except ServerError:
        log.info("demo: the Omnidoc request %s waits to be sent again", request_id[:8])
    finally:
        faults.fail_next = 0
        await client.aclose()
    return request_id
