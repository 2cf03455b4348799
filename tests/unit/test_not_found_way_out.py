"""A 404 says what to check (issue 19 item 7): a record the API says it lacks names that record
and the value typed; only a 404 of the address itself (no API error body) points at Connections.
One test per integration, with httpx.MockTransport."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.core.errors import Action, describe
from app.core.http import NotFoundError, RetryPolicy
from app.core.secrets import SecretStore
from app.integrations.omnidoc.client import OmnidocClient
from app.integrations.provet.auth import OAuthConfig, OAuthSession, ProvetAuth, TokenStore
from app.integrations.provet.client import ProvetClient
from app.integrations.totvs.client_saude import PrescriptionQuery, SaudeClient

NO_RETRY = RetryPolicy(max_retries=0)


def _totvs(answer: httpx.Response) -> SaudeClient:
    def handler(request: httpx.Request) -> httpx.Response:
        if "token" in request.url.path:
            return httpx.Response(201, json={"access_token": "t", "expires_in": 3600})
        return answer

    return SaudeClient(
        "http://protheus/rest", "a", "b", transport=httpx.MockTransport(handler), retry=NO_RETRY
    )


async def test_totvs_unknown_registration_says_check_the_registration() -> None:
    answer = httpx.Response(
        404,
        json={
            "code": "E001",
            "message": "Beneficiário não encontrado",
            "detailedMessage": "Não foi possível retornar os dados do beneficiário através da matrícula informada.",
        },
    )
    async with _totvs(answer) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.prescriptions(PrescriptionQuery("00011008000027099"))
    assert caught.value.record == "subscriber"
    message = describe(caught.value)
    assert message.text == "Beneficiary not found: check the registration."
    assert message.action is Action.NONE
    assert "Connections" not in message.text


async def test_totvs_unknown_prescription_says_check_the_code() -> None:
    answer = httpx.Response(
        404,
        json={
            "code": "E001",
            "message": "Receita Não Encontrada",
            "detailedMessage": "Não foi possível retornar os dados da receita através do código da receita informada.",
        },
    )
    async with _totvs(answer) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.refunds("41750520230419000099")
    assert caught.value.record == "prescription"
    assert describe(caught.value).text == "Prescription not found: check the prescription code."


async def test_totvs_404_without_the_api_body_is_the_address() -> None:
    answer = httpx.Response(404, text="<html><body>404 Not Found</body></html>")
    async with _totvs(answer) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.prescriptions(PrescriptionQuery("00011008000027010"))
    assert caught.value.record is None
    message = describe(caught.value)
    assert message.action is Action.SETTINGS
    assert "Check the address in Connections" in message.text


def _provet(answer: httpx.Response) -> ProvetClient:
    base = "https://provetcloud.com/4/api/0.1/"

    def handler(request: httpx.Request) -> httpx.Response:
        if "token" in request.url.path:
            return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer", "expires_in": 3600})
        return answer

    transport = httpx.MockTransport(handler)
    session = OAuthSession(
        OAuthConfig.from_base_url(base, "cid", "s"), TokenStore(SecretStore()), transport=transport
    )
    return ProvetClient(base, auth=ProvetAuth(session), transport=transport, retry=NO_RETRY)


async def test_provet_unknown_client_id_names_the_client() -> None:
    async with _provet(httpx.Response(404, json={"detail": "Not found."})) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.get_object("client", 4242)
    assert (caught.value.record, caught.value.key) == ("client", "4242")
    message = describe(caught.value)
    assert message.text == (
        "Provet Cloud has no client 4242: check the client number (it may have been deleted)."
    )
    assert message.action is Action.NONE


async def test_provet_404_of_the_address_points_at_connections() -> None:
    async with _provet(httpx.Response(404, text="Not Found")) as client:
        with pytest.raises(NotFoundError) as caught:
            await client.get_object("client", 4242)
    assert caught.value.record is None
    assert describe(caught.value).action is Action.SETTINGS


async def test_omnidoc_unknown_draft_says_send_again(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"message": "Identifiant de demande inconnu."})

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4")
    client = OmnidocClient(
        "https://omnidoc.test", "tok", transport=httpx.MockTransport(handler), retry=NO_RETRY
    )
    async with client:
        with pytest.raises(NotFoundError) as caught:
            await client.upload("d-77", scan, "application/pdf")
    assert (caught.value.record, caught.value.key) == ("draft", "d-77")
    message = describe(caught.value)
    assert "no draft d-77" in message.text and "Connections" not in message.text


def test_the_brazilian_sentence_is_the_one_a_clerk_reads() -> None:
    import json

    catalog = json.loads(
        (Path(__file__).parents[2] / "resources/translations/catalog_pt_BR.json").read_text("utf-8")
    )
    assert catalog["Beneficiary not found: check the registration."] == (
        "Beneficiário não encontrado: confira a matrícula."
    )
