"""What each schedule does, in words ("the Vétélevage import", not ``vetelevage.import``), for the
lines ``passerelle serve`` prints; ``--json`` keeps the names."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.core.tr import QT_TRANSLATE_NOOP

SCHEDULE_WORDS = {
    "vetelevage.import": QT_TRANSLATE_NOOP("cli", "Vétélevage visits import"),
    "vetelevage.daily_push": QT_TRANSLATE_NOOP("cli", "Vétélevage acts list sent"),
    "provet.catch_up": QT_TRANSLATE_NOOP("cli", "Provet Cloud catch-up"),
    "provet.webhooks": QT_TRANSLATE_NOOP("cli", "Provet Cloud notifications"),
    "ops.backup": QT_TRANSLATE_NOOP("cli", "database backup"),
    "ops.retry": QT_TRANSLATE_NOOP("cli", "retries"),
    "ops.prune": QT_TRANSLATE_NOOP("cli", "raw payloads pruning"),
}


def schedules_in_words(names: Iterable[str], translate: Callable[[str, str], str]) -> str:
    """``names`` in words, comma-separated (an unknown schedule by its name)."""
    return ", ".join(translate("cli", SCHEDULE_WORDS[n]) if n in SCHEDULE_WORDS else n for n in names)
