"""Prescriptions of a subscriber, page after page as the view scrolls (hasNext/remainingRecords),
ordered on the server by a header click (``order=field`` or ``-field``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from app.core.qt import Qt, QtCore
from app.core.tr import QT_TRANSLATE_NOOP
from app.integrations.totvs.client_saude import ListPage
from app.integrations.totvs.models import PrescriptionItem
from app.ui.models.table import Column, Page, PagedModel
from app.ui.models.totvs_copart import date_text

CONTEXT = "TotvsPrescriptions"
# (API field shown and used to order, title)
FIELDS: list[tuple[str, str]] = [
    ("prescription_code", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Prescription")),
    ("prescription_status", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Status")),
    ("medication_code", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Medication")),
    ("medication_description", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Description")),
    ("initial_medication_date", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Valid from")),
    ("final_medication_date", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Valid until")),
    ("quantity_authorized", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Authorized")),
    ("quantity_executed", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Used")),
    ("professional_name", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Professional")),
    ("professional_council_number", QT_TRANSLATE_NOOP("TotvsPrescriptions", "Council number")),
    ("state_abbreviation", QT_TRANSLATE_NOOP("TotvsPrescriptions", "UF")),
]
NUMERIC = {"quantity_authorized", "quantity_executed"}
DATES = {"initial_medication_date", "final_medication_date"}

Loader = Callable[[int, str], Awaitable[ListPage[PrescriptionItem]]]  # (page, order) → page


def _column(name: str, title: str) -> Column[PrescriptionItem]:
    if name == "prescription_status":  # the seed's Portuguese label, never the bare digit
        return Column(title, lambda item: item.status_label, key=name, context=CONTEXT)
    if name in DATES:  # dd/mm/aaaa in Portuguese, never the API's ISO date
        return Column(title, key=name, format=date_text, context=CONTEXT)
    return Column(title, key=name, align_right=name in NUMERIC, context=CONTEXT)


COLUMNS: list[Column[PrescriptionItem]] = [_column(name, title) for name, title in FIELDS]


class PrescriptionModel(PagedModel[PrescriptionItem]):
    """A subscriber's prescriptions from the API, a page at a time; a header click orders on the server."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)
        self.order = ""
        self._loader: Loader | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column].key
        self.order = name if order == Qt.SortOrder.AscendingOrder else f"-{name}"
        if self._loader is not None:
            self.reload()

    def set_loader(self, loader: Loader | None) -> None:
        """Load from ``loader(page, order)`` (None: show nothing)."""
        self._loader = loader
        self.set_source(self._page if loader is not None else None, 1)

    async def _page(self, number: Any) -> Page[PrescriptionItem]:
        assert self._loader is not None
        shown = len(self.rows)
        page = await self._loader(int(number), self.order)
        more = page.has_next and bool(page.items)
        total = None if page.remaining is None else shown + len(page.items) + page.remaining
        return Page(page.items, int(number) + 1 if more else None, total)
