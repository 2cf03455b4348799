"""Reading the CSV files clinics give us (Excel-FR or not): encoding, separator, decimals, header."""

from __future__ import annotations

import csv
import io
import stat
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.core import csvsafe
from app.core.errors import InputError
from app.core.http import unreadable_file
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Joined, Sentence

MAX_ERRORS = 20
# The largest CSV file and line an import reads (docs/limits.md): a clinic's catalogue of
# 100,000 products is about 15 MB, and no real line comes near 64 KiB.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_LINE_CHARS = 64 * 1024


def _read_bounded(path: Path) -> bytes:
    """The file's bytes, refused with a sentence before anything over MAX_FILE_BYTES is read
    (a device such as /dev/zero has no size: it is read no further than the limit)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise refused(
                QT_TRANSLATE_NOOP("errors", "{file} is not a regular file: choose a CSV file."),
                "file",
                file=path.name,
            )
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "Cannot read {file}: {reason}."),
            "file",
            file=path.name,
            reason=unreadable_file(exc),
        ) from exc
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(path)
    return data


def _too_large(path: Path) -> InputError:
    return InputError(
        Sentence(
            "errors",
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} is larger than {mb} MB, the most an import reads. Split it into smaller files.",
            ),
            file=path.name,
            mb=MAX_FILE_BYTES // (1024 * 1024),
        ),
        field="file",
    )


def _check_lines(path: Path, text: str) -> None:
    start = 0
    number = 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            raise InputError(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{file}, line {line}: the line is longer than {most} characters, the most an import "
                        "reads. Is it really a CSV file?",
                    ),
                    file=path.name,
                    line=number,
                    most=f"{MAX_LINE_CHARS:,}",
                ),
                field="file",
            )
        start = end + 1
        number += 1


def read_text(path: Path) -> str:
    """The file's text (UTF-8 or Windows-1252), refused with a sentence when it is too large."""
    data = _read_bounded(path)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _check_lines(path, text)
        return text
    raise refused(
        QT_TRANSLATE_NOOP("errors", "{file}: the file is neither UTF-8 nor Windows-1252 text."),
        "file",
        file=path.name,
    )


def sniff_separator(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ","


def read_rows(
    path: Path, expected: Sequence[str], required: Sequence[str] | None = None
) -> list[dict[str, str]]:
    """Rows as dicts keyed by the expected column names; a wrong header names what is expected."""
    text = read_text(path)
    if not text.strip():
        raise refused(
            QT_TRANSLATE_NOOP("errors", "{file} is empty. Expected a header line: {header}."),
            "file",
            file=path.name,
            header=",".join(expected),
        )
    first = text.splitlines()[0]
    reader = csv.reader(io.StringIO(text), delimiter=sniff_separator(first))
    try:
        return _rows(reader, path, expected, required)
    except csv.Error as exc:  # e.g. a cell over the csv module's field size limit
        raise refused(
            QT_TRANSLATE_NOOP("errors", "{file}, line {line}: the file cannot be read as CSV ({detail})."),
            "file",
            file=path.name,
            line=reader.line_num,
            detail=exc,
        ) from None


def _rows(
    reader: Any, path: Path, expected: Sequence[str], required: Sequence[str] | None
) -> list[dict[str, str]]:
    header = [h.strip().lower() for h in next(reader)]
    missing = [c for c in (required or expected) if c not in header]
    if missing:
        if header:
            template = QT_TRANSLATE_NOOP(
                "errors", "{file}: the header must be {expected} (missing: {missing}; found: {found})."
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors", "{file}: the header must be {expected} (missing: {missing}; found: nothing)."
            )
        raise InputError(
            Sentence(
                "errors",
                template,
                file=path.name,
                expected=",".join(expected),
                missing=", ".join(missing),
                found=",".join(header),
            ),
            field="header",
        )
    rows = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        row = {name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)}
        rows.append({name: row.get(name, "") for name in expected})
    return rows


def parse_decimal(value: str, *, line: int, field: str, allow_empty: bool = False) -> Decimal | None:
    # Digit grouping: space, no-break space, and the narrow no-break space of Windows' French locale.
    text = value.strip().translate({0x20: None, 0xA0: None, 0x202F: None, 0x2009: None, ord("€"): None})
    if not text:
        if allow_empty:
            return None
        raise refused(
            QT_TRANSLATE_NOOP(
                "errors", "Line {line}, column {field}: a number is expected, the cell is empty."
            ),
            field,
            line=line,
            field=field,
        )
    if "," in text and "." in text:
        text = (
            text.replace(".", "").replace(",", ".")
            if text.rfind(",") > text.rfind(".")
            else text.replace(",", "")
        )
    else:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise InputError(_not_a_number(line, field, value), field=field) from None
    if not number.is_finite():
        raise InputError(_not_a_number(line, field, value), field=field)
    return number


def _not_a_number(line: int, field: str, value: str) -> Sentence:
    return Sentence(
        "errors",
        QT_TRANSLATE_NOOP("errors", "Line {line}, column {field}: a number is expected, got '{value}'."),
        line=line,
        field=field,
        value=value,
    )


def said(exc: InputError) -> str:
    """What an InputError says, its template kept when it has one (for ``collect``)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)


def collect(errors: list[str]) -> None:
    if errors:
        more = (
            Sentence("errors", QT_TRANSLATE_NOOP("errors", " (and {n} more)"), n=len(errors) - MAX_ERRORS)
            if len(errors) > MAX_ERRORS
            else ""
        )
        raise InputError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "Nothing was imported. {errors}{more}"),
                errors=Joined(errors[:MAX_ERRORS]),
                more=more,
            )
        )


def unneutralised(value: str) -> str:
    """A cell as it was before a formula-safe export prefixed it with an apostrophe (round trip)."""
    if value.startswith("'") and csvsafe.cell(value[1:]) == value:
        return value[1:]
    return value
