"""TOTVS RH GPEA003API: GET /api/rh/v1/BeneficiariesCoparticipation (Basic auth)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx

from app.core.http import BaseClient, Page, RetryPolicy, paginate_has_next
from app.integrations.totvs.errors import is_no_records, parse_totvs_error
from app.integrations.totvs.models import Coparticipation

API = "/api/rh/v1/BeneficiariesCoparticipation"
DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"


class RhClient(BaseClient):
    service = "TOTVS RH"

    def __init__(
        self,
        base_url: str,
        username: str,
        password: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        timeout: float = 60.0,
    ) -> None:
        super().__init__(
            base_url.rstrip("/"),
            auth=httpx.BasicAuth(username, password),
            transport=transport,
            retry=retry,
            timeout=timeout,
        )

    def parse_error_body(self, response: httpx.Response) -> tuple[str | None, str | None, list[str]]:
        return parse_totvs_error(response)

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
        """Pages from ``start_page`` on; "Nenhum registro localizado." ends the list (empty)."""
        params = {"product": product, "companyId": company_id, "branchId": branch_id}
        if datemodified:
            params["datemodified"] = datemodified
        async for page in paginate_has_next(
            self,
            API,
            params=params,
            parse=Coparticipation.model_validate,
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
