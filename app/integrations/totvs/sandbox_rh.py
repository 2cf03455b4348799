"""Simulator of TOTVS RH (GPEA003API BeneficiariesCoparticipation, seed 004) under ``/rest``
like a Protheus REST server in São Paulo."""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app.core.sandbox import basic_auth_ok
from app.integrations.base import SandboxSpec
from app.integrations.totvs.sandbox_common import FIRST, HELP, LAST, PASSWORD, USERNAME, int_param

if TYPE_CHECKING:
    from app.core.context import AppContext

RH_COMPANIES = {"T1": ["D MG 01 ", "D MG 02 "], "T2": ["D SP 01 "]}

PROVIDERS = [
    ("001", "HOSPITAL SANTA LUCIA", "1"),
    ("002", "CLINICA ODONTO BELO HORIZONTE", "2"),
    ("003", "LABORATORIO SAO MARCOS", "1"),
    ("004", "FARMACIA POPULAR CENTRO", "9"),
    ("005", "CLINICA VIDA E SAUDE", "1"),
    ("006", "SORRISO ODONTOLOGIA", "2"),
]
DEGREES = ["C", "F", "F", "E", "P"]


def cnpj_check_digits(base12: str) -> str:
    """Check digits of a CNPJ (numeric or the 2026 alphanumeric form: value = ord(c) - 48)."""

    def digit(chars: str, weights: list[int]) -> str:
        total = sum((ord(c) - 48) * w for c, w in zip(chars, weights, strict=True))
        rest = total % 11
        return "0" if rest < 2 else str(11 - rest)

    d1 = digit(base12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    d2 = digit(base12 + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    return base12 + d1 + d2


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
        return basic_auth_ok(request, USERNAME, PASSWORD)

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
        page = int_param(request, "page", 1)
        size = int_param(request, "pageSize", 2000)
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


def rh_sandbox(seed: int = 0) -> SandboxSpec:
    """The TOTVS RH simulator, for demo mode and tests."""
    sim = RhSandbox(seed)
    return SandboxSpec.serving(sim, "/rest", configure_demo=configure_rh_demo, seed_demo=seed_rh_demo)
