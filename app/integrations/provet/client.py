"""Provet Cloud REST client over ``https://<environment>/<provet_id>/api/0.1/``."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, Unpack

import httpx

from app.core.http import (
    BaseClient,
    ClientOptions,
    NotConfigured,
    NotFoundError,
    Page,
    paginate_next_url,
)
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.provet.ratelimit import RollingLimiter, page_cost
from app.integrations.provet.schema import ENDPOINTS

MAX_PAGE_SIZE = 1000


def normalise_base_url(base_url: str) -> str:
    """The REST address with its trailing slash; NotConfigured when empty."""
    base = base_url.strip()
    if not base:
        raise NotConfigured(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors", "Provet Cloud: the REST API address (provet.base_url) is not set."
                ),
            )
        )
    return base if base.endswith("/") else base + "/"


class ProvetClient(BaseClient):
    """Provet Cloud's REST API: pages of a list (within the rate budget), one object by id."""

    service = "Provet Cloud"
    error_message_key = "detail"

    def __init__(
        self, base_url: str, *, limiter: RollingLimiter | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        super().__init__(normalise_base_url(base_url), **options)
        self.limiter = limiter or RollingLimiter()

    # -- errors: DRF bodies {"detail": "..."} or {"field": ["message", ...]} -----------

    def parse_error_body(self, response: httpx.Response) -> tuple[str | None, str | None, list[str]]:
        """The message and field details of a DRF error body."""
        try:
            body = response.json()
        except ValueError:
            return None, None, []
        if isinstance(body, list):
            return None, "; ".join(str(b) for b in body) or None, []
        if not isinstance(body, dict):
            return None, None, []
        message = body.get("detail")
        details: list[str] = []
        for key, value in body.items():
            if key in ("detail", "code"):
                continue
            messages = value if isinstance(value, list) else [value]
            for m in messages:
                text = m if isinstance(m, str) else json.dumps(m, ensure_ascii=False)
                details.append(f"{key}: {text}")
        code = body.get("code")
        if message is None and details:
            message = "the request has invalid fields"
        return (str(code) if code else None, str(message) if message is not None else None, details)

    # -- requests ---------------------------------------------------------------------

    def endpoint_of(self, url: str) -> str:
        """The endpoint a URL addresses (``stock/item`` included), for the per-endpoint rate limit."""
        path = str(url)
        if path.startswith(self.base_url):
            path = path[len(self.base_url) :]
        elif "://" in path:
            base_path = httpx.URL(self.base_url).path
            path = httpx.URL(path).path
            path = path[len(base_path) :] if path.startswith(base_path) else path
        parts = path.split("?", 1)[0].strip("/").split("/")
        two = "/".join(parts[:2])
        return two if two in ENDPOINTS else parts[0]

    @staticmethod
    def requested_page_size(url: str, params: Any) -> int | None:
        """The ``page_size`` a request asks for (in its params or in a ``next`` URL's query)."""
        found: Any = None
        if params:
            items = params.items() if isinstance(params, Mapping) else params
            found = next((v for k, v in items if k == "page_size"), None)
        if found is None and "?" in str(url):
            found = httpx.URL(str(url)).params.get("page_size")
        try:
            return int(found) if found is not None else None
        except (TypeError, ValueError):
            return None

    async def request(self, method: str, url: str, **kw: Any) -> httpx.Response:
        """A request that stays on this API and waits for the endpoint's rate budget."""
        if "://" in str(url):
            self.same_origin(url)  # an absolute address (a next page) stays on this API
        endpoint = self.endpoint_of(url)
        await self.limiter.acquire(endpoint, page_cost(self.requested_page_size(url, kw.get("params"))))
        return await super().request(method, url, **kw)

    def fit_page(self, endpoint: str, page_size: int) -> int:
        """A page size Provet accepts (1..1000) whose cost fits in one window of the budget."""
        return max(1, min(page_size, MAX_PAGE_SIZE, self.limiter.largest_page(endpoint)))

    async def get_object(
        self, endpoint: str, object_id: int, *, expose: Sequence[str] = ()
    ) -> dict[str, Any]:
        """One object by id (NotFoundError naming it when Provet has none)."""
        try:
            body = await self.get_json(
                f"{endpoint}/{int(object_id)}/", params=[(f"expose_{e}", "") for e in expose] or None
            )
        except NotFoundError as exc:
            exc.message = f"Provet Cloud has no {endpoint} {object_id} (deleted, or a wrong id)."
            raise exc.about(endpoint, str(object_id)) from None
        if not isinstance(body, dict):
            from app.core.http import MalformedResponse

            raise MalformedResponse(
                f"Provet Cloud sent an unexpected {endpoint} object.", service=self.service
            )
        return body

    async def list_page(
        self,
        endpoint: str,
        params: Sequence[tuple[str, str]] = (),
        *,
        page: int = 1,
        page_size: int = 50,
    ) -> dict[str, Any]:
        """One page, as the API sent it (``count``, ``num_pages``, ``next``, ``results``)."""
        query = [*params, ("page", str(page)), ("page_size", str(self.fit_page(endpoint, page_size)))]
        body = await self.get_json(f"{endpoint}/", params=query)
        if not isinstance(body, dict) or not isinstance(body.get("results"), list):
            from app.core.http import MalformedResponse

            raise MalformedResponse(
                "Provet Cloud sent a page without its 'results' list.", service=self.service, body=body
            )
        return body

    def pages(
        self,
        endpoint: str,
        params: Sequence[tuple[str, str]] = (),
        *,
        page_size: int = 100,
    ) -> AsyncIterator[Page[dict[str, Any]]]:
        """Every page, following ``next`` to the end."""
        query = [*params, ("page_size", str(self.fit_page(endpoint, page_size)))]
        return paginate_next_url(self, f"{endpoint}/", params=query, parse=_as_dict)

    async def whoami(self) -> Mapping[str, Any]:
        """The smallest request that proves the credentials work."""
        return await self.list_page("department", page_size=1)


def _as_dict(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        from app.core.http import MalformedResponse

        raise MalformedResponse(
            "Provet Cloud sent a list item that is not an object.", service="Provet Cloud"
        )
    return item
