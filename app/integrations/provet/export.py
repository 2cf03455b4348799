"""Export: pulled Provet Cloud objects as table rows, and as a CSV or JSON file."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.core import csvsafe
from app.integrations.provet.cache import object_id
from app.integrations.provet.models import id_from_url


def flatten(item: Mapping[str, Any]) -> dict[str, str]:
    """One CSV/table row: relations as their ids, lists joined, objects as JSON."""
    row: dict[str, str] = {}
    for key, value in item.items():
        if isinstance(value, str) and "/api/" in value and id_from_url(value) is not None and key != "url":
            row[key] = str(id_from_url(value))
        elif isinstance(value, list):
            row[key] = ",".join(
                str(id_from_url(v) or v)
                if isinstance(v, str)
                else str(object_id(v) if isinstance(v, dict) else v)
                for v in value
            )
        elif isinstance(value, dict):
            row[key] = str(object_id(value) or json.dumps(value, ensure_ascii=False))
        elif value is None:
            row[key] = ""
        else:
            row[key] = str(value)
    return row


def write_out(objects: list[dict[str, Any]], path: Path) -> None:
    """Write objects to a .json file, or to a semicolon CSV with one column per field."""
    if path.suffix.lower() == ".json":
        csvsafe.write_export_text(path, json.dumps({"results": objects}, ensure_ascii=False, indent=1))
        return
    write_rows([flatten(o) for o in objects], path)


def write_rows(rows: list[dict[str, str]], path: Path) -> None:
    """Write rows already flattened (``flatten``) to a semicolon CSV, one column per field."""
    seen: dict[str, None] = {}  # the columns, in the order first met (a dict: no scan per field)
    for r in rows:
        seen.update(dict.fromkeys(r))
    columns = list(seen)
    with csvsafe.open_export(path) as fh:
        writer = csv.DictWriter(fh, fieldnames=columns or ["id"], delimiter=";")
        writer.writeheader()
        writer.writerows(csvsafe.row(r) for r in rows)
