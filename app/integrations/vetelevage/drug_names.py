"""Pharmaceutical product names, normalised so that two labels of one product compare equal.

A label such as ``Amoxicilline 150 mg/ml La fl. 250 ml`` or ``AMOXICILLINE 150 MG/ML LA`` is
read as its active substance words (``amoxicilline``), its strengths (``150 mg/ml``), its
form (``la``: long-acting) and its packaging (``250 ml``, ignored when comparing). Case,
accents, decimal commas, thousands spaces (``300 000 UI``), unit spellings (``UI``/``IU``,
``µg``/``mcg``, ``mg / ml``) and abbreviations (``fl.``, ``L.A.``, ``inj.``) are normalised.
Two labels are the same product when substance, strength and form agree (``same_product``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Units, as written → as compared.
UNITS = {
    "mg": "mg",
    "g": "g",
    "kg": "kg",
    "ug": "ug",
    "mcg": "ug",
    "microg": "ug",
    "ml": "ml",
    "cl": "cl",
    "l": "l",
    "ui": "ui",
    "iu": "ui",
    "u": "ui",
    "mui": "mui",
    "%": "%",
    "dose": "dose",
    "doses": "dose",
}
# A quantity in one of these units alone is what the package holds, not a strength.
CONTENT_UNITS = {"ml", "cl", "l", "g", "kg", "dose"}
# Words that start the packaging part of a label: what follows them is the package.
PACKAGING_WORDS = {
    "fl",
    "flac",
    "flacon",
    "flacons",
    "bte",
    "boite",
    "boites",
    "sachet",
    "sachets",
    "pot",
    "seau",
    "bidon",
    "tube",
    "tubes",
    "poche",
    "bouteille",
    "etui",
    "x",
    "pack",
    "carton",
}
# Words counted by the package ("15 injecteurs"): part of the packaging, never of the name.
PACKAGE_UNITS = {"injecteur", "injecteurs", "seringue", "seringues", "comprimes", "unites", "unite", "doses"}
# Forms that make a different product (long-acting, intramammary, oral…): compared.
FORMS = {
    "la": "la",
    "longue action": "la",
    "long acting": "la",
    "retard": "la",
    "intramammaire": "intramammaire",
    "imm": "intramammaire",
    "buvable": "oral",
    "orale": "oral",
    "oral": "oral",
    "pour-on": "pour-on",
    "pour on": "pour-on",
    "pouron": "pour-on",
    "spot-on": "spot-on",
    "spot on": "spot-on",
    "bolus": "bolus",
    "pommade": "pommade",
    "comprime": "comprime",
    "comprimes": "comprime",
    "cp": "comprime",
    "cpr": "comprime",
    "poudre": "poudre",
    "gel": "gel",
    "spray": "spray",
    "aerosol": "spray",
    "collyre": "collyre",
    "creme": "creme",
    "pate": "pate",
    "granules": "granules",
    "pessaire": "pessaire",
    "implant": "implant",
}
# Presentation words labels usually leave out: neither substance nor form.
PRESENTATION = {"solution", "sol", "suspension", "susp", "injectable", "inj", "de", "du", "des", "pour", "et"}

_QUANTITY = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?)\s*(%|[a-z]+(?:/[a-z]+)?)?(?![a-z0-9])")
_TOKEN = re.compile(r"\d+(?:\.\d+)?\s*(?:%|[a-z]+(?:/[a-z]+)?)?|[a-z0-9]+(?:-[a-z0-9]+)?|%")


@dataclass(frozen=True)
class Strength:
    """One strength of a product: its value and unit ("" when the label gives none, as in ``200 LA``)."""

    value: Decimal
    unit: str

    def __str__(self) -> str:
        value = format(self.value.normalize(), "f")
        return f"{value} {self.unit}".strip()


@dataclass(frozen=True)
class DrugName:
    """A label read as substance words, strengths, form and packaging."""

    substance: tuple[str, ...]
    strengths: tuple[Strength, ...]
    form: frozenset[str]
    packaging: tuple[str, ...]

    @property
    def core(self) -> str:
        """Substance, strengths and form as one normalised text (for ranking by similarity)."""
        return " ".join([*self.substance, *(str(s) for s in self.strengths), *sorted(self.form)])


def fold(text: str) -> str:
    """Lower case, accents removed, micro signs as ``u``, decimal commas as points."""
    text = text.replace("µ", "u").replace("μ", "u")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", text)  # 300 000 → 300000
    text = re.sub(r"\s*/\s*", "/", text)
    text = re.sub(r"\bl\.\s?a\.?(?![a-z])", " la ", text)
    for phrase, form in FORMS.items():
        if " " in phrase:
            text = re.sub(rf"\b{phrase}\b", f" {form} ", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)  # "fl." → "fl"; "0.07" stays
    return re.sub(r"[^a-z0-9.%/\- ]", " ", text)


def _unit(raw: str | None) -> str | None:
    """The compared spelling of a unit (``UI/ML`` → ``ui/ml``), or None if ``raw`` is not a unit."""
    if not raw:
        return ""
    parts = raw.split("/")
    known = [UNITS.get(p) for p in parts]
    if any(k is None for k in known):
        return None
    return "/".join(k for k in known if k)


def parse(label: str) -> DrugName:
    """Read a product label (any case, accents, units and abbreviations) as a ``DrugName``."""
    substance: list[str] = []
    strengths: list[Strength] = []
    form: set[str] = set()
    packaging: list[str] = []
    in_package = False
    for token in _TOKEN.findall(fold(label)):
        quantity = _QUANTITY.fullmatch(token)
        if quantity:
            try:
                value = Decimal(quantity.group(1))
            except InvalidOperation:
                continue
            unit = _unit(quantity.group(2))
            trailing = "" if unit is not None else (quantity.group(2) or "")
            unit = unit or ""
            if in_package or unit in CONTENT_UNITS or trailing in PACKAGE_UNITS:
                packaging.append(str(Strength(value, unit)))
                continue
            strengths.append(Strength(value, unit))
            if trailing:
                _word(trailing, substance, form)
            continue
        if token in PACKAGING_WORDS or re.fullmatch(r"x\d+", token):
            in_package = True
            if token.startswith("x") and token[1:].isdigit():
                packaging.append(token[1:])
            continue
        if in_package or token in PACKAGE_UNITS:
            continue
        _word(token, substance, form)
    return DrugName(tuple(sorted(substance)), tuple(strengths), frozenset(form), tuple(packaging))


def _word(token: str, substance: list[str], form: set[str]) -> None:
    if token in FORMS:
        form.add(FORMS[token])
    elif token in PRESENTATION or token == "%":
        return
    else:
        substance.append(token[:-1] if len(token) > 4 and token.endswith("s") else token)


def same_strengths(a: tuple[Strength, ...], b: tuple[Strength, ...]) -> bool:
    """The same strengths, a strength without unit (``200 LA``) matching the same value with one."""
    if len(a) != len(b):
        return False
    for x, y in zip(sorted(a, key=lambda s: s.value), sorted(b, key=lambda s: s.value), strict=True):
        if x.value != y.value or (x.unit != y.unit and x.unit and y.unit):
            return False
    return True


def same_substance(a: DrugName, b: DrugName) -> bool:
    """Both labels name the same active substance (the same words, in any order)."""
    return bool(a.substance) and a.substance == b.substance


def same_product(a: DrugName, b: DrugName) -> bool:
    """The same substance, strength and form: clearly one product (packaging aside)."""
    return same_substance(a, b) and same_strengths(a.strengths, b.strengths) and a.form == b.form
