"""Every setting, declared once.

Precedence (highest first): environment ``PASSERELLE_<SECTION>__<KEY>``, the settings file in
the data dir, the defaults below. Secrets (``SecretStr`` fields) are never written to the
settings file: they live in the OS keyring (see core/secrets.py) or, on unattended servers,
come from the environment.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import zoneinfo
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, EnvSettingsSource, SettingsConfigDict

from app.core import atomic
from app.core.paths import settings_file
from app.core.pydantic_sentences import invalid, problems
from app.core.tr import QT_TRANSLATE_NOOP, Sentence

ENV_PREFIX = "PASSERELLE_"
ENV_DELIMITER = "__"


class Section(BaseModel):
    model_config = ConfigDict(validate_assignment=True, extra="ignore")


class AppSection(Section):
    """General behaviour of the desktop app."""

    lang: Literal["", "fr", "pt_BR", "en"] = Field("", title="Language", description="Empty: the system's.")
    desk_name: str = Field("", title="Desk name", description="Shown in the journal; default: computer name.")
    check_updates: bool = Field(False, title="Check for updates")


class VetelevageSection(Section):
    """Vétélevage "Passerelle LGCV"."""

    base_url: str = Field("https://api.vetelevage.fr/v1", title="API address")
    mode: Literal["veterinaire", "saas"] = Field("veterinaire", title="Authentication mode")
    client_id: str = Field("", title="Editor client id")
    client_secret: SecretStr = Field(SecretStr(""), title="Editor client secret")
    username: str = Field("", title="Account login (vétérinaire mode)")
    password: SecretStr = Field(SecretStr(""), title="Account password (vétérinaire mode)")
    compte: str = Field("all", title="Account (SaaS mode)", description="One account id, or 'all'.")
    import_interval_minutes: int = Field(30, ge=0, le=1440, title="Import every N minutes (0: off)")
    daily_push_time: str = Field("07:00", title="Daily acts push (HH:MM, empty: off)")


class ProvetSection(Section):
    """Provet Cloud."""

    base_url: str = Field(
        "", title="REST API address", description="https://provetcloud.com/<provet_id>/api/0.1/"
    )
    client_id: str = Field("", title="OAuth2 client id")
    client_secret: SecretStr = Field(SecretStr(""), title="OAuth2 client secret")
    grant: Literal["client_credentials", "authorization_code"] = Field(
        "client_credentials", title="OAuth2 grant"
    )
    redirect_port: int = Field(8766, ge=1, le=65535, title="Sign-in redirect port")
    webhook_enabled: bool = Field(False, title="Receive webhooks")
    webhook_host: str = Field("127.0.0.1", title="Webhook listen address")
    webhook_port: int = Field(8765, ge=0, le=65535, title="Webhook port")
    webhook_token: SecretStr = Field(SecretStr(""), title="Webhook path token")
    catchup_interval_minutes: int = Field(15, ge=0, le=1440, title="Catch-up poll every N minutes (0: off)")
    catchup_overlap_minutes: int = Field(5, ge=0, le=1440, title="Catch-up overlap (minutes)")


class DatabaseSection(Section):
    """Local store: SQLite in the data dir, or a clinic's shared PostgreSQL."""

    url: str = Field("", title="Database URL", description="Empty: the SQLite file in the data dir.")
    password: SecretStr = Field(SecretStr(""), title="Database password")


class OmnidocSection(Section):
    """Omnidoc teleexpertise."""

    base_url: str = Field(
        "https://app.omnidoc.fr", title="Omnidoc address", description="Or https://playground.omnidoc.fr"
    )
    api_token: SecretStr = Field(SecretStr(""), title="API token")
    author_rpps: str = Field("", title="Author RPPS (11 digits)")
    history_retention_days: int = Field(90, ge=1, le=3650, title="Keep personal data in history (days)")


class TotvsSaudeSection(Section):
    """TOTVS Saúde Planos (Protheus)."""

    base_url: str = Field("", title="Protheus REST address")
    username: str = Field("", title="User")
    password: SecretStr = Field(SecretStr(""), title="Password")
    health_insurer_code: str = Field("", title="Health insurer code")


_UTC_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def time_zone(name: str) -> dt.tzinfo | None:
    """The zone a setting names: None for empty (this computer's own rules), an IANA name
    (America/Sao_Paulo) or a fixed UTC offset (-03:00, UTC-3); ValueError otherwise."""
    text = name.strip()
    if not text:
        return None
    if text.upper() in ("UTC", "GMT", "Z"):
        return dt.UTC
    if match := _UTC_OFFSET.match(text):
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours > 14 or minutes > 59:
            raise invalid(
                QT_TRANSLATE_NOOP("errors", "'{value}' is not a UTC offset (from -12:00 to +14:00)"),
                value=text,
            )
        offset = dt.timedelta(hours=hours, minutes=minutes)
        return dt.timezone(-offset if sign == "-" else offset)
    try:
        return zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise invalid(
            QT_TRANSLATE_NOOP(
                "errors",
                "unknown time zone '{value}': use a name such as {name} or an offset such as {offset}",
            ),
            value=text,
            name="America/Sao_Paulo",
            offset="-03:00",
        ) from exc


def company_branch_pairs(text: str) -> list[tuple[str, str]]:
    """``"T1:D MG 01, T2:01"`` → [("T1", "D MG 01"), ("T2", "01")]; ValueError naming a bad pair."""
    pairs: list[tuple[str, str]] = []
    for part in text.split(","):
        if not part.strip():
            continue
        company, colon, branch = part.partition(":")
        if not colon or not company.strip() or not branch.strip():
            raise invalid(
                QT_TRANSLATE_NOOP(
                    "errors", "'{value}' is not a companyId:branchId pair; write them like {example}"
                ),
                value=part.strip(),
                example="T1:D MG 01, T2:01",
            )
        pair = (company.strip(), branch.strip())
        if pair not in pairs:
            pairs.append(pair)
    return pairs


class TotvsRhSection(Section):
    """TOTVS RH (GPEA003API)."""

    base_url: str = Field("", title="Protheus REST address")
    username: str = Field("", title="User")
    password: SecretStr = Field(SecretStr(""), title="Password")
    product: str = Field("PROTHEUS", title="Product")
    scopes: str = Field(
        "",
        title="Companies and branches",
        description="companyId:branchId pairs that exist in Protheus, comma-separated, e.g. T1:D MG 01, T2:01",
    )
    server_timezone: str = Field(
        "",
        title="Protheus server time zone",
        description="Protheus compares datemodified in its own local time. Empty: this computer's "
        "time zone; or a name such as America/Sao_Paulo, or an offset such as -03:00.",
    )
    page_size: int = Field(2000, ge=1, le=10000, title="Page size")
    incremental_overlap_days: int = Field(
        1,
        ge=1,
        le=31,
        title="Incremental overlap (days)",
        description="Protheus filters by payment date: each load of changes asks again from this many "
        "days before the previous load; rows received twice are kept once.",
    )

    @model_validator(mode="before")
    @classmethod
    def _from_older_settings(cls, data: Any) -> Any:
        """Settings written before pairs: company_id × branch_id lists (what those loads asked
        for) become pairs; an overlap in minutes becomes whole days (at least one)."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        companies = [c.strip() for c in str(data.pop("company_id", "") or "").split(",") if c.strip()]
        branches = [b.strip() for b in str(data.pop("branch_id", "") or "").split(",") if b.strip()]
        if companies and branches and not data.get("scopes"):
            data["scopes"] = ", ".join(f"{c}:{b}" for c in companies for b in branches)
        minutes = data.pop("incremental_overlap_minutes", None)
        if str(minutes or "").strip().isdigit() and "incremental_overlap_days" not in data:
            data["incremental_overlap_days"] = min(31, max(1, -(-int(str(minutes)) // 1440)))
        return data

    @field_validator("scopes")
    @classmethod
    def _scopes(cls, value: str) -> str:
        return ", ".join(f"{c}:{b}" for c, b in company_branch_pairs(value))

    @field_validator("server_timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        time_zone(value)
        return value.strip()

    def pairs(self) -> list[tuple[str, str]]:
        """The configured (companyId, branchId) pairs, in order."""
        return company_branch_pairs(self.scopes)

    def zone(self) -> dt.tzinfo | None:
        """The Protheus server's time zone; None: this computer's."""
        return time_zone(self.server_timezone)


class NetworkSection(Section):
    """How the APIs are reached. TLS certificates are always verified."""

    proxy: str = Field(
        "",
        title="Proxy",
        description="Empty: the system's (HTTPS_PROXY, or Windows' Internet Options); none: direct; "
        "or http://host:port",
    )
    ca_bundle: str = Field(
        "",
        title="Extra trusted certificates (PEM file)",
        description="Trusted besides the public authorities, e.g. a firewall's inspection certificate.",
    )

    @field_validator("proxy")
    @classmethod
    def _proxy(cls, value: str) -> str:
        value = value.strip()
        if value and value.lower() != "none" and not re.match(r"(?i)^https?://[^\s/]+", value):
            raise invalid(
                QT_TRANSLATE_NOOP("errors", "must be empty, none, or an address such as {example}"),
                example="http://proxy.clinic.lan:3128",
            )
        return value


class OpsSection(Section):
    """Operations: retention, backups, alerts."""

    raw_retention_days: int = Field(90, ge=1, le=3650, title="Keep raw payloads (days)")
    backup_interval_hours: int = Field(24, ge=0, le=720, title="Backup every N hours (0: off)")
    backups_kept: int = Field(7, ge=1, le=365, title="Backups kept")
    opening_hours: str = Field("mon-fri 08:00-19:00; sat 08:00-12:00", title="Clinic opening hours")
    failing_alert_minutes: int = Field(
        30, ge=1, le=1440, title="Alert when an integration fails for (minutes)"
    )
    inactivity_working_days: int = Field(
        2, ge=1, le=30, title="Alert when no visits imported for (working days)"
    )
    daily_digest: bool = Field(False, title="One daily digest instead of immediate alerts")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter=ENV_DELIMITER,
        extra="ignore",
        validate_assignment=True,
    )

    app: AppSection = AppSection()
    vetelevage: VetelevageSection = VetelevageSection()
    provet: ProvetSection = ProvetSection()
    database: DatabaseSection = DatabaseSection()
    omnidoc: OmnidocSection = OmnidocSection()
    totvs_saude: TotvsSaudeSection = TotvsSaudeSection()
    totvs_rh: TotvsRhSection = TotvsRhSection()
    ops: OpsSection = OpsSection()
    network: NetworkSection = NetworkSection()


SECTIONS: tuple[str, ...] = tuple(Settings.model_fields)


class SettingsError(ValueError):
    """A setting name or value that cannot be used; the message names it."""


def is_secret(section: str, key: str) -> bool:
    model = _section_model(section)
    field = model.model_fields.get(key)
    return field is not None and field.annotation is SecretStr


def secret_keys(section: str) -> list[str]:
    model = _section_model(section)
    return [k for k, f in model.model_fields.items() if f.annotation is SecretStr]


def _section_model(section: str) -> type[Section]:
    field = Settings.model_fields.get(section)
    if field is None:
        raise SettingsError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "Unknown settings section '{section}'. Known: {known}."),
                section=section,
                known=", ".join(SECTIONS),
            )
        )
    annotation = field.annotation
    assert isinstance(annotation, type) and issubclass(annotation, Section)
    return annotation


def _deep_merge(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _deep_merge(out[key], value)
        else:
            out[key] = value
    return out


# json's own reasons (Python 3.11), said in words; any other: "it is not valid JSON".
_JSON_PROBLEMS = {
    "Expecting value": QT_TRANSLATE_NOOP("errors", "a value is expected"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("errors", "a comma is expected"),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("errors", "a colon is expected"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "errors", "a name in double quotes is expected, or a comma follows the last value"
    ),
    "Extra data": QT_TRANSLATE_NOOP("errors", "more text follows the end of the settings"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP("errors", "a text is not closed by its quote"),
    "Invalid control character at": QT_TRANSLATE_NOOP("errors", "a text holds a line break or a tab"),
    "Invalid \\escape": QT_TRANSLATE_NOOP("errors", "a backslash must be doubled"),
}


def _unreadable_settings(exc: OSError | ValueError) -> Sentence | str:
    """Why the settings file cannot be read, in words: where the JSON goes wrong (line, column),
    not UTF-8, or the file's own problem."""
    if isinstance(exc, json.JSONDecodeError):
        problem = _JSON_PROBLEMS.get(exc.msg, QT_TRANSLATE_NOOP("errors", "it is not valid JSON"))
        return Sentence(
            "errors",
            QT_TRANSLATE_NOOP("errors", "line {line}, column {column}: {problem}"),
            line=exc.lineno,
            column=exc.colno,
            problem=Sentence("errors", problem),
        )
    if isinstance(exc, UnicodeDecodeError):
        return Sentence("errors", QT_TRANSLATE_NOOP("errors", "it is not UTF-8 text"))
    if isinstance(exc, OSError):
        from app.core.http import unreadable_file  # only when it fails: httpx stays out of start-up

        return unreadable_file(exc)
    return str(exc)


def _read_file(data_dir: Path | None) -> dict[str, Any]:
    if data_dir is None:
        return {}
    path = settings_file(data_dir)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SettingsError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors", "The settings file {file} cannot be read ({detail}). Fix or delete it."
                ),
                file=path,
                detail=_unreadable_settings(exc),
            )
        ) from exc
    if not isinstance(data, dict):
        raise SettingsError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors", "The settings file {file} does not hold a JSON object. Fix or delete it."
                ),
                file=path,
            )
        )
    # Secrets never come from the file, even if someone wrote them there by hand.
    for section, values in data.items():
        if section in SECTIONS and isinstance(values, dict):
            for key in secret_keys(section):
                values.pop(key, None)
    return data


def load_settings(data_dir: Path | None = None) -> Settings:
    file_values = _read_file(data_dir)
    env_values = EnvSettingsSource(
        Settings, env_prefix=ENV_PREFIX, env_nested_delimiter=ENV_DELIMITER, case_sensitive=False
    )()
    try:
        return Settings(**_deep_merge(file_values, env_values))
    except ValidationError as exc:
        raise SettingsError(describe_validation_error(exc)) from exc


def describe_validation_error(exc: ValidationError) -> Sentence:
    """What is wrong with the settings: each setting named with what it expects, a sentence
    translated where it is shown (app.core.tr.in_language), never pydantic's English."""
    return Sentence(
        "errors",
        QT_TRANSLATE_NOOP("errors", "Invalid setting — {problems}."),
        problems=problems(exc.errors()),
    )


_URL_PASSWORD = re.compile(r"(?i)^([a-z][a-z0-9+.-]*://[^:/?#@\s]*):[^@/\s]*@")


def url_without_password(url: str, replacement: str = "") -> str:
    """``scheme://user:secret@host/…`` → ``scheme://user@host/…`` (or ``user:<replacement>@``)."""
    return _URL_PASSWORD.sub(lambda m: m.group(1) + (f":{replacement}" if replacement else "") + "@", url)


def save_settings(settings: Settings, data_dir: Path) -> None:
    """Write the non-secret settings that differ from the defaults (atomically)."""
    data: dict[str, Any] = {}
    defaults = Settings.model_construct()
    for section in SECTIONS:
        current = getattr(settings, section)
        default = getattr(defaults, section)
        values = {
            key: getattr(current, key)
            for key in type(current).model_fields
            if not is_secret(section, key) and getattr(current, key) != getattr(default, key)
        }
        if values:
            data[section] = values
    if "url" in data.get("database", {}):  # a password never reaches the file (the keyring has it)
        data["database"]["url"] = url_without_password(str(data["database"]["url"]))
    atomic.write_text(settings_file(data_dir), json.dumps(data, indent=2, ensure_ascii=False, default=str))


def split_key(dotted: str) -> tuple[str, str]:
    section, _, key = dotted.partition(".")
    model = _section_model(section)
    if key not in model.model_fields:
        raise SettingsError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "Unknown setting '{key}'. Keys of [{section}]: {keys}."),
                key=dotted,
                section=section,
                keys=", ".join(model.model_fields),
            )
        )
    return section, key


def set_value(settings: Settings, dotted: str, value: Any) -> None:
    section, key = split_key(dotted)
    if is_secret(section, key):
        raise SettingsError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "'{key}' is a secret: use 'passerelle secret set {key}'."),
                key=dotted,
            )
        )
    try:
        setattr(getattr(settings, section), key, value)
    except ValidationError as exc:
        raise SettingsError(
            Sentence(
                "errors",
                QT_TRANSLATE_NOOP("errors", "Invalid {key}: {problems}."),
                key=dotted,
                problems=problems(exc.errors(), named=False),
            )
        ) from exc


def env_secret(section: str, key: str) -> str | None:
    """A secret given in the environment (servers, CI); wins over the keyring."""
    name = f"{ENV_PREFIX}{section}{ENV_DELIMITER}{key}".upper()
    for env_key, value in os.environ.items():
        if env_key.upper() == name and value:
            return value
    return None


def masked(settings: Settings) -> dict[str, dict[str, Any]]:
    """The effective settings as plain data, secrets shown as '***' when set."""
    out: dict[str, dict[str, Any]] = {}
    for section in SECTIONS:
        values = getattr(settings, section)
        out[section] = {}
        for key in type(values).model_fields:
            value = getattr(values, key)
            if isinstance(value, SecretStr):
                out[section][key] = "***" if value.get_secret_value() else ""
            elif (section, key) == ("database", "url"):
                out[section][key] = url_without_password(value, "***")
            else:
                out[section][key] = value
    return out
