"""Provet Cloud browse results: the API's objects of one query, a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.qt import QtCore
from app.integrations.provet.export import flatten
from app.ui.models.table import Column, Page, PagedModel


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


def _column(path: str) -> Column[Result]:
    def text(r: Result) -> str:
        return r.flat.get(path, "")

    return Column(path, text, tooltip=text, key=path)


class ProvetResultsModel(PagedModel[Result]):
    """Rows are the API's objects; the columns are the endpoint's field paths."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([], parent)

    def reset(self, columns: Sequence[str]) -> None:
        """Another endpoint's columns, no rows and nothing loading."""
        self.clear()
        self.set_columns([_column(path) for path in columns])

    def object_at(self, row: int) -> dict[str, Any]:
        """The API's object shown on ``row``."""
        return self.rows[row].obj
