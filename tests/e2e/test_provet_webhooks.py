"""The durable webhook inbox, the catch-up poll and the hookup registration, over loopback."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from app.core.sandbox import SandboxServer, free_port
from app.integrations.provet import cache, hookup, inbox, polling, processing
from app.integrations.provet.sandbox import ProvetSandbox
from app.integrations.provet.tables import provet_events
from app.integrations.provet.webhook_server import WebhookReceiver
from tests.e2e.provet_fixtures import *  # noqa: F403 (fixtures)
from tests.e2e.provet_fixtures import control
from tests.waiting import wait_until as wait_for

pytestmark = pytest.mark.e2e

REGISTRATION = {
    "provet_id": 1234,
    "client_id": "abc-client",
    "client_secret": "s3cr3t-from-provet",
    "algorithm": None,
    "authorization_grant_type": "client-credentials",
    "client_type": "confidential",
    "redirect_uris": "https://example.com/callback",
    "token_url": "https://provetcloud.com/1234/oauth2/token/",
    "authorize_url": "https://provetcloud.com/1234/oauth2/authorize/",
    "openid_autodiscovery_url": None,
}


@pytest.fixture
def receiver(provet_ctx: Any) -> Iterator[WebhookReceiver]:
    r = WebhookReceiver(provet_ctx).start()
    yield r
    r.stop()


def hook_url(ctx: Any, receiver: WebhookReceiver, kind: str = "webhook", token: str | None = None) -> str:
    return f"{receiver.url}/provet/{kind}/{token or ctx.secrets.get('provet', 'webhook_token')}"


def stored(ctx: Any) -> list[Any]:
    with ctx.db.read() as conn:
        return list(conn.execute(sa.select(provet_events).order_by(provet_events.c.id)).all())


def test_wrong_token_garbage_empty_oversized(provet_ctx: Any, receiver: WebhookReceiver) -> None:
    url = hook_url(provet_ctx, receiver)
    assert (
        httpx.post(hook_url(provet_ctx, receiver, token="nope"), data={"consultation_id": "1"}).status_code
        == 404
    )
    assert (
        httpx.post(hook_url(provet_ctx, receiver, "hookup", token="nope"), json=REGISTRATION).status_code
        == 404
    )
    assert httpx.post(url, content=b"").status_code == 400
    assert (
        httpx.post(
            url, content=b"\xff\xfe\x00garbage", headers={"content-type": "application/x-www-form-urlencoded"}
        ).status_code
        == 400
    )
    assert (
        httpx.post(url, content=b"{not json", headers={"content-type": "application/json"}).status_code == 400
    )
    bad_id = httpx.post(url, data={"consultation_id": "12; DROP"})
    assert bad_id.status_code == 400 and "whole number" in bad_id.json()["detail"]
    assert httpx.post(url, content=b"consultation_id=1&" + b"x" * 70_000).status_code == 413
    not_form = httpx.post(url, content=b"consultation_id=1", headers={"content-type": "text/plain"})
    assert not_form.status_code == 400 and "neither form-encoded nor JSON" in not_form.json()["detail"]
    assert stored(provet_ctx) == []


def test_delivered_twice_stored_once_both_content_types(provet_ctx: Any, receiver: WebhookReceiver) -> None:
    url = hook_url(provet_ctx, receiver)
    first = httpx.post(url, data={"consultation_id": "7"})
    second = httpx.post(url, json={"consultation_id": 7})
    assert first.status_code == second.status_code == 200
    assert second.json()["duplicate"] is True
    assert httpx.post(url, json={"invoice_id": "3"}).status_code == 200
    rows = stored(provet_ctx)
    assert [(r.trigger, r.object_id, r.deliveries, r.state) for r in rows] == [
        ("consultation_id", 7, 2, "received"),
        ("invoice_id", 3, 1, "received"),
    ]


@pytest.mark.expect_error_log(r"could not be stored", logger="passerelle")
def test_no_200_without_storage(
    provet_ctx: Any, receiver: WebhookReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_a: Any, **_k: Any) -> Any:
        raise RuntimeError("disk full")

    monkeypatch.setattr(inbox, "record_deliveries", broken)
    assert httpx.post(hook_url(provet_ctx, receiver), data={"consultation_id": "1"}).status_code == 503
    monkeypatch.setattr(hookup, "register_hookup", broken)
    assert httpx.post(hook_url(provet_ctx, receiver, "hookup"), json=REGISTRATION).status_code == 503
    assert provet_ctx.secrets.get_extra("provet.registration.abc-client") == ""
    monkeypatch.undo()
    assert stored(provet_ctx) == [] and hookup.registration(provet_ctx) is None


async def test_receiver_killed_mid_stream_nothing_lost(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox
) -> None:
    port = free_port()
    receiver = WebhookReceiver(provet_ctx, port=port).start()
    control(provet_server, "receiver", {"url": hook_url(provet_ctx, receiver), "content_type": "form"})
    for i in range(1, 4):
        control(
            provet_server,
            "change",
            {"endpoint": "consultation", "id": i, "fields": {"complaint": f"Contrôle {i}"}},
        )
    await wait_for(lambda: len(stored(provet_ctx)) == 3)
    receiver.stop()  # the desk is switched off
    for i in range(4, 8):
        control(
            provet_server,
            "change",
            {"endpoint": "consultation", "id": i, "fields": {"complaint": f"Contrôle {i}"}},
        )

    def tried_while_off() -> bool:  # every new delivery attempted at least once, none went through
        found = control(provet_server, "deliveries")["deliveries"][3:]
        return len(found) == 4 and all(d["attempts"] >= 1 and not d["delivered"] for d in found)

    await wait_for(tried_while_off)
    assert len(stored(provet_ctx)) == 3  # nothing arrived while the desk was off
    receiver = WebhookReceiver(provet_ctx, port=port).start()  # back on: the sandbox retries
    try:
        await wait_for(lambda: len(stored(provet_ctx)) == 7, timeout=15)
    finally:
        receiver.stop()
    deliveries = control(provet_server, "deliveries")["deliveries"]
    assert all(d["delivered"] for d in deliveries) and any(d["attempts"] > 1 for d in deliveries)
    assert sorted(r.object_id for r in stored(provet_ctx)) == list(range(1, 8))
    counts = await processing.process_pending(provet_ctx)
    assert counts == {"done": 7, "retry": 0, "failed": 0}
    complaints = {o["id"]: o["complaint"] for o in cache.cached(provet_ctx, "consultation")}
    assert all(complaints[i] == f"Contrôle {i}" for i in range(1, 8))


async def test_processing_retries_then_fails_visibly_then_manual_retry(
    provet_ctx: Any, provet_server: SandboxServer
) -> None:
    inbox.record_delivery(provet_ctx, {"consultation_id": "2"}, "form")
    inbox.record_delivery(provet_ctx, {"patient_id": "999999"}, "form")
    provet_server.faults("provet").update({"failing": True})
    now = dt.datetime.now(dt.UTC)
    for attempt in range(3):
        counts = await processing.process_pending(
            provet_ctx, now=now + dt.timedelta(seconds=10 * attempt), retry_base=1, max_attempts=3
        )
    assert counts["failed"] == 2
    failed = inbox.events(provet_ctx, pending=True)
    assert {e.state for e in failed} == {"failed"} and all("problem" in (e.last_error or "") for e in failed)
    assert len(provet_ctx.attention.items("provet")) == 2
    provet_server.faults("provet").reset()
    assert processing.retry_failed(provet_ctx) == 2
    assert await processing.process_pending(provet_ctx) == {"done": 2, "retry": 0, "failed": 0}
    by_trigger = {e.trigger: e for e in inbox.events(provet_ctx)}
    assert "deleted" in (by_trigger["patient_id"].last_error or "")
    assert provet_ctx.attention.items("provet") == []


async def test_catch_up_after_downtime_finds_the_changes(
    provet_ctx: Any, provet_server: SandboxServer, provet_sim: ProvetSandbox
) -> None:
    first = await polling.catch_up(provet_ctx, ["consultation", "invoice"])
    month_ago = dt.datetime.now(dt.UTC) - polling.FIRST_POLL_LOOKBACK - dt.timedelta(minutes=1)
    recent = [o for o in provet_sim.objects["consultation"].values() if o["modified"] >= month_ago]
    assert first["consultation"]["new"] == len(recent) > 0
    # The app is closed; things change at the clinic and no webhook reaches us.
    control(
        provet_server,
        "change",
        {"endpoint": "consultation", "id": 4, "fields": {"complaint": "Boiterie (revue)"}, "emit": False},
    )
    created = control(
        provet_server,
        "change",
        {
            "endpoint": "consultation",
            "fields": {"complaint": "Nouveau chiot", "department": 1, "client": 1},
            "emit": False,
        },
    )
    control(provet_server, "change", {"endpoint": "invoice", "id": 2, "fields": {"status": 3}, "emit": False})
    again = await polling.catch_up(provet_ctx, ["consultation", "invoice"])
    # Consultation 4 may be older than the first poll's window: then it is new here.
    assert again["consultation"]["new"] + again["consultation"]["updated"] == 2
    assert again["invoice"]["updated"] >= 1
    stored = {o["id"]: o for o in cache.cached(provet_ctx, "consultation")}
    assert (
        stored[4]["complaint"] == "Boiterie (revue)" and stored[created["id"]]["complaint"] == "Nouveau chiot"
    )
    # The poll asks only for the recent window (cursor minus overlap), not everything again.
    assert again["consultation"]["seen"] < len(recent)
    assert polling.gap(provet_ctx) is not None


def test_hookup_registration_validated_and_secret_in_keyring(
    provet_ctx: Any, receiver: WebhookReceiver
) -> None:
    url = hook_url(provet_ctx, receiver, "hookup")
    missing = {k: v for k, v in REGISTRATION.items() if k != "token_url"}
    answer = httpx.post(url, json=missing)
    assert answer.status_code == 400 and "'token_url' is missing" in answer.json()["detail"]
    assert httpx.post(url, content=b"[]", headers={"content-type": "application/json"}).status_code == 400
    assert hookup.registration(provet_ctx) is None
    answer = httpx.post(url, json={**REGISTRATION, "provet_id": "1234", "tenant_name": "Clinique des Lilas"})
    assert answer.status_code == 200
    reg = hookup.registration(provet_ctx)
    assert reg is not None and reg["client_id"] == "abc-client" and reg["provet_id"] == "1234"
    assert json.loads(reg["extra"]) == {"tenant_name": "Clinique des Lilas"}  # the schema allows extras
    assert "s3cr3t" not in json.dumps(reg, default=str)
    assert hookup.registration_secret(provet_ctx, "abc-client") == "s3cr3t-from-provet"
    hookup.use_registration(provet_ctx, "abc-client")
    assert provet_ctx.settings.provet.client_id == "abc-client"
    assert provet_ctx.secrets.get("provet", "client_secret") == "s3cr3t-from-provet"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (json.dumps(REGISTRATION).replace('"provet_id": 1234', '"provet_id": NaN'), "provet_id"),
        (json.dumps(REGISTRATION).replace('"provet_id": 1234', '"provet_id": Infinity'), "provet_id"),
        (json.dumps(REGISTRATION).replace('"provet_id": 1234', '"provet_id": -Infinity'), "provet_id"),
        (json.dumps({**REGISTRATION, "provet_id": True}), "provet_id"),
        (json.dumps({**REGISTRATION, "client_id": ""}), "client_id"),
        (json.dumps({**REGISTRATION, "client_secret": "s" * 4000}), "client_secret"),
        (json.dumps({**REGISTRATION, "client_secret": "s" * 2000}), "client_secret"),  # UTF-16 in the keyring
        (json.dumps({**REGISTRATION, "client_type": 7}), "client_type"),
        (json.dumps({k: v for k, v in REGISTRATION.items() if k != "redirect_uris"}), "redirect_uris"),
    ],
)
def test_hookup_refusals_are_400_naming_the_field_never_503(
    provet_ctx: Any, receiver: WebhookReceiver, body: str, field: str
) -> None:
    answer = httpx.post(
        hook_url(provet_ctx, receiver, "hookup"), content=body, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 400, answer.text
    assert f"'{field}'" in answer.json()["detail"]
    assert hookup.registration(provet_ctx) is None


def test_hookup_accepts_what_the_seed_schema_allows(provet_ctx: Any, receiver: WebhookReceiver) -> None:
    public = {**REGISTRATION, "client_id": "public-app", "client_secret": None, "algorithm": None,
              "client_type": "public", "provet_id": 1234.0, "openid_autodiscovery_url": None}  # fmt: skip
    assert httpx.post(hook_url(provet_ctx, receiver, "hookup"), json=public).status_code == 200
    reg = hookup.registration(provet_ctx)
    assert reg is not None and reg["provet_id"] == "1234" and reg["has_secret"] is False


async def test_headless_serve_stores_then_processes(provet_ctx: Any, provet_server: SandboxServer) -> None:
    from app.integrations.provet.webhook_server import serve

    port = free_port()
    stop = asyncio.Event()
    task = asyncio.get_running_loop().create_task(
        serve(provet_ctx, "127.0.0.1", port, process_every=0.2, stop=stop)
    )
    token = provet_ctx.secrets.get("provet", "webhook_token")
    try:
        async with httpx.AsyncClient() as http:
            for _ in range(100):
                try:
                    answer = await http.post(
                        f"http://127.0.0.1:{port}/provet/webhook/{token}", data={"patient_id": "5"}
                    )
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.05)
        assert answer.status_code == 200
        await wait_for(lambda: [e.state for e in inbox.events(provet_ctx)] == ["done"])
        assert any(o["id"] == 5 for o in cache.cached(provet_ctx, "patient"))
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


async def test_a_crash_while_processing_is_picked_up_again(provet_ctx: Any) -> None:
    event_id, _ = inbox.record_delivery(provet_ctx, {"consultation_id": "3"}, "form")
    now = dt.datetime.now(dt.UTC)
    assert [i for i, _e, _o in processing._claim(provet_ctx, now, 10)] == [event_id]  # then the process dies
    assert await processing.process_pending(provet_ctx, now=now) == {"done": 0, "retry": 0, "failed": 0}
    later = now + processing.STALE_PROCESSING + dt.timedelta(seconds=1)
    assert await processing.process_pending(provet_ctx, now=later) == {"done": 1, "retry": 0, "failed": 0}


async def test_concurrent_deliveries_share_commits_and_each_is_answered_after_its_own(
    provet_ctx: Any, receiver: WebhookReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits: list[int] = []
    original = inbox.record_deliveries

    def counting(ctx: Any, deliveries: Any, **kw: Any) -> Any:
        result = original(ctx, deliveries, **kw)
        commits.append(len(deliveries))
        return result

    monkeypatch.setattr(inbox, "record_deliveries", counting)
    url = hook_url(provet_ctx, receiver)
    async with httpx.AsyncClient(timeout=30) as client:
        answers = await asyncio.gather(
            *(client.post(url, data={"consultation_id": str(i)}) for i in range(1, 61)),
            *(client.post(url, data=bad) for bad in HOSTILE),  # each its own 400, the others unharmed
        )
    assert [a.status_code for a in answers[:60]] == [200] * 60
    assert [a.status_code for a in answers[60:]] == [400] * len(HOSTILE)
    assert all(len(a.json()["detail"]) < 120 for a in answers[60:])  # a short sentence, not the key
    assert sum(commits) == 60 and len(commits) < 60  # grouped
    assert sorted(e.object_id for e in inbox.events(provet_ctx)) == list(range(1, 61))


HOSTILE = [
    {"consultation_id": str(2**63)},  # does not fit the store's 64-bit id
    {"consultation_id": str(10**30)},
    {"consultation_id": "\u0661\u0662"},  # Arabic-Indic digits: isdigit() says yes
    {"consultation_id": "\uff17"},  # a full-width 7
    {"evil_id": "1"},  # no Provet webhook has this parameter
    {"x" * 60_000 + "_id": "1"},  # a 60 KB key
    {"consultation_id": "7", "bogus_id": "1"},
]


async def test_hostile_deliveries_get_their_own_400_no_traceback_no_attention(
    provet_ctx: Any, receiver: WebhookReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    url = hook_url(provet_ctx, receiver)
    async with httpx.AsyncClient(timeout=30) as client:
        answers = await asyncio.gather(
            *(client.post(url, data=bad) for bad in HOSTILE), client.post(url, data={"consultation_id": "5"})
        )
    assert [a.status_code for a in answers] == [400] * len(HOSTILE) + [200]
    assert [(e.trigger, e.object_id) for e in inbox.events(provet_ctx)] == [("consultation_id", 5)]
    await processing.process_pending(provet_ctx)
    assert provet_ctx.attention.items("provet") == []
    assert not [r for r in caplog.records if r.exc_info], "no traceback in the log"


def test_a_trailing_slash_is_served_not_redirected(provet_ctx: Any, receiver: WebhookReceiver) -> None:
    answer = httpx.post(
        hook_url(provet_ctx, receiver) + "/", data={"consultation_id": "3"}, headers={"host": "evil.example"}
    )
    assert answer.status_code == 200 and "location" not in answer.headers
    elsewhere = httpx.post(f"{receiver.url}/provet/webhook/", data={"consultation_id": "3"},
                           headers={"host": "evil.example"})  # fmt: skip
    assert elsewhere.status_code == 404 and "evil.example" not in str(elsewhere.headers)


@pytest.mark.parametrize("token", ["short-token", "a" * 30 + "/" + "b" * 10])
def test_a_weak_webhook_token_is_refused_at_start(provet_ctx: Any, token: str) -> None:
    from app.core.errors import InputError

    provet_ctx.secrets.set("provet", "webhook_token", token)
    with pytest.raises(InputError, match="at least 24 characters with no '/'"):
        WebhookReceiver(provet_ctx)
