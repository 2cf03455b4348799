"""Incoming visits: the evaluation of visits being imported, from their lines already in memory.

The import knows every line of the visits it stores, so it does not read them back: it asks the
store only for what it does not hold (the acts list, mappings, per-line overrides, the clinic
catalogue, products left unmapped on purpose and the visits of the same breeder on the same day),
a few set-based queries per chunk, and evaluates each visit with the same rules as
:func:`app.integrations.vetelevage.evaluation.evaluate` (``_evaluation``), on rows shaped as that
function reads them, quantities as the store gives them back. tests/e2e/test_vetelevage_incoming.py
checks that both agree on a mixed batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.evaluation import Evaluation, _evaluation, _left_unmapped

# Ids (or pairs) bound per query.
_BIND = 500
_SCALE = Decimal("0.0001")  # NUMERIC(18, 4): the quantity PostgreSQL gives back

T = TypeVar("T")


class IncomingVisit(NamedTuple):
    """A visit about to be stored: its stored state (``new`` for a new one), its breeder and day,
    its act lines (code, quantity) and product lines (product id, label, quantity) in line order
    (a named tuple: one is made per visit of every import, three times faster than a dataclass)."""

    id: str
    state: str
    compte_id: str
    breeder_id: str
    visit_date: str
    acts: list[tuple[str, Decimal]]
    products: list[tuple[str, str, Decimal]]


def _chunks(values: Iterable[T]) -> Iterator[list[T]]:
    ordered = list(values)
    for start in range(0, len(ordered), _BIND):
        yield ordered[start : start + _BIND]


def _as_stored(conn: Connection) -> Any:
    """A quantity as the store gives it back: as written on SQLite (text), to 4 decimals on
    PostgreSQL (NUMERIC(18, 4), rounded half away from zero)."""
    if conn.dialect.name == "sqlite":
        return lambda q: q
    return lambda q: q.quantize(_SCALE, rounding=ROUND_HALF_UP)


# (account, breeder, day): the visits that look like duplicates of each other share it.
TwinKey = tuple[str, str, str]


def evaluate_incoming(
    conn: Connection,
    visits: list[IncomingVisit],
    *,
    with_lines: bool = True,
    twins: dict[TwinKey, list[str]] | None = None,
) -> dict[str, Evaluation]:
    """Evaluate visits about to be stored, inside the transaction that stores them (before or
    after their rows are written: their own lines and twins are taken from ``visits``); without
    their billing lines when ``with_lines`` is False (the import stores states and reasons only).
    A chunk of a larger batch passes the batch's ``twins`` (:func:`twins_of_batch`)."""
    if not visits:
        return {}
    acts = _by_code(conn, t.acts, {code for v in visits for code, _q in v.acts})
    mapped: dict[str, str] = {}
    for chunk in _chunks(sorted({p for v in visits for p, _l, _q in v.products})):
        query = sa.select(t.mappings.c.produit_id, t.mappings.c.lgcv_code).where(
            t.mappings.c.produit_id.in_(chunk)
        )
        mapped.update((str(p), str(c)) for p, c in conn.execute(query))
    overrides: dict[tuple[str, int], str] = {}
    o = t.line_overrides.c
    for chunk in _chunks([v.id for v in visits if v.products]):
        query = sa.select(o.visit_id, o.line_no, o.lgcv_code).where(o.visit_id.in_(chunk))
        overrides.update(((str(vid), int(n)), str(code)) for vid, n, code in conn.execute(query))
    chosen: dict[tuple[str, int], str | None] = {}
    unmapped: set[str] = set()
    for v in visits:
        for n, (produit_id, _l, _q) in enumerate(v.products):
            code = overrides.get((v.id, n), mapped.get(produit_id))
            chosen[(v.id, n)] = code
            if code is None:
                unmapped.add(produit_id)
    catalogue = _by_code(conn, t.catalogue, {c for c in chosen.values() if c is not None})
    left = _left_unmapped(conn, sorted(unmapped))
    twins_of = _twins(conn, visits) if twins is None else _twins_in(twins, visits)
    stored = _as_stored(conn)
    none = (None, None)
    out: dict[str, Evaluation] = {}
    for v in visits:
        act_rows = [(v.id, code, stored(q), *acts.get(code, none)) for code, q in v.acts]
        product_rows = []
        for n, (produit_id, libelle, q) in enumerate(v.products):
            code = chosen[(v.id, n)]
            clinic = catalogue.get(code, none) if code is not None else none
            product_rows.append((v.id, produit_id, libelle, stored(q), code, *clinic))
        out[v.id] = _evaluation(
            v.state,
            act_rows,  # type: ignore[arg-type]
            product_rows,  # type: ignore[arg-type]
            left,
            twins_of[v.id],
            with_lines=with_lines,
        )
    return out


def _by_code(conn: Connection, table: sa.Table, codes: set[str]) -> dict[str, tuple[Any, Any]]:
    """(libelle, prix_ht) of these codes in the acts list or the clinic catalogue."""
    out: dict[str, tuple[Any, Any]] = {}
    for chunk in _chunks(sorted(codes)):
        query = sa.select(table.c.code, table.c.libelle, table.c.prix_ht).where(table.c.code.in_(chunk))
        out.update((str(code), (libelle, price)) for code, libelle, price in conn.execute(query))
    return out


def _twins(conn: Connection, visits: list[IncomingVisit]) -> dict[str, list[str]]:
    """The other visits of the same account and breeder (not blank) on the same day: the stored
    ones apart from ``visits`` (whose stored rows may be about to change), and ``visits`` themselves.

    Within one account only: in SaaS mode two clinics of a group may see the same farm on the same
    day, and each bills its own visit — that is no duplicate."""
    return _twins_in(
        twins_of_batch(conn, {v.id: (v.compte_id, v.breeder_id, v.visit_date) for v in visits}), visits
    )


def twins_of_batch(conn: Connection, written: dict[str, TwinKey]) -> dict[TwinKey, list[str]]:
    """Each (account, breeder, day) of the visits about to be written (``written``: id → key; a
    blank breeder has no twins) → the visits that will have it once they are: the stored ones
    they do not rewrite, and themselves. A batch stored in several chunks works this out once,
    before its first chunk, so that a visit sees its twins in the later chunks too (as
    :func:`app.integrations.vetelevage.evaluation.evaluate` does once they are stored)."""
    by_key: dict[TwinKey, list[str]] = {}
    for visit_id, key in written.items():
        if key[1]:
            by_key.setdefault(key, []).append(visit_id)
    c = t.visits.c
    for chunk in _chunks(sorted(by_key)):
        query = sa.select(c.id, c.compte_id, c.breeder_id, c.visit_date).where(
            sa.tuple_(c.compte_id, c.breeder_id, c.visit_date).in_(chunk)
        )
        for visit_id, compte_id, breeder_id, visit_date in conn.execute(query):
            if str(visit_id) not in written:
                by_key[(str(compte_id), str(breeder_id), str(visit_date))].append(str(visit_id))
    return by_key


def _twins_in(by_key: dict[TwinKey, list[str]], visits: list[IncomingVisit]) -> dict[str, list[str]]:
    """Each visit's twins: the others of its (account, breeder, day) in ``by_key``."""
    out: dict[str, list[str]] = {}
    for v in visits:
        same = by_key.get((v.compte_id, v.breeder_id, v.visit_date), []) if v.breeder_id else []
        out[v.id] = [other for other in same if other != v.id]
    return out
