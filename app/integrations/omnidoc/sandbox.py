"""An Omnidoc simulator: Bearer auth, draft creation checked against the seed's formats
(:mod:`.sandbox_rules`, written from the seed, never from the client), multipart uploads accepted
only until the redirect URL is visited (the simulator serves that page itself), and the prefill
URL read as the seed defines it."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from app.integrations.base import SandboxSpec, lazy
from app.integrations.omnidoc.sandbox_rules import check_body, parse_prefill_url

if TYPE_CHECKING:
    from app.core.context import AppContext

API_TOKEN = "omnidoc-demo-token-5b21"  # sandbox only
KNOWN_AUTHORS = {"10001234567", "10009876543", "10002170750"}
MAX_UPLOAD = 20 * 1024 * 1024


@dataclass
class Draft:
    """A temporary request created by API: its body, its files, whether its page was visited."""

    id: str
    body: dict[str, Any]
    visited: bool = False
    files: list[tuple[str, int, str]] = field(default_factory=list)


class OmnidocSandbox:
    """The simulated service: drafts in memory, the prefilled requests it was handed."""

    def __init__(self, seed: int = 0) -> None:
        self.drafts: dict[str, Draft] = {}
        self.by_key: dict[str, str] = {}
        self.prefills: list[dict[str, str]] = []  # the values of each accepted prefill URL
        self.create_delay = 0.0  # seconds before answering a create (after storing it): timeouts in tests
        self.seed = seed

    def _auth(self, request: Request) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {API_TOKEN}":
            return JSONResponse({"message": "Clé d'API invalide ou absente."}, status_code=401)
        return None

    async def create(self, request: Request) -> Response:
        """POST /api/interop/v1/drafts: the body checked as the seed documents it."""
        if (denied := self._auth(request)) is not None:
            return denied
        try:
            body = await request.json()
            assert isinstance(body, dict)
        except (ValueError, AssertionError):
            return JSONResponse({"message": "Le corps doit être un objet JSON."}, status_code=400)
        key = request.headers.get("idempotency-key")
        if key and key in self.by_key:
            draft = self.drafts[self.by_key[key]]
            return JSONResponse({"id": draft.id, "redirect_url": self._redirect(request, draft.id)})
        errors = check_body(body)
        if (
            body.get("author_rpps")
            and "author_rpps" not in errors
            and body["author_rpps"] not in KNOWN_AUTHORS
        ):
            errors["author_rpps"] = ["RPPS auteur inexistant"]
        if errors:
            return JSONResponse({"message": "Données invalides", "errors": errors}, status_code=422)
        draft = Draft(id=f"d_{secrets.token_hex(6)}", body=body)
        self.drafts[draft.id] = draft
        if key:
            self.by_key[key] = draft.id
        if self.create_delay:
            await asyncio.sleep(self.create_delay)
        return JSONResponse({"id": draft.id, "redirect_url": self._redirect(request, draft.id)})

    def _redirect(self, request: Request, draft_id: str) -> str:
        # The simulator may be mounted under a prefix: keep whatever precedes the API path.
        root = str(request.url).split("/api/interop/v1/drafts")[0]
        return f"{root}/interop/drafts/{draft_id}"

    async def upload(self, request: Request) -> Response:
        """POST …/drafts/<id>/files/: multipart ``file`` fields, refused once the draft was opened."""
        if (denied := self._auth(request)) is not None:
            return denied
        draft = self.drafts.get(request.path_params["draft_id"])
        if draft is None:
            return JSONResponse({"message": "Identifiant de demande inconnu."}, status_code=404)
        if draft.visited:
            return JSONResponse(
                {"message": "La demande a déjà été ouverte : l'ajout de fichiers n'est plus possible."},
                status_code=409,
            )
        async with request.form(max_part_size=MAX_UPLOAD) as form:
            uploads = form.getlist("file")
            if not uploads:
                return JSONResponse({"message": "Aucun fichier (champ 'file')."}, status_code=400)
            for upload in uploads:
                if isinstance(upload, str):
                    return JSONResponse(
                        {"message": "Le champ 'file' doit contenir un fichier."}, status_code=400
                    )
                content = await upload.read()
                draft.files.append((upload.filename or "fichier", len(content), upload.content_type or ""))
        return JSONResponse({"id": draft.id, "files": len(draft.files)})

    async def redirect_page(self, request: Request) -> Response:
        """The redirect URL: the person lands on the draft, which takes no more files."""
        draft = self.drafts.get(request.path_params["draft_id"])
        if draft is None:
            return HTMLResponse("<h1>Demande introuvable</h1>", status_code=404)
        draft.visited = True
        names = "".join(f"<li>{escape(n)} ({size} o)</li>" for n, size, _m in draft.files)
        return HTMLResponse(f"<h1>Omnidoc (simulateur) — brouillon {escape(draft.id)}</h1><ul>{names}</ul>")

    async def prefill_page(self, _request: Request) -> Response:
        """The prefill page: its script hands the fragment (which no server sees) to the
        simulator, shows what was read, then drops it from the history as the seed says."""
        return HTMLResponse(
            "<h1>Omnidoc (simulateur)</h1><pre id='result'>…</pre><script>"
            "fetch('../../_control/prefill',{method:'POST',body:JSON.stringify({url:location.href})})"
            ".then(r=>r.json()).then(j=>{document.getElementById('result').textContent="
            "JSON.stringify(j.errors||'Demande pré-remplie reçue.',null,1)});"
            "history.replaceState(null,'',location.pathname)</script>"
        )

    def read_prefill(self, url: str) -> tuple[dict[str, str], dict[str, list[str]]]:
        """Read a prefill URL as Omnidoc would; an accepted one is kept in ``prefills``."""
        values, errors = parse_prefill_url(url)
        if not errors:
            self.prefills.append(values)
        return values, errors

    async def root(self, _request: Request) -> Response:
        """The home page (the connection test asks it)."""
        return HTMLResponse("<h1>Omnidoc (simulateur)</h1>")

    async def control(self, request: Request) -> Response:
        """Test and demo hooks: the drafts, a create delay, and reading a prefill URL."""
        action = request.path_params["action"]
        if action == "drafts":
            return JSONResponse(
                {
                    d.id: {
                        "visited": d.visited,
                        "files": [f[0] for f in d.files],
                        "context": d.body.get("context"),
                    }
                    for d in self.drafts.values()
                }
            )
        if action == "create-delay":
            self.create_delay = float((await request.json()).get("seconds", 0))
            return JSONResponse({"create_delay": self.create_delay})
        if action == "prefill" and request.method == "POST":
            sent = await request.json()
            values, errors = self.read_prefill(str(sent.get("url", "")) if isinstance(sent, dict) else "")
            if errors:
                return JSONResponse({"message": "Données invalides", "errors": errors}, status_code=422)
            return JSONResponse({"fields": values})
        return JSONResponse({"message": action}, status_code=404)

    def app(self) -> Starlette:
        """The routes of the seed, plus the simulator's pages and hooks."""
        return Starlette(
            routes=[
                Route("/", self.root),
                Route("/api/interop/v1/drafts", self.create, methods=["POST"]),
                Route("/api/interop/v1/drafts/{draft_id}/files/", self.upload, methods=["POST"]),
                Route("/interop/drafts/new", self.prefill_page),
                Route("/interop/drafts/{draft_id}", self.redirect_page),
                Route("/_control/{action}", self.control, methods=["GET", "POST"]),
            ]
        )


def configure_demo(ctx: AppContext, base_url: str) -> None:
    """Point the settings and the token at the simulator (demo mode)."""
    ctx.settings.omnidoc.base_url = base_url
    ctx.settings.omnidoc.author_rpps = "10001234567"
    ctx.secrets.set("omnidoc", "api_token", API_TOKEN)


def sandbox(seed: int = 0) -> SandboxSpec:
    """The simulator as the sandbox server and demo mode use it (``extra["sim"]``: its state)."""
    sim = OmnidocSandbox(seed)
    return SandboxSpec.serving(
        sim,
        configure_demo=configure_demo,
        # The demo's sample request goes through the app like a user's (so not from here).
        seed_demo=lazy("app.integrations.omnidoc.demo:seed_demo"),
    )
