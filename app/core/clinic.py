"""The clinic's identity: one random id per database, created at first open.

Several desks sharing one database see the same id; copying a desk's data into a shared
database (:mod:`app.ops.dbcopy`) uses it to refuse mixing two clinics' data.
"""

from __future__ import annotations

import uuid

from app.core.db import Database

CLINIC_KEY = "clinic.id"


def clinic_id(db: Database, *, create: bool = True) -> str | None:
    """The clinic id stored in ``db`` (created now unless ``create`` is false)."""
    value = db.get_state(CLINIC_KEY)
    if value is None and create:
        value = uuid.uuid4().hex
        db.set_state(CLINIC_KEY, value)
    return value
