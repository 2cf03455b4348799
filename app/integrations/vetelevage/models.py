"""The Vétélevage wire format (shared/specs/vetelevage.md). Every wire name lives here."""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Annotated, Any, NotRequired

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator
from typing_extensions import TypedDict

from app.core.pydantic_sentences import invalid
from app.core.tr import QT_TRANSLATE_NOOP

ACT_CODE = re.compile(r"^[A-Za-z0-9._-]{1,32}$")

# -- Wire names that are not fields of a model: paths (relative to the base URL), the SaaS
# account header, query parameters, form fields and grants. The client and the token use
# these and only these, so aligning with the publisher's reference touches this file alone.
TOKEN_PATH = "auth/token"
DIRECT_LINK_PATH = "auth/lien-direct"
ACCOUNTS_PATH = "comptes"
ACTS_PATH = "actes"
VISITS_PATH = "visites"
PRODUCTS_PATH = "produits"
REFERENCE_PATH = "referentiels/{name}"
ACCOUNT_HEADER = "X-Vetelevage-Compte"
LOT_PARAM = "lot"
PAGE_PARAM = "page"
PAGE_SIZE_PARAM = "taille"
SINCE_PARAM = "modifie_depuis"
PAGE_SIZE = 500
GRANT_TYPE_FIELD = "grant_type"
USERNAME_FIELD = "username"
PASSWORD_FIELD = "password"
GRANT_PASSWORD = "password"
GRANT_CLIENT_CREDENTIALS = "client_credentials"
ACTS_KEY = "actes"  # the list in POST /actes's body
PRODUCTS_KEY = "produits"  # the list in a page of GET /produits


class Wire(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Token(Wire):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int = 3600
    compte_id: str | None = None


class Compte(Wire):
    id: str
    nom: str = ""
    actif: bool = True


class Comptes(Wire):
    comptes: list[Compte]


class Acte(Wire):
    code: str
    libelle: str
    unite: str = "forfait"
    prix_ht: Decimal = Decimal("0")
    tva: Decimal = Decimal("20")
    actif: bool = True

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not ACT_CODE.match(value):
            raise invalid(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "the act code '{value}' must be 1 to 32 characters among letters, digits, '.', '_' and '-'",
                ),
                value=value,
            )
        return value

    @field_validator("prix_ht")
    @classmethod
    def _price(cls, value: Decimal) -> Decimal:
        if value < 0:
            raise invalid(
                QT_TRANSLATE_NOOP("errors", "the price must not be negative (got {value})"), value=value
            )
        return value


class Actes(Wire):
    actes: list[Acte]


class Nombre(Wire):
    nombre: int


class Personne(Wire):
    id: str = ""
    nom: str = ""


class Eleveur(Wire):
    id: str = ""
    nom: str = ""
    cheptel: str = ""


class VisiteActe(Wire):
    code: str
    quantite: Decimal = Decimal("1")


class VisiteProduit(Wire):
    produit_id: str
    libelle: str = ""
    gtin: str | None = None
    quantite: Decimal
    unite: str = ""
    lot_fabrication: str | None = None
    voie: str | None = None


class Pathologie(Wire):
    id: str = ""
    libelle: str = ""


class Visite(Wire):
    id: str = Field(min_length=1)
    compte_id: str = ""
    date: str = ""
    modifiee_le: str = ""
    veterinaire: Personne = Personne()
    eleveur: Eleveur = Eleveur()
    espece: str = ""
    actes: list[VisiteActe] = []
    produits: list[VisiteProduit] = []
    pathologies: list[Pathologie] = []
    commentaire: str | None = None

    @field_validator("actes", "produits")
    @classmethod
    def _quantities(cls, lines: list[Any]) -> list[Any]:
        for line in lines:
            if line.quantite < 0:
                raise invalid(
                    QT_TRANSLATE_NOOP("errors", "quantity must not be negative (got {value})"),
                    value=line.quantite,
                )
        return lines


# -- The same visit as plain dictionaries, for the import: validating a batch of 5,000 visits
# into dictionaries costs a fifth of validating them into models. As strict as ``Visite`` (same
# fields, types and limits; a missing field is absent rather than defaulted): a visit these
# refuse is validated again with ``Visite``, which decides whether it is held and why.
# tests/unit/test_vetelevage_visit_dicts.py keeps the two in step.
Quantite = Annotated[Decimal, Field(ge=0)]


class PersonneDict(TypedDict, total=False):
    id: str
    nom: str


class EleveurDict(TypedDict, total=False):
    id: str
    nom: str
    cheptel: str


class VisiteActeDict(TypedDict):
    code: str
    quantite: NotRequired[Quantite]


class VisiteProduitDict(TypedDict):
    produit_id: str
    libelle: NotRequired[str]
    gtin: NotRequired[str | None]
    quantite: Quantite
    unite: NotRequired[str]
    lot_fabrication: NotRequired[str | None]
    voie: NotRequired[str | None]


class PathologieDict(TypedDict, total=False):
    id: str
    libelle: str


class VisiteDict(TypedDict):
    id: Annotated[str, Field(min_length=1)]
    compte_id: NotRequired[str]
    date: NotRequired[str]
    modifiee_le: NotRequired[str]
    veterinaire: NotRequired[PersonneDict]
    eleveur: NotRequired[EleveurDict]
    espece: NotRequired[str]
    actes: NotRequired[list[VisiteActeDict]]
    produits: NotRequired[list[VisiteProduitDict]]
    pathologies: NotRequired[list[PathologieDict]]
    commentaire: NotRequired[str | None]


@functools.cache
def visite_dict() -> TypeAdapter[VisiteDict]:
    """The validator of one visit into a :class:`VisiteDict` (built once, when first used)."""
    return TypeAdapter(VisiteDict)


class Lot(Wire):
    """A batch; visits stay raw so each one is validated (and possibly held) on its own."""

    lot: str = Field(min_length=1)
    fige_le: str | None = None
    visites: list[Any]


class Produit(Wire):
    id: str
    libelle: str = ""
    gtin: str | None = None
    laboratoire: str | None = None
    forme: str | None = None
    conditionnement: str | None = None
    specifique_clinique: bool = False


class LienDirect(Wire):
    url: str
    expire_le: str | None = None


# Each reference table's path name is also the key of its list (GET /referentiels/<name>).
REFERENCE_TABLES = ("utilisateurs", "medicaments", "pathologies", "voies")
