"""The "Needs attention" table: one row per open or failed item, with its reason in words."""

from __future__ import annotations

import datetime as dt

from app.core.attention import FAILED, HANDLED, Item
from app.core.qt import QtCore
from app.core.tr import QT_TRANSLATE_NOOP, render, retranslate
from app.integrations.vetelevage import evaluation
from app.ops.retry import due_at
from app.ui.models.journal_model import integration_title
from app.ui.models.table import Column, TableModel

ACTION_LABELS = {
    "retry": QT_TRANSLATE_NOOP("AttentionModel", "Retry now"),
    "reconnect": QT_TRANSLATE_NOOP("AttentionModel", "Reconnect…"),
    "open_mapping": QT_TRANSLATE_NOOP("AttentionModel", "Map the product…"),
    "review": QT_TRANSLATE_NOOP("AttentionModel", "Review…"),
    "mark_handled": QT_TRANSLATE_NOOP("AttentionModel", "Mark as handled…"),
    "open": QT_TRANSLATE_NOOP("AttentionModel", "Open…"),
}
# A kind whose action says better what it does (a prescription is sent again, after a look-up).
KIND_ACTION_LABELS = {
    ("totvs_saude", "prescription_unconfirmed"): QT_TRANSLATE_NOOP("AttentionModel", "Send again"),
    ("omnidoc", "draft_ready"): QT_TRANSLATE_NOOP("AttentionModel", "Open the draft…"),
}


def sentence(item: Item) -> str:
    """An item's reason in the UI's language; a Vétélevage visit's reasons (stored English lines
    of ``evaluation.REASONS``) translated line by line."""
    translate = QtCore.QCoreApplication.translate
    stored_text = isinstance(item.args.get("reason"), str)  # kept as English lines before its template
    if item.integration == "vetelevage" and item.kind == evaluation.REVIEW and stored_text:
        reasons = retranslate(item.args["reason"], evaluation.REASONS, "vetelevage", translate)
        return render(
            item.template, {**item.args, "reason": " ".join(reasons.split("\n"))}, "attention", translate
        )
    return item.sentence(translate)


def _when(value: dt.datetime) -> str:
    return QtCore.QLocale().toString(
        QtCore.QDateTime.fromSecsSinceEpoch(int(value.timestamp())), QtCore.QLocale.FormatType.ShortFormat
    )


class AttentionModel(TableModel[Item]):
    """Open and failed items: what, the action that fixes it, its state in words."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Integration"), lambda i: integration_title(i.integration)),
            Column(
                self.tr("What"),
                sentence,
                tooltip=sentence,  # whole, never the kind code
            ),
            Column(self.tr("Action"), self.action_label),
            Column(
                self.tr("State"), self.state_text, colour=lambda i: "#b00020" if i.state == FAILED else None
            ),
            Column(self.tr("Attempts"), key="attempts", align_right=True),
            Column(self.tr("Since"), lambda i: _when(i.created_at)),
        ]

    def action_label(self, item: Item) -> str:
        source = KIND_ACTION_LABELS.get((item.integration, item.kind)) or ACTION_LABELS.get(item.action)
        return QtCore.QCoreApplication.translate("AttentionModel", source) if source else item.action

    def state_text(self, item: Item) -> str:
        if item.state == FAILED:
            return self.tr("Gave up after %n attempt(s)", "", item.attempts)
        if item.state == HANDLED:
            return self.tr("Handled by {who}").format(who=item.handled_by or "")
        when = due_at(item)
        if when is not None:
            return self.tr("Next try {when}").format(when=_when(when))
        return self.tr("Waits for a person")

    def find(self, item_id: int) -> int:
        """Row of the item, or -1."""
        return next((n for n, i in enumerate(self.rows) if i.id == item_id), -1)
