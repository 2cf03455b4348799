"""Search that ignores accents and case, the same on SQLite and PostgreSQL: the text searched is
folded in Python (``fold``: accents off, casefolded) into a search column filled on write, and the
words typed are folded the same way (``contains``), so ``joão`` finds ``JOAO`` with a plain LIKE
and no dialect-specific function (unaccent, ICU collations).

A journal summary is stored as an English template with its values apart and shown in the UI's
language: its search text (``sentence_search_text``) holds the sentence in English and in every
shipped translation (read from the catalogues in resources/translations), so a search matches
what the user sees whatever their language.
"""

from __future__ import annotations

import functools
import json
import logging
import unicodedata
from collections.abc import Mapping
from typing import Any

from app.core.resources import resource
from app.core.tr import fill

log = logging.getLogger("passerelle.search")

LANGUAGES = ("fr", "pt_BR")


def fold(text: object) -> str:
    """``text`` without accents, casefolded, its spaces collapsed: "João  Ávila" → "joao avila"."""
    text = str(text or "")
    if text.isascii():  # nothing to decompose (ids, most names): the same result, ten times faster
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def contains(text: str) -> str:
    """A LIKE pattern (escape ``\\``) finding the folded ``text`` anywhere in a folded column."""
    folded = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{folded}%"


def fold_all(*parts: object) -> str:
    """Several texts folded into one search value (one per line, so no word spans two)."""
    return "\n".join(fold(p) for p in parts if p)


@functools.cache
def _catalogue(lang: str) -> dict[str, str]:
    path = resource("translations", f"catalog_{lang}.json")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        log.warning("translation catalogue %s unreadable: search covers English only", path.name)
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def translations(context: str, template: str) -> list[str]:
    """``template`` in every shipped language (the catalogue's ``context|source`` entry first)."""
    out = []
    for lang in LANGUAGES:
        catalogue = _catalogue(lang)
        found = catalogue.get(f"{context}|{template}") or catalogue.get(template)
        if found:
            out.append(found)
    return out


def sentence_search_text(summary: str, template: str = "", args: Mapping[str, Any] | None = None) -> str:
    """The folded search value of a sentence: the English ``summary`` and ``template`` filled from
    ``args`` in every shipped language."""
    sentences = [summary]
    if template:
        sentences += [fill(t, args) for t in translations("journal", template)]
    return fold_all(*dict.fromkeys(sentences))
