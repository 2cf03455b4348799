"""Webhook subscriptions: what the clinic set in Provet Cloud's webhook settings.

Owns which triggers are subscribed (and for which department), and the receiver's address to
paste there, one address per webhook when it names its trigger's parameter.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.core.http import NotConfigured
from app.core.refusals import refused
from app.core.tr import QT_TRANSLATE_NOOP, Sentence
from app.integrations.provet import NAME
from app.integrations.provet.schema import (
    PARAM_TO_ENDPOINT,
)

if TYPE_CHECKING:
    from app.core.context import AppContext


SUBSCRIPTIONS_KEY = "provet.subscriptions"


def subscriptions(ctx: AppContext) -> dict[str, Any]:
    """Which triggers the clinic subscribed in Provet's settings, and for which department."""
    raw = ctx.db.get_state(SUBSCRIPTIONS_KEY)
    data = json.loads(raw) if raw else {}
    return {"triggers": list(data.get("triggers", [])), "department": data.get("department")}


def save_subscriptions(ctx: AppContext, triggers: Iterable[str], department: int | None) -> None:
    """Keep the triggers and department set in Provet (unknown ones refused)."""
    chosen = sorted(set(triggers))
    unknown = [t for t in chosen if t not in PARAM_TO_ENDPOINT]
    if unknown:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "'{param}' is not a Provet webhook parameter Passerelle follows."),
            "triggers",
            param=unknown[0],
        )
    if department is not None and department < 1:
        raise refused(
            QT_TRANSLATE_NOOP(
                "errors", "The department is a Provet department id (1 or more), or empty for all."
            ),
            "department",
        )
    ctx.db.set_state(SUBSCRIPTIONS_KEY, json.dumps({"triggers": chosen, "department": department}))


def receiver_url(ctx: AppContext, param: str | None = None) -> str:
    """The address to paste in Provet's webhook settings (it holds the secret path token); with
    ``param``, the address of one webhook, which names its trigger's parameter."""
    s = ctx.settings.provet
    token = ctx.secrets.get(NAME, "webhook_token")
    if not token:
        raise NotConfigured(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "Provet Cloud: no webhook token is set (provet.webhook_token)."),
            )
        )
    if param is not None and param not in PARAM_TO_ENDPOINT:
        raise refused(
            QT_TRANSLATE_NOOP("errors", "'{param}' is not a Provet webhook parameter."), "param", param=param
        )
    url = f"http://{s.webhook_host}:{s.webhook_port}/provet/webhook/{token}"
    return f"{url}?param={param}" if param else url
