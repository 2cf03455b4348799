"""Credentials in the OS keyring (Windows Credential Manager).

A secret is read from the environment first (unattended servers, CI), then the keyring.
Nothing secret is written to SQLite, the settings file or logs. Tokens go on requests through
:mod:`app.core.auth` (``BearerAuth`` is re-exported here for its older import path).
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null

from app.core.auth import BearerAuth
from app.core.redact import register_secret
from app.core.settings import env_secret, is_secret
from app.core.tr import QT_TRANSLATE_NOOP, Sentence

if TYPE_CHECKING:
    from app.core.errors import UserMessage

__all__ = [
    "BearerAuth",
    "KeyringUnavailable",
    "MemoryKeyring",
    "SecretStore",
    "SecretTooLong",
    "stored_size",
    "use_memory_keyring",
]

log = logging.getLogger("passerelle.secrets")

SERVICE = "passerelle"
# Windows Credential Manager keeps at most 2,560 bytes per entry (CRED_MAX_CREDENTIAL_BLOB_SIZE,
# 5 × 512), and keyring's Windows backend stores the secret there in UTF-16: about 1,280
# characters (fewer with characters beyond the BMP, 4 bytes each). Checked on every platform, so
# a secret that works on a Linux test desk also fits on the clinic's Windows desks.
MAX_SECRET_BYTES = 2560
MAX_SECRET_CHARS = MAX_SECRET_BYTES // 2

_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors",
    "The secret {name} is too long to keep in the password store: {length} characters, where the "
    "Windows Credential Manager holds about {limit}. Nothing was saved; check that only the secret "
    "was copied, or ask its provider for a shorter one.",
)


def stored_size(value: str) -> int:
    """Bytes ``value`` takes in the Windows Credential Manager (UTF-16)."""
    return len(value.encode("utf-16-le", "surrogatepass"))


class SecretTooLong(ValueError):
    """A secret larger than a keyring entry holds; its sentence names the secret (never its value)."""

    def __init__(self, name: str, value: str) -> None:
        self.name = name
        self.field = name
        self.length = len(value)
        self.size = stored_size(value)
        super().__init__(self.user_message.text)

    @property
    def user_message(self) -> UserMessage:
        """The translatable sentence (errors.describe shows it)."""
        from app.core.errors import Action, UserMessage

        args = {"name": self.name, "length": str(self.length), "limit": str(MAX_SECRET_CHARS)}
        return UserMessage(_TOO_LONG, args, Action.SETTINGS)


def _check_size(name: str, value: str) -> None:
    if stored_size(value) > MAX_SECRET_BYTES:
        raise SecretTooLong(name, value)


class KeyringUnavailable(RuntimeError):
    """No OS keyring is usable, so a secret cannot be saved; the message says what to do."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "No secure password store is available on this computer, so secrets cannot be saved. "
            "On Windows this is the Credential Manager; on a server, give the secret in the "
            "environment (PASSERELLE_<SECTION>__<KEY>)." + (f" ({detail})" if detail else "")
        )


def _check_backend() -> None:
    backend = keyring.get_keyring()
    # keyring's "null" backend accepts every secret and keeps none: as good as no store at all.
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise KeyringUnavailable()


def _username(section: str, key: str) -> str:
    return f"{section}.{key}"


class SecretStore:
    """Read and write secrets by ``section.key``."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def get(self, section: str, key: str) -> str:
        """The secret ``section.key`` from the environment or the keyring ("" when absent)."""
        value = env_secret(section, key)
        if value is None:
            try:
                _check_backend()
                value = keyring.get_password(self.service, _username(section, key))
            except KeyringUnavailable:
                value = None
            except keyring.errors.KeyringError as exc:
                log.warning("keyring read failed for %s.%s: %s", section, key, type(exc).__name__)
                value = None
        register_secret(value)
        return value or ""

    def has(self, section: str, key: str) -> bool:
        """True when ``section.key`` has a value."""
        return bool(self.get(section, key))

    def set(self, section: str, key: str, value: str) -> None:
        """Save a declared secret setting in the keyring (an empty value deletes it)."""
        if not is_secret(section, key):
            raise ValueError(
                Sentence(
                    "errors",
                    QT_TRANSLATE_NOOP("errors", "'{key}' is not a secret setting."),
                    key=f"{section}.{key}",
                )
            )
        _check_size(_username(section, key), value)
        _check_backend()
        register_secret(value)
        try:
            if value:
                keyring.set_password(self.service, _username(section, key), value)
                kept = keyring.get_password(self.service, _username(section, key))
            else:
                self.delete(section, key)
                kept = ""
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(type(exc).__name__) from exc
        if (kept or "") != value:  # a store that says yes and keeps nothing (or something else)
            raise KeyringUnavailable("the password store did not keep the secret")

    def delete(self, section: str, key: str) -> None:
        """Remove ``section.key`` from the keyring (nothing if absent)."""
        _check_backend()
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self.service, _username(section, key))

    # Integrations may keep extra secrets (tokens, registrations) under their own names.
    def get_extra(self, name: str) -> str:
        """An integration's own secret ``name`` ("" when absent or no keyring)."""
        try:
            _check_backend()
            value = keyring.get_password(self.service, name) or ""
        except (KeyringUnavailable, keyring.errors.KeyringError):
            value = ""
        register_secret(value)
        return value

    def set_extra(self, name: str, value: str) -> None:
        """Save an integration's own secret ``name`` in the keyring."""
        _check_size(name, value)
        _check_backend()
        register_secret(value)
        try:
            keyring.set_password(self.service, name, value)
            kept = keyring.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(type(exc).__name__) from exc
        if (kept or "") != value:
            raise KeyringUnavailable("the password store did not keep the secret")

    def delete_extra(self, name: str) -> None:
        """Remove an integration's own secret ``name`` (nothing if absent)."""
        try:
            _check_backend()
            keyring.delete_password(self.service, name)
        except (keyring.errors.PasswordDeleteError, KeyringUnavailable):
            pass


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A process-local store: demo mode and tests, so they never touch the user's real keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self._values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """The stored password, or None."""
        return self._values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a password in memory."""
        self._values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Forget a password; PasswordDeleteError when there is none."""
        if self._values.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def use_memory_keyring() -> MemoryKeyring:
    """Switch this process to a fresh in-memory keyring (demo mode, tests) and return it."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
