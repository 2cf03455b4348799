"""An Omnidoc simulator: Bearer auth, draft creation with NIR and RPPS checks, multipart uploads
accepted only until the redirect URL is visited (the simulator serves that page itself)."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from html import escape
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from app.core.validators import check_nir, check_rpps
from app.integrations.base import SandboxSpec

API_TOKEN = "omnidoc-demo-token-5b21"  # sandbox only
KNOWN_AUTHORS = {"10001234567", "10009876543", "10002170750"}
MAX_UPLOAD = 20 * 1024 * 1024


@dataclass
class Draft:
    id: str
    body: dict[str, Any]
    visited: bool = False
    files: list[tuple[str, int, str]] = field(default_factory=list)


class OmnidocSandbox:
    def __init__(self, seed: int = 0) -> None:
        self.drafts: dict[str, Draft] = {}
        self.by_key: dict[str, str] = {}
        self.create_delay = 0.0  # seconds before answering a create (after storing it): timeouts in tests
        self.seed = seed

    def _auth(self, request: Request) -> Response | None:
        if request.headers.get("authorization") != f"Bearer {API_TOKEN}":
            return JSONResponse({"message": "Clé d'API invalide ou absente."}, status_code=401)
        return None

    async def create(self, request: Request) -> Response:
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
        errors: dict[str, list[str]] = {}
        patient = body.get("patient") or {}
        if not isinstance(patient, dict):
            errors["patient"] = ["doit être un objet"]
            patient = {}
        for name in ("nir", "nir_cert"):
            if patient.get(name) and check_nir(str(patient[name])):
                errors[f"patient.{name}"] = ["NIR invalide"]
        for name in ("author_rpps", "recipient_rpps"):
            if body.get(name) and check_rpps(str(body[name])):
                errors[name] = ["Le RPPS doit comporter 11 chiffres"]
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
        draft = self.drafts.get(request.path_params["draft_id"])
        if draft is None:
            return HTMLResponse("<h1>Demande introuvable</h1>", status_code=404)
        draft.visited = True
        names = "".join(f"<li>{escape(n)} ({size} o)</li>" for n, size, _m in draft.files)
        return HTMLResponse(f"<h1>Omnidoc (simulateur) — brouillon {escape(draft.id)}</h1><ul>{names}</ul>")

    async def prefill_page(self, _request: Request) -> Response:
        return HTMLResponse(
            "<h1>Omnidoc (simulateur)</h1><p>Demande pré-remplie reçue.</p>"
            "<script>history.replaceState(null,'',location.pathname)</script>"
        )

    async def root(self, _request: Request) -> Response:
        return HTMLResponse("<h1>Omnidoc (simulateur)</h1>")

    async def control(self, request: Request) -> Response:
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
        return JSONResponse({"message": action}, status_code=404)

    def app(self) -> Starlette:
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


def configure_demo(ctx: Any, base_url: str) -> None:
    ctx.settings.omnidoc.base_url = base_url
    ctx.settings.omnidoc.author_rpps = "10001234567"
    ctx.secrets.set("omnidoc", "api_token", API_TOKEN)


async def seed_demo(ctx: Any) -> None:
    from app.integrations.omnidoc import service
    from app.integrations.omnidoc.models import OmnidocForm

    form = OmnidocForm(
        patient_first_name="Jeanne",
        patient_last_name="Dupuis",
        patient_gender="F",
        patient_birth_date="1961-04-02",
        recipient_rpps="10002170750",
        text="Avis dermatologique : lésion pigmentée du dos, évolution depuis 3 mois.",
    )
    request_id = service.create_request(ctx, form, [])
    await service.send(ctx, request_id)


def sandbox(seed: int = 0) -> SandboxSpec:
    sim = OmnidocSandbox(seed)
    return SandboxSpec(
        app=sim.app(), base_path="", configure_demo=configure_demo, seed_demo=seed_demo, extra={"sim": sim}
    )
