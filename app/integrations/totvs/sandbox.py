"""Simulators of TOTVS Saúde Planos (token API + continuousMedications) and TOTVS RH
(GPEA003API BeneficiariesCoparticipation), both under ``/rest`` like a Protheus REST server."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import random
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.integrations.base import SandboxSpec

if TYPE_CHECKING:
    from app.core.context import AppContext

USERNAME = "admin"
PASSWORD = "protheus-demo"
HEALTH_INSURER = "0001"
DEMO_SUBSCRIBER = "00011008000027010"
RH_COMPANIES = {"T1": ["D MG 01 ", "D MG 02 "], "T2": ["D SP 01 "]}
HELP = "http://tdn.totvs.com/x/Uzh_HQ"

MEDICATIONS = {
    "0490173961": "DRAMIN 100 MG COM CT BL AL PLAS INC X 20",
    "0490269497": "AAS ADULTO 500 MG COM CT BL AL PLAS INC X 20",
    "0490112233": "LOSARTANA POTASSICA 50 MG COM CT BL X 30",
    "0490445566": "METFORMINA 850 MG COM CT BL X 30",
    "0490778899": "SINVASTATINA 20 MG COM CT BL X 30",
    "0490998877": "LEVOTIROXINA SODICA 50 MCG COM CT X 30",
}
FIRST = ["ANA", "JOAO", "MARIA", "JOSE", "FRANCISCA", "ANTONIO", "ADRIANA", "CARLOS", "JULIANA",
         "PAULO", "MARCIA", "LUCAS", "FERNANDA", "RAFAEL", "PATRICIA", "BRUNO", "LUCIANA", "RODRIGO"]  # fmt: skip
LAST = ["SILVA", "SANTOS", "OLIVEIRA", "SOUZA", "RODRIGUES", "FERREIRA", "ALVES", "PEREIRA", "LIMA",
        "GOMES", "COSTA", "RIBEIRO", "MARTINS", "CARVALHO", "ALMEIDA", "LOPES", "SOARES", "BARBOSA"]  # fmt: skip
PROVIDERS = [
    ("001", "HOSPITAL SANTA LUCIA", "1"),
    ("002", "CLINICA ODONTO BELO HORIZONTE", "2"),
    ("003", "LABORATORIO SAO MARCOS", "1"),
    ("004", "FARMACIA POPULAR CENTRO", "9"),
    ("005", "CLINICA VIDA E SAUDE", "1"),
    ("006", "SORRISO ODONTOLOGIA", "2"),
]
DEGREES = ["C", "F", "F", "E", "P"]
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


def _error(status: int, code: str | int, message: str, detailed: str = "", details: Any = None) -> Response:
    body: dict[str, Any] = {"code": code, "message": message, "detailedMessage": detailed}
    if details is not None:
        body["details"] = details
    return JSONResponse(body, status_code=status)


def _missing_key(name: str, written: str) -> Response:
    """Seed 003's E001 for a required query key left out (its detail spells the key hyphenated)."""
    return _error(
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


def cnpj_check_digits(base12: str) -> str:
    """Check digits of a CNPJ (numeric or the 2026 alphanumeric form: value = ord(c) - 48)."""

    def digit(chars: str, weights: list[int]) -> str:
        total = sum((ord(c) - 48) * w for c, w in zip(chars, weights, strict=True))
        rest = total % 11
        return "0" if rest < 2 else str(11 - rest)

    d1 = digit(base12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    d2 = digit(base12 + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    return base12 + d1 + d2


# ---------------------------------------------------------------- OData $filter (eq / ne / and)

_CLAUSE = re.compile(r"^\s*(\w+)\s+(eq|ne)\s+(?:'((?:[^']|'')*)'|(\S+))\s*$", re.IGNORECASE)


def parse_odata(text: str) -> list[tuple[str, str, str]]:
    """The OData ``filter`` clauses the sandbox understands: ``field eq|ne value`` joined by ``and``."""
    clauses: list[tuple[str, str, str]] = []
    for part in re.split(r"\s+and\s+", text.strip(), flags=re.IGNORECASE):
        match = _CLAUSE.match(part)
        if not match:
            raise ValueError(part)
        value = match.group(3) if match.group(3) is not None else match.group(4)
        clauses.append((match.group(1), match.group(2).lower(), value.replace("''", "'")))
    return clauses


def _odata_ok(item: dict[str, Any], clauses: list[tuple[str, str, str]]) -> bool:
    lowered = {k.lower(): v for k, v in item.items()}
    for name, op, value in clauses:
        have = str(lowered.get(name.lower(), ""))
        if (have == value) != (op == "eq"):
            return False
    return True


def _sort(items: list[dict[str, Any]], order: str) -> list[dict[str, Any]]:
    for key in reversed([k.strip() for k in order.split(",") if k.strip()]):
        desc = key.startswith("-")
        name = key.lstrip("-+").lower()

        def value(item: dict[str, Any], n: str = name) -> str:
            return str({k.lower(): v for k, v in item.items()}.get(n, ""))

        items.sort(key=value, reverse=desc)
    return items


def _int_param(request: Request, name: str, default: int) -> int | Response:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        return _error(
            400,
            "E001",
            f"Parâmetro {name} inválido",
            f"O parâmetro {name} deve ser um valor numérico maior que zero.",
        )
    return value


def _paged(
    items: list[dict[str, Any]], request: Request, *, default_size: int = 20
) -> Response | dict[str, Any]:
    page = _int_param(request, "page", 1)
    size = _int_param(request, "pageSize", default_size)
    if isinstance(page, Response):
        return page
    if isinstance(size, Response):
        return size
    start = (page - 1) * size
    chunk = items[start : start + size]
    fields = [f.strip() for f in request.query_params.get("fields", "").split(",") if f.strip()]
    if fields:
        chunk = [{k: v for k, v in i.items() if k in fields} for i in chunk]
    remaining = max(0, len(items) - start - len(chunk))
    return {"items": chunk, "hasNext": remaining > 0, "remainingRecords": remaining}


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
            return _error(
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

    async def list_prescriptions(self, request: Request) -> Response:
        """GET continuousMedications with every filter of the seed."""
        if (refused := self._refused(request)) is not None:
            return refused
        q = request.query_params
        subscriber = q.get("subscriberId", "")
        if not subscriber:
            return _missing_key("subscriberId", "subscriber-id")
        if subscriber not in self.subscribers:
            return _error(
                404,
                "E001",
                "Beneficiário não encontrado",
                "Não foi possível retornar os dados do beneficiário através da matrícula informada.",
            )
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
            return _error(
                400,
                "E001",
                "Parâmetro expirationDate inválido",
                "Informe 1 (dentro da validade) ou 2 (fora).",
            )
        if odata := q.get("filter"):
            try:
                clauses = parse_odata(odata)
            except ValueError as exc:
                return _error(400, "E001", "Filtro inválido", f"Não foi possível interpretar o filtro: {exc}")
            items = [i for i in items if _odata_ok(i, clauses)]
        if order := q.get("order"):
            items = _sort(items, order)
        result = _paged(items, request)
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
            return _error(
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
            return _error(
                400,
                "E002",
                "Os campos do json no body estão inválidos",
                "Verifique a lista de erros no campo details para mais detalhes.",
                details,
            )
        if body["healthInsurerCode"] != HEALTH_INSURER:
            return _error(
                404,
                "E003",
                "Operadora de Saúde não encontrada",
                f"Não foi encontrada nenhum operadora de saúde com o código {body['healthInsurerCode']}",
            )
        if body["subscriberId"] not in self.subscribers:
            return _error(
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
            return _error(
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
        if (refused := self._refused(request)) is not None:
            return refused
        q = request.query_params
        code = q.get("prescriptionCode", "")
        if not code:
            return _missing_key("prescriptionCode", "prescription-code")
        if not any(p.code == code for p in self.prescriptions):
            return _error(
                404,
                "E001",
                "Receita Não Encontrada",
                "Não foi possível retornar os dados da receita através do código da receita informada.",
            )
        items = [dict(r) for r in self.refunds if r["prescription_code"] == code]
        if med := q.get("medicationCode"):
            items = [i for i in items if i["medication_code"] == med]
        if odata := q.get("filter"):
            try:
                items = [i for i in items if _odata_ok(i, parse_odata(odata))]
            except ValueError as exc:
                return _error(400, "E001", "Filtro inválido", f"Não foi possível interpretar o filtro: {exc}")
        items = _sort(items, q.get("order") or "request_date")
        result = _paged(items, request)
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


# ---------------------------------------------------------------- RH

STAMP = "%Y-%m-%dT%H:%M:%S"  # seed 004: YYYY-MM-DDThh:mm:ss, no zone
try:  # the Protheus server's own clock
    SERVER_ZONE: dt.tzinfo = ZoneInfo("America/Sao_Paulo")
    SERVER_ZONE_SETTING = "America/Sao_Paulo"
except ZoneInfoNotFoundError:  # Windows without the tzdata package: Brazil keeps UTC−3 (no DST since 2019)
    SERVER_ZONE = dt.timezone(dt.timedelta(hours=-3))
    SERVER_ZONE_SETTING = "-03:00"
ENVIRONMENT_FAILURE = (
    "Ocorreu uma falha no retorno da informação.\r\nErro ao preparar o ambiente com a Empresa e "
    "Filial informados!\r\nSaída no final: Falha de conexão com o banco de dados\r\n"
    "Contacte o administrador do sistema"
)
MONEY_FORMATS = ("string", "number", "mixed")  # seed: "99.00"; TOTVS's OpenAPI: a number


def _sao_paulo_now() -> dt.datetime:
    return dt.datetime.now(SERVER_ZONE)


@dataclass
class RhSandbox:
    """GPEA003API on a Protheus server in São Paulo: ``datemodified`` is that server's wall-clock
    time and selects the rows whose payment date falls on or after it (seed 004)."""

    seed: int = 0
    rows_per_branch: int = 1800
    rows: dict[str, dict[str, Any]] = field(default_factory=dict)  # id → item
    paid: dict[str, dt.date] = field(default_factory=dict)  # id → payment date (São Paulo)
    fail_page: int | None = None  # answer 500 for this page number (a load interrupted midway)
    money_format: str = "string"  # how CoparticipationValue is written: string, number or mixed
    clock: Callable[[], dt.datetime] = field(default=_sao_paulo_now, repr=False)
    requests: list[dict[str, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _rng: random.Random = field(default_factory=random.Random, repr=False)

    def __post_init__(self) -> None:
        self._rng.seed(self.seed)
        today = self.today()
        for company, branches in RH_COMPANIES.items():
            for branch in branches:
                employees = [
                    (
                        f"{n:06d}",
                        f"{self._rng.choice(FIRST)} {self._rng.choice(LAST)} {self._rng.choice(LAST)}",
                    )
                    for n in range(1, self.rows_per_branch // 12 + 1)
                ]
                for i in range(self.rows_per_branch):
                    code, name = employees[i % len(employees)]
                    paid = today - dt.timedelta(days=self._rng.randint(2, 720))
                    self._add(company, branch, code, name, i, paid)

    def today(self) -> dt.date:
        """The server's date (São Paulo)."""
        return self.clock().astimezone(SERVER_ZONE).date()

    def _provider_cnpj(self, index: int) -> str:
        rng = random.Random(index)
        if index % 3 == 2:  # the alphanumeric CNPJ (from July 2026)
            alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
            base = "".join(rng.choice(alphabet) for _ in range(8)) + "0001"
        else:
            base = "".join(str(rng.randint(0, 9)) for _ in range(8)) + "0001"
        return cnpj_check_digits(base)

    def _add(self, company: str, branch: str, code: str, name: str, i: int, paid: dt.date) -> str:
        rng = self._rng
        provider_index = rng.randrange(len(PROVIDERS))
        provider, provider_name, contract_type = PROVIDERS[provider_index]
        dependent = rng.random() < 0.4
        dep_code = f"{rng.randint(1, 3):02d}" if dependent else "00"
        occurred = dt.datetime.combine(paid, dt.time()) - dt.timedelta(days=rng.randint(0, 20))
        ym = f"{paid:%Y%m}"  # YearMonthReference: the payment's year and month
        service_type = str(rng.randint(1, 13))
        row_id = f"{company}|{branch}|{code}|{occurred:%Y-%m-%dT%H:%M:%S}|{contract_type}|{provider}|{i}|{dep_code if dependent else '  '}|{410 + i % 97}|{ym}"
        self.rows[row_id] = {
            "EmployeeCode": code,
            "DependentCode": dep_code,
            "SpecialtyName": str(rng.randint(1, 99)),
            "companyKey": f"{company}|{branch}",
            "ServiceProviderName": provider_name,
            "ServiceProviderId": self._provider_cnpj(provider_index),
            "CoparticipationValue": f"{Decimal(rng.randint(500, 250000)) / 100:.2f}",
            "EmployeeName": name,
            "DependentName": f"{rng.choice(FIRST)} {name.split(' ', 1)[1]}" if dependent else name,
            "branch": branch,
            "DegreeEmployeeDependency": rng.choice(DEGREES) if dependent else "",
            "OccurrencyDate": f"{occurred:%Y-%m-%dT%H:%M:%S}",
            "CoparticipationDescription": "",
            "ServiceProviderContractType": contract_type,
            "InternationalCodeDiseases": rng.choice(["Z88.1", "J06.9", "M54.5", "I10", "E11.9", "K29.7"]),
            "AmountUse": "1",
            "YearMonthReference": ym,
            "ServiceType": service_type,
            "ServiceProviderContract": f"CT{provider}{rng.randint(100, 999)}" if rng.random() < 0.5 else "",
            "ServiceProvider": provider,
            "id": row_id,
        }
        self.paid[row_id] = paid
        return row_id

    # -- between loads --------------------------------------------------------

    def change_rows(self, changed: int = 10, added: int = 5, *, paid: dt.date | None = None) -> list[str]:
        """Edit ``changed`` existing rows and add ``added`` new ones, paid on ``paid`` (today)."""
        day = paid or self.today()
        out: list[str] = []
        with self._lock:
            ids = sorted(self.rows)
            for row_id in self._rng.sample(ids, changed):
                row = self.rows[row_id]
                row["CoparticipationValue"] = f"{Decimal(row['CoparticipationValue']) + Decimal('1.11'):.2f}"
                self.paid[row_id] = day
                out.append(row_id)
            base = len(self.rows)
            for k in range(added):
                company = list(RH_COMPANIES)[k % len(RH_COMPANIES)]
                branch = RH_COMPANIES[company][0]
                out.append(
                    self._add(company, branch, f"{900000 + k:06d}", "NOVO FUNCIONARIO API", base + k, day)
                )
        return out

    def selected(self, company: str, branch: str, since: dt.datetime | None) -> list[dict[str, Any]]:
        """The rows of a company/branch paid at or after ``since`` (the server's wall-clock time)."""
        with self._lock:
            rows = [
                r
                for rid, r in self.rows.items()
                if r["companyKey"].split("|")[0] == company
                and r["branch"].strip() == branch.strip()
                and (since is None or dt.datetime.combine(self.paid[rid], dt.time()) >= since)
            ]
        return sorted(rows, key=lambda r: r["id"])

    def _wire_item(self, row: dict[str, Any], index: int) -> dict[str, Any]:
        numeric = self.money_format == "number" or (self.money_format == "mixed" and index % 2 == 1)
        if not numeric:
            return row
        amount = Decimal(row["CoparticipationValue"])
        # A JSON number as a server writes one: 99 for a whole amount (int32 in the OpenAPI), else
        # the shortest digits (1234.56): the client must read them exactly.
        number: int | float = int(amount) if amount == amount.to_integral_value() else float(amount)
        return {**row, "CoparticipationValue": number}

    # -- routes -----------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return user == USERNAME and password == PASSWORD

    @staticmethod
    def _rh_error(status: int, message: str) -> Response:
        return JSONResponse(
            {"code": status, "detailedMessage": "", "helpUrl": HELP, "message": message}, status_code=status
        )

    async def coparticipation(self, request: Request) -> Response:
        """GET BeneficiariesCoparticipation: product, companyId, branchId, datemodified, paging."""
        if not self._authorized(request):
            return Response(
                '{"code": 401, "message": "Unauthorized", "detailedMessage": ""}',
                status_code=401,
                media_type="application/json",
                headers={"WWW-Authenticate": 'Basic realm="REST"'},
            )
        q = request.query_params
        self.requests.append(dict(q))
        if not q.get("product"):
            return self._rh_error(400, "O parâmetro product é obrigatório.")
        if not q.get("branchId", "").strip():
            return self._rh_error(400, "O parâmetro branchId é obrigatório.")
        if not q.get("companyId", "").strip():
            return self._rh_error(400, "O parâmetro companyId é obrigatório.")
        company, branch = q["companyId"].strip(), q["branchId"].strip()
        if branch not in {b.strip() for b in RH_COMPANIES.get(company, [])}:
            return self._rh_error(500, ENVIRONMENT_FAILURE)  # no such company/branch environment
        page = _int_param(request, "page", 1)
        size = _int_param(request, "pageSize", 2000)
        if isinstance(page, Response):
            return page
        if isinstance(size, Response):
            return size
        since: dt.datetime | None = None
        if raw := q.get("datemodified", "").strip():
            try:
                since = dt.datetime.strptime(raw, STAMP)
            except ValueError:
                return self._rh_error(
                    400, "O parâmetro datemodified deve estar no formato YYYY-MM-DDThh:mm:ss."
                )
        if self.fail_page is not None and page == self.fail_page:
            return self._rh_error(500, ENVIRONMENT_FAILURE)
        rows = self.selected(company, branch, since)
        start = (page - 1) * size
        chunk = [self._wire_item(r, start + k) for k, r in enumerate(rows[start : page * size])]
        if not chunk:
            return self._rh_error(400, "Nenhum registro localizado.")
        return JSONResponse({"items": chunk, "hasNext": page * size < len(rows), "total": len(rows)})

    async def control_change(self, request: Request) -> Response:
        """Test/demo control: change and add rows, paid today."""
        try:
            body = await request.json()
        except ValueError:
            body = {}
        ids = self.change_rows(int(body.get("changed", 10)), int(body.get("added", 5)))
        return JSONResponse({"ids": ids})

    def app(self) -> Starlette:
        """The Starlette app, under /rest like a Protheus REST server."""
        return Starlette(
            routes=[
                Route("/rest/api/rh/v1/BeneficiariesCoparticipation", self.coparticipation, methods=["GET"]),
                Route("/rest/api/rh/v1/BeneficiariesCoparticipation/", self.coparticipation, methods=["GET"]),
                Route("/_sandbox/change", self.control_change, methods=["POST"]),
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


def configure_rh_demo(ctx: AppContext, base_url: str) -> None:
    """Point TOTVS RH at the sandbox: its company/branch pairs, its São Paulo clock."""
    ctx.settings.totvs_rh.base_url = base_url
    ctx.settings.totvs_rh.username = USERNAME
    ctx.settings.totvs_rh.product = "PROTHEUS"
    ctx.settings.totvs_rh.scopes = ", ".join(
        f"{company}:{branch.strip()}" for company, branches in RH_COMPANIES.items() for branch in branches
    )
    ctx.settings.totvs_rh.server_timezone = SERVER_ZONE_SETTING
    ctx.secrets.set("totvs_rh", "password", PASSWORD)


async def seed_rh_demo(ctx: AppContext) -> None:
    """Demo: a full load, so the tab opens on thousands of rows."""
    from app.integrations.totvs import service_rh

    await service_rh.load(ctx, mode=service_rh.FULL)


def saude_sandbox(seed: int = 0) -> SandboxSpec:
    """The TOTVS Saúde Planos simulator, for demo mode and tests."""
    sim = SaudeSandbox(seed)
    return SandboxSpec(
        app=sim.app(), base_path="/rest", configure_demo=configure_saude_demo, extra={"sim": sim}
    )


def rh_sandbox(seed: int = 0) -> SandboxSpec:
    """The TOTVS RH simulator, for demo mode and tests."""
    sim = RhSandbox(seed)
    return SandboxSpec(
        app=sim.app(),
        base_path="/rest",
        configure_demo=configure_rh_demo,
        seed_demo=seed_rh_demo,
        extra={"sim": sim},
    )
