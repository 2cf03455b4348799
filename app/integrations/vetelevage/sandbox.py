"""A faithful Vétélevage simulator (shared/specs/vetelevage.md), unpleasant parts included.

Editor credentials, three auth modes, tokens that expire (401), the account header in SaaS mode
(400 without it), the batch frozen at the first GET until DELETE with the right ``lot`` (409
otherwise), visits entered meanwhile landing in the next batch, 422 on duplicate act codes,
a product dictionary served in pages of at most ``dictionary_page_limit`` products (fewer than
the client's ``taille``: it must follow ``pages``) with ``modifie_depuis``, reference tables.
Control endpoints under ``/_control/`` let tests and the demo add visits, change the dictionary
(rename, add, remove), make one account fail (5xx, slow answers, unreadable batches), expire
tokens or inject a malformed visit. ``linked_accounts=N`` adds N linked accounts to the three
named ones (a SaaS editor with many clinics; also ``PASSERELLE_SANDBOX_VETELEVAGE_ACCOUNTS``
and ``PASSERELLE_SANDBOX_VETELEVAGE_VISITS`` for ``passerelle sandbox``); ``latency_ms`` (or
``PASSERELLE_SANDBOX_VETELEVAGE_LATENCY_MS``) makes every API answer that much later.

Written from the seed and the spec only: it imports none of the client's models, validators
or schemas (a test checks), so a client that reads the API wrongly fails against it. The demo's
sample data is put in by :mod:`app.integrations.vetelevage.demo`, through the app's workflows.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import os
import random
import secrets
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.sandbox import basic_auth_ok
from app.integrations.base import SandboxSpec, lazy
from app.integrations.vetelevage import sample_data as data

if TYPE_CHECKING:
    from app.core.context import AppContext

PARIS = dt.timezone(dt.timedelta(hours=1))
EDITOR_ID = "passerelle-editeur"
EDITOR_SECRET = "demo-secret-editeur-7f3a"  # sandbox only
# The accounts every sandbox has; ``linked_accounts`` adds generated ones (S0001, S0002, …).
ACCOUNTS: dict[str, dict[str, Any]] = {
    "C123": {
        "nom": "Clinique vétérinaire du Bocage",
        "login": "bocage",
        "password": "vaches-35",
        "actif": True,
    },
    "C456": {
        "nom": "Cabinet vétérinaire des Monts d'Arrée",
        "login": "arree",
        "password": "brebis-29",
        "actif": True,
    },
    "C789": {"nom": "Ancien cabinet de Loudéac", "login": "loudeac", "password": "fermee-22", "actif": False},
}
ACCOUNTS_ENV = "PASSERELLE_SANDBOX_VETELEVAGE_ACCOUNTS"
VISITS_ENV = "PASSERELLE_SANDBOX_VETELEVAGE_VISITS"
LATENCY_ENV = "PASSERELLE_SANDBOX_VETELEVAGE_LATENCY_MS"
FAULT_KINDS = ("server_error", "slow", "unreadable", "maintenance")


def error(
    status: int,
    code: str,
    message: str,
    details: list[Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A Vétélevage error answer: ``{"erreur", "message", "details"}`` with that status."""
    return JSONResponse(
        {"erreur": code, "message": message, "details": details or []}, status_code=status, headers=headers
    )


@dataclass
class Account:
    """One simulated account: its acts list, visits waiting, the frozen batch, acknowledged batches."""

    id: str
    actes: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)
    frozen: dict[str, Any] | None = None
    acknowledged: list[str] = field(default_factory=list)
    lot_counter: int = 0
    # A fault injected for this account only: kind, how many answers left (None: until cleared), delay.
    fault: dict[str, Any] | None = None


class VetelevageSandbox:
    """The simulated API: editor credentials, tokens, accounts, batches, dictionary, control endpoints."""

    def __init__(
        self,
        seed: int = 0,
        *,
        token_ttl: int = 3600,
        visits_per_account: int = 12,
        linked_accounts: int = 0,
        dictionary_page_limit: int = 25,
        latency_ms: float = 0.0,
    ) -> None:
        self.rng = random.Random(seed)
        self.latency_ms = max(0.0, latency_ms)
        self.seed = seed
        self.token_ttl = token_ttl
        self.dictionary_page_limit = max(1, min(500, dictionary_page_limit))
        self.tokens: dict[str, tuple[str | None, float]] = {}
        self.account_info: dict[str, dict[str, Any]] = {cid: dict(a) for cid, a in ACCOUNTS.items()}
        for i in range(1, linked_accounts + 1):
            self.account_info[f"S{i:04d}"] = {
                "nom": f"Clinique vétérinaire n° {i}",
                "login": f"clinique{i}",
                "password": f"mot-de-passe-{i}",
                "actif": True,
            }
        self.accounts = {cid: Account(cid) for cid in self.account_info}
        self.products: dict[str, dict[str, Any]] = {p.id: _product_json(p) for p in data.products(seed)}
        self.breeders = data.breeders(seed)
        self.visit_ids = itertools.count(123)
        self.product_changed = {pid: dt.datetime(2026, 1, 5, tzinfo=dt.UTC) for pid in self.products}
        self.requests: list[tuple[str, str]] = []
        for account in self.accounts.values():
            account.actes = [
                {"code": c, "libelle": lib, "unite": u, "prix_ht": float(p), "tva": 20.0, "actif": True}
                for c, lib, u, p in data.DEFAULT_ACTS
            ]
            if self.account_info[account.id]["actif"]:
                self.add_visits(account.id, visits_per_account)

    # -- data ---------------------------------------------------------------
    def make_visit(self, compte: str, day: dt.date | None = None) -> dict[str, Any]:
        """A realistic visit for this account (breeder, vet, acts, products), entered on ``day``."""
        rng = self.rng
        n = next(self.visit_ids)
        breeder_id, breeder, cheptel = rng.choice(self.breeders)
        vet_id, vet = rng.choice(data.VETS)
        day = day or (dt.date(2026, 11, 23) - dt.timedelta(days=rng.randint(0, 20)))
        codes = [a["code"] for a in self.accounts[compte].actes] or ["VIS-EXPL"]
        actes = [{"code": "VIS-EXPL" if "VIS-EXPL" in codes else codes[0], "quantite": 1}]
        if rng.random() < 0.6:
            actes.append({"code": "DEPL-KM", "quantite": rng.randint(4, 38)})
        if rng.random() < 0.4:
            actes.append({"code": rng.choice(codes), "quantite": rng.randint(1, 12)})
        if rng.random() < 0.08:
            actes.append({"code": "ECHO-GEST", "quantite": 3})  # not in the pushed list: must be reviewed
        produits = []
        catalogue = list(self.products.values())
        for _ in range(rng.randint(0, 3)):
            p = rng.choice(catalogue)
            produits.append(
                {
                    "produit_id": p["id"],
                    "libelle": p["libelle"],
                    "gtin": p["gtin"],
                    "quantite": float(Decimal(rng.choice(["1", "2", "3", "0.5", "4", "10"]))),
                    "unite": "flacon" if "flacon" in (p["conditionnement"] or "") else "unité",
                    "lot_fabrication": f"{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}{rng.choice('ABCDEFGH')}",
                    "voie": rng.choice(data.ROUTES)[0],
                }
            )
        pathologie = rng.choice(data.PATHOLOGIES)
        return {
            "id": f"V-{n:06d}",
            "compte_id": compte,
            "date": day.isoformat(),
            "modifiee_le": dt.datetime.combine(day, dt.time(17, 41, 3), PARIS).isoformat(),
            "veterinaire": {"id": vet_id, "nom": vet},
            "eleveur": {"id": breeder_id, "nom": breeder, "cheptel": cheptel},
            "espece": rng.choice(data.SPECIES),
            "actes": actes,
            "produits": produits,
            "pathologies": [{"id": pathologie[0], "libelle": pathologie[1]}],
            "commentaire": rng.choice(
                [
                    "",
                    "Traitement 3 vaches lot B",
                    "Revoir dans 8 jours",
                    "Vêlage difficile, veau vivant",
                    "Contrôle après traitement",
                ]
            ),
        }

    def add_visits(self, compte: str, count: int) -> list[str]:
        """Enter ``count`` new visits for the account; they land in its next batch."""
        account = self.accounts[compte]
        new = [self.make_visit(compte) for _ in range(count)]
        account.pending.extend(new)
        return [v["id"] for v in new]

    def change_dictionary(self, body: dict[str, Any]) -> dict[str, list[str]]:
        """Rename (``{"rename": {id: libelle}}``), add (``{"add": [product, …]}``) or remove
        (``{"remove": [id, …]}``) dictionary products, as the SNGTV does between two syncs."""
        now = dt.datetime.now(dt.UTC)
        done: dict[str, list[str]] = {"renamed": [], "added": [], "removed": []}
        for pid, libelle in (body.get("rename") or {}).items():
            if pid in self.products:
                self.products[pid] = {**self.products[pid], "libelle": str(libelle)}
                self.product_changed[pid] = now
                done["renamed"].append(pid)
        for item in body.get("add") or []:
            pid = str(item["id"])
            self.products[pid] = {
                "id": pid,
                "libelle": str(item.get("libelle", "")),
                "gtin": item.get("gtin"),
                "laboratoire": item.get("laboratoire"),
                "forme": item.get("forme"),
                "conditionnement": item.get("conditionnement"),
                "specifique_clinique": bool(item.get("specifique_clinique", False)),
            }
            self.product_changed[pid] = now
            done["added"].append(pid)
        for pid in body.get("remove") or []:
            if self.products.pop(pid, None) is not None:
                self.product_changed.pop(pid, None)
                done["removed"].append(pid)
        return done

    # -- auth -----------------------------------------------------------------
    def _editor_ok(self, request: Request) -> bool:
        return basic_auth_ok(request, EDITOR_ID, EDITOR_SECRET)

    async def token(self, request: Request) -> Response:
        """``POST /auth/token``: password or client-credentials grant, editor credentials by HTTP Basic."""
        if not self._editor_ok(request):
            return error(401, "client_invalide", "Identifiants éditeur invalides.")
        form = await request.form()
        grant = form.get("grant_type")
        if grant == "client_credentials":
            compte = None
        elif grant == "password":
            compte = next(
                (
                    cid
                    for cid, a in self.account_info.items()
                    if a["login"] == form.get("username") and a["password"] == form.get("password")
                ),
                None,
            )
            if compte is None:
                return error(
                    400, "identifiants_invalides", "Identifiant ou mot de passe du compte incorrect."
                )
            if not self.account_info[compte]["actif"]:
                return error(403, "compte_inactif", "Ce compte Vétélevage est désactivé.")
        else:
            return error(400, "grant_non_supporte", "grant_type doit être password ou client_credentials.")
        token = secrets.token_urlsafe(24)
        self.tokens[token] = (compte, time.monotonic() + self.token_ttl)
        body: dict[str, Any] = {"access_token": token, "token_type": "Bearer", "expires_in": self.token_ttl}
        if compte:
            body["compte_id"] = compte
        return JSONResponse(body)

    def _account(self, request: Request) -> tuple[str | None, Response | None]:
        self.requests.append((request.method, request.url.path))
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else ""
        found = self.tokens.get(token)
        if found is None or found[1] < time.monotonic():
            return None, error(401, "jeton_invalide", "Jeton absent, expiré ou révoqué.")
        compte = found[0]
        if compte is None:  # SaaS token: the account comes from the header
            wanted = request.headers.get("x-vetelevage-compte")
            if not wanted:
                return None, error(
                    400, "compte_manquant", "En mode SaaS, l'en-tête X-Vetelevage-Compte est requis."
                )
            if wanted not in self.accounts or not self.account_info[wanted]["actif"]:
                return None, error(
                    403, "compte_non_lie", f"Le compte {wanted} n'est pas lié à votre logiciel."
                )
            return wanted, None
        return compte, None

    def _account_state(self, request: Request) -> Account | Response:
        """The simulated account the request acts for, or the error answer."""
        compte, failure = self._account(request)
        if failure is not None:
            return failure
        assert compte is not None
        return self.accounts[compte]

    async def _fault(self, account: Account) -> Response | None:
        """The answer of a fault injected for this account (``/_control/fault``), if one is due."""
        fault = account.fault
        if fault is None:
            return None
        if fault["times"] is not None:
            if fault["times"] <= 0:
                account.fault = None
                return None
            fault["times"] -= 1
        kind = fault["kind"]
        if kind == "slow":
            await asyncio.sleep(float(fault["delay"]))
            return None
        if kind == "maintenance":
            return error(503, "maintenance", "Vétélevage est en maintenance.", headers={"Retry-After": "1"})
        if kind == "unreadable":
            return JSONResponse({"lot": None, "visites": "indisponible"})
        return error(500, "erreur_interne", f"Erreur interne pour le compte {account.id}.")

    # -- endpoints --------------------------------------------------------------
    async def comptes(self, request: Request) -> Response:
        """``GET /comptes``: the accounts linked to the token (SaaS) or the token's own account."""
        header = request.headers.get("authorization", "")
        found = self.tokens.get(header[7:]) if header.lower().startswith("bearer ") else None
        if found is None or found[1] < time.monotonic():
            return error(401, "jeton_invalide", "Jeton absent, expiré ou révoqué.")
        info = self.account_info
        ids = [found[0]] if found[0] else list(info)
        return JSONResponse(
            {"comptes": [{"id": i, "nom": info[i]["nom"], "actif": info[i]["actif"]} for i in ids if i]}
        )

    async def actes(self, request: Request) -> Response:
        """``GET/POST /actes``: read or replace the account's acts list (422 on duplicate or bad codes)."""
        account = self._account_state(request)
        if isinstance(account, Response):
            return account
        if request.method == "GET":
            return JSONResponse({"actes": account.actes})
        try:
            body = await request.json()
            actes = body["actes"]
            assert isinstance(actes, list)
        except (ValueError, KeyError, AssertionError):
            return error(400, "corps_invalide", 'Le corps doit être {"actes": [...]}.')
        codes = [a.get("code") for a in actes if isinstance(a, dict)]
        duplicates = sorted({str(c) for c in codes if codes.count(c) > 1})
        if duplicates:
            return error(
                422, "codes_dupliques", "Des codes de prestation apparaissent plusieurs fois.", duplicates
            )
        bad = [str(c) for c in codes if not isinstance(c, str) or not 1 <= len(c) <= 32]
        if bad or len(codes) != len(actes):
            return error(422, "codes_invalides", "Codes de prestation invalides.", bad)
        account.actes = actes
        return JSONResponse({"nombre": len(actes)})

    async def visites(self, request: Request) -> Response:
        """``GET/DELETE /visites``: the frozen batch (frozen at the first GET), acknowledged by DELETE with its lot."""
        account = self._account_state(request)
        if isinstance(account, Response):
            return account
        failure = await self._fault(account)
        if failure is not None:
            return failure
        compte = account.id
        if request.method == "GET":
            if account.frozen is None:
                account.lot_counter += 1
                account.frozen = {
                    "lot": f"L-2026-11-23-{compte}-{account.lot_counter:04d}",
                    "fige_le": dt.datetime.now(PARIS).replace(microsecond=0).isoformat(),
                    "visites": account.pending,
                }
                account.pending = []
            return JSONResponse(account.frozen)
        lot = request.query_params.get("lot")
        if account.frozen is None or lot != account.frozen["lot"]:
            return error(
                409, "lot_inconnu", "Ce lot n'est pas le lot figé en cours (déjà acquitté ou jamais lu)."
            )
        account.acknowledged.append(str(lot))
        account.frozen = None
        return Response(status_code=204)

    async def produits(self, request: Request) -> Response:
        """``GET /produits``: the paged SNGTV product dictionary, optionally only what changed since a date."""
        _compte, failure = self._account(request)
        if failure:
            return failure
        since_text = request.query_params.get("modifie_depuis")
        try:
            page = int(request.query_params.get("page", "1"))
            size = int(request.query_params.get("taille", "500"))
            since = dt.datetime.fromisoformat(since_text) if since_text else None
        except ValueError:
            return error(400, "parametre_invalide", "page, taille ou modifie_depuis invalide.")
        if page < 1 or not 1 <= size <= 500 or (since is not None and since.tzinfo is None):
            return error(400, "parametre_invalide", "page ≥ 1, 1 ≤ taille ≤ 500, modifie_depuis avec fuseau.")
        items = [p for pid, p in self.products.items() if since is None or self.product_changed[pid] > since]
        size = min(self.dictionary_page_limit, size)
        pages = max(1, -(-len(items) // size))
        chunk = items[(page - 1) * size : page * size]
        return JSONResponse({"produits": chunk, "page": page, "pages": pages, "total": len(items)})

    async def referentiel(self, request: Request) -> Response:
        """``GET /referentiels/{name}``: one reference table (users, medicines, pathologies, routes)."""
        _compte, failure = self._account(request)
        if failure:
            return failure
        name = request.path_params["name"]
        tables: dict[str, list[dict[str, Any]]] = {
            "utilisateurs": [{"id": i, "nom": n} for i, n in data.VETS],
            "medicaments": [{"id": p["id"], "libelle": p["libelle"]} for p in self.products.values()],
            "pathologies": [{"id": i, "libelle": n} for i, n in data.PATHOLOGIES],
            "voies": [{"code": c, "libelle": n} for c, n in data.ROUTES],
        }
        if name not in tables:
            return error(404, "table_inconnue", f"Table de référence inconnue : {name}.")
        return JSONResponse({name: tables[name], "page": 1, "pages": 1, "total": len(tables[name])})

    async def lien_direct(self, request: Request) -> Response:
        """``GET /auth/lien-direct``: a short-lived web-directe (SSO) link for the account."""
        compte, failure = self._account(request)
        if failure:
            return failure
        expires = dt.datetime.now(PARIS).replace(microsecond=0) + dt.timedelta(minutes=10)
        return JSONResponse(
            {
                "url": f"{str(request.url).split('/auth/lien-direct')[0]}/sso/{secrets.token_urlsafe(16)}?compte={compte}",
                "expire_le": expires.isoformat(),
            }
        )

    # -- control (tests, demo) ------------------------------------------------------
    async def control(self, request: Request) -> Response:
        """``/_control/{action}``: add visits, inject a raw visit, expire tokens, or read the state (tests, demo)."""
        action = request.path_params["action"]
        body = (
            await request.json()
            if request.headers.get("content-type", "").startswith("application/json")
            else {}
        )
        if action == "visits":
            ids = self.add_visits(body.get("compte", "C123"), int(body.get("count", 1)))
            return JSONResponse({"added": ids})
        if action == "raw-visit":
            self.accounts[body.get("compte", "C123")].pending.append(body["visit"])
            return JSONResponse({"added": 1})
        if action == "dictionary":
            return JSONResponse(self.change_dictionary(body))
        if action == "fault":
            compte = body.get("compte", "C123")
            kind = body.get("kind", "server_error")
            if compte not in self.accounts or kind not in (*FAULT_KINDS, "clear"):
                return error(
                    400, "faute_inconnue", f"compte or kind unknown (kinds: {', '.join(FAULT_KINDS)})."
                )
            self.accounts[compte].fault = (
                None
                if kind == "clear"
                else {"kind": kind, "times": body.get("times"), "delay": float(body.get("delay", 5.0))}
            )
            return JSONResponse({"compte": compte, "fault": self.accounts[compte].fault})
        if action == "expire-tokens":
            self.tokens = {k: (c, 0.0) for k, (c, _e) in self.tokens.items()}
            return JSONResponse({"expired": len(self.tokens)})
        if action == "state":
            return JSONResponse(
                {
                    cid: {
                        "pending": len(a.pending),
                        "frozen": a.frozen["lot"] if a.frozen else None,
                        "acknowledged": a.acknowledged,
                        "actes": len(a.actes),
                    }
                    for cid, a in self.accounts.items()
                }
            )
        return error(404, "inconnu", action)

    def app(self) -> Starlette:
        """The Starlette application, mounted under ``/v1`` (each API answer ``latency_ms`` late)."""
        middleware = [Middleware(_Latency, seconds=self.latency_ms / 1000)] if self.latency_ms else []
        return Starlette(routes=[Mount("/v1", routes=self.routes())], middleware=middleware)

    def routes(self) -> list[Route]:
        """The API's routes, as the seed names them."""
        return [
            Route("/auth/token", self.token, methods=["POST"]),
            Route("/auth/lien-direct", self.lien_direct, methods=["GET"]),
            Route("/comptes", self.comptes, methods=["GET"]),
            Route("/actes", self.actes, methods=["GET", "POST"]),
            Route("/visites", self.visites, methods=["GET", "DELETE"]),
            Route("/produits", self.produits, methods=["GET"]),
            Route("/referentiels/{name}", self.referentiel, methods=["GET"]),
            Route("/_control/{action}", self.control, methods=["POST", "GET"]),
        ]


class _Latency:
    """ASGI middleware: every API request (not ``/_control/``) waits ``seconds`` first, as a
    server across the internet would (``latency_ms``)."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.inner = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "/_control/" not in scope["path"]:
            await asyncio.sleep(self.seconds)
        await self.inner(scope, receive, send)


def configure_demo(ctx: AppContext, base_url: str) -> None:
    """Point the demo's settings and keyring at this sandbox (vétérinaire mode, the Bocage account)."""
    s = ctx.settings.vetelevage
    s.base_url = base_url
    s.mode = "veterinaire"
    s.client_id = EDITOR_ID
    s.username = "bocage"
    ctx.secrets.set("vetelevage", "client_secret", EDITOR_SECRET)
    ctx.secrets.set("vetelevage", "password", "vaches-35")


def _product_json(p: data.Product) -> dict[str, Any]:
    """A dictionary product as ``GET /produits`` lists it."""
    return {
        "id": p.id,
        "libelle": p.libelle,
        "gtin": p.gtin,
        "laboratoire": p.laboratoire,
        "forme": p.forme,
        "conditionnement": p.conditionnement,
        "specifique_clinique": p.specifique_clinique,
    }


def sandbox(seed: int = 0, **kw: Any) -> SandboxSpec:
    """The sandbox for ``--demo`` and tests: its application, demo hooks and the simulator itself.

    ``linked_accounts`` (or the environment's PASSERELLE_SANDBOX_VETELEVAGE_ACCOUNTS) adds that
    many linked accounts for SaaS mode, each with ``visits_per_account`` visits waiting (or
    PASSERELLE_SANDBOX_VETELEVAGE_VISITS): e.g. 500 and 10 for a SaaS editor's load.
    ``latency_ms`` (or PASSERELLE_SANDBOX_VETELEVAGE_LATENCY_MS) delays every API answer, e.g. 50.
    """
    for key, env in (
        ("linked_accounts", ACCOUNTS_ENV),
        ("visits_per_account", VISITS_ENV),
        ("latency_ms", LATENCY_ENV),
    ):
        if key not in kw and os.environ.get(env, "").strip().isdigit():
            kw[key] = int(os.environ[env])
    sim = VetelevageSandbox(seed, **kw)
    return SandboxSpec.serving(
        sim,
        "/v1",
        configure_demo=configure_demo,
        # The demo's sample data goes through the app's workflows (so not from here).
        seed_demo=lazy("app.integrations.vetelevage.demo:seed_demo"),
    )
