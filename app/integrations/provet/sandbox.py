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
import collections
import datetime as dt
import math
import random
import secrets
import time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from app.integrations.base import SandboxSpec, lazy
from app.integrations.provet.sandbox_catalogue import (
    DATE,
    DATETIME,
    DECIMAL,
    ENDPOINTS,
    EVENTS_BY_NAME,
    change_event,
    delete_event,
)
from app.integrations.provet.sandbox_filtering import BadFilter, ObjectQueries, parse_dt
from app.integrations.provet.sandbox_oauth import OAuthProvider, Token, drf_error
from app.integrations.provet.sandbox_webhooks import Delivery, Receiver, WebhookEmitter
from app.integrations.provet.sandbox_world import ClinicWorld

if TYPE_CHECKING:
    from app.core.context import AppContext

PROVET_ID = "1234"
API_PREFIX = f"/{PROVET_ID}/api/0.1"
OAUTH_PREFIX = f"/{PROVET_ID}/oauth2"
CLIENT_ID = "passerelle-demo"
CLIENT_SECRET = "demo-secret-provet-4b1d"  # sandbox only
PUBLIC_CLIENT_ID = "passerelle-desktop"  # public client: PKCE, no secret
DEFAULT_REDIRECT = "http://127.0.0.1:8766/callback"  # what the demo's integration templates list
DEFAULT_BUDGETS = {"consultation": 100, "invoice": 60}
UTC = dt.UTC


class ProvetSandbox(ClinicWorld, ObjectQueries, OAuthProvider, WebhookEmitter):
    """The simulated Provet Cloud: its data, its API, its OAuth2 server, its webhooks and ``/_control/``."""

    provet_id = PROVET_ID

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
        """A REST request (after any redirect set through /_control/redirect)."""
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
        """A filtered page of a list, within the budget."""
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
        """One object by id."""
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
        """Create or update an object (and send its webhook unless told not to)."""
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
        """Delete an object (and send its delete webhook when the seed lists one)."""
        obj = self.objects[endpoint].pop(object_id, None)
        event = delete_event(endpoint) or change_event(endpoint)
        if obj is not None and emit and event is not None:
            self.trigger(event, object_id, obj.get("department"))

    # ------------------------------------------------------------ control

    async def control(self, request: Request) -> Response:
        """``/_control/<action>``: what tests and the demo change on the sandbox."""
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
        """The Starlette app: OAuth2, the REST API and /_control/."""
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


def configure_demo(ctx: AppContext, base_url: str) -> None:
    """Point the settings at this sandbox, with its demo client and a webhook token."""
    s = ctx.settings.provet
    s.base_url = base_url
    s.client_id = CLIENT_ID
    s.grant = "client_credentials"
    ctx.secrets.set("provet", "client_secret", CLIENT_SECRET)
    if not ctx.secrets.get("provet", "webhook_token"):
        ctx.secrets.set("provet", "webhook_token", secrets.token_urlsafe(32))


def sandbox(seed: int = 0, **kw: Any) -> SandboxSpec:
    """The sandbox hook: a simulated Provet Cloud and its demo wiring."""
    sim = ProvetSandbox(seed, **kw)
    return SandboxSpec.serving(
        sim,
        f"{API_PREFIX}/",
        configure_demo=configure_demo,
        seed_demo=lazy("app.integrations.provet.demo:seed_demo"),
    )
