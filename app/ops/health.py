"""What the dashboard knows about each connection, so a card tells the truth: the last connection
test, the last time the service answered and the last failure (persisted per integration in the
state table, so another start or another window sees them), and the card's state from them.

Evidence comes from the "Test connection" button, from the dashboard's periodic light check and
from any job of the integration that fails because the service is unreachable or failing. The
newest of the last answer and the last failure decides: a card is never "Connected" after a
failure that no answer has followed, and turns green again as soon as the service answers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.errors import UserMessage, describe
from app.core.http import (
    AuthError,
    ConnectionFailed,
    MalformedResponse,
    NotFoundError,
    RateLimited,
    ServerError,
)
from app.core.tr import Sentence
from app.integrations.base import ConnectionState, Integration, Status

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.core.context import AppContext

log = logging.getLogger("passerelle.health")

CHECK_INTERVAL = 300.0  # seconds between two light checks of a configured integration


@dataclass(frozen=True)
class Outcome:
    """One piece of evidence: when, whether the service answered, and the sentence (an English
    ``errors`` template with its values, or the test's own words)."""

    at: dt.datetime
    ok: bool
    template: str = ""
    args: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The sentence in English."""
        return UserMessage(self.template, self.args).text if self.template else ""

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The sentence in the UI's language (``translate`` is QCoreApplication.translate)."""
        return UserMessage(self.template, self.args).translated(translate) if self.template else ""

    def as_json(self) -> dict[str, Any]:
        """Stored form."""
        return {"at": self.at.isoformat(), "ok": self.ok, "template": self.template, "args": self.args}

    @classmethod
    def from_json(cls, data: Any) -> Outcome | None:
        """Read back; None for anything unreadable."""
        try:
            at = dt.datetime.fromisoformat(str(data["at"]))
            return cls(
                at if at.tzinfo else at.replace(tzinfo=dt.UTC),
                bool(data["ok"]),
                str(data.get("template") or ""),
                {str(k): str(v) for k, v in (data.get("args") or {}).items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


@dataclass(frozen=True)
class Health:
    """The last test, the last answer and the last failure of one integration."""

    last_test: Outcome | None = None
    last_ok: Outcome | None = None
    last_failure: Outcome | None = None

    @property
    def failing(self) -> bool:
        """A failure that no answer has followed."""
        if self.last_failure is None:
            return False
        return self.last_ok is None or self.last_failure.at >= self.last_ok.at

    @property
    def answering(self) -> bool:
        """The newest evidence is an answer."""
        return self.last_ok is not None and not self.failing


def _key(name: str) -> str:
    return f"health.{name}"


def read(ctx: AppContext, name: str) -> Health:
    """The stored evidence of ``name`` (blocking: a thread)."""
    raw = ctx.db.get_state(_key(name))
    if not raw:
        return Health()
    try:
        data = json.loads(raw)
    except ValueError:
        return Health()
    return Health(
        Outcome.from_json(data.get("last_test")) if data.get("last_test") else None,
        Outcome.from_json(data.get("last_ok")) if data.get("last_ok") else None,
        Outcome.from_json(data.get("last_failure")) if data.get("last_failure") else None,
    )


def record(ctx: AppContext, name: str, outcome: Outcome, *, test: bool = False) -> Health:
    """Store one piece of evidence (``test``: it came from "Test connection"); blocking."""
    current = read(ctx, name)
    updated = dataclasses.replace(
        current,
        last_test=outcome if test else current.last_test,
        last_ok=outcome if outcome.ok else current.last_ok,
        last_failure=current.last_failure if outcome.ok else outcome,
    )
    payload = {
        key: value.as_json()
        for key, value in (
            ("last_test", updated.last_test),
            ("last_ok", updated.last_ok),
            ("last_failure", updated.last_failure),
        )
        if value is not None
    }
    ctx.db.set_state(_key(name), json.dumps(payload, ensure_ascii=False))
    return updated


def answered(sentence: str = "", at: dt.datetime | None = None) -> Outcome:
    """The service answered (``sentence``: what it said, e.g. the test's words; a Sentence keeps
    its errors template and values, so the card shows it in the UI's language)."""
    if isinstance(sentence, Sentence) and sentence.context == "errors":
        return Outcome(at or dt.datetime.now(dt.UTC), True, sentence.template, dict(sentence.args))
    return Outcome(at or dt.datetime.now(dt.UTC), True, sentence.replace("{", "{{").replace("}", "}}"))


def failed(exc: BaseException, at: dt.datetime | None = None) -> Outcome:
    """The service did not answer, or refused: ``exc`` as its sentence."""
    message = describe(exc)
    return Outcome(at or dt.datetime.now(dt.UTC), False, message.template, dict(message.args))


def says_unreachable(exc: BaseException) -> bool:
    """Whether a failed call says the connection is down (network, server, credentials, an
    address that answers 404) rather than that one request was refused or one record is unknown."""
    if isinstance(exc, NotFoundError):
        return exc.record is None
    return isinstance(exc, ConnectionFailed | ServerError | AuthError | RateLimited | MalformedResponse)


def merged(status: Status, health: Health) -> Status:
    """The card's status: the integration's own (or the last test's), corrected by the newest
    evidence — failing after a failure no answer followed (its own failing sentence kept, else the
    failure's), connected once the service answers again."""
    if status.state is ConnectionState.NOT_CONFIGURED:
        return status
    if health.failing and health.last_failure is not None:
        if status.state is ConnectionState.FAILING:
            return status
        return dataclasses.replace(
            status, state=ConnectionState.FAILING, sentence=health.last_failure.text, args={}
        )
    if health.answering and status.state in (ConnectionState.UNKNOWN, ConnectionState.FAILING):
        return dataclasses.replace(status, state=ConnectionState.CONNECTED)
    return status


# ---------------------------------------------------------------- the cards' data


def test_key(name: str) -> str:
    """The state key of the last "not configured" test result of ``name``."""
    return f"connection_test.{name}"


def record_test_result(ctx: AppContext, name: str, state: ConnectionState, sentence: str) -> None:
    payload = {"state": state.value, "sentence": sentence, "at": dt.datetime.now(dt.UTC).isoformat()}
    ctx.db.set_state(test_key(name), json.dumps(payload))


def _own_status(ctx: AppContext, integration: Integration, known: Health) -> Status:
    if integration.status is not None:
        try:
            return integration.status(ctx)
        except Exception as exc:  # a broken status must not break the dashboard
            log.exception("status of %s failed", integration.name)
            return Status(ConnectionState.UNKNOWN, describe(exc).text)
    raw = ctx.db.get_state(test_key(integration.name))
    if raw:  # a "not configured" test result (kept apart from the service's health)
        data = json.loads(raw)
        return Status(ConnectionState(data["state"]), data["sentence"])
    test = known.last_test
    return Status(ConnectionState.UNKNOWN, test.text if test is not None and test.ok else "")


def status_of(ctx: AppContext, integration: Integration) -> Status:
    """The integration's own status (else the last connection test's), corrected by the newest
    evidence of its health; ``waiting`` is its count in Needs attention. Blocking: a thread."""
    return card_data(ctx, integration).status


def card_data(ctx: AppContext, integration: Integration) -> CardData:
    """What one card shows, read from the store (blocking: a thread)."""
    known = read(ctx, integration.name)
    status = merged(_own_status(ctx, integration, known), known)
    status.waiting = ctx.attention.count(integration.name)  # the count Needs attention shows
    return CardData(integration, status, known)


@dataclass
class CardData:
    integration: Integration
    status: Status
    health: Health = field(default_factory=Health)
