"""A faithful Provet Cloud simulator (seed 001 + shared/specs/apis.md), unpleasant parts included.

OAuth2 (authorize with PKCE S256, token: client credentials / authorization code / refresh,
revoke, userinfo; HTTP Basic client authentication; expiring tokens), the REST endpoints with
real filtering for every method (dotted related fields, ``filter_type=or``), ``expose_<field>``,
next-URL pagination, a rolling per-endpoint budget answered with 429 + Retry-After, DRF-style
errors, and a webhook emitter that POSTs ``<object>_id=<id>`` to the configured receivers when
data changes and retries anything but 200 (up to ``max_attempts`` times with backoff).
Control endpoints under ``/_control/`` change data, set the receiver and expire tokens.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import datetime as dt
import hashlib
import math
import random
import re
import secrets
import time
import urllib.parse
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from app.integrations.base import SandboxSpec
from app.integrations.provet import sample_data as data
from app.integrations.provet.sandbox_catalogue import (
    BOOL,
    DATE,
    DATETIME,
    DECIMAL,
    ENDPOINTS,
    EVENTS,
    EVENTS_BY_NAME,
    INT,
    REF,
    REFS,
    STR,
    Event,
    SField,
    change_event,
    delete_event,
)

PROVET_ID = "1234"
API_PREFIX = f"/{PROVET_ID}/api/0.1"
OAUTH_PREFIX = f"/{PROVET_ID}/oauth2"
CLIENT_ID = "passerelle-demo"
CLIENT_SECRET = "demo-secret-provet-4b1d"  # sandbox only
PUBLIC_CLIENT_ID = "passerelle-desktop"  # public client: PKCE, no secret
DEFAULT_REDIRECT = "http://127.0.0.1:8766/callback"  # what the demo's integration templates list
DEFAULT_BUDGETS = {"consultation": 100, "invoice": 60}
NEGATED = {"is_not", "not_eq", "neq", "not_in_range", "contains_not", "icontains_not", "not_in"}
POSITIVE = {
    "is": "eq", "eq": "eq", "is_not": "eq", "not_eq": "eq", "neq": "eq",
    "lt": "lt", "lte": "lte", "gt": "gt", "gte": "gte",
    "range": "range", "not_in_range": "range",
    "contains": "contains", "contains_not": "contains",
    "icontains": "icontains", "icontains_not": "icontains",
    "in": "in", "not_in": "in", "is_null": "is_null",
}  # fmt: skip
_DT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")
UTC = dt.UTC


class BadFilter(Exception):
    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key
        self.message = message


def drf_error(
    status: int, detail: str | None = None, fields: dict[str, list[str]] | None = None, **kw: Any
) -> JSONResponse:
    body: dict[str, Any] = dict(fields or {})
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, **kw)


def oauth_error(status: int, error: str, description: str) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


def iso(value: dt.datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_dt(text: str) -> dt.datetime:
    m = _DT.match(text.strip())
    if not m:
        raise ValueError(text)
    day, hm, sec, zone = m.groups()
    zone = "+00:00" if zone == "Z" else zone
    if ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    return dt.datetime.fromisoformat(f"{day}T{hm}{(sec or ':00')[:3]}{zone}")


@dataclass
class Token:
    value: str
    client_id: str
    expires_at: float
    kind: str  # "access" | "refresh"
    grant: str
    revoked: bool = False
    pair: str = ""  # the refresh token of an access token, and back


@dataclass
class Delivery:
    id: int
    url: str
    content_type: str
    payload: dict[str, str]
    attempts: int = 0
    statuses: list[int] = field(default_factory=list)
    delivered: bool = False
    gave_up: bool = False
    event: str = ""


@dataclass
class Receiver:
    url: str
    content_type: str = "form"  # "form" | "json"
    triggers: set[str] = field(default_factory=set)  # event names or params; empty: every event
    department: int | None = None


class ProvetSandbox:
    def __init__(
        self,
        seed: int = 0,
        *,
        token_ttl: float = 36000.0,
        refresh_ttl: float = 30 * 86400.0,
        budgets: dict[str, int] | None = None,
        default_budget: int = 60,
        window: float = 60.0,
        retry_delay: float = 1.0,
        max_attempts: int = 10,
        consultations: int = 150,
        now: dt.datetime | None = None,
    ) -> None:
        self.rng = random.Random(seed)
        self.token_ttl = token_ttl
        self.refresh_ttl = refresh_ttl
        self.budgets = dict(DEFAULT_BUDGETS if budgets is None else budgets)
        self.default_budget = default_budget
        self.window = window
        self.retry_delay = retry_delay
        self.max_attempts = max_attempts
        # Each integration template lists its redirect URIs; an authorization request must use
        # one of them exactly (RFC 6749 §3.1.2.3), never just any loopback port.
        self.clients: dict[str, dict[str, Any]] = {
            CLIENT_ID: {"secret": CLIENT_SECRET, "public": False, "redirect_uris": [DEFAULT_REDIRECT]},
            PUBLIC_CLIENT_ID: {"secret": "", "public": True, "redirect_uris": [DEFAULT_REDIRECT]},
        }
        self.tokens: dict[str, Token] = {}
        self.codes: dict[str, dict[str, Any]] = {}
        self.token_requests: list[str] = []  # the addresses the token endpoint was called at
        self.calls: dict[tuple[str, str], collections.deque[float]] = collections.defaultdict(
            collections.deque
        )
        self.hits: collections.Counter[str] = collections.Counter()  # requests per endpoint
        self.spent: collections.Counter[str] = collections.Counter()  # budget spent (page cost)
        self.throttled = 0
        self.deny_next_authorization = False
        self.next_origin: dict[str, Any] = {}  # scheme/hostname/port for the next links
        self.redirects: dict[str, str] = {}  # path -> where it redirects
        self.receivers: list[Receiver] = []
        self.deliveries: list[Delivery] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self.objects: dict[str, dict[int, dict[str, Any]]] = {name: {} for name in ENDPOINTS}
        self.now = now or dt.datetime.now(UTC).replace(second=0, microsecond=0)
        self._generate(consultations)

    # ------------------------------------------------------------ data

    def _next_id(self, endpoint: str) -> int:
        return max(self.objects[endpoint], default=0) + 1

    def _put(self, endpoint: str, obj: dict[str, Any]) -> dict[str, Any]:
        obj.setdefault("id", self._next_id(endpoint))
        self.objects[endpoint][obj["id"]] = obj
        return obj

    def _generate(self, n_consultations: int) -> None:
        rng, now = self.rng, self.now
        long_ago = now - dt.timedelta(days=400)
        for name, city in data.DEPARTMENTS:
            self._put("department", {"name": name, "city": city, "created": long_ago, "modified": long_ago})
        for first, last, title in data.USERS:
            email = f"{first.lower()}.{last.lower().replace('è', 'e').replace('é', 'e')}@cliniquedeslilas.fr"
            self._put(
                "user",
                {"first_name": first, "last_name": last, "title": title, "email": email,
                 "created": long_ago, "modified": long_ago},
            )  # fmt: skip
        for _ in range(40):
            city, zip_code = rng.choice(data.CITIES)
            first, last = rng.choice(data.FIRSTNAMES), rng.choice(data.LASTNAMES)
            created = now - dt.timedelta(days=rng.randint(60, 900))
            self._put(
                "client",
                {"firstname": first, "lastname": last, "city": city, "zip_code": zip_code,
                 "email": f"{first[0].lower()}.{last.lower().replace(' ', '')}@exemple.fr",
                 "archived": rng.random() < 0.05, "created": created, "modified": created},
            )  # fmt: skip
        client_ids = list(self.objects["client"])
        for _ in range(70):
            species = rng.choice(list(data.ANIMALS))
            names, breeds = data.ANIMALS[species]
            created = now - dt.timedelta(days=rng.randint(60, 900))
            born = (now - dt.timedelta(days=rng.randint(120, 5000))).date()
            self._put(
                "patient",
                {"name": rng.choice(names), "species": species, "breed": rng.choice(breeds),
                 "date_of_birth": born, "client": rng.choice(client_ids), "deceased": rng.random() < 0.03,
                 "created": created, "modified": created},
            )  # fmt: skip
        by_client: dict[int, list[int]] = collections.defaultdict(list)
        for pid, p in self.objects["patient"].items():
            by_client[p["client"]].append(pid)
        owners = [c for c in client_ids if by_client[c]]
        vets = [uid for uid, u in self.objects["user"].items() if u["title"].startswith("Docteur")]
        for _ in range(n_consultations):
            client = rng.choice(owners)
            admitted = now - dt.timedelta(minutes=rng.randint(30, 60 * 24 * 60))
            admitted = admitted.replace(minute=admitted.minute - admitted.minute % 5)
            finished = admitted + dt.timedelta(minutes=rng.randint(15, 60)) if rng.random() < 0.85 else None
            modified = min(now, (finished or admitted) + dt.timedelta(minutes=rng.randint(0, 90)))
            cons = self._put(
                "consultation",
                {"client": client, "patients": rng.sample(by_client[client], 1 + (rng.random() < 0.15 and len(by_client[client]) > 1)),
                 "complaint": rng.choice(data.COMPLAINTS), "admitted_time": admitted, "first_entry": None,
                 "started": admitted, "finished": finished, "ended": finished,
                 "status": 8 if finished else rng.choice([1, 2, 3]), "type": 0, "invoice": None,
                 "supervising_veterinarian": rng.choice(vets), "department": rng.randint(1, len(data.DEPARTMENTS)),
                 "created": admitted, "modified": modified, "reporting_dimension_1": None,
                 "reporting_dimension_2": None},
            )  # fmt: skip
            items = [data.ITEMS[0], *rng.sample(data.ITEMS[1:], rng.randint(0, 2))]
            item_ids = []
            for code, name, price in items:
                qty = Decimal(rng.choice(["1", "1", "1", "2"]))
                item = self._put(
                    "consultationitem",
                    {"consultation": cons["id"], "code": code, "name": name, "quantity": qty,
                     "price": Decimal(price), "created": admitted, "modified": modified},
                )  # fmt: skip
                item_ids.append(item["id"])
            cons["consultation_items"] = item_ids
            if finished:
                status = rng.choices([0, 1, 2, 3, 4, 99], weights=[2, 2, 3, 10, 1, 1])[0]
                inv = self._put(
                    "invoice",
                    {"client": client, "consultation": cons["id"], "department": cons["department"],
                     "status": status, "invoice_date": finished, "due_date": (finished + dt.timedelta(days=30)).date(),
                     "currency": "EUR", "created": finished, "modified": modified},
                )  # fmt: skip
                inv["number"] = f"F{finished:%Y}-{inv['id']:05d}" if status not in (0, 4) else None
                total = Decimal("0")
                for _code, name, price in items:
                    qty = Decimal("1")
                    row_total = (Decimal(price) * qty * Decimal("1.20")).quantize(Decimal("0.01"))
                    total += row_total
                    self._put(
                        "invoicerow",
                        {"invoice": inv["id"], "name": name, "quantity": qty, "unit_price": Decimal(price),
                         "vat_percentage": Decimal("20.00"), "total": row_total, "created": finished,
                         "modified": modified},
                    )  # fmt: skip
                inv["total"] = total
                cons["invoice"] = inv["id"]
        self._generate_others(rng, now)

    def _generate_others(self, rng: random.Random, now: dt.datetime) -> None:
        """A few objects on every other endpoint of the seed, so that each webhook's object and
        each endpoint's list and detail exist."""
        long_ago = now - dt.timedelta(days=200)
        stamp = {"created": long_ago, "modified": long_ago}
        consultations = sorted(self.objects["consultation"])
        invoices = sorted(self.objects["invoice"])
        for i in range(1, 6):
            cons = self.objects["consultation"][consultations[(i * 7) % len(consultations)]]
            patient = cons["patients"][0]
            client = cons["client"]
            start = now + dt.timedelta(days=i, hours=rng.randint(8, 17))
            self._put("appointment", {"client": client, "patient": patient, "department": cons["department"],
                                      "start": start, "end": start + dt.timedelta(minutes=30),
                                      "notes": rng.choice(data.COMPLAINTS), **stamp})  # fmt: skip
            self._put("reminder", {"patient": patient, "title": "Rappel vaccin",
                                   "due_date": (now + dt.timedelta(days=30 * i)).date(), **stamp})  # fmt: skip
            if invoices:
                inv = self.objects["invoice"][invoices[(i * 5) % len(invoices)]]
                self._put("invoicepayment", {"invoice": inv["id"], "amount": inv.get("total") or Decimal("0"),
                                             "paid": now - dt.timedelta(days=i), **stamp})  # fmt: skip
                self._put("insuranceclaim", {"patient": patient, "invoice": inv["id"], "status": 1, **stamp})
            self._put("unallocatedpayment", {"client": client, "amount": Decimal(f"{20 * i}.00"), **stamp})
            self._put("consultation_laboratory_referral",
                      {"consultation": cons["id"], "department": cons["department"], "status": 0, **stamp})  # fmt: skip
            self._put("diagnosticimaging_worklist",
                      {"consultation": cons["id"], "department": cons["department"], "status": 0, **stamp})  # fmt: skip
        for code, name, price in data.ITEMS:
            self._put("item", {"code": code, "name": name, "price": Decimal(price), **stamp})
        for endpoint in ENDPOINTS:
            if not self.objects[endpoint]:
                for i in range(1, 4):
                    self._put(endpoint, {"name": f"{endpoint} {i}", **stamp})

    # ------------------------------------------------------------ rendering

    def render(
        self, base: str, endpoint: str, obj: dict[str, Any], expose: frozenset[str] | set[str] = frozenset()
    ) -> dict[str, Any]:
        ep = ENDPOINTS[endpoint]
        out: dict[str, Any] = {"id": obj["id"], "url": f"{base}{endpoint}/{obj['id']}/"}
        for name, fld in ep.fields.items():
            if name == "id":
                continue
            out[name] = self._value(base, fld, obj.get(name), name in expose)
        if endpoint == "consultation":
            out["consultation_items"] = [
                f"{base}consultationitem/{i}/" for i in obj.get("consultation_items", [])
            ]
            out["reporting_dimension_1"] = obj.get("reporting_dimension_1")
            out["reporting_dimension_2"] = obj.get("reporting_dimension_2")
        return out

    def _value(self, base: str, fld: SField, value: Any, exposed: bool) -> Any:
        if value is None:
            return [] if fld.kind == REFS else None
        if fld.kind in (REF, REFS):
            ids = value if fld.kind == REFS else [value]
            rendered: list[Any]
            if exposed:
                rendered = [
                    self.render(base, fld.target, self.objects[fld.target][i])
                    for i in ids
                    if i in self.objects[fld.target]
                ]
            else:
                rendered = [f"{base}{fld.target}/{i}/" for i in ids]
            return rendered if fld.kind == REFS else (rendered[0] if rendered else None)
        if fld.kind == DATETIME:
            return iso(value)
        if fld.kind == DATE:
            return value.isoformat()
        if fld.kind == DECIMAL:
            return f"{value:.2f}"
        return value

    # ------------------------------------------------------------ filtering

    def _resolve(
        self, endpoint: str, obj: dict[str, Any], path: list[str], key: str
    ) -> tuple[str, list[Any]]:
        ep = ENDPOINTS[endpoint]
        fld = ep.fields.get(path[0])
        if fld is None:
            raise BadFilter(key, f"Unknown field '{path[0]}' for filtering {endpoint}.")
        raw = obj.get(path[0])
        if len(path) == 1:
            if fld.kind == REFS:
                return INT, list(raw or [])
            return (INT if fld.kind == REF else fld.kind), [raw]
        if not fld.is_relation:
            raise BadFilter(key, f"'{path[0]}' is not a relation.")
        ids = list(raw or []) if fld.kind == REFS else ([raw] if raw is not None else [])
        kind: str | None = None
        values: list[Any] = []
        for i in ids:
            target = self.objects[fld.target].get(i)
            if target is None:
                continue
            kind, found = self._resolve(fld.target, target, path[1:], key)
            values.extend(found)
        if kind is None:  # no related object: still check the path is valid
            kind, _ = self._resolve(fld.target, {}, path[1:], key)
            values = [None]
        return kind, values

    @staticmethod
    def _convert(kind: str, text: str, key: str) -> Any:
        try:
            if kind in (INT, REF, REFS):
                return int(text)
            if kind == DECIMAL:
                return Decimal(text)
            if kind == DATETIME:
                return parse_dt(text)
            if kind == DATE:
                return dt.date.fromisoformat(text)
            if kind == BOOL:
                if text.lower() in ("true", "1"):
                    return True
                if text.lower() in ("false", "0"):
                    return False
                raise ValueError(text)
        except (ValueError, InvalidOperation):
            what = {
                DATETIME: "Enter a valid date/time.",
                DATE: "Enter a valid date.",
                BOOL: "Enter true or false.",
                DECIMAL: "Enter a number.",
            }.get(kind, "Enter a whole number.")
            raise BadFilter(key, what) from None
        return text

    def _matches(self, kind: str, values: list[Any], method: str, raw: str, key: str) -> bool:
        positive = POSITIVE[method]
        if positive == "is_null":
            want = self._convert(BOOL, raw, key)
            empty = all(v is None for v in values) or not values
            return empty == want
        if positive in ("contains", "icontains") and kind != STR:
            raise BadFilter(key, f"'{method}' applies to text fields only.")
        if positive == "range":
            parts = raw.split(",")
            if len(parts) != 2:
                raise BadFilter(key, "Range needs two values [from,to].")
            low, high = (self._convert(kind, p, key) for p in parts)
            result = any(v is not None and low <= v <= high for v in values)
        elif positive == "in":
            wanted = {self._convert(kind, p, key) for p in raw.split(",") if p != ""}
            result = any(v in wanted for v in values)
        elif positive in ("contains", "icontains"):
            needle = raw.lower() if positive == "icontains" else raw
            result = any(
                v is not None and needle in (v.lower() if positive == "icontains" else v) for v in values
            )
        else:
            target = self._convert(kind, raw, key)
            ops = {
                "eq": lambda v: v == target,
                "lt": lambda v: v < target,
                "lte": lambda v: v <= target,
                "gt": lambda v: v > target,
                "gte": lambda v: v >= target,
            }
            op = ops[positive]
            result = any(v is not None and op(v) for v in values)
        return not result if method in NEGATED else result

    def query(self, endpoint: str, params: list[tuple[str, str]]) -> list[dict[str, Any]]:
        filters: list[tuple[str, list[str], str, str]] = []
        any_of = False
        for key, value in params:
            if key in ("page", "page_size", "format") or key.startswith("expose_"):
                continue
            if key == "filter_type":
                if value not in ("and", "or"):
                    raise BadFilter(key, "Select a valid choice: and, or.")
                any_of = value == "or"
                continue
            path, sep, method = key.rpartition("__")
            if not sep or method not in POSITIVE:
                raise BadFilter(key, f"Unknown filter '{key}': use field__method=value.")
            filters.append((key, path.split("."), method, value))
        objects = [self.objects[endpoint][i] for i in sorted(self.objects[endpoint])]
        if not filters:
            return objects
        for fkey, fpath, _method, _raw in filters:  # validate fields even when nothing matches
            self._resolve(endpoint, {}, fpath, fkey)
        out = []
        for obj in objects:
            results = (
                self._matches(*self._resolve(endpoint, obj, path, key), method, raw, key)
                for key, path, method, raw in filters
            )
            if any(results) if any_of else all(results):
                out.append(obj)
        return out

    # ------------------------------------------------------------ oauth

    def _issue(self, client_id: str, grant: str, with_refresh: bool) -> dict[str, Any]:
        now = time.time()
        access = Token(secrets.token_urlsafe(24), client_id, now + self.token_ttl, "access", grant)
        self.tokens[access.value] = access
        body: dict[str, Any] = {
            "access_token": access.value,
            "expires_in": int(self.token_ttl) if self.token_ttl >= 1 else self.token_ttl,
            "token_type": "Bearer",
            "scope": "restapi",
        }
        if with_refresh:
            refresh = Token(secrets.token_urlsafe(32), client_id, now + self.refresh_ttl, "refresh", grant)
            refresh.pair, access.pair = access.value, refresh.value
            self.tokens[refresh.value] = refresh
            body["refresh_token"] = refresh.value
        return body

    def _client_auth(self, request: Request, form: dict[str, str]) -> tuple[str, bool]:
        """(client_id, authenticated as confidential)."""
        header = request.headers.get("authorization", "")
        if header.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(header[6:]).decode()
                cid, _, secret = decoded.partition(":")
                cid, secret = urllib.parse.unquote_plus(cid), urllib.parse.unquote_plus(secret)
            except (ValueError, UnicodeDecodeError):
                return "", False
            client = self.clients.get(cid)
            return (
                (cid, True)
                if client and client["secret"] and secrets.compare_digest(client["secret"], secret)
                else ("", False)
            )
        cid = form.get("client_id", "")
        client = self.clients.get(cid)
        if client is None:
            return "", False
        if client["public"]:
            return cid, False
        secret = form.get("client_secret", "")
        return (cid, True) if secret and secrets.compare_digest(client["secret"], secret) else ("", False)

    async def authorize(self, request: Request) -> Response:
        q = request.query_params
        client = self.clients.get(q.get("client_id", ""))
        redirect_uri = q.get("redirect_uri", "")
        if client is None:
            return JSONResponse(
                {"error": "invalid_client", "error_description": "Unknown client."}, status_code=400
            )
        parsed = urllib.parse.urlsplit(redirect_uri)
        if redirect_uri not in client["redirect_uris"]:
            return JSONResponse(
                {"error": "invalid_request", "error_description": "Mismatching redirect URI."},
                status_code=400,
            )

        def back(**params: str) -> Response:
            sep = "&" if parsed.query else "?"
            return RedirectResponse(f"{redirect_uri}{sep}{urllib.parse.urlencode(params)}", status_code=302)

        state = q.get("state", "")
        if q.get("response_type") != "code":
            return back(error="unsupported_response_type", state=state)
        challenge, method = q.get("code_challenge", ""), q.get("code_challenge_method", "")
        if (client["public"] or challenge) and (not challenge or method != "S256"):
            return back(error="invalid_request", error_description="PKCE with S256 is required.", state=state)
        if self.deny_next_authorization:
            self.deny_next_authorization = False
            return back(error="access_denied", state=state)
        code = secrets.token_urlsafe(24)
        self.codes[code] = {
            "client_id": q["client_id"],
            "redirect_uri": redirect_uri,
            "challenge": challenge,
            "expires_at": time.time() + 60,
        }
        return back(code=code, state=state)

    async def token(self, request: Request) -> Response:
        self.token_requests.append(str(request.url))
        form = {k: str(v) for k, v in (await request.form()).items()}
        client_id, confidential = self._client_auth(request, form)
        if not client_id:
            return oauth_error(401, "invalid_client", "Client authentication failed.")
        grant = form.get("grant_type", "")
        if grant == "client_credentials":
            if not confidential:
                return oauth_error(401, "invalid_client", "Client authentication failed.")
            return JSONResponse(self._issue(client_id, grant, with_refresh=False))
        if grant == "authorization_code":
            found = self.codes.pop(form.get("code", ""), None)
            if found is None or found["client_id"] != client_id or found["expires_at"] < time.time():
                return oauth_error(400, "invalid_grant", "Invalid or expired code.")
            if form.get("redirect_uri") != found["redirect_uri"]:
                return oauth_error(400, "invalid_grant", "Mismatching redirect URI.")
            verifier = form.get("code_verifier", "")
            if found["challenge"]:
                digest = (
                    base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                )
                if not verifier or not secrets.compare_digest(digest, found["challenge"]):
                    return oauth_error(
                        400, "invalid_grant", "Code verifier does not match the code challenge."
                    )
            return JSONResponse(self._issue(client_id, grant, with_refresh=True))
        if grant == "refresh_token":
            old = self.tokens.get(form.get("refresh_token", ""))
            if (
                old is None
                or old.kind != "refresh"
                or old.revoked
                or old.client_id != client_id
                or old.expires_at < time.time()
            ):
                return oauth_error(400, "invalid_grant", "Invalid refresh token.")
            old.revoked = True  # rotation: a refresh token works once
            if old.pair in self.tokens:
                self.tokens[old.pair].revoked = True
            return JSONResponse(self._issue(client_id, old.grant, with_refresh=True))
        return oauth_error(400, "unsupported_grant_type", f"Unsupported grant type '{grant}'.")

    async def revoke(self, request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        client_id, _ = self._client_auth(request, form)
        if not client_id:
            return oauth_error(401, "invalid_client", "Client authentication failed.")
        token = self.tokens.get(form.get("token", ""))
        if token is not None and token.client_id == client_id:
            token.revoked = True
            if token.kind == "refresh" and token.pair in self.tokens:
                self.tokens[token.pair].revoked = True
        return Response(status_code=200)

    def _bearer(self, request: Request) -> Token | JSONResponse:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return drf_error(401, "Authentication credentials were not provided.")
        token = self.tokens.get(header[7:].strip())
        if token is None or token.kind != "access" or token.revoked:
            return drf_error(401, "Invalid token.")
        if token.expires_at < time.time():
            return drf_error(401, "Token has expired.")
        return token

    async def userinfo(self, request: Request) -> Response:
        token = self._bearer(request)
        if isinstance(token, JSONResponse):
            return token
        return JSONResponse({"sub": token.client_id, "provet_id": int(PROVET_ID)})

    # ------------------------------------------------------------ REST

    def _throttle(self, client_id: str, endpoint: str, cost: int = 1) -> JSONResponse | None:
        """Provet's rolling window per endpoint; a page counts as ceil(page_size / 50) requests."""
        calls = self.calls[(client_id, endpoint)]
        now = time.monotonic()
        while calls and calls[0] <= now - self.window:
            calls.popleft()
        budget = self.budgets.get(endpoint, self.default_budget)
        if len(calls) + cost > budget:
            self.throttled += 1
            index = min(len(calls) - 1, max(0, len(calls) + cost - budget - 1))
            wait = max(1, math.ceil(calls[index] + self.window - now)) if calls else math.ceil(self.window)
            return drf_error(
                429,
                f"Request was throttled. Expected available in {wait} seconds.",
                headers={"Retry-After": str(wait)},
            )
        calls.extend([now] * cost)
        self.spent[endpoint] += cost
        return None

    def _base(self, request: Request) -> str:
        return f"{str(request.base_url).rstrip('/')}{API_PREFIX}/"

    def _guard(self, request: Request, endpoint: str, cost: int = 1) -> JSONResponse | None:
        token = self._bearer(request)
        if isinstance(token, JSONResponse):
            return token
        if endpoint not in ENDPOINTS:
            return drf_error(404, "Not found.")
        self.hits[endpoint] += 1
        return self._throttle(token.client_id, endpoint, cost)

    async def route(self, request: Request) -> Response:
        redirect = self.redirects.get(request.url.path)
        if redirect:
            return RedirectResponse(redirect, status_code=302)
        return await self._route(request)

    async def _route(self, request: Request) -> Response:
        """``<endpoint>/`` lists, ``<endpoint>/<id>/`` is one object; endpoints may hold a slash
        (``stock/item``). Without its trailing slash an address is not found (the seed's
        ``consultation/338/``)."""
        path: str = request.path_params["path"]
        if not path.endswith("/"):
            return drf_error(404, "Not found.")
        parts = path.rstrip("/").split("/")
        if parts and parts[-1].isdigit() and parts[-1].isascii():
            return await self.get_object(request, "/".join(parts[:-1]), int(parts[-1]))
        return await self.list_objects(request, "/".join(parts))

    def _expose(self, endpoint: str, params: list[tuple[str, str]]) -> set[str]:
        wanted = {k[len("expose_") :] for k, _ in params if k.startswith("expose_")}
        bad = wanted - set(ENDPOINTS[endpoint].expose)
        if bad:
            raise BadFilter(f"expose_{sorted(bad)[0]}", f"Field '{sorted(bad)[0]}' cannot be exposed.")
        return wanted

    async def list_objects(self, request: Request, endpoint: str) -> Response:
        q = request.query_params
        try:
            size = min(1000, max(1, int(q.get("page_size", "50"))))
            page = int(q.get("page", "1"))
        except ValueError:
            return drf_error(404, "Invalid page.")
        refused = self._guard(request, endpoint, cost=math.ceil(size / 50))
        if refused is not None:
            return refused
        params = list(request.query_params.multi_items())
        try:
            expose = self._expose(endpoint, params)
            found = self.query(endpoint, params)
        except BadFilter as exc:
            return drf_error(400, fields={exc.key: [exc.message]})
        pages = max(1, math.ceil(len(found) / size))
        if page < 1 or page > pages:
            return drf_error(404, "Invalid page.")
        base = self._base(request)
        chunk = found[(page - 1) * size : page * size]
        url = request.url
        if self.next_origin:  # a misbehaving (or hijacked) API: its next page on another server
            url = url.replace(**{k: v for k, v in self.next_origin.items() if v is not None})
        return JSONResponse(
            {
                "count": len(found),
                "num_pages": pages,
                "next": str(url.include_query_params(page=page + 1)) if page < pages else None,
                "previous": str(url.include_query_params(page=page - 1)) if page > 1 else None,
                "results": [self.render(base, endpoint, o, expose) for o in chunk],
            }
        )

    async def get_object(self, request: Request, endpoint: str, object_id: int) -> Response:
        refused = self._guard(request, endpoint)
        if refused is not None:
            return refused
        obj = self.objects[endpoint].get(object_id)
        if obj is None:
            return drf_error(404, "Not found.")
        try:
            expose = self._expose(endpoint, list(request.query_params.multi_items()))
        except BadFilter as exc:
            return drf_error(400, fields={exc.key: [exc.message]})
        return JSONResponse(self.render(self._base(request), endpoint, obj, expose))

    # ------------------------------------------------------------ changes + webhooks

    def change(
        self, endpoint: str, object_id: int | None, fields: dict[str, Any], *, emit: bool = True
    ) -> dict[str, Any]:
        if endpoint not in ENDPOINTS:
            raise KeyError(endpoint)
        ep = ENDPOINTS[endpoint]
        now = dt.datetime.now(UTC)
        obj = self.objects[endpoint].get(object_id) if object_id is not None else None
        if obj is None:
            obj = self._put(endpoint, {"id": object_id} if object_id else {})
            obj["created"] = now
        for name, value in fields.items():
            fld = ep.fields.get(name)
            if fld is None:
                raise KeyError(name)
            if isinstance(value, str) and fld.kind == DATETIME:
                value = parse_dt(value)
            elif isinstance(value, str) and fld.kind == DATE:
                value = dt.date.fromisoformat(value)
            elif value is not None and fld.kind == DECIMAL:
                value = Decimal(str(value))
            obj[name] = value
        obj["modified"] = now
        if emit:
            self.emit(endpoint, obj["id"], obj.get("department"))
        return obj

    def delete(self, endpoint: str, object_id: int, *, emit: bool = True) -> None:
        obj = self.objects[endpoint].pop(object_id, None)
        event = delete_event(endpoint) or change_event(endpoint)
        if obj is not None and emit and event is not None:
            self.trigger(event, object_id, obj.get("department"))

    def emit(self, endpoint: str, object_id: int, department: int | None = None) -> None:
        """What a create or update of ``endpoint`` sends (nothing when no event names it)."""
        event = change_event(endpoint)
        if event is not None:
            self.trigger(event, object_id, department)

    def trigger(
        self,
        event: Event,
        object_id: int | None = None,
        department: int | None = None,
        extra: dict[str, str] | None = None,
    ) -> list[Delivery]:
        """POST ``event`` to every receiver subscribed to it: ``<param>=<id>`` (nothing for an
        event without parameter), after ``department_id`` on a department-specific webhook
        (the trigger's own parameter names the object, not the first field)."""
        made: list[Delivery] = []
        for receiver in self.receivers:
            if receiver.triggers and not ({event.name, event.param} & receiver.triggers):
                continue
            if receiver.department is not None and department != receiver.department:
                continue
            payload: dict[str, str] = {}
            if receiver.department is not None:
                payload["department_id"] = str(receiver.department)
            payload.update(extra or {})
            if event.param and object_id is not None:
                payload[event.param] = str(object_id)
            delivery = Delivery(len(self.deliveries) + 1, receiver.url, receiver.content_type, payload)
            delivery.event = event.name
            self.deliveries.append(delivery)
            made.append(delivery)
            task = asyncio.get_running_loop().create_task(self._deliver(delivery))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return made

    def trigger_every_event(self) -> list[Delivery]:
        """Each event of the seed's list once, on an object that exists when it has an endpoint."""
        made: list[Delivery] = []
        for number, event in enumerate(EVENTS, start=1):
            oid: int | None = None
            if event.param:
                existing = sorted(self.objects.get(event.endpoint or "", {}))
                oid = existing[0] if existing else 900 + number
            made.extend(self.trigger(event, oid))
        return made

    async def _deliver(self, d: Delivery) -> None:
        async with httpx.AsyncClient(timeout=5.0) as http:
            while d.attempts < self.max_attempts:
                d.attempts += 1
                try:
                    if d.content_type == "json":
                        response = await http.post(d.url, json=d.payload)
                    else:  # a form POST says so even when empty (an event without parameter)
                        response = await http.post(
                            d.url,
                            content=urllib.parse.urlencode(d.payload).encode("ascii"),
                            headers={"Content-Type": "application/x-www-form-urlencoded"},
                        )
                    status = response.status_code
                except httpx.HTTPError:
                    status = 0
                d.statuses.append(status)
                if status == 200:
                    d.delivered = True
                    return
                await asyncio.sleep(min(self.retry_delay * 2 ** (d.attempts - 1), 3600))
        d.gave_up = True

    # ------------------------------------------------------------ control

    async def control(self, request: Request) -> Response:
        action = request.path_params["action"]
        body: dict[str, Any] = {}
        if request.method == "POST":
            raw = await request.body()
            if raw:
                body = await request.json()
        if action == "receiver":
            if body.get("replace", True):
                self.receivers.clear()
            if body.get("url"):
                self.receivers.append(
                    Receiver(
                        url=body["url"],
                        content_type=body.get("content_type", "form"),
                        triggers=set(body.get("triggers") or []),
                        department=body.get("department"),
                    )
                )
            return JSONResponse({"receivers": [r.url for r in self.receivers]})
        if action == "change":
            try:
                obj = self.change(
                    body["endpoint"], body.get("id"), body.get("fields", {}), emit=body.get("emit", True)
                )
            except (KeyError, ValueError) as exc:
                return drf_error(400, f"Bad change: {exc}")
            return JSONResponse(self.render(self._base(request), body["endpoint"], obj))
        if action == "event":
            event = EVENTS_BY_NAME.get(str(body.get("event", "")))
            if event is None:
                return drf_error(400, f"Unknown event: choose one of {', '.join(EVENTS_BY_NAME)}.")
            made = self.trigger(event, body.get("id"), body.get("department"), body.get("extra"))
            return JSONResponse({"deliveries": [d.id for d in made]})
        if action == "every_event":
            return JSONResponse({"deliveries": [d.id for d in self.trigger_every_event()]})
        if action == "delete":
            self.delete(body["endpoint"], int(body["id"]), emit=body.get("emit", True))
            return JSONResponse({"deleted": True})
        if action == "deliveries":
            return JSONResponse(
                {"deliveries": [
                    {"id": d.id, "event": d.event, "url": d.url, "payload": d.payload, "attempts": d.attempts,
                     "statuses": d.statuses, "delivered": d.delivered, "gave_up": d.gave_up}
                    for d in self.deliveries
                ]}
            )  # fmt: skip
        if action == "expire_tokens":
            for token in self.tokens.values():
                if token.kind == "access":
                    token.expires_at = 0
            return JSONResponse({"expired": True})
        if action == "deny_next_authorization":
            self.deny_next_authorization = True
            return JSONResponse({"deny": True})
        if action == "redirect_uris":
            self.clients[str(body["client_id"])]["redirect_uris"] = [str(u) for u in body.get("uris", [])]
            return JSONResponse({"redirect_uris": self.clients[str(body["client_id"])]["redirect_uris"]})
        if action == "next_origin":
            self.next_origin = {k: body.get(k) for k in ("scheme", "hostname", "port") if k in body}
            return JSONResponse({"next_origin": self.next_origin})
        if action == "redirect":
            self.redirects[str(body["path"])] = str(body["to"])
            return JSONResponse({"redirects": self.redirects})
        if action == "budget":
            self.window = float(body.pop("window", self.window))
            self.budgets.update({k: int(v) for k, v in body.items()})
            return JSONResponse({"budgets": self.budgets, "window": self.window})
        if action == "stats":
            return JSONResponse({"hits": dict(self.hits), "throttled": self.throttled})
        return drf_error(404, "Unknown control action.")

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route(f"{OAUTH_PREFIX}/authorize/", self.authorize, methods=["GET"]),
                Route(f"{OAUTH_PREFIX}/token/", self.token, methods=["POST"]),
                Route(f"{OAUTH_PREFIX}/revoke_token/", self.revoke, methods=["POST"]),
                Route(f"{OAUTH_PREFIX}/userinfo/", self.userinfo, methods=["GET"]),
                Route(API_PREFIX + "/{path:path}", self.route, methods=["GET"]),
                Route("/_control/{action:str}", self.control, methods=["GET", "POST"]),
            ]
        )


def configure_demo(ctx: Any, base_url: str) -> None:
    s = ctx.settings.provet
    s.base_url = base_url
    s.client_id = CLIENT_ID
    s.grant = "client_credentials"
    ctx.secrets.set("provet", "client_secret", CLIENT_SECRET)
    if not ctx.secrets.get("provet", "webhook_token"):
        ctx.secrets.set("provet", "webhook_token", secrets.token_urlsafe(32))


async def seed_demo(ctx: Any) -> None:
    from app.integrations.provet import inbox, polling, processing

    await polling.catch_up(ctx)
    for param, object_id in (
        ("consultation_id", 1),
        ("consultation_id", 2),
        ("invoice_id", 1),
        ("patient_id", 3),
    ):
        await ctx.db.run(inbox.record_delivery, ctx, {param: str(object_id)}, "form")
    await processing.process_pending(ctx)


def sandbox(seed: int = 0, **kw: Any) -> SandboxSpec:
    sim = ProvetSandbox(seed, **kw)
    return SandboxSpec(
        app=sim.app(),
        base_path=f"{API_PREFIX}/",
        configure_demo=configure_demo,
        seed_demo=seed_demo,
        extra={"sim": sim},
    )
