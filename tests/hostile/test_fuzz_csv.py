"""Item 8, the CSV files clinics hand over (Excel-FR or not): any encoding among UTF-8, UTF-8
with BOM, Windows-1252 and Latin-1, any separator among , ; and tab, quotes, odd line endings,
French and English number formats. A well-formed file imports exactly what it holds; anything
else is refused whole with a sentence, and nothing is written."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from app.core.db import utcnow
from app.core.errors import InputError
from app.integrations.vetelevage import tables as t
from app.integrations.vetelevage.catalogue import import_catalogue_csv
from app.integrations.vetelevage.csvio import parse_decimal, read_rows
from app.integrations.vetelevage.mapping import import_mappings_csv, mapping_of
from tests.hostile.strategies import FUZZ

ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "latin-1"]
SEPARATORS = [",", ";", "\t"]
# Text a French clinic types, encodable in every encoding above (no C1 controls for Latin-1).
FRENCH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éèêëàâäîïôöûüùçÉÈÀÇÔœŒ°²'’«»\"-_/.,;:()%&+*#@!?\t"
SAFE_FOR = {
    "utf-8": None,
    "utf-8-sig": None,
    "cp1252": FRENCH,
    "latin-1": FRENCH.replace("œŒ’", "").replace("œ", "").replace("Œ", "").replace("’", ""),
}

DB_FUZZ = settings(FUZZ, max_examples=60)


def text_for(encoding: str, min_size: int = 0) -> st.SearchStrategy[str]:
    alphabet = SAFE_FOR[encoding]
    if alphabet is None:
        chars = st.characters(codec="utf-8", exclude_categories=("Cs",))
        return st.text(chars, min_size=min_size, max_size=20)
    return st.text(alphabet, min_size=min_size, max_size=20)


def price_text(amount: Decimal, style: str) -> str:
    whole, cents = f"{amount:.2f}".split(".")
    groups = f"{int(whole):,}"
    return {
        "plain_dot": f"{whole}.{cents}",
        "plain_comma": f"{whole},{cents}",
        "fr_space": groups.replace(",", " ") + f",{cents}",
        "fr_nbsp": groups.replace(",", "\u00a0") + f",{cents}",
        "fr_narrow_nbsp": groups.replace(",", "\u202f") + f",{cents}",  # Windows' French grouping
        "fr_dots": groups.replace(",", ".") + f",{cents}",
        "en": f"{groups}.{cents}",
        "euro": f"{whole},{cents} €",
    }[style]


PRICE_STYLES = ["plain_dot", "plain_comma", "fr_space", "fr_nbsp", "fr_narrow_nbsp", "fr_dots", "en", "euro"]


def encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def gtin13(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


@st.composite
def catalogue_files(draw: st.DrawFn) -> dict[str, Any]:
    encoding = draw(st.sampled_from(ENCODINGS))
    sep = draw(st.sampled_from(SEPARATORS))
    n = draw(st.integers(1, 5))
    styles = [p for p in PRICE_STYLES if encodable(price_text(Decimal("1234.5"), p), encoding)]
    codes = draw(
        st.lists(
            text_for(encoding, 1).filter(lambda s: s.strip()), min_size=n, max_size=n, unique_by=str.strip
        )
    )
    rows = []
    for code in codes:
        amount = draw(st.decimals(min_value=0, max_value=99999999, places=2))
        rows.append(
            {
                "code": code,
                "libelle": draw(text_for(encoding, 1).filter(lambda s: s.strip())),
                "gtin": draw(
                    st.one_of(st.just(""), st.text("0123456789", min_size=12, max_size=12).map(gtin13))
                ),
                "prix_ht": price_text(amount, draw(st.sampled_from(styles))),
                "unite": draw(text_for(encoding)),
                "_amount": amount,
            }
        )
    columns = ["code", "libelle", "gtin", "prix_ht", "unite"]
    order = draw(st.permutations(columns))
    extra = draw(st.booleans())
    header = [draw(st.sampled_from([c, c.upper(), f" {c} "])) for c in order] + (
        ["remarque"] if extra else []
    )
    out = io.StringIO()
    writer = csv.writer(
        out,
        delimiter=sep,
        lineterminator=draw(st.sampled_from(["\r\n", "\n"])),
        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
    )
    writer.writerow(header)
    for row in rows:
        writer.writerow([row[c] for c in order] + (["x"] if extra else []))
    text = out.getvalue() + draw(st.sampled_from(["", "\r\n", "\n\n", sep * 4 + "\n"]))
    data = text.encode(encoding)
    if encoding in ("cp1252", "latin-1"):
        try:
            data.decode("utf-8")
            assume(text.isascii())  # bytes that are also UTF-8 are read as UTF-8: ambiguous by nature
        except UnicodeDecodeError:
            pass
    return {"bytes": data, "rows": rows, "encoding": encoding, "sep": sep}


@pytest.fixture
def csv_path(tmp_path: Path) -> Path:
    return tmp_path / "catalogue.csv"


def catalogue_rows(ctx: Any) -> dict[str, dict[str, Any]]:
    with ctx.db.read() as conn:
        return {r["code"]: dict(r) for r in conn.execute(sa.select(t.catalogue)).mappings()}


@DB_FUZZ
@given(file=catalogue_files())
@example(
    file={
        "bytes": "code;libelle;gtin;prix_ht;unite\r\nMED1;Oxytocine « 10 UI »;;1\u202f234,50;flacon\r\n".encode(
            "utf-8-sig"
        ),
        "rows": [
            {
                "code": "MED1",
                "libelle": "Oxytocine « 10 UI »",
                "gtin": "",
                "unite": "flacon",
                "_amount": Decimal("1234.50"),
            }
        ],
        "encoding": "utf-8-sig",
        "sep": ";",
    }
)
def test_catalogue_imports_exactly_what_the_file_holds(
    ctx: Any, csv_path: Path, file: dict[str, Any]
) -> None:
    csv_path.write_bytes(file["bytes"])
    count = import_catalogue_csv(ctx, csv_path)
    assert count == len(file["rows"])
    stored = catalogue_rows(ctx)
    for row in file["rows"]:
        got = stored[row["code"].strip()]
        assert got["libelle"] == row["libelle"].strip()
        assert Decimal(got["prix_ht"]) == row["_amount"]
        assert (got["gtin"] or "") == row["gtin"]
        assert got["unite"] == row["unite"].strip()


def damage(data: bytes, how: str, at: int) -> bytes:
    at = at % (len(data) + 1)
    return {
        "cut": data[:at],
        "nul": data[:at] + b"\x00" + data[at:],
        "quote": data[:at] + b'"' + data[at:],
        "utf16": data.decode("latin-1").encode("utf-16"),
        "invalid_byte": data[:at] + b"\x81\x8d" + data[at:],
        "huge_cell": data + b'\nX;"' + b"y" * 140_000 + b'";1\n',
        "minus": data.replace(b";", b";-", 1),
    }[how]


@DB_FUZZ
@given(
    file=catalogue_files(),
    how=st.sampled_from(["cut", "nul", "quote", "utf16", "invalid_byte", "huge_cell", "minus"]),
    at=st.integers(0, 400),
)
def test_a_damaged_catalogue_is_refused_whole_or_imported_whole(
    ctx: Any, csv_path: Path, file: dict[str, Any], how: str, at: int
) -> None:
    before = catalogue_rows(ctx)
    journal_before = len(ctx.journal.search("", limit=1000))
    csv_path.write_bytes(damage(file["bytes"], how, at))
    try:
        count = import_catalogue_csv(ctx, csv_path)
    except InputError as exc:
        assert str(exc).strip()
        assert catalogue_rows(ctx) == before, "a refused file changed the catalogue"
        assert len(ctx.journal.search("", limit=1000)) == journal_before
        return
    assert count >= 0


@FUZZ
@given(raw=st.binary(max_size=300), sep=st.sampled_from(SEPARATORS), header=st.booleans())
@example(raw=b"code;libelle\n\xff\xfe", sep=";", header=False)
@example(raw=b"", sep=",", header=False)
@example(raw=b"\xef\xbb\xbf", sep=",", header=False)
@example(raw=b"\n\n\ncode,libelle\n", sep=",", header=False)
def test_any_bytes_are_read_or_refused_with_a_sentence(
    tmp_path: Path, raw: bytes, sep: str, header: bool
) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes((b"produit_id" + sep.encode() + b"lgcv_code\n" if header else b"") + raw)
    try:
        rows = read_rows(path, ["produit_id", "lgcv_code"])
    except InputError as exc:
        assert str(exc).strip()
        return
    assert all(set(r) == {"produit_id", "lgcv_code"} for r in rows)


@FUZZ
@given(text=st.text(max_size=20))
@example(text="1\u202f234,50")
@example(text="NaN")
@example(text="-Infinity")
@example(text="1e999999999")
@example(text="1,2,3")
@example(text="٣")
def test_decimal_cells(text: str) -> None:
    try:
        value = parse_decimal(text, line=2, field="prix_ht", allow_empty=True)
    except InputError as exc:
        assert "Line 2, column prix_ht" in str(exc)
        return
    assert value is None or value.is_finite()


@FUZZ
@given(amount=st.decimals(min_value=0, max_value=10**12, places=2), style=st.sampled_from(PRICE_STYLES))
def test_decimal_formats_of_spreadsheets(amount: Decimal, style: str) -> None:
    assert parse_decimal(price_text(amount, style), line=2, field="prix_ht") == amount


@DB_FUZZ
@given(
    encoding=st.sampled_from(ENCODINGS),
    sep=st.sampled_from(SEPARATORS),
    ids=st.lists(
        st.text("ABCDEFGHIJ0123456789-éà", min_size=1, max_size=8), min_size=1, max_size=4, unique=True
    ),
    unknown=st.booleans(),
)
def test_mappings_import_all_or_nothing(
    ctx: Any, csv_path: Path, encoding: str, sep: str, ids: list[str], unknown: bool
) -> None:
    with ctx.db.transaction() as conn:
        if not conn.execute(sa.select(t.catalogue.c.code).where(t.catalogue.c.code == "P1")).first():
            conn.execute(
                sa.insert(t.catalogue).values(
                    code="P1",
                    libelle="Produit",
                    gtin=None,
                    prix_ht=Decimal(1),
                    unite="",
                    updated_at=utcnow(),
                )
            )
    with ctx.db.read() as conn:
        before = sorted(
            map(tuple, conn.execute(sa.select(t.mappings.c.produit_id, t.mappings.c.lgcv_code)).all())
        )
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep)
    writer.writerow(["produit_id", "lgcv_code"])
    for i, produit in enumerate(ids):
        writer.writerow([produit, "NOPE" if unknown and i == len(ids) - 1 else "P1"])
    csv_path.write_bytes(out.getvalue().encode(encoding))
    if unknown:
        with pytest.raises(InputError, match="NOPE"):
            import_mappings_csv(ctx, csv_path)
        with ctx.db.read() as conn:
            after = sorted(
                map(tuple, conn.execute(sa.select(t.mappings.c.produit_id, t.mappings.c.lgcv_code)).all())
            )
        assert after == before
        return
    assert import_mappings_csv(ctx, csv_path) == len(ids)
    assert {mapping_of(ctx, p)[0] for p in ids if mapping_of(ctx, p)} == {"P1"}
