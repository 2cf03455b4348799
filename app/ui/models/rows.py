"""The former names of the in-memory table model, kept for the Vétélevage UI until it imports
``app.ui.models.table`` itself: ``Col`` is ``Column``, ``RowsModel`` is ``TableModel``."""

from __future__ import annotations

from app.ui.models.table import Column as Col
from app.ui.models.table import TableModel as RowsModel

__all__ = ["Col", "RowsModel"]
