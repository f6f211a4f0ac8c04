"""Settings: one typed object, read from the environment in exactly one place (``Settings.from_env``)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from gateway.errors import ConfigurationError

ENV_PREFIX = "GATEWAY_"


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    """Every setting of the gateway. The README has one table of them; keep the two in step."""

    #: SQLAlchemy async URL. The embedded default is a SQLite file under ``var/``.
    database_url: str = "sqlite+aiosqlite:///var/gateway.db"
    #: Redis URL shared by every worker and replica (replay guard, rate limits). Unset: embedded guards.
    redis_url: str | None = None
    #: Prefix for every Redis key this gateway writes.
    redis_prefix: str = "gw:"
    #: The ``aud`` every portal token must carry.
    audience: str = "disclosure-gateway"
    #: Folder for keys, databases and other local state (ignored by git).
    var_dir: Path = Path("var")
    #: Folder holding the gateway's own keys (ledger signer, ledger HMAC key, package signer, staff IdP).
    keys_dir: Path = Path("var/keys")
    #: Largest request body accepted, in bytes (413 beyond).
    max_body_bytes: int = 256 * 1024
    #: Largest token accepted, in bytes (401 beyond).
    max_token_bytes: int = 4096
    #: Longest portal-token lifetime (exp - iat), in seconds.
    token_max_lifetime_s: int = 300
    #: Clock-skew leeway for iat/exp, in seconds.
    clock_skew_s: int = 30
    #: Authenticated portal calls allowed per portal per window.
    portal_rate_limit: int = 120
    #: Failed authentications allowed per client address per window before 429.
    auth_failure_limit: int = 20
    #: Rate-limit window, in seconds.
    rate_window_s: int = 60
    #: Origin (name) of the ledger; also the checkpoint signer's key name.
    ledger_origin: str = "disclosure-gateway.local/ledger"
    #: The staff identity provider's public keys: a JWKS file, or an https:// URL (fetched and cached, refreshed
    #: when an unknown kid appears). Embedded default: the development IdP's file.
    staff_jwks: str = "var/keys/staff-idp.jwks.json"
    #: The ``iss`` staff tokens must carry.
    staff_issuer: str = "disclosure-gateway-dev-idp"
    #: The ``aud`` staff tokens must carry.
    staff_audience: str = "disclosure-gateway-staff"
    #: SLA deadline per priority, in minutes from intake (P0: the fastest published platform target).
    sla_p0_minutes: int = 30
    sla_p1_minutes: int = 60
    sla_p2_minutes: int = 240
    sla_p3_minutes: int = 1440
    #: How long a sealed package stays downloadable, in hours (410 afterwards).
    package_retention_hours: int = 72
    #: Log level of the JSON logs on stderr.
    log_level: str = "INFO"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from ``GATEWAY_*`` variables; unknown ``GATEWAY_*`` names are refused (typos fail)."""
        env = os.environ if environ is None else environ
        fields = set(cls.__struct_fields__)
        raw: dict[str, Any] = {}
        for name, value in env.items():
            if not name.startswith(ENV_PREFIX):
                continue
            key = name[len(ENV_PREFIX) :].lower()
            if key not in fields:
                raise ConfigurationError(f"unknown setting {name}")
            raw[key] = value if value != "" else None
        raw.update(overrides)
        try:
            return msgspec.convert(raw, cls, strict=False, dec_hook=_dec_hook)
        except msgspec.ValidationError as exc:
            raise ConfigurationError(f"invalid setting: {exc}") from None

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sla_minutes(self) -> tuple[int, int, int, int]:
        return (self.sla_p0_minutes, self.sla_p1_minutes, self.sla_p2_minutes, self.sla_p3_minutes)


def _dec_hook(type_: type, obj: Any) -> Any:
    if type_ is Path and isinstance(obj, str):
        return Path(obj)
    raise NotImplementedError
