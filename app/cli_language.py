"""The language headless commands speak: the UI's .qm translations, read without Qt.

``set_language`` picks the catalogue once per run (``--lang``, the ``app.lang`` setting or
``PASSERELLE_APP__LANG``, else the system's display language); ``say`` renders a
``QT_TRANSLATE_NOOP("cli", …)`` template and ``sentence`` any failure (app.core.errors.describe)
in that language. JSON keys and codes are never translated: only sentences go through here.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from app.core.languages import SUPPORTED
from app.core.qm import QmCatalog, QmFormatError
from app.core.resources import resource
from app.core.tr import fill

log = logging.getLogger("passerelle.cli")

_state: dict[str, Any] = {"lang": "en", "catalog": None}


def set_language(lang: str) -> str:
    """Use ``lang``'s translations from now on; English (the source) when it has none. Returns it."""
    catalog: QmCatalog | None = None
    if lang in SUPPORTED and lang != "en":
        try:
            catalog = QmCatalog.load(resource("translations", f"passerelle_{lang}.qm"))
        except (OSError, QmFormatError) as exc:
            log.warning("no translation for %s (%s); English it is", lang, exc)
            lang = "en"
    else:
        lang = "en"
    _state["lang"], _state["catalog"] = lang, catalog
    return lang


def language() -> str:
    """The language commands speak now (fr, pt_BR or en)."""
    return str(_state["lang"])


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` of ``context`` in the current language (the text itself in English or when missing);
    with ``n`` >= 0, the plural form of a ``%n`` message, ``%n`` replaced."""
    catalog: QmCatalog | None = _state["catalog"]
    if catalog is None or not text:
        return text.replace("%n", str(n)) if n >= 0 else text
    return catalog.translate(context, text, n)


def say(template: str, **args: Any) -> str:
    """A ``QT_TRANSLATE_NOOP("cli", template)`` sentence in the current language, filled from ``args``."""
    return fill(translate("cli", template), {k: str(v) for k, v in args.items()} or None)


_THOUSANDS = {"fr": "\u202f", "pt_BR": "."}


def number(value: int) -> str:
    """A count with the current language's thousands separator: 6 747 (fr), 6.747 (pt_BR), 6,747."""
    return f"{value:,}".replace(",", _THOUSANDS.get(language(), ","))


_DECIMAL = {"fr": ",", "pt_BR": ","}


def amount(value: Decimal | int | float, places: int = 2) -> str:
    """A sum of money with ``places`` decimals the current language's way: 1 234,50 (fr),
    1.234,50 (pt_BR), 1,234.50."""
    text = f"{Decimal(str(value)):,.{places}f}"
    lang = language()
    marks: dict[str, str | int | None] = {",": _THOUSANDS.get(lang, ","), ".": _DECIMAL.get(lang, ".")}
    return text.translate(str.maketrans(marks))


def sentence(exc: BaseException) -> str:
    """What went wrong, as the person's sentence in the current language (app.core.errors.describe)."""
    from app.core.errors import describe

    return describe(exc).translated(translate)
