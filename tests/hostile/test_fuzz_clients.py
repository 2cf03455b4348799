"""Item 8, through the clients: every API call answered by a broken or hostile server (any
status, any JSON or none, cut bodies, odd Retry-After, fuzzed token endpoints) either returns
or raises the client's own error (``ApiError`` and its kinds) or pydantic's ValidationError —
never a TypeError, KeyError, OverflowError… that no caller expects."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from app.core.http import ApiError, RetryPolicy
from app.integrations.provet import models as provet_models
from app.integrations.totvs import models as totvs_models
from app.integrations.vetelevage import models as vet_models
from tests.hostile.strategies import FUZZ_CLIENT as FUZZ
from tests.hostile.strategies import json_bytes, json_scalars, json_values, objects_for

STATUSES = [200, 200, 200, 200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 503]
RETRY_AFTER = st.one_of(
    st.none(), st.sampled_from(["0", "1", "-5", "abc", "1e999", "Wed, 21 Oct 2015 07:28:00 GMT", "99999"])
)
Reply = tuple[int, bytes, str | None]


def replies(*models: type[BaseModel], envelope: list[str] | None = None) -> st.SearchStrategy[list[Reply]]:
    """A short script of answers; bodies shaped like the models (alone, in lists, in envelopes)."""
    item = objects_for(*models)
    keys = st.sampled_from([*(envelope or []), "items", "results", "next", "count", "hasNext", "total"])
    wrapped = st.dictionaries(keys, st.one_of(st.lists(item, max_size=3), json_values()), max_size=5)
    body = json_bytes(st.one_of(item, wrapped, wrapped))
    return st.lists(st.tuples(st.sampled_from(STATUSES), body, RETRY_AFTER), min_size=1, max_size=4)


TOKEN_FIELDS = [
    "access_token",
    "expires_in",
    "refresh_token",
    "token_type",
    "compte_id",
    "scope",
    "error",
    "expires_at",
]
token_bodies = st.fixed_dictionaries(
    {"access_token": st.one_of(st.text(min_size=1, max_size=12), json_scalars)},
    optional={k: st.one_of(json_scalars, json_values()) for k in TOKEN_FIELDS[1:]},
)
token_replies = st.one_of(
    st.none(),
    st.lists(
        st.tuples(st.sampled_from([200, 200, 200, 400, 401, 500]), json_bytes(token_bodies), st.none()),
        min_size=1,
        max_size=2,
    ),
)


@dataclass
class Server:
    """Answers from the script in order; token requests from their own script (a valid token
    when it is None or used up)."""

    script: list[Reply]
    is_token: Callable[[httpx.Request], bool]
    good_token: bytes
    token_script: list[Reply] | None
    seen: list[str] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url.path)
        queue = self.script
        if self.is_token(request):
            if not self.token_script:
                return httpx.Response(
                    200, content=self.good_token, headers={"content-type": "application/json"}
                )
            queue = self.token_script
        if not queue:
            return httpx.Response(200, content=b"{}")
        status, body, retry_after = queue.pop(0)
        headers = {"content-type": "application/json"}
        if retry_after is not None:
            headers["retry-after"] = retry_after
        return httpx.Response(status, content=body, headers=headers)


async def first_pages(pages: AsyncIterator[Any], limit: int = 4) -> None:
    count = 0
    async for _page in pages:
        count += 1
        if count >= limit:
            break


def run(calls: list[Callable[[], Awaitable[Any]]], close: Callable[[], Awaitable[None]]) -> None:
    """Each call in turn; only the clean errors are allowed out."""

    async def main() -> None:
        try:
            for call in calls:
                with contextlib.suppress(ApiError, ValidationError):
                    await call()
        finally:
            await close()

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()


NO_RETRY = RetryPolicy(max_retries=0)
HUGE = b"1" + b"0" * 400  # a JSON integer no float can hold


def token_reply(body: bytes) -> list[Reply]:
    return [(200, body, None)]


# ---------------------------------------------------------------- Vétélevage


@FUZZ
@given(
    script=replies(
        vet_models.Comptes,
        vet_models.Actes,
        vet_models.Lot,
        vet_models.Produit,
        vet_models.LienDirect,
        envelope=["comptes", "actes", "visites", "produits", "pathologies", "lot", "nombre", "url", "pages"],
    ),
    token=token_replies,
    op=st.integers(min_value=0, max_value=8),
)
@example(
    script=[(200, b'{"comptes": []}', None)],
    token=token_reply(b'{"access_token": "t", "expires_in": ' + HUGE + b"}"),
    op=0,
)
def test_vetelevage_client(script: list[Reply], token: list[Reply] | None, op: int) -> None:
    from app.integrations.vetelevage.client import VetelevageAuth, VetelevageClient
    from app.integrations.vetelevage.models import Acte

    base = "http://vet.test/v1"
    server = Server(
        script,
        lambda r: r.url.path.endswith("/auth/token"),
        b'{"access_token": "tok-vet-123456", "expires_in": 3600, "compte_id": "C1"}',
        token,
    )
    auth = VetelevageAuth(base, "veterinaire", "editor", "editor-secret", "user", "password")
    client = VetelevageClient(
        base, auth, retry=RetryPolicy(max_retries=0), transport=httpx.MockTransport(server)
    )
    calls: list[Callable[[], Awaitable[Any]]] = [
        client.comptes,
        client.get_actes,
        lambda: client.post_actes([Acte(code="A1", libelle="Visite")], "C1"),
        client.get_visites,
        lambda: client.ack_visites("L-1"),
        lambda: first_pages(client.produits(since="2024-01-01")),
        lambda: first_pages(client.referentiel("pathologies")),
        client.lien_direct,
        client.account_id,
    ]
    run([calls[op], calls[(op + 1) % len(calls)]], client.aclose)


# ---------------------------------------------------------------- Provet Cloud


@FUZZ
@given(
    script=replies(
        provet_models.Consultation,
        provet_models.Invoice,
        envelope=[
            "results",
            "next",
            "count",
            "num_pages",
            "access_token",
            "expires_in",
            "error",
            "token_type",
        ],
    ),
    token=token_replies,
    op=st.integers(min_value=0, max_value=3),
)
@example(script=[], token=token_reply(b'{"access_token": "t", "expires_in": ' + HUGE + b"}"), op=3)
@example(script=[], token=token_reply(b'{"access_token": "t", "expires_in": "soon"}'), op=3)
@example(script=[], token=token_reply(b'{"access_token": "t", "expires_in": []}'), op=3)
@example(script=[], token=token_reply(b'{"access_token": "t", "expires_at": "never"}'), op=3)
@example(script=[], token=token_reply(b'{"access_token": "t", "expires_at": ' + HUGE + b"}"), op=3)
def test_provet_client(script: list[Reply], token: list[Reply] | None, op: int) -> None:
    from app.core.secrets import SecretStore
    from app.integrations.provet.auth import OAuthConfig, OAuthSession, ProvetAuth, TokenStore
    from app.integrations.provet.client import ProvetClient

    base = "http://provet.test/1234/api/0.1/"
    server = Server(
        script,
        lambda r: r.url.path.endswith("/oauth2/token/"),
        b'{"access_token": "tok-provet-123456", "token_type": "Bearer", "expires_in": 3600}',
        token,
    )
    transport = httpx.MockTransport(server)
    store = TokenStore(SecretStore())
    store.clear()
    session = OAuthSession(
        OAuthConfig.from_base_url(base, "cid", "provet-secret"), store, transport=transport
    )
    client = ProvetClient(
        base, auth=ProvetAuth(session), transport=transport, retry=RetryPolicy(max_retries=0)
    )
    calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: client.get_object("consultation", 1, expose=["client"]),
        lambda: client.list_page("consultation", [("complaint__icontains", "x")]),
        lambda: first_pages(client.pages("invoice")),
        client.whoami,
    ]
    run([calls[op], calls[(op + 1) % len(calls)]], client.aclose)


# ---------------------------------------------------------------- TOTVS


@FUZZ
@given(
    script=replies(
        totvs_models.PrescriptionItem,
        totvs_models.PrescriptionCreated,
        totvs_models.Refund,
        envelope=[
            "items",
            "hasNext",
            "remainingRecords",
            "access_token",
            "expires_in",
            "refresh_token",
            "code",
            "message",
            "details",
        ],
    ),
    token=token_replies,
    op=st.integers(min_value=0, max_value=3),
)
@example(script=[], token=token_reply(b'{"access_token": "t", "expires_in": ' + HUGE + b"}"), op=0)
@example(script=[], token=token_reply(b'{"access_token": "t", "expires_in": "NaN"}'), op=0)
def test_totvs_saude_client(script: list[Reply], token: list[Reply] | None, op: int) -> None:
    from app.integrations.totvs.client_saude import PrescriptionQuery, SaudeClient
    from app.integrations.totvs.models import PrescriptionForm

    server = Server(
        script,
        lambda r: r.url.path.endswith("/api/oauth2/v1/token"),
        b'{"access_token": "tok-totvs-123456", "refresh_token": "ref-123456", "expires_in": 3600}',
        token,
    )
    client = SaudeClient(
        "http://totvs.test/rest", "user", "totvs-pass", transport=httpx.MockTransport(server), retry=NO_RETRY
    )
    form = PrescriptionForm.model_validate(
        {
            "healthInsurerCode": "0001",
            "subscriberId": "00010001000001006",
            "professionalCouncil": "CRM",
            "professionalCouncilNumber": "123456",
            "stateAbbreviation": "SP",
            "professionalName": "Dra. Ana",
            "prescriptionDate": "2024-05-02",
            "medications": [{"tableCode": "20", "medicationCode": "90000001"}],
            "attachments": [{"href": "https://files.example/receita.pdf"}],
        }
    )
    query = PrescriptionQuery("00010001000001006", statuses="0,1")
    calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: client.prescriptions(query),
        lambda: first_pages(client.all_prescriptions(query)),
        lambda: client.create(form),
        lambda: client.refunds("P0001", medication_code="90000001"),
    ]
    run([calls[op], calls[(op + 1) % len(calls)]], client.aclose)


@FUZZ
@given(
    script=replies(
        totvs_models.Coparticipation,
        envelope=["items", "hasNext", "remainingRecords", "total", "code", "message", "detailedMessage"],
    )
)
def test_totvs_rh_client(script: list[Reply]) -> None:
    from app.integrations.totvs.client_rh import RhClient

    server = Server(script, lambda r: False, b"", None)
    client = RhClient(
        "http://totvs.test/rest", "user", "rh-pass", transport=httpx.MockTransport(server), retry=NO_RETRY
    )
    run([lambda: first_pages(client.pages(company_id="T1", branch_id="01", page_size=3))], client.aclose)


# ---------------------------------------------------------------- Omnidoc


@pytest.fixture(scope="module")
def upload_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("uploads") / "compte-rendu.pdf"
    path.write_bytes(b"%PDF-1.4 fuzz\n")
    return path


@FUZZ
@given(
    script=replies(envelope=["id", "redirect_url", "errors", "code", "message", "detail"]),
    op=st.integers(0, 1),
)
def test_omnidoc_client(upload_file: Path, script: list[Reply], op: int) -> None:
    from app.integrations.omnidoc.client import OmnidocClient, field_errors

    server = Server(script, lambda r: False, b"", None)
    client = OmnidocClient(
        "http://omnidoc.test", "omnidoc-token", transport=httpx.MockTransport(server), retry=NO_RETRY
    )

    async def create() -> None:
        try:
            await client.create_draft({"patient": {}}, idempotency_key="k-1")
        except ApiError as exc:
            field_errors(exc.details)
            raise

    calls: list[Callable[[], Awaitable[Any]]] = [
        create,
        lambda: client.upload("d-1", upload_file, "application/pdf"),
    ]
    run([calls[op], calls[1 - op]], client.aclose)
