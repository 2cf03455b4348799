"""A journal entry's action and outcome codes in words ("Billing", not "commit"), Qt-free: the
Activity view and ``passerelle journal search`` say them alike (their "JournalModel" translations)."""

from __future__ import annotations

from collections.abc import Callable

from app.core.tr import QT_TRANSLATE_NOOP

CONTEXT = "JournalModel"

OUTCOME_LABELS = {
    "ok": QT_TRANSLATE_NOOP("JournalModel", "Succeeded"),
    "partial": QT_TRANSLATE_NOOP("JournalModel", "Partly"),
    "error": QT_TRANSLATE_NOOP("JournalModel", "Failed"),
    "info": QT_TRANSLATE_NOOP("JournalModel", "Information"),
}
ACTION_LABELS = {
    "import": QT_TRANSLATE_NOOP("JournalModel", "Import"),
    "acknowledge": QT_TRANSLATE_NOOP("JournalModel", "Acknowledgement"),
    "push_acts": QT_TRANSLATE_NOOP("JournalModel", "Acts sent"),
    "mapping": QT_TRANSLATE_NOOP("JournalModel", "Mapping"),
    "mapping_import": QT_TRANSLATE_NOOP("JournalModel", "Mappings imported"),
    "catalogue_import": QT_TRANSLATE_NOOP("JournalModel", "Catalogue imported"),
    "dictionary_sync": QT_TRANSLATE_NOOP("JournalModel", "Dictionary update"),
    "commit": QT_TRANSLATE_NOOP("JournalModel", "Billing"),
    "correction": QT_TRANSLATE_NOOP("JournalModel", "Correction"),
    "set_aside": QT_TRANSLATE_NOOP("JournalModel", "Set aside"),
    "export": QT_TRANSLATE_NOOP("JournalModel", "Export"),
    "connect": QT_TRANSLATE_NOOP("JournalModel", "Connection"),
    "disconnect": QT_TRANSLATE_NOOP("JournalModel", "Disconnection"),
    "connection_changed": QT_TRANSLATE_NOOP("JournalModel", "Settings changed"),
    "secret_changed": QT_TRANSLATE_NOOP("JournalModel", "Secret changed"),
    "registration": QT_TRANSLATE_NOOP("JournalModel", "Registration"),
    "pull": QT_TRANSLATE_NOOP("JournalModel", "Download"),
    "webhooks": QT_TRANSLATE_NOOP("JournalModel", "Notifications"),
    "catch_up": QT_TRANSLATE_NOOP("JournalModel", "Catch-up"),
    "load": QT_TRANSLATE_NOOP("JournalModel", "Load"),
    "prescription": QT_TRANSLATE_NOOP("JournalModel", "Prescription"),
    "prefill_url": QT_TRANSLATE_NOOP("JournalModel", "Prefilled request"),
    "draft_created": QT_TRANSLATE_NOOP("JournalModel", "Draft created"),
    "draft_opened": QT_TRANSLATE_NOOP("JournalModel", "Draft opened"),
    "draft_replaced": QT_TRANSLATE_NOOP("JournalModel", "Draft replaced"),
    "files_uploaded": QT_TRANSLATE_NOOP("JournalModel", "Files sent"),
    "purge": QT_TRANSLATE_NOOP("JournalModel", "Purge"),
    "backup": QT_TRANSLATE_NOOP("JournalModel", "Backup"),
    "restore": QT_TRANSLATE_NOOP("JournalModel", "Restore"),
    "prune": QT_TRANSLATE_NOOP("JournalModel", "Pruning"),
    "support_report": QT_TRANSLATE_NOOP("JournalModel", "Support report"),
    "retry": QT_TRANSLATE_NOOP("JournalModel", "Retry"),
    "handled": QT_TRANSLATE_NOOP("JournalModel", "Handled"),
}

Translate = Callable[[str, str], str]


def action_words(action: str, translate: Translate) -> str:
    """The action in words, translated by ``translate(context, text)``; an unknown code spaced out."""
    label = ACTION_LABELS.get(action)
    return translate(CONTEXT, label) if label else action.replace("_", " ")


def outcome_words(outcome: str, translate: Translate) -> str:
    """The outcome in words ("Failed", not "error"), translated by ``translate(context, text)``."""
    return translate(CONTEXT, OUTCOME_LABELS.get(outcome, outcome))
