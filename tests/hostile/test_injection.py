"""Item 9, injection: SQL, FTS5 syntax, LIKE wildcards (% _), quotes and backslashes typed in
every search or filter field do nothing but search — on SQLite and on PostgreSQL. A search for
a text returns exactly the rows holding that text, the tables stay whole, and what goes to a
remote API arrives there as the very value typed."""

from __future__ import annotations

import urllib.parse
from decimal import Decimal
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from app.core.db import utcnow
from app.core.search import fold, fold_all
from app.core.tables import journal
from app.integrations.provet.filters import Filter, Query, build_params
from app.integrations.totvs import tables as tt
from app.integrations.totvs.service_rh import CopartFilter
from app.integrations.vetelevage import tables as vt
from tests.hostile.strategies import FUZZ

NASTY = [
    "%",
    "_",
    "%%",
    "__",
    "a%b",
    "a_b",
    "\\",
    "\\%",
    "\\_",
    "'",
    "''",
    '"',
    "' OR '1'='1",
    "'; DROP TABLE journal; --",
    "1; DELETE FROM vet_visits",
    "NEAR(lot import)",
    '"lot" OR "x"',
    "lot*",
    "^lot",
    "[a-z]",
    "*",
    "?",
    "-- ",
    "/*",
    "(",
    ")",
    ":",
    "lot AND NOT x",
    "$1",
    "%s",
    "{0}",
]
SAFE_TEXT = "Plain words only"


def found_by_search(text: str, *values: str) -> bool:
    """What a search for ``text`` finds: accents, case and runs of spaces ignored (issue 19 item 4)."""
    needle = fold(text)
    return any(needle in fold(v) for v in values)


# ---------------------------------------------------------------- the journal


@pytest.fixture
def journal_ctx(any_ctx: Any) -> Any:
    for i, text in enumerate(NASTY):
        any_ctx.journal.record("ops", "probe", "ok", f"entry {i}: {text} end", keys=[f"K-{i}"])
    any_ctx.journal.record("ops", "probe", "ok", SAFE_TEXT, keys=["K-plain"])
    return any_ctx


def journal_rows(ctx: Any) -> int:
    with ctx.db.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(journal)).scalar_one())


def test_journal_search_finds_exactly_the_text_typed(journal_ctx: Any) -> None:
    ctx = journal_ctx
    everything = ctx.journal.search("", limit=1000)
    total = journal_rows(ctx)
    for text in [*NASTY, "lot", "entry", "END"]:
        found = {e.id for e in ctx.journal.search(text, limit=1000)}
        expected = {e.id for e in everything if found_by_search(text, e.summary)}
        assert found == expected, f"searching {text!r}"
    assert journal_rows(ctx) == total
    # A business key is matched whole, never as a pattern.
    assert [e.keys for e in ctx.journal.search("K-1", limit=10)] == [("K-1",)]
    assert ctx.journal.search("K-%", limit=10) == []


@FUZZ
@given(text=st.text(st.sampled_from(list("%_\\'\"*()-;: lotaKNE0123")), min_size=1, max_size=6))
def test_journal_search_fuzzed(journal_ctx: Any, text: str) -> None:
    everything = journal_ctx.journal.search("", limit=1000)
    found = {e.id for e in journal_ctx.journal.search(text, limit=1000)}
    key_hit = [e.id for e in everything if text.strip() in e.keys]
    expected = set(key_hit) if key_hit else {e.id for e in everything if found_by_search(text, e.summary)}
    if not text.strip():
        expected = {e.id for e in everything}
    assert found == expected


# ---------------------------------------------------------------- Vétélevage visits (the review filter)


@pytest.fixture
def visits_ctx(any_ctx: Any) -> Any:
    now = utcnow()
    with any_ctx.db.transaction() as conn:
        batch = conn.execute(
            sa.insert(vt.batches).values(compte_id="C1", lot="L-1", stored_at=now).returning(vt.batches.c.id)
        ).scalar_one()
        rows = [
            {
                "id": f"V{i:03d}",
                "compte_id": "C1",
                "batch_id": batch,
                "visit_date": "2024-05-02",
                "vet_name": "Dr Martin",
                "breeder_name": f"GAEC {text}",
                "cheptel": f"35{i:04d}",
                "raw": "{}",
                "imported_at": now,
                "search_text": fold_all(f"V{i:03d}", f"GAEC {text}", "Dr Martin", f"35{i:04d}"),
            }
            for i, text in enumerate(NASTY)
        ]
        rows.append(
            {
                **rows[0],
                "id": "V999",
                "breeder_name": SAFE_TEXT,
                "cheptel": "350000",
                "search_text": fold_all("V999", SAFE_TEXT, "Dr Martin", "350000"),
            }
        )
        conn.execute(sa.insert(vt.visits), rows)
    return any_ctx


def test_visits_filter_finds_exactly_the_text_typed(visits_ctx: Any) -> None:
    from app.integrations.vetelevage.views import read_visits

    everything = read_visits(visits_ctx, None, "", "", "")
    assert len(everything) == len(NASTY) + 1
    for text in [*NASTY, "gaec", "Martin"]:
        found = {r["id"] for r in read_visits(visits_ctx, None, text, "", "")}
        expected = {
            r["id"]
            for r in everything
            if found_by_search(text, r["id"], r["breeder_name"], r["vet_name"], r["cheptel"])
        }
        assert found == expected, f"searching {text!r}"
    assert len(read_visits(visits_ctx, None, "", "", "")) == len(everything)


# ---------------------------------------------------------------- TOTVS RH co-participation filters


@pytest.fixture
def copart_ctx(any_ctx: Any) -> Any:
    now = utcnow()
    rows = [
        {
            "id": f"R{i}",
            "company_id": "T1",
            "branch": "01",
            "employee_code": f"E{i:05d}",
            "employee_name": f"MARIA {text}".upper(),
            "dependent_name": f"JOAO {text}".upper(),
            "provider": f"P{i}",
            "provider_name": f"CLINICA {text}".upper(),
            "employee_name_fold": fold(f"MARIA {text}"),
            "dependent_name_fold": fold(f"JOAO {text}"),
            "provider_name_fold": fold(f"CLINICA {text}"),
            "value": Decimal("10.00"),
            "year_month": "202501",
            "row_hash": str(i),
            "stored_at": now,
        }
        for i, text in enumerate(NASTY)
    ]
    with any_ctx.db.transaction() as conn:
        conn.execute(sa.insert(tt.copart), rows)
    return any_ctx


def test_copart_filters_find_exactly_the_text_typed(copart_ctx: Any) -> None:
    with copart_ctx.db.read() as conn:
        everything = [dict(r) for r in conn.execute(sa.select(tt.copart)).mappings()]
        for text in [*NASTY, "maria", "E00001"]:
            for name, column, code in (
                ("employee", "employee_name", "employee_code"),
                ("dependent", "dependent_name", "dependent_code"),
                ("provider", "provider_name", "provider"),
            ):
                where = CopartFilter(**{name: text}).where()
                found = set(conn.execute(sa.select(tt.copart.c.id).where(*where)).scalars())
                expected = {
                    r["id"] for r in everything if r[code] == text.strip() or found_by_search(text, r[column])
                }
                assert found == expected, f"{name} {text!r}"
        assert int(conn.execute(sa.select(sa.func.count()).select_from(tt.copart)).scalar_one()) == len(NASTY)


# ---------------------------------------------------------------- what goes to remote APIs


def test_provet_filter_values_arrive_as_typed() -> None:
    """Each value is one query parameter, sent as typed (the API does the matching)."""
    for text in NASTY:
        if text.strip() in ("", ",") or "," in text:
            continue
        params = build_params(
            "consultation",
            [Filter("complaint", "icontains", text), Filter("client.lastname", "contains", text)],
            any_of=True,
        )
        url = httpx.URL("https://provetcloud.com/1234/api/0.1/consultation/", params=params)
        assert urllib.parse.parse_qsl(url.query.decode(), keep_blank_values=True) == [
            ("complaint__icontains", text.strip()),
            ("client.lastname__contains", text.strip()),
            ("filter_type", "or"),
        ]


def test_provet_saved_queries_keep_hostile_names_and_values(any_ctx: Any) -> None:
    from app.integrations.provet import browsing

    for i, text in enumerate(NASTY):
        query = Query("consultation", (Filter("complaint", "icontains", f"x{text}"),))
        browsing.save_query(any_ctx, f"{text} #{i}", query)
    saved = browsing.saved_queries(any_ctx)
    assert len(saved) == len(NASTY)
    for i, text in enumerate(NASTY):
        assert saved[f"{text} #{i}".strip()].filters[0].value == f"x{text}"


async def test_totvs_saude_query_values_arrive_as_typed() -> None:
    from app.integrations.totvs.client_saude import PrescriptionQuery, SaudeClient

    seen: list[list[tuple[str, str]]] = []

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        seen.append(urllib.parse.parse_qsl(request.url.query.decode(), keep_blank_values=True))
        return httpx.Response(200, json={"items": [], "hasNext": False})

    client = SaudeClient("http://totvs.test/rest", "u", "p", transport=httpx.MockTransport(server))
    try:
        for text in NASTY:
            await client.prescriptions(PrescriptionQuery(subscriber_id=text, medication_code=text))
    finally:
        await client.aclose()
    for text, params in zip(NASTY, seen, strict=True):
        assert ("subscriberId", text) in params and ("medicationCode", text) in params
        assert [k for k, _ in params].count("subscriberId") == 1


def test_the_database_is_whole_after_every_search(any_ctx: Any) -> None:
    for text in NASTY:
        any_ctx.journal.search(text)
    if any_ctx.db.dialect == "sqlite":
        with any_ctx.db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    tables = set(sa.inspect(any_ctx.db.engine).get_table_names())
    assert {"journal", "vet_visits", "totvs_copart"} <= tables
