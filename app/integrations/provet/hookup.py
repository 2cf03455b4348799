"""Hookup registration: the credentials Provet Cloud sends when a clinic adds the integration.

Owns ``provet_registrations``: validating a registration against the seed's schema (each
refusal names its field), keeping its client secret in the keyring and the rest in the store,
reading it back, and making it the connection's credentials when a person accepts it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from pydantic import ValidationError

from app.core.db import utcnow
from app.core.secrets import SecretTooLong
from app.integrations.provet import NAME
from app.integrations.provet.models import Registration
from app.integrations.provet.tables import (
    provet_registrations,
)

if TYPE_CHECKING:
    from app.core.context import AppContext


class RegistrationRejected(ValueError):
    """A registration that cannot be kept: the receiver answers 400 with this reason."""


def _registration_secret_key(client_id: str) -> str:
    return f"provet.registration.{client_id}"


def validate_registration(body: Any) -> Registration:
    """The seed's JSON schema; each refusal names its field."""
    if not isinstance(body, dict):
        raise RegistrationRejected("The registration must be a JSON object.")
    try:
        return Registration.model_validate(body)
    except ValidationError as exc:
        reasons = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err["loc"]) or "body"
            if err["type"] == "missing":
                reasons.append(f"'{where}' is missing")
            elif err["type"] == "value_error":
                reasons.append(f"'{where}' {err['ctx']['error']}")
            elif err["type"] == "string_too_short":
                reasons.append(f"'{where}' is empty")
            elif err["type"] == "string_too_long":
                reasons.append(f"'{where}' is too long ({err['ctx']['max_length']} characters at most)")
            elif err["type"] == "string_type":
                reasons.append(f"'{where}' must be a string" + (" or null" if where in _NULLABLE else ""))
            else:
                reasons.append(f"'{where}': {err['msg']}")
        raise RegistrationRejected("; ".join(sorted(set(reasons))) + ".") from None


_NULLABLE = {"client_secret", "algorithm", "openid_autodiscovery_url"}


def register_hookup(ctx: AppContext, body: Any) -> Registration:
    """Validate, put the secret in the keyring, then the rest in the store (both before any 200)."""
    reg = validate_registration(body)
    if reg.client_secret:
        try:
            ctx.secrets.set_extra(_registration_secret_key(reg.client_id), reg.client_secret)
        except SecretTooLong:  # the keyring's own measure: a 400 naming the field, never a 503
            raise RegistrationRejected("'client_secret' is too long to keep in the keyring.") from None
    extra = reg.model_extra or {}
    with ctx.db.transaction() as conn:
        conn.execute(sa.delete(provet_registrations).where(provet_registrations.c.client_id == reg.client_id))
        conn.execute(
            sa.insert(provet_registrations).values(
                client_id=reg.client_id,
                provet_id=str(reg.provet_id),
                algorithm=reg.algorithm,
                authorization_grant_type=reg.authorization_grant_type,
                client_type=reg.client_type,
                redirect_uris=reg.redirect_uris,
                token_url=reg.token_url,
                authorize_url=reg.authorize_url,
                openid_autodiscovery_url=reg.openid_autodiscovery_url,
                has_secret=bool(reg.client_secret),
                extra=json.dumps(extra, ensure_ascii=False, default=str) if extra else None,
                registered_at=utcnow(),
            )
        )
        ctx.journal.record(
            NAME,
            "registration",
            "ok",
            "Provet Cloud registered this integration.",
            keys=[reg.client_id],
            conn=conn,
        )
    return reg


def registration(ctx: AppContext, client_id: str | None = None) -> dict[str, Any] | None:
    """The latest hookup registration (of ``client_id`` when given)."""
    q = sa.select(provet_registrations).order_by(provet_registrations.c.registered_at.desc()).limit(1)
    if client_id is not None:
        q = q.where(provet_registrations.c.client_id == client_id)
    with ctx.db.read() as conn:
        row = conn.execute(q).first()
    return dict(row._mapping) if row is not None else None


def registration_secret(ctx: AppContext, client_id: str) -> str:
    """The client secret a registration sent ("" for a public client)."""
    return str(ctx.secrets.get_extra(_registration_secret_key(client_id)))


def use_registration(ctx: AppContext, client_id: str) -> None:
    """Make a received registration the connection's credentials."""
    secret = registration_secret(ctx, client_id)
    ctx.settings.provet.client_id = client_id
    if secret:
        ctx.secrets.set(NAME, "client_secret", secret)
    else:  # a public client (null client_secret): the previous client's secret is not its own
        ctx.secrets.delete(NAME, "client_secret")
    ctx.save_settings()
