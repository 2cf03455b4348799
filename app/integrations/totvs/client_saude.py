"""TOTVS Saúde Planos (Protheus) continuousMedications API: list, create, refunds."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from app.core.http import ApiError, MalformedResponse, NotFoundError, Page, page_number, paginate_has_next
from app.integrations.totvs.auth import TotvsTokenAuth
from app.integrations.totvs.client_base import ProtheusClient
from app.integrations.totvs.models import (
    PrescriptionCreated,
    PrescriptionForm,
    PrescriptionItem,
    Refund,
)

API = "/totvsHealthPlans/refundSetup/v1/continuousMedications"
REFUNDS = f"{API}/refunds"

T = TypeVar("T")


@dataclass
class ListPage(Generic[T]):
    """One page of a TOTVS list as the API sent it (items, hasNext, remainingRecords)."""

    items: list[T]
    has_next: bool
    remaining: int | None
    page: int
    raw: Any = field(default=None, repr=False)


@dataclass
class PrescriptionQuery:
    """Every query parameter of GET continuousMedications (seed 003)."""

    subscriber_id: str
    prescription_code: str = ""
    statuses: str = ""  # "0,1,2"
    medication_code: str = ""
    expiration: str = ""  # "1" valid, "2" expired
    order: str = ""  # "field,-other"
    fields: str = ""
    filter: str = ""  # OData

    def params(self) -> dict[str, str]:
        """The query parameters, under the API's own names, for the fields that are set."""
        out = {"subscriberId": self.subscriber_id}
        for key, value in (
            ("prescriptionCode", self.prescription_code),
            ("prescriptionStatus", self.statuses),
            ("medicationCode", self.medication_code),
            ("expirationDate", self.expiration),
            ("order", self.order),
            ("fields", self.fields),
            ("filter", self.filter),
        ):
            if value:
                out[key] = value
        return out


class SaudeClient(ProtheusClient):
    """TOTVS Saúde Planos' continuousMedications API, authenticated by :class:`TotvsTokenAuth`."""

    service = "TOTVS Saúde Planos"
    auth: TotvsTokenAuth

    def make_auth(self, base_url: str, username: str, password: str) -> httpx.Auth:
        """A bearer token from the TOTVS token API, renewed by itself."""
        self.auth = TotvsTokenAuth(base_url, username, password, service=self.service)
        return self.auth

    def error_from_response(self, response: httpx.Response) -> ApiError:
        """A 404 the API itself answered names its record (seed 003: "Beneficiário não encontrado",
        "Receita Não Encontrada", "Operadora de Saúde não encontrada"); a bare 404 stays the address's."""
        error = super().error_from_response(response)
        if isinstance(error, NotFoundError):
            words = (error.api_message or "").lower()
            params = response.request.url.params
            if "operadora" in words:
                error.about("health_insurer")
            elif "receita" in words or ("benefici" not in words and "prescriptionCode" in params):
                error.about("prescription", params.get("prescriptionCode", ""))
            elif "benefici" in words or "subscriberId" in params:
                error.about("subscriber", params.get("subscriberId", ""))
        return error

    @staticmethod
    def _page(body: Any, parse: Any, page: int, service: str) -> ListPage[Any]:
        lowered = {str(k).lower(): v for k, v in body.items()} if isinstance(body, dict) else {}
        items = lowered.get("items")
        if not isinstance(items, list):
            raise MalformedResponse(f"{service} sent a page without its 'items' list.", service=service)
        return ListPage(
            items=[parse(i) for i in items],
            has_next=bool(lowered.get("hasnext")),
            remaining=page_number(lowered.get("remainingrecords"), "remainingRecords", service),
            page=page,
            raw=body,
        )

    async def prescriptions(
        self, query: PrescriptionQuery, *, page: int = 1, page_size: int = 20
    ) -> ListPage[PrescriptionItem]:
        """One page of the subscriber's continuous-medication prescriptions."""
        params: dict[str, Any] = {**query.params(), "page": page, "pageSize": page_size}
        body = await self.get_json(API, params=params)
        return self._page(body, PrescriptionItem.model_validate, page, self.service)

    async def all_prescriptions(
        self, query: PrescriptionQuery, *, page_size: int = 50
    ) -> AsyncIterator[Page[PrescriptionItem]]:
        """Every page of the prescriptions matching ``query``."""
        async for page in paginate_has_next(
            self, API, params=query.params(), parse=PrescriptionItem.model_validate, page_size=page_size
        ):
            yield page

    async def create(self, form: PrescriptionForm, *, timeout: float | None = None) -> PrescriptionCreated:
        """File a new prescription (sent once, never retried blindly); returns its code."""
        # Never re-sent blindly: the caller looks the prescription up before posting again.
        response = await self.request("POST", API, json=form.body(), retry=False, timeout=timeout)
        body = self.decode_json(response)
        try:
            return PrescriptionCreated.model_validate(body)
        except ValueError as exc:
            raise MalformedResponse(
                f"{self.service} did not return the new prescription's code.", service=self.service
            ) from exc

    async def refunds(
        self,
        prescription_code: str,
        *,
        medication_code: str = "",
        page: int = 1,
        page_size: int = 20,
        order: str = "",
        fields: str = "",
        filter: str = "",
    ) -> ListPage[Refund]:
        """One page of the refunds of a prescription (optionally of one medication), with the
        seed's ``order``, ``fields`` (properties returned) and OData ``filter``."""
        params: dict[str, Any] = {"prescriptionCode": prescription_code, "page": page, "pageSize": page_size}
        for key, value in (
            ("medicationCode", medication_code),
            ("order", order),
            ("fields", fields),
            ("filter", filter),
        ):
            if value:
                params[key] = value
        body = await self.get_json(REFUNDS, params=params)
        return self._page(body, Refund.model_validate, page, self.service)
