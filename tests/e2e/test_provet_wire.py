"""Provet Cloud right on the wire (issue 14: items 3, 4, 6, 7, 10), over loopback against the
sandbox, which reads the seed on its own."""

from __future__ import annotations

import ast
import asyncio
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.cli import main
from app.core.http import ForeignOrigin
from app.core.sandbox import SandboxServer, free_port
from app.integrations.provet import (
    browsing,
    cache,
    connection,
    hookup,
    inbox,
    processing,
    schema,
    subscriptions,
)
from app.integrations.provet import sandbox_catalogue as seed
from app.integrations.provet.filters import Query
from app.integrations.provet.ratelimit import RollingLimiter
from app.integrations.provet.sandbox import PUBLIC_CLIENT_ID, ProvetSandbox
from app.integrations.provet.webhook_server import WebhookReceiver
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)
from tests.e2e.provet_fixtures import control

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def receiver(provet_ctx: Any) -> Iterator[WebhookReceiver]:
    r = WebhookReceiver(provet_ctx).start()
    yield r
    r.stop()


def hook(ctx: Any, receiver: WebhookReceiver) -> str:
    return f"{receiver.url}/provet/webhook/{ctx.secrets.get('provet', 'webhook_token')}"


async def until(predicate: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(predicate):
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


def delivered(server: SandboxServer) -> bool:
    found = control(server, "deliveries")["deliveries"]
    return bool(found) and all(d["delivered"] or d["gave_up"] for d in found)


# ---------------------------------------------------------------- 14.10: the sandbox is an oracle


def test_the_sandbox_imports_nothing_of_the_client() -> None:
    """The simulator and each of its parts import none of the client's modules, not even inside
    a function (the demo's data goes in through demo.py, which the sandbox names lazily)."""
    parts = sorted(p.name for p in (ROOT / "app/integrations/provet").glob("sandbox*.py"))
    assert {"sandbox.py", "sandbox_catalogue.py", "sandbox_filtering.py", "sandbox_oauth.py"} <= set(parts)
    allowed = {"app.integrations.base", "app.core.context", "app.integrations.provet.sample_data"} | {
        f"app.integrations.provet.{p[:-3]}" for p in parts
    }
    for name in parts:
        tree = ast.parse((ROOT / "app/integrations/provet" / name).read_text(encoding="utf-8"))
        imported: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "app.integrations.provet":
                imported.update(f"{node.module}.{a.name}" for a in node.names)  # from the package
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
        own = {m for m in imported if m.startswith("app.")}
        assert own <= allowed, (name, own - allowed)


def test_client_and_sandbox_agree_on_the_seed_lists() -> None:
    """Written twice, from the seed: the client's catalogue and the sandbox's must name the same
    endpoints and the same webhook parameters."""
    assert set(schema.ENDPOINTS) == set(seed.ENDPOINTS)
    assert {p for p in schema.PARAM_TO_ENDPOINT} == {e.param for e in seed.EVENTS if e.param}
    for event in seed.EVENTS:
        if event.param:
            assert schema.PARAM_TO_ENDPOINT[event.param] == (event.endpoint or ""), event


async def test_every_endpoint_lists_pages_and_details(provet_ctx: Any, provet_sim: ProvetSandbox) -> None:
    async with connection.make_client(provet_ctx, limiter=RollingLimiter({}, default=10_000)) as client:
        for name in schema.ENDPOINTS:
            size = max(1, (len(provet_sim.objects[name]) + 1) // 2)  # two pages or more each
            items = [o async for page in client.pages(name, page_size=size) for o in page.items]
            assert [o["id"] for o in items] == sorted(provet_sim.objects[name]), name
            one = await client.get_object(name, items[-1]["id"])
            assert one["id"] == items[-1]["id"] and one["url"].endswith(f"/{name}/{one['id']}/")
            assert provet_sim.objects[name], name
    bare = httpx.get(provet_ctx.settings.provet.base_url + "stock/item")  # no trailing slash
    assert bare.status_code in (401, 404)


# ---------------------------------------------------------------- 14.3: every documented kind


async def test_every_documented_webhook_kind_is_stored_and_processed(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox, receiver: WebhookReceiver
) -> None:
    control(provet_server, "receiver", {"url": hook(provet_ctx, receiver)})
    made = control(provet_server, "every_event")["deliveries"]
    assert len(made) == len(seed.EVENTS)
    await until(lambda: delivered(provet_server))
    found = control(provet_server, "deliveries")["deliveries"]
    assert all(d["delivered"] and d["statuses"] == [200] for d in found), [
        (d["event"], d["statuses"]) for d in found if d["statuses"] != [200]
    ]
    async with connection.make_client(provet_ctx, limiter=RollingLimiter({}, default=10_000)) as client:
        await processing.process_pending(provet_ctx, client=client)
    events = inbox.events(provet_ctx)
    assert not [e for e in events if e.state != inbox.DONE], [e.public() for e in events]
    assert provet_ctx.attention.items("provet") == []
    # Each kind with an endpoint fetched its object; the others are kept with nothing to fetch.
    for event in seed.EVENTS:
        if event.param and event.endpoint:
            oid = min(provet_sim.objects[event.endpoint])
            assert cache.cached(provet_ctx, event.endpoint), event
            assert any(o["id"] == oid for o in cache.cached(provet_ctx, event.endpoint)), event
    kept = [e for e in events if e.last_error == inbox.NOTHING_TO_FETCH]
    no_param = [e for e in seed.EVENTS if not e.param]
    unfetchable = [e for e in seed.EVENTS if e.param and not e.endpoint]
    assert len(kept) == len(no_param) + len(unfetchable)
    assert {e.trigger for e in kept} == {"", "accountingreport_id", "communicationpreference_id"}


async def test_a_department_webhook_names_its_object_by_the_trigger_not_the_first_field(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox, receiver: WebhookReceiver
) -> None:
    cons = provet_sim.objects["consultation"][7]
    control(provet_server, "receiver", {"url": hook(provet_ctx, receiver), "department": cons["department"]})
    control(
        provet_server, "event", {"event": "Consultation finalize", "id": 7, "department": cons["department"]}
    )
    await until(lambda: delivered(provet_server))
    (delivery,) = control(provet_server, "deliveries")["deliveries"]
    assert list(delivery["payload"]) == ["department_id", "consultation_id"]  # the department first
    (event,) = inbox.events(provet_ctx)
    assert (event.trigger, event.endpoint, event.object_id) == ("consultation_id", "consultation", 7)
    await processing.process_pending(provet_ctx)
    assert [o["id"] for o in cache.cached(provet_ctx, "consultation")] == [7]


async def test_a_delivery_without_id_is_answered_200_and_journaled(
    provet_ctx: Any, provet_server: SandboxServer, receiver: WebhookReceiver
) -> None:
    control(provet_server, "receiver", {"url": hook(provet_ctx, receiver), "content_type": "json"})
    control(provet_server, "event", {"event": "SMS sent log"})
    control(provet_server, "receiver", {"url": hook(provet_ctx, receiver), "replace": False})
    control(provet_server, "event", {"event": "Treatment plan create"})
    await until(lambda: delivered(provet_server))
    assert [d["statuses"] for d in control(provet_server, "deliveries")["deliveries"]] == [[200]] * 3
    events = inbox.events(provet_ctx)
    assert len(events) == 3 and all(e.state == inbox.DONE and e.object_id is None for e in events)
    with provet_ctx.db.read() as conn:
        import sqlalchemy as sa

        from app.core.tables import journal

        rows = conn.execute(sa.select(journal).where(journal.c.integration == "provet")).all()
    assert sum("nothing to fetch" in (r.summary or "") for r in rows) == 3
    assert provet_ctx.attention.items("provet") == []


# ---------------------------------------------------------------- 14.4: dedupe never swallows an update


async def test_an_update_after_processing_is_fetched_again(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox, receiver: WebhookReceiver
) -> None:
    control(provet_server, "receiver", {"url": hook(provet_ctx, receiver)})
    control(
        provet_server, "change", {"endpoint": "consultation", "id": 3, "fields": {"complaint": "Boiterie"}}
    )
    await until(lambda: delivered(provet_server))
    await processing.process_pending(provet_ctx)
    assert cache.cached(provet_ctx, "consultation")[0]["complaint"] == "Boiterie"
    # A minute later (well inside any dedupe window), the same consultation changes again.
    control(provet_server, "change", {"endpoint": "consultation", "id": 3, "fields": {"complaint": "Otite"}})
    await until(
        lambda: len(control(provet_server, "deliveries")["deliveries"]) == 2 and delivered(provet_server)
    )
    counts = await processing.process_pending(provet_ctx)
    assert counts["done"] == 1
    assert cache.cached(provet_ctx, "consultation")[0]["complaint"] == "Otite"
    assert [e.state for e in inbox.events(provet_ctx)] == [inbox.DONE, inbox.DONE]


# ---------------------------------------------------------------- 14.6: the budget counts page cost


async def test_big_pages_spend_the_budget_by_their_size_and_never_meet_a_429(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox
) -> None:
    # The sandbox applies the published rule on its own: a page of 100 costs 2 requests.
    control(provet_server, "budget", {"consultationitem": 3, "window": 1.5})
    token = (await connection.oauth_session(provet_ctx).client_credentials())["access_token"]
    base = provet_ctx.settings.provet.base_url
    answers = [
        httpx.get(f"{base}consultationitem/", params={"page_size": 100},
                  headers={"Authorization": f"Bearer {token}"}).status_code
        for _ in range(2)
    ]  # fmt: skip
    assert answers == [200, 429]
    provet_sim.throttled = 0
    provet_sim.calls.clear()  # the window the raw requests above filled is over (no wall-clock wait)
    limiter = RollingLimiter({"consultationitem": 3}, window=1.5)
    async with connection.make_client(provet_ctx, limiter=limiter) as client:
        result = await browsing.pull(provet_ctx, Query("consultationitem"), client=client, page_size=100)
    assert len(result.objects) == len(provet_sim.objects["consultationitem"]) and result.pages >= 2
    assert provet_sim.throttled == 0 and limiter.waited > 0


async def test_a_page_bigger_than_the_budget_is_made_to_fit(
    provet_ctx: Any, provet_server: SandboxServer
) -> None:
    control(provet_server, "budget", {"invoicerow": 1, "window": 60})
    limiter = RollingLimiter({"invoicerow": 1}, window=60)
    async with connection.make_client(provet_ctx, limiter=limiter) as client:
        page = await client.list_page("invoicerow", page_size=1000)
    assert len(page["results"]) == 50 and page["next"]  # one request's worth: 50 results


# ---------------------------------------------------------------- 14.7: tokens stay with their API


class Catcher(http.server.ThreadingHTTPServer):
    """Another server on loopback that records what reaches it."""

    def __init__(self) -> None:
        self.seen: list[dict[str, str]] = []
        catcher = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                catcher.seen.append(dict(self.headers.items()))
                body = b'{"count": 0, "next": null, "results": []}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def close(self) -> None:
        self.shutdown()
        self.server_close()


@pytest.fixture
def catcher() -> Iterator[Catcher]:
    c = Catcher()
    yield c
    c.close()


@pytest.mark.parametrize("change", ["port", "hostname", "scheme"])
async def test_a_next_page_on_another_origin_is_refused_and_gets_no_token(
    provet_ctx: Any, provet_server: SandboxServer, catcher: Catcher, change: str
) -> None:
    move = {"port": {"port": catcher.port}, "hostname": {"hostname": "localhost", "port": catcher.port},
            "scheme": {"scheme": "https"}}[change]  # fmt: skip
    control(provet_server, "next_origin", move)
    with pytest.raises(ForeignOrigin) as caught:
        await browsing.pull(provet_ctx, Query("consultation"), page_size=10)
    host = "localhost" if change == "hostname" else "127.0.0.1"
    assert host in str(caught.value) and "another server" in str(caught.value)
    assert catcher.seen == []  # nothing reached the other server, credentials least of all


async def test_a_redirect_to_another_origin_is_refused_and_gets_no_token(
    provet_ctx: Any, provet_server: SandboxServer, catcher: Catcher
) -> None:
    base = httpx.URL(provet_ctx.settings.provet.base_url)
    control(provet_server, "redirect", {"path": base.path + "department/",
                                        "to": f"http://127.0.0.1:{catcher.port}/steal/"})  # fmt: skip
    with pytest.raises(ForeignOrigin, match=f"127.0.0.1:{catcher.port}"):
        await connection.test_connection(provet_ctx)
    assert catcher.seen == []
    # Within the API's own origin a redirect is followed (with the credentials: same server).
    control(provet_server, "redirect", {"path": base.path + "department/", "to": str(base.join("user/"))})
    assert "Departments visible: " in await connection.test_connection(provet_ctx)


def test_the_cli_exits_1_naming_the_host(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox, catcher: Catcher,
    data_dir: Path, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    assert len(provet_sim.objects["consultationitem"]) > 100  # more than the command's first page
    control(provet_server, "next_origin", {"hostname": "localhost", "port": catcher.port})
    code = main(["--data-dir", str(data_dir), "provet", "pull", "consultationitem"])
    _out, err = capsys.readouterr()
    assert code == 1 and f"localhost:{catcher.port}" in err and "Traceback" not in err
    assert catcher.seen == []


# ---------------------------------------------------------------- 14.5: the registration's flows


def _registration(server: SandboxServer, redirect_uris: str) -> dict[str, Any]:
    # The registration names the sandbox as "localhost" where the settings say 127.0.0.1: which
    # address a flow calls shows whether it took the registration's URLs.
    oauth = server.base_url("provet").replace("127.0.0.1", "localhost").replace("/api/0.1/", "/oauth2/")
    return {
        "provet_id": 1234, "client_id": PUBLIC_CLIENT_ID, "client_secret": None, "algorithm": None,
        "authorization_grant_type": "authorization-code", "client_type": "public",
        "redirect_uris": redirect_uris, "token_url": oauth + "token/", "authorize_url": oauth + "authorize/",
        "openid_autodiscovery_url": None,
    }  # fmt: skip


async def test_sign_in_uses_the_registration_urls_and_a_redirect_it_lists(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox
) -> None:
    port = free_port()
    listed = f"http://127.0.0.1:{port}/provet/callback"
    control(provet_server, "redirect_uris", {"client_id": PUBLIC_CLIENT_ID, "uris": [listed]})
    hookup.register_hookup(provet_ctx, _registration(provet_server, f"https://example.com/cb {listed}"))
    hookup.use_registration(provet_ctx, PUBLIC_CLIENT_ID)
    provet_ctx.settings.provet.grant = "authorization_code"
    opened: list[str] = []

    async def browser(url: str) -> None:
        opened.append(url)
        async with httpx.AsyncClient(follow_redirects=False) as http:
            answer = await http.get(url)
            assert answer.status_code == 302, answer.text  # the sandbox knows this redirect URI
            await http.get(answer.headers["location"])

    assert await connection.connect(provet_ctx, open_url=browser, timeout=10) == "Connected to Provet Cloud."
    authorize = httpx.URL(opened[0])
    assert authorize.host == "localhost" and authorize.params["redirect_uri"] == listed
    assert provet_sim.token_requests and all("//localhost:" in u for u in provet_sim.token_requests)


async def test_a_registration_without_a_loopback_redirect_is_a_sentence(
    provet_ctx: Any, provet_server: SandboxServer
) -> None:
    from app.core.http import NotConfigured

    hookup.register_hookup(provet_ctx, _registration(provet_server, "https://example.com/callback"))
    hookup.use_registration(provet_ctx, PUBLIC_CLIENT_ID)
    provet_ctx.settings.provet.grant = "authorization_code"
    with pytest.raises(NotConfigured, match="no loopback redirect address.*http://127.0.0.1:"):
        await connection.connect(provet_ctx, open_url=lambda url: None, timeout=1)


async def test_the_redirect_port_in_use_is_a_sentence(provet_ctx: Any) -> None:
    import socket

    from app.core.http import AuthError

    provet_ctx.settings.provet.grant = "authorization_code"
    provet_ctx.settings.provet.client_id = PUBLIC_CLIENT_ID
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", provet_ctx.settings.provet.redirect_port))
        busy.listen()
        with pytest.raises(AuthError, match=f"port {provet_ctx.settings.provet.redirect_port} .* in use"):
            await connection.connect(provet_ctx, open_url=lambda url: None, timeout=1)


async def test_a_webhook_address_that_names_its_parameter_decides_between_siblings(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox, receiver: WebhookReceiver
) -> None:
    inv = min(provet_sim.objects["invoice"])
    cons = provet_sim.objects["invoice"][inv]["consultation"]
    named = subscriptions.receiver_url(provet_ctx, "invoice_id").split("/provet/webhook/", 1)[1]
    control(provet_server, "receiver", {"url": f"{receiver.url}/provet/webhook/{named}",
                                        "triggers": ["Invoice finalized"]})  # fmt: skip
    control(
        provet_server,
        "event",
        {"event": "Invoice finalized", "id": inv, "extra": {"consultation_id": str(cons)}},
    )
    await until(lambda: delivered(provet_server))
    (event,) = inbox.events(provet_ctx)
    assert (event.trigger, event.endpoint, event.object_id) == ("invoice_id", "invoice", inv)
    # Without the parameter in the address, the most specific documented parameter wins.
    assert inbox.parse_delivery({"consultation_id": "5", "invoice_id": "9"}).trigger == "consultation_id"
    assert inbox.parse_delivery({"consultation_id": "5", "invoice_id": "9"}, "invoice_id").object_id == 9
    refused = httpx.post(f"{hook(provet_ctx, receiver)}?param=evil_id", data={"invoice_id": "9"})
    assert refused.status_code == 400 and "evil_id" in refused.json()["detail"]
