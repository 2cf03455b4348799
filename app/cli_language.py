"""The language headless commands speak: the UI's .qm translations, read without Qt.

``set_language`` picks the catalogue once per run (``--lang``, the ``app.lang`` setting or
``PASSERELLE_APP__LANG``, else the system's display language); ``say`` renders a
``QT_TRANSLATE_NOOP("cli", …)`` template and ``sentence`` any failure (app.core.errors.describe)
in that language. JSON keys and codes are never translated: only sentences go through here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from decimal import Decimal
from typing import Any

from app.core.languages import SUPPORTED
from app.core.qm import QmCatalog, QmFormatError
from app.core.resources import resource
from app.core.tr import QT_TRANSLATE_NOOP, fill

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
    _speak_argparse()
    return lang


def language_in(argv: list[str]) -> str | None:
    """The ``--lang`` value in ``argv`` (``--lang fr`` or ``--lang=fr``), read before the parser is
    built: its help and its errors speak it too. None when absent."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


# argparse's own sentences (usage, its errors, its help headings), as its gettext calls ask for
# them (Python 3.11's msgids, placeholders kept): answered from the catalogue's "argparse" context.
ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_text(text: str) -> str:
    if not text:  # argparse asks for a subparsers' description that may be None
        return text
    if text.endswith("\n"):  # "%(prog)s: error: %(message)s\n": the line's end stays out of the catalogue
        return _argparse_text(text[:-1]) + "\n"
    return translate("argparse", text)


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)


def _speak_argparse() -> None:
    """argparse asks ``gettext`` for each of its sentences (the documented way to translate it):
    its module-level ``_``/``ngettext`` answer from this language's catalogue instead."""
    setattr(argparse, "_", _argparse_text)  # noqa: B010 - argparse's own name for gettext
    setattr(argparse, "ngettext", _argparse_plural)  # noqa: B010


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


_MOMENT = {"fr": "%d/%m/%Y %H:%M", "pt_BR": "%d/%m/%Y %H:%M"}


def moment(when: dt.datetime) -> str:
    """A time in this computer's zone, the current language's way: 21/11/2026 14:05 (fr, pt_BR),
    2026-11-21 14:05; never a bare UTC time."""
    return when.astimezone().strftime(_MOMENT.get(language(), "%Y-%m-%d %H:%M"))


def sentence(exc: BaseException) -> str:
    """What went wrong, as the person's sentence in the current language (app.core.errors.describe)."""
    from app.core.errors import describe

    return describe(exc).translated(translate)
