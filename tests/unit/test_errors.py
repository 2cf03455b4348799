from __future__ import annotations

import pytest

from app.core.db import DatabaseError
from app.core.errors import Action, InputError, describe
from app.core.http import (
    AuthError,
    ConnectionFailed,
    MalformedResponse,
    NotConfigured,
    RateLimited,
    ServerError,
    ValidationFailed,
)


@pytest.mark.parametrize(
    ("exc", "action", "words"),
    [
        (
            AuthError("x", service="Provet Cloud", status=401),
            Action.RECONNECT,
            "Provet Cloud refused the credentials",
        ),
        (RateLimited("x", service="Provet Cloud", retry_after=12), Action.RETRY, "Retrying in 12 s"),
        (ConnectionFailed("x", service="Vétélevage"), Action.SETTINGS, "Cannot reach Vétélevage"),
        (ServerError("x", service="TOTVS RH", status=500), Action.RETRY, "Nothing was lost"),
        (MalformedResponse("x", service="Omnidoc"), Action.RETRY, "unexpected answer"),
        (
            ValidationFailed("TOTVS refused: Beneficiário não encontrado", details=["E002"]),
            Action.NONE,
            "Beneficiário não encontrado (E002)",
        ),
        (
            NotConfigured("Vétélevage: the setting vetelevage.client_id is empty."),
            Action.SETTINGS,
            "vetelevage.client_id",
        ),
        (DatabaseError("The database could not be prepared."), Action.RESTORE, "could not be prepared"),
        (
            InputError("Line 3, column quantite: expected a number, got 'deux'.", field="quantite"),
            Action.NONE,
            "expected a number",
        ),
        (KeyError("boom"), Action.RETRY, "Something unexpected happened (KeyError)"),
    ],
)
def test_every_error_is_a_sentence_with_an_action(exc: BaseException, action: Action, words: str) -> None:
    message = describe(exc)
    assert message.action is action
    assert words in message.text
    assert "Traceback" not in message.text


def test_translation_uses_the_template_and_falls_back_on_a_broken_one() -> None:
    message = describe(AuthError("x", service="Provet Cloud"))
    french = message.translated(
        lambda ctx, t: t.replace("refused the credentials", "a refusé les identifiants")
    )
    assert french.startswith("Provet Cloud a refusé les identifiants")
    assert message.translated(lambda ctx, t: "{nope}") == message.text


def test_secrets_in_api_messages_are_redacted() -> None:
    text = describe(ValidationFailed("refused: password=hunter22")).text
    assert "hunter22" not in text
