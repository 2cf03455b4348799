"""The Provet webhook inbox as a table."""

from __future__ import annotations

from app.core.qt import QtCore
from app.integrations.provet.service import Event
from app.ui.models.rows import Col, RowsModel

STATE_COLOURS = {"failed": "#b3261e", "received": "#8a6d00", "processing": "#1a5fb4", "done": "#2e7d32"}


def events_model(parent: QtCore.QObject | None = None) -> RowsModel[Event]:
    translate = QtCore.QCoreApplication.translate
    return RowsModel(
        [
            Col(
                translate("ProvetTab", "Received"),
                lambda e: e.received_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            ),
            Col(translate("ProvetTab", "Trigger"), lambda e: e.trigger),
            Col(translate("ProvetTab", "Object"), lambda e: e.object_id, align_right=True),
            Col(translate("ProvetTab", "Deliveries"), lambda e: e.deliveries, align_right=True),
            Col(
                translate("ProvetTab", "State"),
                lambda e: e.state,
                colour=lambda e: STATE_COLOURS.get(e.state),
            ),
            Col(translate("ProvetTab", "Attempts"), lambda e: e.attempts, align_right=True),
            Col(
                translate("ProvetTab", "Reason"),
                lambda e: e.last_error or "",
                tooltip=lambda e: e.last_error or "",
            ),
        ],
        parent,
    )
