"""Reading TOTVS error bodies ``{code, message, detailedMessage, helpUrl, details[]}``."""

from __future__ import annotations

from typing import Any

import httpx

from app.core.http import json_object

MAX_DETAIL = 240  # an E001 "JSON inválido" detailedMessage echoes the whole body


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_DETAIL else text[: MAX_DETAIL - 1] + "…"


def _detail_lines(details: Any) -> list[str]:
    out: list[str] = []
    if not isinstance(details, list):
        return out
    for item in details:
        if isinstance(item, dict):
            lowered = {str(k).lower(): v for k, v in item.items()}
            message = str(lowered.get("message") or "").strip()
            detailed = str(lowered.get("detailedmessage") or "").strip()
            code = str(lowered.get("code") or "").strip()
            line = message
            if detailed and detailed != message:
                line = f"{line} — {_short(detailed)}" if line else _short(detailed)
            if code:
                line = f"[{code}] {line}"
            out.append(line)
            out.extend(_detail_lines(lowered.get("details")))
        elif item:
            out.append(_short(str(item)))
    return out


def parse_totvs_error(response: httpx.Response) -> tuple[str | None, str | None, list[str]]:
    """(code, readable message, details lines) — the API's own words, in its language."""
    body = json_object(response)
    if body is None:
        return None, None, []
    lowered = {str(k).lower(): v for k, v in body.items()}
    code = lowered.get("code")
    message = str(lowered.get("message") or lowered.get("error_description") or "").strip()
    detailed = str(lowered.get("detailedmessage") or "").strip()
    details = _detail_lines(lowered.get("details"))
    # "Verifique a lista de erros…" only points at the details list, which follows anyway.
    if detailed and not details and detailed != message:
        message = f"{message} — {_short(detailed)}" if message else _short(detailed)
    message = " ".join(message.replace("\\r\\n", " ").split())
    return (str(code) if code not in (None, "") else None, message or None, details)


def is_no_records(response: httpx.Response) -> bool:
    """GPEA003API's 400 "Nenhum registro localizado." is an empty result."""
    if response.status_code != 400:
        return False
    _code, message, _details = parse_totvs_error(response)
    return (message or "").strip().rstrip(".").lower() == "nenhum registro localizado"
