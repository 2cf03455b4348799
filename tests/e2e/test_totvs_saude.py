"""TOTVS Saúde Planos against the sandbox over loopback: token, list filters, create once, refunds."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from app.core.http import ConnectionFailed, NotFoundError, ValidationFailed
from app.integrations.totvs import service_saude
from app.integrations.totvs import tables as t
from app.integrations.totvs.client_saude import PrescriptionQuery
from app.integrations.totvs.models import PrescriptionForm
from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER, SaudeSandbox

pytestmark = pytest.mark.e2e


def _form(**over: Any) -> PrescriptionForm:
    body: dict[str, Any] = {
        "healthInsurerCode": "0001",
        "subscriberId": DEMO_SUBSCRIBER,
        "professionalCouncil": "CRM",
        "stateAbbreviation": "SP",
        "professionalName": "VINICIUS",
        "prescriptionDate": "2023-04-03",
        "professionalCouncilNumber": "334456",
        "medications": [{"tableCode": "04", "medicationCode": "0490173961"}],
        "attachments": [{"href": "https://www.totvs.com/wp-content/uploads/2021/04/totvs-shared.png?teste"}],
    }
    body.update(over)
    return PrescriptionForm.model_validate(body)


async def test_token_is_refreshed_before_expiry_and_once_after_a_401(
    totvs_ctx: Any, saude_sim: SaudeSandbox
) -> None:
    query = PrescriptionQuery(subscriber_id=DEMO_SUBSCRIBER)
    async with service_saude.make_client(totvs_ctx) as client:
        await client.prescriptions(query)
        await client.prescriptions(query)
        assert saude_sim.grants == ["password"]  # one token for both calls
        saude_sim.expire_tokens()  # revoked on the server: 401, refresh, same call again
        page = await client.prescriptions(query)
        assert page.items
        assert saude_sim.grants == ["password", "refresh_token"]
        client.auth.expires_at = 0  # about to expire: renewed before the call, by refresh token
        await client.prescriptions(query)
        assert saude_sim.grants == ["password", "refresh_token", "refresh_token"]
        saude_sim.refresh_tokens.clear()  # refresh refused: back to the password grant
        saude_sim.expire_tokens()
        await client.prescriptions(query)
        assert saude_sim.grants[-2:] == ["refresh_token", "password"]


async def test_wrong_password_is_a_sentence(totvs_ctx: Any) -> None:
    from app.core.http import AuthError

    totvs_ctx.secrets.set("totvs_saude", "password", "nope")
    with pytest.raises(AuthError) as caught:
        await service_saude.test_connection(totvs_ctx)
    assert "Usuário ou senha inválidos" in str(caught.value)
    assert "nope" not in str(caught.value)


async def test_list_with_each_filter(totvs_ctx: Any, saude_sim: SaudeSandbox) -> None:
    mine = saude_sim.of(DEMO_SUBSCRIBER)
    all_items = await service_saude.list_all(totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER))
    assert len(all_items) == sum(len(p.medications) for p in mine)

    statuses = await service_saude.list_all(totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER, statuses="0,1,2"))
    assert statuses and {i.prescription_status for i in statuses} == {"0", "1", "2"}
    assert {i.status_label for i in statuses} >= {"1 - Protocolado"}

    code = mine[5].code
    by_code = await service_saude.list_all(
        totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER, prescription_code=code)
    )
    assert {i.prescription_code for i in by_code} == {code}

    med = mine[0].medications[0]["medicationCode"]
    by_med = await service_saude.list_all(totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER, medication_code=med))
    assert by_med and {i.medication_code for i in by_med} == {med}

    today = dt.date.today().isoformat()
    valid = await service_saude.list_all(totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER, expiration="1"))
    expired = await service_saude.list_all(totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER, expiration="2"))
    assert all(i.final_medication_date >= today for i in valid)
    assert all(i.final_medication_date < today for i in expired)
    assert len(valid) + len(expired) == len(all_items)

    first = await service_saude.list_page(totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER), page=1, page_size=7)
    assert len(first.items) == 7 and first.has_next and first.remaining == len(all_items) - 7
    ordered = await service_saude.list_all(
        totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER, order="-final_medication_date")
    )
    dates = [i.final_medication_date for i in ordered]
    assert dates == sorted(dates, reverse=True)

    odata = await service_saude.list_all(
        totvs_ctx,
        PrescriptionQuery(
            DEMO_SUBSCRIBER, filter=f"prescription_status eq '3' and medication_code eq '{med}'"
        ),
    )
    assert all(i.prescription_status == "3" and i.medication_code == med for i in odata)

    fields = await service_saude.list_page(
        totvs_ctx, PrescriptionQuery(DEMO_SUBSCRIBER, fields="prescription_code,prescription_status")
    )
    assert set(fields.items[0].model_dump(exclude_defaults=True)) <= {
        "prescription_code",
        "prescription_status",
    }


async def test_missing_and_unknown_subscriber(totvs_ctx: Any) -> None:
    async with service_saude.make_client(totvs_ctx) as client:
        with pytest.raises(ValidationFailed) as caught:
            await client.prescriptions(PrescriptionQuery(subscriber_id=""))
    assert caught.value.code == "E001"
    assert any("Chave subscriberId obrigatória" in d for d in caught.value.details)
    with pytest.raises(NotFoundError) as missing:
        await service_saude.list_page(totvs_ctx, PrescriptionQuery("99999999999999999"))
    assert "Beneficiário não encontrado" in str(missing.value)


async def test_create_then_timeout_retry_finds_it_and_does_not_post_again(
    totvs_ctx: Any, saude_sim: SaudeSandbox
) -> None:
    created = await service_saude.submit(totvs_ctx, _form())
    assert created.status_label == "1 - Protocolado" and not created.already_filed
    assert saude_sim.posts == 1
    # The same submission again: the idempotency record answers, nothing posted.
    again = await service_saude.submit(totvs_ctx, _form())
    assert again.already_filed and again.prescription_code == created.prescription_code
    assert saude_sim.posts == 1

    # A timeout after the server stored it.
    saude_sim.hang_after_create, saude_sim.hang_after_create_times = 3.0, 1
    form = _form(
        prescriptionDate="2024-02-10", medications=[{"tableCode": "04", "medicationCode": "0490445566"}]
    )
    with pytest.raises(ConnectionFailed):
        await service_saude.submit(totvs_ctx, form, timeout=0.5)
    assert saude_sim.posts == 2
    with totvs_ctx.db.read() as conn:
        assert (
            conn.execute(
                sa.select(t.submissions.c.state).where(
                    t.submissions.c.key == service_saude.submission_key(form)
                )
            ).scalar()
            == "sent"
        )
    assert totvs_ctx.attention.count("totvs_saude") == 1
    retried = await service_saude.submit(totvs_ctx, form)
    assert retried.already_filed
    assert saude_sim.posts == 2  # looked up, not posted a second time
    filed = [p for p in saude_sim.of(DEMO_SUBSCRIBER) if p.start == "2024-02-10"]
    assert len(filed) == 1 and filed[0].code == retried.prescription_code
    assert totvs_ctx.attention.count("totvs_saude") == 0


async def test_create_refusals_are_readable(totvs_ctx: Any, saude_sim: SaudeSandbox) -> None:
    with pytest.raises(NotFoundError) as e3:
        await service_saude.submit(totvs_ctx, _form(healthInsurerCode="0099"))
    assert e3.value.code == "E003" and "Operadora de Saúde não encontrada" in str(e3.value)
    with pytest.raises(NotFoundError) as e4:
        await service_saude.submit(totvs_ctx, _form(subscriberId="00011008000027012"))
    assert e4.value.code == "E004"
    with pytest.raises(ValidationFailed) as e5:
        await service_saude.submit(
            totvs_ctx,
            _form(
                medications=[{"tableCode": "04", "medicationCode": "0000000000"}],
                attachments=[{"href": "https://example.com/404.png"}],
            ),
        )
    assert e5.value.code == "E005"
    assert any("alias BR8" in d for d in e5.value.details)
    assert any("Erro ao realizar download do arquivo." in d for d in e5.value.details)
    assert saude_sim.posts == 0
    # Refused submissions can be corrected and sent again.
    ok = await service_saude.submit(totvs_ctx, _form(healthInsurerCode="0001"))
    assert ok.prescription_code


async def test_local_validation_names_the_fields(totvs_ctx: Any, saude_sim: SaudeSandbox) -> None:
    with pytest.raises(service_saude.FormInvalid) as caught:
        await service_saude.submit(
            totvs_ctx,
            _form(stateAbbreviation="XX", prescriptionDate="03/04/2023", medications=[], attachments=[]),
        )
    assert set(caught.value.fields) == {"stateAbbreviation", "prescriptionDate", "medications", "attachments"}
    assert saude_sim.posts == 0


async def test_refunds_of_a_prescription(totvs_ctx: Any, saude_sim: SaudeSandbox) -> None:
    with_refunds = next(
        p
        for p in saude_sim.of(DEMO_SUBSCRIBER)
        if any(r["prescription_code"] == p.code for r in saude_sim.refunds)
    )
    expected = [r for r in saude_sim.refunds if r["prescription_code"] == with_refunds.code]
    items = await service_saude.refunds(totvs_ctx, with_refunds.code)
    assert sorted(r.protocol for r in items) == sorted(r["protocol"] for r in expected)
    assert all(r.status_label.startswith(r.status + " - ") for r in items)
    med = expected[0]["medication_code"]
    only = await service_saude.refunds(totvs_ctx, with_refunds.code, medication_code=med)
    assert {r.medication_code for r in only} == {med}
    with pytest.raises(NotFoundError) as caught:
        await service_saude.refunds(totvs_ctx, "00000000000000000000")
    assert "Receita Não Encontrada" in str(caught.value)


async def test_every_request_says_content_type_json(totvs_ctx: Any, totvs_server: Any) -> None:
    """Seed 003 marks ``Content-Type: application/json`` required on each call, GET included."""
    import httpx

    base = totvs_server.base_url("totvs_saude")
    async with service_saude.make_client(totvs_ctx) as client:
        await client.prescriptions(PrescriptionQuery(DEMO_SUBSCRIBER))  # the client sends it
        token = client.auth.access_token
    url = f"{base}/totvsHealthPlans/refundSetup/v1/continuousMedications"
    async with httpx.AsyncClient() as raw:
        bare = await raw.get(
            url, params={"subscriberId": DEMO_SUBSCRIBER}, headers={"Authorization": f"Bearer {token}"}
        )
        typed = await raw.get(
            url,
            params={"subscriberId": DEMO_SUBSCRIBER},
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    assert bare.status_code == 415 and "Content-Type" in bare.json()["message"]
    assert typed.status_code == 200


async def test_retry_with_a_field_echoed_differently_still_finds_the_prescription(
    totvs_ctx: Any, saude_sim: SaudeSandbox
) -> None:
    """What identifies a prescription is its subscriber, date and medications: a retry whose
    council number is written otherwise (the server pads it; a clerk re-typed it) is the same one."""
    saude_sim.hang_after_create, saude_sim.hang_after_create_times = 3.0, 1
    form = _form(
        prescriptionDate="2024-03-15",
        professionalCouncilNumber="334456",
        medications=[
            {"tableCode": "04", "medicationCode": "0490112233"},
            {"tableCode": "04", "medicationCode": "0490998877"},
        ],
    )
    with pytest.raises(ConnectionFailed):
        await service_saude.submit(totvs_ctx, form, timeout=0.5)
    assert saude_sim.posts == 1
    retyped = _form(
        prescriptionDate="2024-03-15",
        professionalCouncilNumber="0334456",
        professionalName="Vinicius",
        medications=[
            {"tableCode": "04", "medicationCode": "0490998877"},
            {"tableCode": "04", "medicationCode": "0490112233"},
        ],
    )
    retried = await service_saude.submit(totvs_ctx, retyped)
    assert retried.already_filed and saude_sim.posts == 1
    filed = [p for p in saude_sim.of(DEMO_SUBSCRIBER) if p.start == "2024-03-15"]
    assert [p.code for p in filed] == [retried.prescription_code]


async def test_refunds_fields_and_filter(totvs_ctx: Any, saude_sim: SaudeSandbox) -> None:
    code = saude_sim.refunds[0]["prescription_code"]
    mine = [r for r in saude_sim.refunds if r["prescription_code"] == code]
    status = mine[0]["status"]
    filtered = await service_saude.refunds(totvs_ctx, code, filter=f"status eq '{status}'")
    assert sorted(r.protocol for r in filtered) == sorted(
        r["protocol"] for r in mine if r["status"] == status
    )
    assert len(filtered) < len(saude_sim.refunds)
    slim = await service_saude.refunds(totvs_ctx, code, fields="protocol,status")
    assert len(slim) == len(mine)
    assert all(set(r.model_dump(exclude_unset=True)) == {"protocol", "status"} for r in slim)
