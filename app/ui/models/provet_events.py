"""The Provet webhook inbox as a table."""

from __future__ import annotations

from app.core.qt import QtCore
from app.integrations.provet.inbox import Event
from app.ui.models.table import Column, TableModel
from app.ui.provet import labels

STATE_COLOURS = {"failed": "#b3261e", "received": "#8a6d00", "processing": "#1a5fb4", "done": "#2e7d32"}


def events_model(parent: QtCore.QObject | None = None) -> TableModel[Event]:
    """The inbox table: one row per event, in words (what it names, its state), its state coloured."""
    translate = QtCore.QCoreApplication.translate
    return TableModel(
        [
            Column(translate("ProvetTab", "Received"), lambda e: labels.local_time(e.received_at)),
            Column(translate("ProvetTab", "Trigger"), lambda e: labels.trigger_label(e.trigger)),
            Column(translate("ProvetTab", "Object"), lambda e: e.object_id, align_right=True),
            Column(translate("ProvetTab", "Deliveries"), lambda e: e.deliveries, align_right=True),
            Column(
                translate("ProvetTab", "State"),
                lambda e: labels.event_state(e.state),
                colour=lambda e: STATE_COLOURS.get(e.state),
            ),
            Column(translate("ProvetTab", "Attempts"), lambda e: e.attempts, align_right=True),
            Column(
                translate("ProvetTab", "Reason"),
                lambda e: translate("ProvetInbox", e.last_error or ""),
                tooltip=lambda e: translate("ProvetInbox", e.last_error or ""),
            ),
        ],
        parent,
    )
