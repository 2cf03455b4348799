"""What the Omnidoc simulator accepts, written from the seed (interop v1.4) alone.

The simulator's own reading of the documented formats, strict where the seed is silent: a
value is accepted only in the form the seed documents (a NIR of 15 characters without spaces,
a phone of 10 digits, a date ``AAAA-MM-JJ``…), as the real service would refuse anything else.
Nothing here comes from the client (no validators, models or URL code of the app), so a client
that reads the seed wrongly meets a refusal in its tests. Messages are Omnidoc's, in French.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable
from typing import Any

# Seed, "Méthode n°1 : URL" → "Résumé", in its order.
URL_NAMES = (
    "patient_first_name",
    "patient_last_name",
    "patient_birth_name",
    "patient_birth_place",
    "patient_nir",
    "patient_nir_cert",
    "patient_gender",
    "patient_birth_date",
    "patient_birth_order",
    "patient_regime",
    "patient_centre",
    "patient_caisse",
    "patient_gestion",
    "patient_address",
    "patient_phone",
    "patient_email",
    "recipient_rpps",
    "text",
)
URL_PATH = "/interop/drafts/new"
# Seed, "Méthode n°2 : API" → "Structure du body".
BODY_NAMES = ("patient", "author_rpps", "recipient_rpps", "text", "context")
PATIENT_NAMES = tuple(n.removeprefix("patient_") for n in URL_NAMES if n.startswith("patient_"))

Check = Callable[[str], str | None]  # the refusal's sentence, or None when the value is accepted


def _pattern(regex: str, message: str) -> Check:
    compiled = re.compile(regex)
    return lambda value: None if compiled.fullmatch(value) else message


def nir_key_ok(value: str) -> bool:
    """The NIR's key: 97 minus the 13-digit body modulo 97 (Corsica: 2A counts as 19, 2B as 18)."""
    body = value[:13].replace("2A", "19").replace("2B", "18")
    return body.isascii() and body.isdigit() and 97 - int(body) % 97 == int(value[13:])


def _nir(value: str) -> str | None:
    # "15 chiffres (peut contenir des lettres pour les départements Corse)".
    if not re.fullmatch(r"[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}", value):
        return "NIR invalide : 15 caractères attendus (chiffres, 2A ou 2B pour la Corse)"
    if not nir_key_ok(value):
        return "NIR invalide : clé incorrecte"
    return None


def _date(value: str) -> str | None:
    # "AAAA-MM-JJ (année mois jour)".
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        return "Date de naissance invalide : format AAAA-MM-JJ attendu"
    try:
        dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        return "Date de naissance invalide : ce jour n'existe pas"
    return None


def _text(_value: str) -> str | None:
    return None


RPPS = _pattern(r"[0-9]{11}", "Le RPPS doit comporter 11 chiffres")
# The formats of the seed's "Détail", field by field (URL names; the API's are the same less "patient_").
FORMATS: dict[str, Check] = {
    "patient_first_name": _text,
    "patient_last_name": _text,
    "patient_birth_name": _text,
    "patient_birth_place": _pattern(
        r"[0-9]{5}|2[AB][0-9]{3}", "Code INSEE du lieu de naissance invalide : 5 chiffres attendus"
    ),
    "patient_nir": _nir,
    "patient_nir_cert": _nir,
    "patient_gender": _pattern(r"[MF]", "Sexe invalide : M ou F"),
    "patient_birth_date": _date,
    "patient_birth_order": _pattern(r"[0-9]", "Rang de naissance invalide : 1 chiffre"),
    "patient_regime": _pattern(r"[0-9]{2}", "Régime invalide : 2 chiffres"),
    "patient_centre": _pattern(r"[0-9]{4}", "Centre invalide : 4 chiffres"),
    "patient_caisse": _pattern(r"[0-9]{3}", "Caisse invalide : 3 chiffres"),
    "patient_gestion": _pattern(r"[0-9]{2}", "Gestion invalide : 2 chiffres"),
    "patient_address": _text,
    "patient_phone": _pattern(r"[0-9]{10}", "Téléphone invalide : 10 chiffres"),
    "patient_email": _pattern(r"[^@\s]+@[^@\s]+", "Email invalide"),
    "recipient_rpps": RPPS,
    "text": _text,
}


def check_body(body: dict[str, Any]) -> dict[str, list[str]]:
    """The API body's refusals, by the API's field name (``patient.nir``, ``author_rpps``…)."""
    errors: dict[str, list[str]] = {}
    for name in body:
        if name not in BODY_NAMES:
            errors[name] = ["Champ inconnu"]
    patient = body.get("patient", {})
    if not isinstance(patient, dict):
        errors["patient"] = ["doit être un objet"]
        patient = {}
    for name, value in patient.items():
        where = f"patient.{name}"
        if name not in PATIENT_NAMES:
            errors[where] = ["Champ inconnu"]
        elif name == "birth_order":  # "birth_order: entier"
            if type(value) is not int or not 0 <= value <= 9:
                errors[where] = ["Rang de naissance invalide : un entier de 1 chiffre"]
        elif not isinstance(value, str):
            errors[where] = ["doit être une chaîne de caractères"]
        elif (problem := FORMATS[f"patient_{name}"](value)) is not None:
            errors[where] = [problem]
    for name in ("author_rpps", "recipient_rpps"):
        if name in body:
            value = body[name]
            problem = RPPS(value) if isinstance(value, str) else "doit être une chaîne de caractères"
            if problem:
                errors[name] = [problem]
    if "text" in body and not isinstance(body["text"], str):
        errors["text"] = ["doit être une chaîne de caractères"]
    if "context" in body and not isinstance(body["context"], dict):
        errors["context"] = ["doit être un objet JSON"]
    return errors


# Seed: values "doivent être encodées au format percent-encoding": only unreserved characters
# travel raw, everything else as %XX (UTF-8).
_RAW = frozenset(string.ascii_letters + string.digits + "-._~")
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def _decode(value: str) -> str | None:
    """A strictly percent-encoded value decoded as UTF-8, or None."""
    out = bytearray()
    i = 0
    while i < len(value):
        if value[i] == "%":
            if not _ESCAPE.match(value, i):
                return None
            out.append(int(value[i + 1 : i + 3], 16))
            i += 3
        elif value[i] in _RAW:
            out.extend(value[i].encode("ascii"))
            i += 1
        else:
            return None
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


def parse_prefill_url(url: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """A prefill URL read as the seed defines it: ``…/interop/drafts/new#name=value&…``.

    Returns the decoded values and the refusals by URL field name (``url`` for the address)."""
    address, hash_sign, fragment = url.partition("#")
    errors: dict[str, list[str]] = {}
    values: dict[str, str] = {}
    if not re.fullmatch(r"https?://[^/?#]+(/[^?#]*)?", address) or not address.endswith(URL_PATH):
        errors["url"] = [f"L'adresse doit être …{URL_PATH}#…"]
    if not hash_sign or not fragment:
        errors.setdefault("url", []).append("Les données doivent suivre le # de l'adresse")
        return values, errors
    for pair in fragment.split("&"):
        name, equals, raw = pair.partition("=")
        if not equals or "=" in raw:
            errors.setdefault("url", []).append("Chaque donnée s'écrit nom=valeur, séparées par &")
            continue
        if name not in URL_NAMES:
            errors[name or "url"] = ["Champ inconnu"]
            continue
        if name in values:
            errors[name] = ["Champ présent deux fois"]
            continue
        value = _decode(raw)
        if value is None:
            errors[name] = ["Valeur mal encodée (percent-encoding UTF-8 attendu)"]
            continue
        values[name] = value
        if (problem := FORMATS[name](value)) is not None:
            errors[name] = [problem]
    return values, errors
