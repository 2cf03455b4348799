"""The sandbox's clinic: departments, vets, clients, patients, consultations, invoices and the rest.

Generated from a seed (the same world each time): a few hundred objects across every endpoint
of the seed's list, with the relations between them Provet keeps (an invoice's consultation,
a consultation's patients and items), so every list, detail and webhook has something to name.
"""

from __future__ import annotations

import collections
import datetime as dt
import random
from decimal import Decimal
from typing import Any

from app.integrations.provet import sample_data as data
from app.integrations.provet.sandbox_catalogue import (
    ENDPOINTS,
)


class ClinicWorld:
    """The generated objects (a part of ``ProvetSandbox``)."""

    objects: dict[str, dict[int, dict[str, Any]]]
    rng: random.Random
    now: dt.datetime

    def _next_id(self, endpoint: str) -> int:
        return max(self.objects[endpoint], default=0) + 1

    def _put(self, endpoint: str, obj: dict[str, Any]) -> dict[str, Any]:
        obj.setdefault("id", self._next_id(endpoint))
        self.objects[endpoint][obj["id"]] = obj
        return obj

    def _generate(self, n_consultations: int) -> None:
        rng, now = self.rng, self.now
        long_ago = now - dt.timedelta(days=400)
        for name, city in data.DEPARTMENTS:
            self._put("department", {"name": name, "city": city, "created": long_ago, "modified": long_ago})
        for first, last, title in data.USERS:
            email = f"{first.lower()}.{last.lower().replace('è', 'e').replace('é', 'e')}@cliniquedeslilas.fr"
            self._put(
                "user",
                {"first_name": first, "last_name": last, "title": title, "email": email,
                 "created": long_ago, "modified": long_ago},
            )  # fmt: skip
        for _ in range(40):
            city, zip_code = rng.choice(data.CITIES)
            first, last = rng.choice(data.FIRSTNAMES), rng.choice(data.LASTNAMES)
            created = now - dt.timedelta(days=rng.randint(60, 900))
            self._put(
                "client",
                {"firstname": first, "lastname": last, "city": city, "zip_code": zip_code,
                 "email": f"{first[0].lower()}.{last.lower().replace(' ', '')}@exemple.fr",
                 "archived": rng.random() < 0.05, "created": created, "modified": created},
            )  # fmt: skip
        client_ids = list(self.objects["client"])
        for _ in range(70):
            species = rng.choice(list(data.ANIMALS))
            names, breeds = data.ANIMALS[species]
            created = now - dt.timedelta(days=rng.randint(60, 900))
            born = (now - dt.timedelta(days=rng.randint(120, 5000))).date()
            self._put(
                "patient",
                {"name": rng.choice(names), "species": species, "breed": rng.choice(breeds),
                 "date_of_birth": born, "client": rng.choice(client_ids), "deceased": rng.random() < 0.03,
                 "created": created, "modified": created},
            )  # fmt: skip
        by_client: dict[int, list[int]] = collections.defaultdict(list)
        for pid, p in self.objects["patient"].items():
            by_client[p["client"]].append(pid)
        owners = [c for c in client_ids if by_client[c]]
        vets = [uid for uid, u in self.objects["user"].items() if u["title"].startswith("Docteur")]
        for _ in range(n_consultations):
            client = rng.choice(owners)
            admitted = now - dt.timedelta(minutes=rng.randint(30, 60 * 24 * 60))
            admitted = admitted.replace(minute=admitted.minute - admitted.minute % 5)
            finished = admitted + dt.timedelta(minutes=rng.randint(15, 60)) if rng.random() < 0.85 else None
            modified = min(now, (finished or admitted) + dt.timedelta(minutes=rng.randint(0, 90)))
            cons = self._put(
                "consultation",
                {"client": client, "patients": rng.sample(by_client[client], 1 + (rng.random() < 0.15 and len(by_client[client]) > 1)),
                 "complaint": rng.choice(data.COMPLAINTS), "admitted_time": admitted, "first_entry": None,
                 "started": admitted, "finished": finished, "ended": finished,
                 "status": 8 if finished else rng.choice([1, 2, 3]), "type": 0, "invoice": None,
                 "supervising_veterinarian": rng.choice(vets), "department": rng.randint(1, len(data.DEPARTMENTS)),
                 "created": admitted, "modified": modified, "reporting_dimension_1": None,
                 "reporting_dimension_2": None},
            )  # fmt: skip
            items = [data.ITEMS[0], *rng.sample(data.ITEMS[1:], rng.randint(0, 2))]
            item_ids = []
            for code, name, price in items:
                qty = Decimal(rng.choice(["1", "1", "1", "2"]))
                item = self._put(
                    "consultationitem",
                    {"consultation": cons["id"], "code": code, "name": name, "quantity": qty,
                     "price": Decimal(price), "created": admitted, "modified": modified},
                )  # fmt: skip
                item_ids.append(item["id"])
            cons["consultation_items"] = item_ids
            if finished:
                status = rng.choices([0, 1, 2, 3, 4, 99], weights=[2, 2, 3, 10, 1, 1])[0]
                inv = self._put(
                    "invoice",
                    {"client": client, "consultation": cons["id"], "department": cons["department"],
                     "status": status, "invoice_date": finished, "due_date": (finished + dt.timedelta(days=30)).date(),
                     "currency": "EUR", "created": finished, "modified": modified},
                )  # fmt: skip
                inv["number"] = f"F{finished:%Y}-{inv['id']:05d}" if status not in (0, 4) else None
                total = Decimal("0")
                for _code, name, price in items:
                    qty = Decimal("1")
                    row_total = (Decimal(price) * qty * Decimal("1.20")).quantize(Decimal("0.01"))
                    total += row_total
                    self._put(
                        "invoicerow",
                        {"invoice": inv["id"], "name": name, "quantity": qty, "unit_price": Decimal(price),
                         "vat_percentage": Decimal("20.00"), "total": row_total, "created": finished,
                         "modified": modified},
                    )  # fmt: skip
                inv["total"] = total
                cons["invoice"] = inv["id"]
        self._generate_others(rng, now)

    def _generate_others(self, rng: random.Random, now: dt.datetime) -> None:
        """A few objects on every other endpoint of the seed, so that each webhook's object and
        each endpoint's list and detail exist."""
        long_ago = now - dt.timedelta(days=200)
        stamp = {"created": long_ago, "modified": long_ago}
        consultations = sorted(self.objects["consultation"])
        invoices = sorted(self.objects["invoice"])
        for i in range(1, 6):
            cons = self.objects["consultation"][consultations[(i * 7) % len(consultations)]]
            patient = cons["patients"][0]
            client = cons["client"]
            start = now + dt.timedelta(days=i, hours=rng.randint(8, 17))
            self._put("appointment", {"client": client, "patient": patient, "department": cons["department"],
                                      "start": start, "end": start + dt.timedelta(minutes=30),
                                      "notes": rng.choice(data.COMPLAINTS), **stamp})  # fmt: skip
            self._put("reminder", {"patient": patient, "title": "Rappel vaccin",
                                   "due_date": (now + dt.timedelta(days=30 * i)).date(), **stamp})  # fmt: skip
            if invoices:
                inv = self.objects["invoice"][invoices[(i * 5) % len(invoices)]]
                self._put("invoicepayment", {"invoice": inv["id"], "amount": inv.get("total") or Decimal("0"),
                                             "paid": now - dt.timedelta(days=i), **stamp})  # fmt: skip
                self._put("insuranceclaim", {"patient": patient, "invoice": inv["id"], "status": 1, **stamp})
            self._put("unallocatedpayment", {"client": client, "amount": Decimal(f"{20 * i}.00"), **stamp})
            self._put("consultation_laboratory_referral",
                      {"consultation": cons["id"], "department": cons["department"], "status": 0, **stamp})  # fmt: skip
            self._put("diagnosticimaging_worklist",
                      {"consultation": cons["id"], "department": cons["department"], "status": 0, **stamp})  # fmt: skip
        for code, name, price in data.ITEMS:
            self._put("item", {"code": code, "name": name, "price": Decimal(price), **stamp})
        for endpoint in ENDPOINTS:
            if not self.objects[endpoint]:
                for i in range(1, 4):
                    self._put(endpoint, {"name": f"{endpoint} {i}", **stamp})
