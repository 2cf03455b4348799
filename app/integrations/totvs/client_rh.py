"""TOTVS RH GPEA003API: GET /api/rh/v1/BeneficiariesCoparticipation (Basic auth)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import httpx

from app.core.http import Page, paginate_has_next, parse_items
from app.integrations.totvs.client_base import ProtheusClient
from app.integrations.totvs.errors import is_no_records
from app.integrations.totvs.models import Coparticipation

API = "/api/rh/v1/BeneficiariesCoparticipation"


def _as_decoded(item: Any) -> Any:
    return item


class RhClient(ProtheusClient):
    """GPEA003API's BeneficiariesCoparticipation list, authenticated by HTTP Basic."""

    service = "TOTVS RH"
    default_timeout = 60.0  # a page of 2,000 rows

    def make_auth(self, base_url: str, username: str, password: str) -> httpx.Auth:
        """HTTP Basic (appserver.ini Security=1)."""
        return httpx.BasicAuth(username, password)

    def decode_json(self, response: httpx.Response) -> Any:
        """JSON numbers with a fraction become Decimal, exactly as written: TOTVS's OpenAPI types
        ``CoparticipationValue`` as a number, the seed as a string; money never goes through float."""
        try:
            return response.json(parse_float=Decimal)
        except ValueError:
            return super().decode_json(response)  # raises its MalformedResponse

    async def pages(
        self,
        *,
        company_id: str,
        branch_id: str,
        product: str = "PROTHEUS",
        datemodified: str = "",
        page_size: int = 2000,
        start_page: int = 1,
    ) -> AsyncIterator[Page[Coparticipation]]:
        """Pages of validated items (see :meth:`raw_pages`)."""
        async for page in self.raw_pages(
            company_id=company_id,
            branch_id=branch_id,
            product=product,
            datemodified=datemodified,
            page_size=page_size,
            start_page=start_page,
        ):
            items = await parse_items(page.items, Coparticipation.model_validate)
            yield Page(items, page.number, page.total, page.pages, page.has_next, page.raw)

    async def raw_pages(
        self,
        *,
        company_id: str,
        branch_id: str,
        product: str = "PROTHEUS",
        datemodified: str = "",
        page_size: int = 2000,
        start_page: int = 1,
    ) -> AsyncIterator[Page[Any]]:
        """Pages from ``start_page`` on, their items the JSON objects as decoded (money as
        Decimal); "Nenhum registro localizado." ends the list (empty). The load turns the items
        into rows itself (``rh_rows``), in its database worker, while the next page is fetched.

        ``datemodified`` is the server's own wall-clock time (YYYY-MM-DDThh:mm:ss, no zone)."""
        params = {"product": product, "companyId": company_id, "branchId": branch_id}
        if datemodified:
            params["datemodified"] = datemodified
        async for page in paginate_has_next(
            self,
            API,
            params=params,
            parse=_as_decoded,
            page_size=page_size,
            start_page=start_page,
            ok=(400,),
            empty_when=self._empty_or_raise,
        ):
            yield page

    def _empty_or_raise(self, response: httpx.Response) -> bool:
        if response.status_code != 400:
            return False
        if is_no_records(response):
            return True
        raise self.error_from_response(response)
