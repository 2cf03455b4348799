"""Marking strings for translation outside Qt classes, and filling them in the user's language.

``QT_TRANSLATE_NOOP("context", "text")`` returns the text unchanged; lupdate collects it, and the
UI translates it later with ``QCoreApplication.translate("context", text)``. A template that
counts something says ``%n`` and is declared with ``plural.translate("context", "… %n …", None, 0)``
(lupdate then asks translators for every plural form); it is filled from the ``n`` value.

``Sentence`` is an English sentence that keeps its template and values, for functions that
return a ``str`` (connection tests): the UI shows it in its language with :func:`in_language`.
``retranslate`` does the same for English sentences that were stored as text (a visit's reasons),
by recognising which declared template each line was filled from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

Translate = Callable[..., str]  # QCoreApplication.translate(context, text[, disambiguation, n])


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class plural:
    """Declares a ``%n`` template: ``plural.translate(context, text, None, 0)`` returns ``text``
    (lupdate reads the call as a plural message, with one translation per plural form)."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = 0) -> str:
        return text


def _count(args: Mapping[str, Any] | None) -> int | None:
    if not args or "n" not in args:
        return None
    try:
        return int(str(args["n"]).replace("\u202f", "").replace("\xa0", ""))
    except ValueError:
        return None


def render(
    template: str,
    args: Mapping[str, Any] | None,
    context: str,
    translate: Translate | None = None,
    *,
    capital: bool = False,
) -> str:
    """A QT_TRANSLATE_NOOP(context, template) sentence in the UI's language (``translate`` is
    QCoreApplication.translate; None keeps the English), filled from ``args``; a ``%n`` template
    takes the plural form of ``args["n"]``. With ``capital``, a sentence shown on its own begins
    with a capital letter (never a value: a template opening on ``{id}`` is left as it is)."""
    if translate is not None and args:
        args = {k: _shown(v, translate) for k, v in args.items()}
    if translate is not None and template:
        n = _count(args)
        if n is not None and "{n}" in template and translate(context, template) == template:
            # stored before its template counted with %n: the plural template translates it
            template = template.replace("{n}", "%n")
        if n is None or "%n" not in template:
            template = translate(context, template)
        else:
            try:
                template = translate(context, template, n=n)
            except TypeError:  # a translate that knows no plural forms
                template = translate(context, template)
    return fill(capitalised(template) if capital else template, args)


def capitalised(text: str) -> str:
    """``text`` with a capital first letter ("lundi" → "Lundi"); the rest as it is."""
    return text[:1].upper() + text[1:]


def nested(value: Any, clean: Callable[[str], str] = str) -> Any:
    """A value kept in the store: a sentence that has its own template (a Sentence, a UserMessage)
    as ``{"t": template, "a": values, "c": context}``, so it can be shown in the UI's language
    later; anything else as ``clean(str(value))``."""
    if isinstance(value, Joined):  # each part keeps its own template
        names = [f"p{i}" for i in range(len(value.parts))]
        joined = value.separator.join("{" + name + "}" for name in names)
        return {
            "t": joined,
            "a": {k: nested(p, clean) for k, p in zip(names, value.parts, strict=True)},
            "c": "",
        }
    template, values = getattr(value, "template", None), getattr(value, "args", None)
    if isinstance(template, str) and isinstance(values, Mapping):
        context = getattr(value, "context", "errors")
        return {"t": template, "a": {k: nested(v, clean) for k, v in values.items()}, "c": context}
    return clean(str(value))


def _shown(value: Any, translate: Translate | None) -> Any:
    if isinstance(value, dict) and isinstance(value.get("t"), str):
        return render(value["t"], value.get("a") or {}, str(value.get("c") or "errors"), translate)
    if translate is not None and isinstance(value, str):
        return in_language(value, translate)
    return value


def fill(template: str, args: Mapping[str, Any] | None) -> str:
    """``template.format(**args)`` (and ``%n`` → ``args["n"]``), or the template as is when a
    translation lost a placeholder; a stored :func:`nested` sentence among ``args`` in English."""
    if not args:
        return template
    args = {k: _shown(v, None) for k, v in args.items()}
    if "%n" in template and "n" in args:
        template = template.replace("%n", str(args["n"]))
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return template


class Sentence(str):
    """An English sentence (the ``str`` itself) that remembers its template, context and values."""

    template: str
    context: str
    args: dict[str, str]

    def __new__(cls, context: str, template: str, **args: Any) -> Sentence:
        values = {k: v if isinstance(v, str) else str(v) for k, v in args.items()}  # Sentences kept
        self = super().__new__(cls, fill(template, values))
        self.template, self.context, self.args = template, context, values
        return self

    def translated(self, translate: Translate) -> str:
        """The sentence in the UI's language (values that are sentences too, in it as well)."""
        return render(self.template, in_language_all(self.args, translate), self.context, translate)


class Joined(str):
    """Sentences side by side (``" ".join``) that each keep their template."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = " ") -> Joined:
        kept = tuple(parts)
        self = super().__new__(cls, separator.join(kept))
        self.parts, self.separator = kept, separator
        return self

    def translated(self, translate: Translate) -> str:
        """Each part in the UI's language."""
        return self.separator.join(in_language(p, translate) for p in self.parts)


def in_language(text: str, translate: Translate) -> str:
    """``text`` in the UI's language when it is a :class:`Sentence` (or :class:`Joined`), else as it is."""
    return text.translated(translate) if isinstance(text, Sentence | Joined) else text


def in_language_all(args: Mapping[str, Any], translate: Translate) -> dict[str, Any]:
    """``args`` with every Sentence value in the UI's language."""
    return {k: in_language(v, translate) if isinstance(v, str) else v for k, v in args.items()}


@lru_cache(maxsize=64)
def _patterns(templates: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    out = []
    for template in templates:
        names: list[str] = []
        parts = re.split(r"(\{\w+\}|%n)", template)
        regex = ""
        for part in parts:
            if re.fullmatch(r"\{\w+\}|%n", part):
                name = "n" if part == "%n" else part[1:-1]
                regex += f"(?P<{name}>.*?)" if name not in names else f"(?P={name})"
                names.append(name)
            else:
                regex += re.escape(part)
        out.append((re.compile(regex, re.DOTALL), template, tuple(names)))
    return tuple(out)


def retranslate(text: str, templates: Iterable[str], context: str, translate: Translate) -> str:
    """Each line of ``text`` (English, filled from one of ``templates``) in the UI's language;
    a line that matches none stays as it is."""
    patterns = _patterns(tuple(templates))
    lines = []
    for line in text.split("\n"):
        for pattern, template, _names in patterns:
            found = pattern.fullmatch(line)
            if found:
                line = render(template, found.groupdict(), context, translate)
                break
        lines.append(line)
    return "\n".join(lines)
