"""What both TOTVS simulators share: the Protheus demo credentials, sample names, the seeds'
error body, and the query conventions (positive page numbers, OData ``filter``, ``order``, paging)."""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

USERNAME = "admin"
PASSWORD = "protheus-demo"
HELP = "http://tdn.totvs.com/x/Uzh_HQ"

FIRST = ["ANA", "JOAO", "MARIA", "JOSE", "FRANCISCA", "ANTONIO", "ADRIANA", "CARLOS", "JULIANA",
         "PAULO", "MARCIA", "LUCAS", "FERNANDA", "RAFAEL", "PATRICIA", "BRUNO", "LUCIANA", "RODRIGO"]  # fmt: skip
LAST = ["SILVA", "SANTOS", "OLIVEIRA", "SOUZA", "RODRIGUES", "FERREIRA", "ALVES", "PEREIRA", "LIMA",
        "GOMES", "COSTA", "RIBEIRO", "MARTINS", "CARVALHO", "ALMEIDA", "LOPES", "SOARES", "BARBOSA"]  # fmt: skip


def error_response(
    status: int, code: str | int, message: str, detailed: str = "", details: Any = None
) -> Response:
    """The Protheus error body (code, message, detailedMessage, details) with its status."""
    body: dict[str, Any] = {"code": code, "message": message, "detailedMessage": detailed}
    if details is not None:
        body["details"] = details
    return JSONResponse(body, status_code=status)


def int_param(request: Request, name: str, default: int) -> int | Response:
    """A positive integer query parameter, or the seed's E001 refusal."""
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        return error_response(
            400,
            "E001",
            f"Parâmetro {name} inválido",
            f"O parâmetro {name} deve ser um valor numérico maior que zero.",
        )
    return value


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


def odata_ok(item: dict[str, Any], clauses: list[tuple[str, str, str]]) -> bool:
    """Whether an item satisfies every ``field eq|ne value`` clause (names case-insensitive)."""
    lowered = {k.lower(): v for k, v in item.items()}
    for name, op, value in clauses:
        have = str(lowered.get(name.lower(), ""))
        if (have == value) != (op == "eq"):
            return False
    return True


def sort_items(items: list[dict[str, Any]], order: str) -> list[dict[str, Any]]:
    """Items sorted by an ``order`` list (``-field`` descending), in place and returned."""
    for key in reversed([k.strip() for k in order.split(",") if k.strip()]):
        desc = key.startswith("-")
        name = key.lstrip("-+").lower()

        def value(item: dict[str, Any], n: str = name) -> str:
            return str({k.lower(): v for k, v in item.items()}.get(n, ""))

        items.sort(key=value, reverse=desc)
    return items


def paged(
    items: list[dict[str, Any]], request: Request, *, default_size: int = 20
) -> Response | dict[str, Any]:
    """One page of ``items`` as seed 003 answers it (``fields`` projection, hasNext, remainingRecords)."""
    page = int_param(request, "page", 1)
    size = int_param(request, "pageSize", default_size)
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
