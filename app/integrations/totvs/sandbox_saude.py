"""Simulator of TOTVS Saúde Planos (token API + continuousMedications, seed 003) under ``/rest``
like a Protheus REST server."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.integrations.base import SandboxSpec
from app.integrations.totvs.sandbox_common import (
    FIRST,
    HELP,
    LAST,
    PASSWORD,
    USERNAME,
    error_response,
    odata_ok,
    paged,
    parse_odata,
    sort_items,
)

if TYPE_CHECKING:
    from app.core.context import AppContext

HEALTH_INSURER = "0001"
DEMO_SUBSCRIBER = "00011008000027010"

MEDICATIONS = {
    "0490173961": "DRAMIN 100 MG COM CT BL AL PLAS INC X 20",
    "0490269497": "AAS ADULTO 500 MG COM CT BL AL PLAS INC X 20",
    "0490112233": "LOSARTANA POTASSICA 50 MG COM CT BL X 30",
    "0490445566": "METFORMINA 850 MG COM CT BL X 30",
    "0490778899": "SINVASTATINA 20 MG COM CT BL X 30",
    "0490998877": "LEVOTIROXINA SODICA 50 MCG COM CT X 30",
}
# Seed 003's status lists (B4F_STATUS, BOW_STATUS) and the 27 Brazilian states (B4F_ESTSOL).
PRESCRIPTION_STATUSES = ("0", "1", "2", "3", "4", "5", "6", "A")
REFUND_STATUSES = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E")
STATES = frozenset({
    "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
    "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
})  # fmt: skip


# Protheus character fields come back padded with spaces to their width (B4F_REGSOL, BB0_NOME).
REGSOL_WIDTH, NOME_WIDTH = 15, 40


def _char(value: str, width: int) -> str:
    """A Protheus character field as the server sends it: padded to its width."""
    return value.ljust(width)


def _missing_key(name: str, written: str) -> Response:
    """Seed 003's E001 for a required query key left out (its detail spells the key hyphenated)."""
    return error_response(
        400,
        "E001",
        "Existem chaves obrigatórias que não foram informadas.",
        "Verifique a lista de erros no campo details para mais detalhes.",
        [
            {
                "code": "E001-406",
                "message": f"Chave {name} obrigatória",
                "detailedMessage": f"Não foi informado no queryParams da requisição a chave {written}.",
            }
        ],
    )


# ---------------------------------------------------------------- Saúde


@dataclass
class Prescription:
    """One stored prescription with its medications."""

    code: str
    status: str
    subscriber_id: str
    registration_date: str
    council: str
    council_number: str
    uf: str
    professional: str
    start: str
    end: str
    medications: list[dict[str, Any]]  # tableCode, medicationCode, quantity_authorized, quantity_executed


@dataclass
class SaudeSandbox:
    """continuousMedications (list, create, refunds) and the token API, from seed 003."""

    seed: int = 0
    token_ttl: int = 3600
    # Seconds the POST waits *after storing* before answering (a timeout after the server kept it).
    hang_after_create: float = 0.0
    hang_after_create_times: int = 0
    subscribers: dict[str, str] = field(default_factory=dict)
    prescriptions: list[Prescription] = field(default_factory=list)
    refunds: list[dict[str, Any]] = field(default_factory=list)
    tokens: dict[str, float] = field(default_factory=dict)  # access token → expiry (monotonic)
    refresh_tokens: set[str] = field(default_factory=set)
    grants: list[str] = field(default_factory=list)
    posts: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _counter: int = 0

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        self.subscribers = {DEMO_SUBSCRIBER: "HERNANDES ALVES DA SILVA"}
        for n in range(2, 7):
            self.subscribers[f"000110080000{n:03d}10"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        today = dt.date.today()
        codes = list(MEDICATIONS)
        statuses = list(PRESCRIPTION_STATUSES)
        for subscriber in self.subscribers:
            count = 30 if subscriber == DEMO_SUBSCRIBER else 4
            for i in range(count):
                # The demo subscriber has prescriptions in every status, valid and expired.
                status = (
                    statuses[i % len(statuses)] if subscriber == DEMO_SUBSCRIBER else rng.choice(statuses)
                )
                start = today - dt.timedelta(days=rng.randint(10, 500))
                end = start + dt.timedelta(days=rng.choice([90, 180, 365]))
                meds = rng.sample(codes, rng.randint(1, 3))
                self.prescriptions.append(
                    Prescription(
                        code=self._next_code(start),
                        status=status,
                        subscriber_id=subscriber,
                        registration_date=start.isoformat(),
                        council="CRM",
                        council_number=str(100000 + rng.randint(0, 899999)),
                        uf=rng.choice(sorted(STATES)),
                        professional=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        start=start.isoformat(),
                        end=end.isoformat(),
                        medications=[
                            {
                                "tableCode": "04",
                                "medicationCode": m,
                                "quantity_authorized": rng.choice([0, 30, 60, 9999]),
                                "quantity_executed": rng.randint(0, 10),
                            }
                            for m in meds
                        ],
                    )
                )
        refund_statuses = list(REFUND_STATUSES)
        for p in self.prescriptions[:40]:
            for m in p.medications:
                for k in range(rng.randint(0, 4) if p.subscriber_id != DEMO_SUBSCRIBER else 3):
                    req = dt.date.fromisoformat(p.start) + dt.timedelta(days=10 + 30 * k)
                    status = rng.choice(refund_statuses)
                    self.refunds.append(
                        {
                            "prescription_code": p.code,
                            "medication_code": m["medicationCode"],
                            "medication_description": MEDICATIONS[m["medicationCode"]],
                            "protocol": self._next_code(req),
                            "status": status,
                            "request_date": req.isoformat(),
                            "quantity_requested": rng.randint(1, 3),
                            "repayment_date": (req + dt.timedelta(days=15)).isoformat()
                            if status in ("3", "6", "C")
                            else "",
                        }
                    )

    def _next_code(self, when: dt.date) -> str:
        self._counter += 1
        return f"417505{when:%Y%m%d}{self._counter:06d}"

    # -- helpers for tests --------------------------------------------------

    def expire_tokens(self) -> None:
        """Every access token stops working (refresh tokens still do)."""
        with self._lock:
            self.tokens.clear()

    def of(self, subscriber_id: str) -> list[Prescription]:
        """The prescriptions of one subscriber (tests)."""
        return [p for p in self.prescriptions if p.subscriber_id == subscriber_id]

    # -- routes -----------------------------------------------------------

    async def token(self, request: Request) -> Response:
        """POST /api/oauth2/v1/token: password and refresh_token grants."""
        q = request.query_params
        grant = q.get("grant_type", "")
        self.grants.append(grant)
        if grant == "password":
            if q.get("username") != USERNAME or q.get("password") != PASSWORD:
                return JSONResponse(
                    {"code": 401, "message": "Usuário ou senha inválidos", "detailedMessage": ""},
                    status_code=401,
                )
        elif grant == "refresh_token":
            if q.get("refresh_token") not in self.refresh_tokens:
                return JSONResponse(
                    {"code": 401, "message": "Refresh token inválido ou expirado", "detailedMessage": ""},
                    status_code=401,
                )
            self.refresh_tokens.discard(q.get("refresh_token", ""))
        else:
            return JSONResponse(
                {"code": 400, "message": "grant_type inválido", "detailedMessage": grant}, status_code=400
            )
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        with self._lock:
            self.tokens[access] = time.monotonic() + self.token_ttl
            self.refresh_tokens.add(refresh)
        return JSONResponse(
            {
                "access_token": access,
                "refresh_token": refresh,
                "scope": "default",
                "token_type": "Bearer",
                "expires_in": self.token_ttl,
            },
            status_code=201,
        )

    def _refused(self, request: Request) -> Response | None:
        """401 without a valid Bearer token; 415 without ``Content-Type: application/json``,
        which seed 003 marks required on every continuousMedications request, GET included."""
        if (refused := self._authorized(request)) is not None:
            return refused
        media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media != "application/json":
            return error_response(
                415,
                "E001",
                "Cabeçalho Content-Type obrigatório",
                f"Informe o cabeçalho Content-Type: application/json (recebido: '{media}').",
            )
        return None

    def _authorized(self, request: Request) -> Response | None:
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else ""
        with self._lock:
            expiry = self.tokens.get(token)
        if expiry is None or expiry < time.monotonic():
            return JSONResponse(
                {
                    "code": 401,
                    "message": "Token inválido ou expirado",
                    "detailedMessage": "",
                    "helpUrl": HELP,
                },
                status_code=401,
            )
        return None

    def _items(self, p: Prescription) -> list[dict[str, Any]]:
        return [
            {
                "prescription_status": p.status,
                "prescription_code": p.code,
                "initial_medication_date": p.start,
                "final_medication_date": p.end,
                "medication_code": m["medicationCode"],
                "medication_description": MEDICATIONS.get(m["medicationCode"], ""),
                "unit_measure": "",
                "quantity_authorized": m["quantity_authorized"],
                "quantity_executed": m["quantity_executed"],
                "state_abbreviation": p.uf,
                "professional_council": p.council,
                "professional_council_number": _char(p.council_number, REGSOL_WIDTH),
                "professional_name": _char(p.professional, NOME_WIDTH),
            }
            for m in p.medications
        ]

    def _known_key(
        self,
        request: Request,
        name: str,
        written: str,
        known: Callable[[str], bool],
        not_found: str,
        not_found_detail: str,
    ) -> str | Response:
        """The value of a required query key that must name a stored record, or the seed's refusal:
        the access refusal, E001 for a missing key (``written``: its hyphenated spelling), 404."""
        if (refused := self._refused(request)) is not None:
            return refused
        value = request.query_params.get(name, "")
        if not value:
            return _missing_key(name, written)
        if not known(value):
            return error_response(404, "E001", not_found, not_found_detail)
        return value

    async def list_prescriptions(self, request: Request) -> Response:
        """GET continuousMedications with every filter of the seed."""
        subscriber = self._known_key(
            request,
            "subscriberId",
            "subscriber-id",
            self.subscribers.__contains__,
            "Beneficiário não encontrado",
            "Não foi possível retornar os dados do beneficiário através da matrícula informada.",
        )
        if isinstance(subscriber, Response):
            return subscriber
        q = request.query_params
        items = [i for p in self.of(subscriber) for i in self._items(p)]
        if code := q.get("prescriptionCode"):
            items = [i for i in items if i["prescription_code"] == code]
        if statuses := q.get("prescriptionStatus"):
            wanted = {s.strip().upper() for s in statuses.split(",") if s.strip()}
            items = [i for i in items if i["prescription_status"] in wanted]
        if med := q.get("medicationCode"):
            items = [i for i in items if i["medication_code"] == med]
        expiration = q.get("expirationDate", "")
        today = dt.date.today().isoformat()
        if expiration == "1":
            items = [i for i in items if i["final_medication_date"] >= today]
        elif expiration == "2":
            items = [i for i in items if i["final_medication_date"] < today]
        elif expiration:
            return error_response(
                400,
                "E001",
                "Parâmetro expirationDate inválido",
                "Informe 1 (dentro da validade) ou 2 (fora).",
            )
        if odata := q.get("filter"):
            try:
                clauses = parse_odata(odata)
            except ValueError as exc:
                return error_response(
                    400, "E001", "Filtro inválido", f"Não foi possível interpretar o filtro: {exc}"
                )
            items = [i for i in items if odata_ok(i, clauses)]
        if order := q.get("order"):
            items = sort_items(items, order)
        result = paged(items, request)
        return result if isinstance(result, Response) else JSONResponse(result)

    async def create(self, request: Request) -> Response:
        """POST continuousMedications: the seed's E001–E005 refusals, else 201."""
        if (refused := self._refused(request)) is not None:
            return refused
        raw = await request.body()
        try:
            body = json.loads(raw)
            if not isinstance(body, dict):
                raise ValueError
        except ValueError:
            return error_response(
                400, "E001", "JSON inválido", f"Json Error: >>{raw.decode(errors='replace')[:500]}<<"
            )
        details: list[dict[str, str]] = []
        for name in (
            "healthInsurerCode",
            "subscriberId",
            "professionalCouncil",
            "professionalCouncilNumber",
            "stateAbbreviation",
            "professionalName",
            "prescriptionDate",
            "medications",
            "attachments",
        ):
            value = body.get(name)
            if value is None or value == "" or value == []:
                details.append(
                    {
                        "code": "E002A-406",
                        "message": f"Campo {name} não informado",
                        "detailedMessage": f"Não foi informado o campo {name}.",
                    }
                )
            elif name in ("medications", "attachments"):
                if not isinstance(value, list):
                    details.append(
                        {
                            "code": "E002D-406",
                            "message": f"Tipo inválido para o campo {name}",
                            "detailedMessage": f"O valor do campo {name} deve ser do tipo (A).",
                        }
                    )
            elif not isinstance(value, str):
                details.append(
                    {
                        "code": "E002D-406",
                        "message": f"Tipo inválido para o campo {name}",
                        "detailedMessage": f"O valor do campo {name} deve ser do tipo (C).",
                    }
                )
        if details:
            return error_response(
                400,
                "E002",
                "Os campos do json no body estão inválidos",
                "Verifique a lista de erros no campo details para mais detalhes.",
                details,
            )
        if body["healthInsurerCode"] != HEALTH_INSURER:
            return error_response(
                404,
                "E003",
                "Operadora de Saúde não encontrada",
                f"Não foi encontrada nenhum operadora de saúde com o código {body['healthInsurerCode']}",
            )
        if body["subscriberId"] not in self.subscribers:
            return error_response(
                404,
                "E004",
                "Beneficiário não encontrado",
                f"Não foi encontrado nenhum beneficiário com a matricula {body['subscriberId']}",
            )
        problems: list[dict[str, str]] = []
        for med in body["medications"]:
            if not isinstance(med, dict) or med.get("medicationCode") not in MEDICATIONS:
                problems.append(
                    {
                        "code": "E005-1",
                        "message": "Não existe registro relacionado a chave informada no alias BR8, ordenação 1.",
                        "detailedMessage": "Id do campo de erro: B7D_CODMED; Id do erro: REGNOIS",
                    }
                )
        for att in body["attachments"]:
            href = att.get("href", "") if isinstance(att, dict) else ""
            if not str(href).lower().startswith(("http://", "https://")) or "404" in str(href):
                problems.append(
                    {
                        "code": "E005-1",
                        "message": "Erro ao realizar download do arquivo.",
                        "detailedMessage": f"Status code: 404; Erro: Not Found\r\n; Url: {href}",
                    }
                )
        if body["stateAbbreviation"] not in STATES:
            problems.append(
                {
                    "code": "E005-1",
                    "message": "Estado do conselho inválido.",
                    "detailedMessage": "Id do campo de erro: B4F_ESTSOL; Id do erro: REGNOIS",
                }
            )
        try:
            start = dt.date.fromisoformat(body["prescriptionDate"])
        except ValueError:
            problems.append(
                {
                    "code": "E005-1",
                    "message": "Data da receita inválida.",
                    "detailedMessage": "Id do campo de erro: B4F_DATINI",
                }
            )
            start = dt.date.today()
        if problems:
            return error_response(
                400,
                "E005",
                "Erro ao incluir receita de medicamentos de uso continuo.",
                "Verifique a lista de erros para mais detalhes",
                problems,
            )
        with self._lock:
            self.posts += 1
            p = Prescription(
                code=self._next_code(dt.date.today()),
                status="1",
                subscriber_id=body["subscriberId"],
                registration_date=dt.date.today().isoformat(),
                council=body["professionalCouncil"],
                council_number=body["professionalCouncilNumber"],
                uf=body["stateAbbreviation"],
                professional=body["professionalName"],
                start=start.isoformat(),
                end=(start + dt.timedelta(days=180)).isoformat(),
                medications=[
                    {
                        "tableCode": m["tableCode"],
                        "medicationCode": m["medicationCode"],
                        "quantity_authorized": 0,
                        "quantity_executed": 0,
                    }
                    for m in body["medications"]
                ],
            )
            self.prescriptions.append(p)
        if self.hang_after_create_times > 0:
            self.hang_after_create_times -= 1
            await asyncio.sleep(self.hang_after_create)
        return JSONResponse(
            {
                "prescriptionCode": p.code,
                "status": p.status,
                "prescriptionDescription": f"Receita Nº {p.code}.",
                "subscriberId": p.subscriber_id,
                "subscriberName": self.subscribers[p.subscriber_id],
                "registrationDate": p.registration_date,
                "professionalCouncil": p.council,
                "stateAbbreviation": p.uf,
                "professionalCouncilNumber": _char(p.council_number, REGSOL_WIDTH),
                "professionalName": _char(p.professional, NOME_WIDTH),
                "startValidityDate": p.start,
                "endValidityDate": p.end,
                "medications": [
                    {
                        "tableCode": m["tableCode"],
                        "medicationCode": m["medicationCode"],
                        "medicationDescription": MEDICATIONS[m["medicationCode"]],
                    }
                    for m in p.medications
                ],
            },
            status_code=201,
        )

    async def list_refunds(self, request: Request) -> Response:
        """GET continuousMedications/refunds with order, fields and filter."""
        code = self._known_key(
            request,
            "prescriptionCode",
            "prescription-code",
            lambda c: any(p.code == c for p in self.prescriptions),
            "Receita Não Encontrada",
            "Não foi possível retornar os dados da receita através do código da receita informada.",
        )
        if isinstance(code, Response):
            return code
        q = request.query_params
        items = [dict(r) for r in self.refunds if r["prescription_code"] == code]
        if med := q.get("medicationCode"):
            items = [i for i in items if i["medication_code"] == med]
        if odata := q.get("filter"):
            try:
                items = [i for i in items if odata_ok(i, parse_odata(odata))]
            except ValueError as exc:
                return error_response(
                    400, "E001", "Filtro inválido", f"Não foi possível interpretar o filtro: {exc}"
                )
        items = sort_items(items, q.get("order") or "request_date")
        result = paged(items, request)
        return result if isinstance(result, Response) else JSONResponse(result)

    def app(self) -> Starlette:
        """The Starlette app, under /rest like a Protheus REST server."""
        base = "/rest/totvsHealthPlans/refundSetup/v1/continuousMedications"
        return Starlette(
            routes=[
                Route("/rest/api/oauth2/v1/token", self.token, methods=["POST"]),
                Route(f"{base}/refunds", self.list_refunds, methods=["GET"]),
                Route(base, self.list_prescriptions, methods=["GET"]),
                Route(base, self.create, methods=["POST"]),
            ]
        )


# ---------------------------------------------------------------- demo wiring


def configure_saude_demo(ctx: AppContext, base_url: str) -> None:
    """Point TOTVS Saúde at the sandbox (demo and tests)."""
    ctx.settings.totvs_saude.base_url = base_url
    ctx.settings.totvs_saude.username = USERNAME
    ctx.settings.totvs_saude.health_insurer_code = HEALTH_INSURER
    ctx.secrets.set("totvs_saude", "password", PASSWORD)
    # The tab opens on the last subscriber searched: in the demo, the one with every status.
    ctx.db.set_state("totvs_saude.last_subscriber", DEMO_SUBSCRIBER)


def saude_sandbox(seed: int = 0) -> SandboxSpec:
    """The TOTVS Saúde Planos simulator, for demo mode and tests."""
    sim = SaudeSandbox(seed)
    return SandboxSpec.serving(sim, "/rest", configure_demo=configure_saude_demo)
