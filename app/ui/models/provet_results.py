"""Provet Cloud browse results: the API's objects of one query, a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.qt import Qt, QtCore
from app.integrations.provet.export import flatten
from app.integrations.provet.schema import Kind
from app.ui.models.table import Column, Page, PagedModel
from app.ui.provet import labels


@dataclass(frozen=True)
class Result:
    """One object of a page, and its table row (relations as ids, lists joined)."""

    obj: dict[str, Any]
    flat: dict[str, str]


def results_page(body: dict[str, Any], page: int) -> Page[Result]:
    """One API page (``count``, ``next``, ``results``) as rows, the next page number and the total."""
    results = [r for r in body.get("results", []) if isinstance(r, dict)]
    return Page(
        [Result(r, flatten(r)) for r in results],
        page + 1 if body.get("next") else None,
        int(body.get("count") or 0),
    )


class ProvetResultsModel(PagedModel[Result]):
    """Rows are the API's objects; the columns are the endpoint's fields, titled in words, their
    cells as a person reads them (local times, statuses as words, related objects by name with
    the id on hover). ``names`` fills in as the related objects' names arrive."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([], parent)
        self.endpoint = ""
        self.names: dict[tuple[str, int], str] = {}

    def _column(self, path: str) -> Column[Result]:
        def text(r: Result) -> str:
            return (
                labels.show(self.endpoint, path, r.obj, self.names)[0]
                if self.endpoint
                else r.flat.get(path, "")
            )

        def tip(r: Result) -> str:
            if not self.endpoint:
                return r.flat.get(path, "")
            return labels.show(self.endpoint, path, r.obj, self.names)[1]

        title = labels.field_label(path) if self.endpoint else path
        right = self.endpoint != "" and _is_number(self.endpoint, path)
        return Column(title, text, tooltip=tip, key=path, align_right=right)

    def reset(self, columns: Sequence[str], endpoint: str = "") -> None:
        """Another endpoint's columns, no rows and nothing loading (without an endpoint the
        cells are the raw flattened values)."""
        self.clear()
        self.endpoint = endpoint
        self.set_columns([self._column(path) for path in columns])

    def object_at(self, row: int) -> dict[str, Any]:
        """The API's object shown on ``row``."""
        return self.rows[row].obj

    def add_names(self, names: Mapping[tuple[str, int], str]) -> None:
        """Related objects' names that arrived: the cells naming them change (one signal)."""
        fresh = {k: v for k, v in names.items() if self.names.get(k) != v}
        if not fresh:
            return
        self.names.update(fresh)
        if self.rows and self.columns:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )


def _is_number(endpoint: str, path: str) -> bool:
    fld = labels.field_of(endpoint, path)
    return path == "id" or (fld is not None and fld.kind in (Kind.INT, Kind.DECIMAL) and path != "status")
