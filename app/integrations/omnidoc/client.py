"""Omnidoc interop API: create a draft, then upload its files (only before redirect_url is visited)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from app.core.http import BaseClient, MalformedResponse, NotFoundError, RetryPolicy
from app.core.redact import register_secret
from app.core.secrets import BearerAuth

API = "/api/interop/v1/drafts"

# The API's names for patient fields → the form's field names (to show an error on the right field).
API_FIELD_TO_FORM = {"author_rpps": "author_rpps", "recipient_rpps": "recipient_rpps", "text": "text"}


class OmnidocClient(BaseClient):
    """The interop API (seed: "Méthode n°2"): Bearer token, drafts, their files."""

    service = "Omnidoc"

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
    ) -> None:
        super().__init__(
            base_url.rstrip("/"),
            auth=BearerAuth(token, base_url),
            transport=transport,
            retry=retry,
            timeout=timeout,
        )

    def parse_error_body(self, response: httpx.Response) -> tuple[str | None, str | None, list[str]]:
        """Omnidoc's ``{"message", "errors": {field: [...]}}`` → code, message, "field: reason" details."""
        try:
            body = response.json()
        except ValueError:
            return None, None, []
        if isinstance(body, dict) and isinstance(body.get("errors"), dict):
            details = [
                f"{field}: {'; '.join(map(str, msgs)) if isinstance(msgs, list) else msgs}"
                for field, msgs in body["errors"].items()
            ]
            return body.get("code"), body.get("message") or "invalid data", details
        return super().parse_error_body(response)

    async def create_draft(self, body: dict[str, Any], idempotency_key: str) -> tuple[str, str]:
        """POST the draft's body; its id and redirect_url."""
        # Not retried blindly: a second POST could create a second draft. The key lets a retry
        # after a timeout find the draft the first POST created.
        response = await self.request(
            "POST", f"{API}", json=body, retry=False, headers={"Idempotency-Key": idempotency_key}
        )
        data = self.decode_json(response)
        if not isinstance(data, dict) or not data.get("id") or not data.get("redirect_url"):
            raise MalformedResponse(
                "Omnidoc did not return the draft's id and redirect_url.", service=self.service
            )
        register_secret(str(data["redirect_url"]))
        return str(data["id"]), str(data["redirect_url"])

    async def upload(self, draft_id: str, path: Path, mime: str) -> None:
        """POST one file to the draft (multipart field ``file``), before its redirect_url is visited."""
        with path.open("rb") as handle:
            files = [("file", (path.name, handle, mime))]
            try:
                await self.request("POST", f"{API}/{draft_id}/files/", files=files, retry=False)
            except NotFoundError as exc:  # the API answered: that draft is gone (opened, expired)
                raise exc.about("draft", draft_id) from None


def field_errors(details: list[str]) -> dict[str, str]:
    """API error details ("patient.nir: invalid") → form field → message."""
    out: dict[str, str] = {}
    for detail in details:
        field, _, message = detail.partition(":")
        field = field.strip()
        if field.startswith("patient."):
            out["patient_" + field.removeprefix("patient.")] = message.strip()
        elif field:
            out[API_FIELD_TO_FORM.get(field, field)] = message.strip()
    return out
