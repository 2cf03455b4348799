"""TOTVS clients and models with httpx.MockTransport: casings, Decimal money, error bodies."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from app.core.http import RetryPolicy, ServerError, ValidationFailed
from app.integrations.totvs.client_rh import RhClient
from app.integrations.totvs.client_saude import PrescriptionQuery, SaudeClient
from app.integrations.totvs.models import Coparticipation, PrescriptionItem, label, parse_money, status_list

SEED_ITEM = {
    "EmployeeCode": "000006",
    "DependentCode": "01",
    "SpecialtyName": "19",
    "companyKey": "T1|D MG 01 ",
    "ServiceProviderName": "S016 I",
    "ServiceProviderId": "46942851000154",
    "CoparticipationValue": "9999.00",
    "EmployeeName": "FUNCIONARIO TESTE API COPART. ",
    "DependentName": "DEPENDENTE 001",
    "branch": "D MG 01 ",
    "DegreeEmployeeDependency": "F",
    "OccurrencyDate": "2015-11-17T00:00:00",
    "CoparticipationDescription": "",
    "ServiceProviderContractType": "1",
    "InternationalCodeDiseases": "Z88.1",
    "AmountUse": "1",
    "YearMonthReference": "201901",
    "ServiceType": "10",
    "ServiceProviderContract": "",
    "ServiceProvider": "001",
    "id": "T1|D MG 01 |000006|2015-11-17T00:00:00|1|001|2|01|504|201901",
}


def _pascal(item: dict[str, Any]) -> dict[str, Any]:
    return {k[0].upper() + k[1:]: v for k, v in item.items()}


def test_both_casings_give_the_same_item_and_money_is_decimal() -> None:
    seed = Coparticipation.model_validate(SEED_ITEM)
    pascal = Coparticipation.model_validate(_pascal(SEED_ITEM))
    upper = Coparticipation.model_validate({k.upper(): v for k, v in SEED_ITEM.items()})
    assert seed == pascal == upper
    assert seed.coparticipation_value == Decimal("9999.00")
    assert isinstance(seed.coparticipation_value, Decimal)
    assert seed.company_id == "T1" and seed.service_type == "10"
    assert parse_money("1.234,56") == Decimal("1234.56") and parse_money("0,10") == Decimal("0.10")
    with pytest.raises(ValueError):
        parse_money(0.1)
    with pytest.raises(ValueError):
        Coparticipation.model_validate({**SEED_ITEM, "id": " "})


def test_labels_and_status_list() -> None:
    assert label({"3": "Deferido"}, "3") == "3 - Deferido"
    assert status_list(["2", "0", "1"]) == "0,1,2"
    assert status_list(["A", "6"]) == "6,A"
    with pytest.raises(ValueError, match="Unknown prescription status 9"):
        status_list(["9"])
    item = PrescriptionItem.model_validate({"prescription_Code": "X1", "prescription_status": "5"})
    assert item.prescription_code == "X1" and item.status_label == "5 - Deferido Parcialmente"


def _rh(handler: Any) -> RhClient:
    return RhClient(
        "http://protheus/rest",
        "u",
        "p",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_retries=0),
    )


async def test_rh_pages_basic_auth_and_no_records() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        page = int(request.url.params["page"])
        if page == 1:
            return httpx.Response(200, json={"items": [SEED_ITEM], "hasNext": True, "total": 2})
        if page == 2:
            return httpx.Response(
                200, json={"Items": [_pascal({**SEED_ITEM, "id": "B"})], "HasNext": False, "Total": 2}
            )
        raise AssertionError("no third page")

    async with _rh(handler) as client:
        pages = [p async for p in client.pages(company_id="T1", branch_id="D MG 01", page_size=1)]
    assert [len(p.items) for p in pages] == [1, 1] and pages[0].pages == 2
    assert seen[0].headers["authorization"].startswith("Basic ")
    assert seen[0].url.params["product"] == "PROTHEUS" and "datemodified" not in seen[0].url.params

    def none(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400,
            json={
                "code": 400,
                "detailedMessage": "",
                "helpUrl": "x",
                "message": "Nenhum registro localizado.",
            },
        )

    async with _rh(none) as client:
        pages = [
            p
            async for p in client.pages(
                company_id="T1", branch_id="D MG 01", datemodified="2030-01-01T00:00:00"
            )
        ]
    assert len(pages) == 1 and pages[0].items == []


async def test_rh_errors_are_sentences() -> None:
    def missing(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400, json={"code": 400, "detailedMessage": "", "message": "O parâmetro product é obrigatório."}
        )

    async with _rh(missing) as client:
        with pytest.raises(ValidationFailed, match="O parâmetro product é obrigatório"):
            async for _ in client.pages(company_id="T1", branch_id="D MG 01", product=""):
                pass

    def broken(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            500,
            json={
                "code": 500,
                "detailedMessage": "",
                "message": "Ocorreu uma falha no retorno da informação.\r\nContacte o administrador do sistema",
            },
        )

    async with _rh(broken) as client:
        with pytest.raises(ServerError) as caught:
            async for _ in client.pages(company_id="T1", branch_id="D MG 01"):
                pass
    assert "\r" not in str(caught.value) and "Contacte o administrador do sistema" in str(caught.value)


async def test_saude_error_body_with_details_and_token_once() -> None:
    grants: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/api/oauth2/v1/token"):
            grants.append(request.url.params["grant_type"])
            return httpx.Response(201, json={"access_token": "tok", "refresh_token": "r", "expires_in": 3600})
        assert request.headers["authorization"] == "Bearer tok"
        return httpx.Response(
            400,
            json={
                "code": "E002",
                "message": "Os campos do json no body estão inválidos",
                "detailedMessage": "Verifique a lista de erros no campo details para mais detalhes.",
                "details": [
                    {
                        "code": "E002D-406",
                        "message": "Tipo inválido para o campo professionalCouncilNumber",
                        "detailedMessage": "O valor do campo professionalCouncilNumber deve ser do tipo (C).",
                    },
                    {
                        "code": "E002A-406",
                        "message": "Campo attachments não informado",
                        "detailedMessage": "Não foi informado o campo attachments.",
                    },
                ],
            },
        )

    client = SaudeClient("http://protheus/rest", "admin", "secret-pw", transport=httpx.MockTransport(handler))
    async with client:
        with pytest.raises(ValidationFailed) as caught:
            await client.prescriptions(PrescriptionQuery("1"))
        with pytest.raises(ValidationFailed):
            await client.prescriptions(PrescriptionQuery("1"))
    error = caught.value
    assert error.code == "E002"
    assert error.details == [
        "[E002D-406] Tipo inválido para o campo professionalCouncilNumber — O valor do campo professionalCouncilNumber deve ser do tipo (C).",
        "[E002A-406] Campo attachments não informado — Não foi informado o campo attachments.",
    ]
    assert "Os campos do json no body estão inválidos" in str(error)
    assert grants == ["password"]


async def test_saude_long_detailed_message_is_shortened() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if "token" in request.url.path:
            return httpx.Response(201, json={"access_token": "t", "expires_in": 3600})
        return httpx.Response(
            400,
            json={
                "code": "E001",
                "message": "JSON inválido",
                "detailedMessage": "Json Error: >>" + json.dumps({"x": "y" * 2000}) + "<<",
            },
        )

    async with SaudeClient("http://h/rest", "a", "b", transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(ValidationFailed) as caught:
            await client.prescriptions(PrescriptionQuery("1"))
    assert str(caught.value).startswith("TOTVS Saúde Planos refused the request: JSON inválido — Json Error")
    assert len(str(caught.value)) < 400


async def test_rh_money_as_json_numbers_is_read_exactly() -> None:
    body = (
        b'{"items": ['
        + json.dumps({**SEED_ITEM, "id": "A"}).encode()[:-1]
        + b', "CoparticipationValue": 0.1},'
        + json.dumps({**SEED_ITEM, "id": "B"}).encode()[:-1]
        + b', "CoparticipationValue": 1234567.89},'
        + json.dumps({**SEED_ITEM, "id": "C"}).encode()[:-1]
        + b', "CoparticipationValue": 99, "YearMonthReference": 201901}], "hasNext": false, "total": 3}'
    )

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["content-type"] == "application/json"
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    async with _rh(handler) as client:
        pages = [p async for p in client.pages(company_id="T1", branch_id="D MG 01")]
    values = {i.id: i.coparticipation_value for i in pages[0].items}
    assert values == {"A": Decimal("0.1"), "B": Decimal("1234567.89"), "C": Decimal("99")}
    assert all(isinstance(v, Decimal) for v in values.values())
    assert pages[0].items[2].year_month_reference == "201901"  # a code as a number is the same text


async def test_saude_sends_content_type_json_on_every_call_and_refund_fields_filter() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/api/oauth2/v1/token"):
            return httpx.Response(201, json={"access_token": "tok", "expires_in": 3600})
        seen.append(request)
        return httpx.Response(200, json={"items": [], "hasNext": False, "remainingRecords": 0})

    async with SaudeClient(
        "http://protheus/rest", "u", "p", transport=httpx.MockTransport(handler)
    ) as client:
        await client.prescriptions(PrescriptionQuery("1"))
        await client.refunds("P1", fields="protocol,status", filter="status eq '3'")
    assert [r.method for r in seen] == ["GET", "GET"]
    assert all(r.headers["content-type"] == "application/json" for r in seen)
    assert seen[1].url.params["fields"] == "protocol,status"
    assert seen[1].url.params["filter"] == "status eq '3'"


@pytest.mark.parametrize("module", ["sandbox", "sandbox_common", "sandbox_saude", "sandbox_rh"])
def test_the_sandbox_is_an_oracle_it_imports_nothing_of_the_client(module: str) -> None:
    """Written from the seeds: no model, validator or schema of the client (the demo's seeding
    step, which runs a load, is the one function allowed to call the service); the sandbox's own
    modules may import each other."""
    import ast
    import importlib
    from pathlib import Path

    sandbox = importlib.import_module(f"app.integrations.totvs.{module}")
    tree = ast.parse(Path(str(sandbox.__file__)).read_text(encoding="utf-8"))
    seeding = [f for f in ast.walk(tree) if isinstance(f, ast.AsyncFunctionDef) and f.name == "seed_rh_demo"]
    allowed = {id(node) for f in seeding for node in ast.walk(f)}
    imported = [
        (node.lineno, node.module or "")
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and id(node) not in allowed
    ] + [(node.lineno, a.name) for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names]
    own = [
        m
        for _line, m in imported
        if m.startswith(("app.integrations.totvs", "app.core.validators"))
        and not m.startswith("app.integrations.totvs.sandbox")
    ]
    assert own == []
    assert len(Path(str(sandbox.__file__)).read_text(encoding="utf-8").splitlines()) <= 600
