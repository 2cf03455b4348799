"""Realistic French farm-vet data for the sandbox and the demo: breeders, vets, SNGTV products."""

from __future__ import annotations

import random
from dataclasses import dataclass

from stdnum import ean

BREEDERS = [
    ("GAEC des Trois Chênes", "35"),
    ("EARL du Bois Joli", "35"),
    ("GAEC de la Ville Aubin", "22"),
    ("SCEA Le Clos Fleuri", "56"),
    ("EARL Le Goff", "29"),
    ("GAEC du Moulin de Kerhuel", "29"),
    ("Ferme de la Rivière", "35"),
    ("GAEC des Landes", "22"),
    ("EARL Riou Frères", "56"),
    ("GAEC de Kerbriant", "29"),
    ("SCEA des Prés Salés", "35"),
    ("EARL de la Croix Verte", "44"),
    ("GAEC Bellevue", "53"),
    ("EARL du Haut Chemin", "35"),
    ("GAEC des Genêts", "22"),
]
VETS = [
    ("U-7", "Dr Claire Martin"),
    ("U-9", "Dr Yann Le Goff"),
    ("U-12", "Dr Sophie Riou"),
    ("U-15", "Dr Thomas Guillou"),
]
SPECIES = ["bovin", "bovin", "bovin", "ovin", "caprin", "porcin"]
PATHOLOGIES = [
    ("PA-12", "Mammite clinique"),
    ("PA-3", "Boiterie"),
    ("PA-21", "Diarrhée néonatale"),
    ("PA-7", "Non-délivrance"),
    ("PA-30", "Pneumonie"),
    ("PA-5", "Métrite"),
]
ROUTES = [
    ("IM", "Intramusculaire"),
    ("IV", "Intraveineuse"),
    ("SC", "Sous-cutanée"),
    ("PO", "Voie orale"),
    ("IMA", "Intramammaire"),
]

# (name, form, packaging, laboratory) — typical SNGTV dictionary entries.
PRODUCT_NAMES = [
    ("OXYTOCINE S 10 UI/ML", "solution injectable", "flacon 50 ml", "Ceva"),
    ("CEFTIOFUR 50 MG/ML", "suspension injectable", "flacon 100 ml", "Zoetis"),
    ("MELOXICAM 20 MG/ML", "solution injectable", "flacon 100 ml", "Boehringer"),
    ("AMOXICILLINE 150 MG/ML LA", "suspension injectable", "flacon 250 ml", "Virbac"),
    ("OXYTETRACYCLINE 200 LA", "solution injectable", "flacon 100 ml", "Vétoquinol"),
    ("CALCIUM BOROGLUCONATE 40%", "solution injectable", "flacon 500 ml", "Vétoquinol"),
    ("FLUNIXINE 50 MG/ML", "solution injectable", "flacon 100 ml", "MSD"),
    ("DEXAMETHASONE 2 MG/ML", "solution injectable", "flacon 50 ml", "Dechra"),
    ("IVERMECTINE 1% BOVINS", "solution injectable", "flacon 500 ml", "Boehringer"),
    ("CLOXACILLINE TARISSEMENT", "pommade intramammaire", "boîte 24 injecteurs", "MSD"),
    ("CEFQUINOME INTRAMAMMAIRE", "pommade intramammaire", "boîte 15 injecteurs", "MSD"),
    ("PENICILLINE PROCAINE 300 000 UI", "suspension injectable", "flacon 100 ml", "Ceva"),
    ("KETOPROFENE 10%", "solution injectable", "flacon 100 ml", "Ceva"),
    ("DINOPROST 5 MG/ML", "solution injectable", "flacon 30 ml", "Zoetis"),
    ("GONADORELINE 50 µG/ML", "solution injectable", "flacon 20 ml", "Ceva"),
    ("VITAMINE AD3E", "solution injectable", "flacon 100 ml", "Vétoquinol"),
    ("SELENIUM VITAMINE E", "suspension injectable", "flacon 100 ml", "Virbac"),
    ("TULATHROMYCINE 100 MG/ML", "solution injectable", "flacon 100 ml", "Zoetis"),
    ("FLORFENICOL 300 MG/ML", "solution injectable", "flacon 250 ml", "MSD"),
    ("ELECTROLYTES REHYDRATATION", "poudre orale", "sachet 80 g", "Vétoquinol"),
    ("TOLTRAZURIL 50 MG/ML", "suspension buvable", "flacon 250 ml", "Bayer"),
    ("ALBENDAZOLE 10%", "suspension buvable", "flacon 1 l", "Virbac"),
    ("LIDOCAINE 2%", "solution injectable", "flacon 100 ml", "Vétoquinol"),
    ("BUTAFOSFAN B12", "solution injectable", "flacon 100 ml", "Bayer"),
    ("ENROFLOXACINE 100 MG/ML", "solution injectable", "flacon 100 ml", "Bayer"),
    ("MARBOFLOXACINE 100 MG/ML", "solution injectable", "flacon 100 ml", "Vétoquinol"),
    ("SPIRAMYCINE 600 000 UI", "solution injectable", "flacon 100 ml", "Ceva"),
    ("CARBETOCINE 0,07 MG/ML", "solution injectable", "flacon 50 ml", "Boehringer"),
    ("VACCIN BVD BOVINS", "suspension injectable", "flacon 10 doses", "Boehringer"),
    ("VACCIN ENTEROTOXEMIE", "suspension injectable", "flacon 50 doses", "MSD"),
]
CLINIC_SPECIFIC = [
    ("BOLUS CALCIUM MAISON", "bolus", "boîte 4 bolus"),
    ("POMMADE TRAYONS CLINIQUE", "pommade", "pot 500 g"),
    ("PREPARATION MAGISTRALE ANTIDIARRHEIQUE", "poudre orale", "sachet 100 g"),
]

DEFAULT_ACTS = [
    ("VIS-EXPL", "Visite d'exploitation", "forfait", "45.00"),
    ("VIS-URG", "Visite d'urgence", "forfait", "85.00"),
    ("DEPL-KM", "Déplacement", "km", "1.20"),
    ("CONSULT", "Consultation sur place", "acte", "32.00"),
    ("VELAGE", "Assistance au vêlage", "acte", "95.00"),
    ("CESAR", "Césarienne bovine", "acte", "320.00"),
    ("ECHO", "Échographie de gestation", "animal", "9.50"),
    ("PARAGE", "Parage fonctionnel", "animal", "18.00"),
    ("PROPHY", "Prophylaxie (prise de sang)", "animal", "4.20"),
    ("BILAN-SAN", "Bilan sanitaire d'élevage", "forfait", "110.00"),
]


@dataclass(frozen=True)
class Product:
    """A product of the simulated SNGTV dictionary."""

    id: str
    libelle: str
    gtin: str | None
    laboratoire: str | None
    forme: str
    conditionnement: str
    specifique_clinique: bool


def gtin_for(rng: random.Random) -> str:
    """A random French GTIN-13 with a valid check digit."""
    body = "0376" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    return body + ean.calc_check_digit(body)


def products(seed: int = 0) -> list[Product]:
    """The simulated dictionary: named products with GTINs, then clinic-specific ones without."""
    rng = random.Random(seed * 7919 + 11)
    out = []
    for i, (name, form, pack, lab) in enumerate(PRODUCT_NAMES):
        out.append(Product(f"P-{884211 + i * 37}", name, gtin_for(rng), lab, form, pack, False))
    for i, (name, form, pack) in enumerate(CLINIC_SPECIFIC):
        out.append(Product(f"PC-{1200 + i}", name, None, None, form, pack, True))
    return out


def cheptel(rng: random.Random, department: str) -> str:
    """A random herd number (FR + department + six digits)."""
    return f"FR{department}{rng.randint(100000, 999999)}"


def breeders(seed: int = 0) -> list[tuple[str, str, str]]:
    """The simulated breeders: (id, name, herd number)."""
    rng = random.Random(seed * 31 + 5)
    return [(f"E-{55 + i}", name, cheptel(rng, dep)) for i, (name, dep) in enumerate(BREEDERS)]
