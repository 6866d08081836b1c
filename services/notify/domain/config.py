"""The notifier's configuration: receivers (URL, payload format, secret, timeout, filters) and the retry policy.

Parsed from TOML (read by the adapter); every mistake is reported as one line naming the field.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from basewatch.schemas.messages import AlertKind, Severity

Format = Literal["alertmanager", "cloudevents"]


class ConfigError(ValueError):
    """The configuration is invalid; the message is one line per mistake."""


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Match(_Strict):
    """Which alerts a receiver gets: every listed field must match; an empty or missing list matches all."""

    kind: tuple[AlertKind, ...] = ()
    severity: tuple[Severity, ...] = ()
    country: tuple[str, ...] = ()
    base: tuple[str, ...] = Field((), description="base ids from the gazetteer (basewatch bases)")
    status: tuple[str, ...] = Field((), description="claimed, confirmed or reported (alerts without a status never match a status filter)")


class Receiver(_Strict):
    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    url: str
    format: Format = "alertmanager"
    secret_env: str = Field("BASEWATCH_NOTIFY_SECRET", min_length=1, description="environment variable holding the HMAC secret")
    timeout_s: float = Field(5.0, gt=0, le=120)
    match: Match = Match()

    @field_validator("url")
    @classmethod
    def _http(cls, url: str) -> str:
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", url):
            raise ValueError(f"must be an http:// or https:// URL, not {url!r}")
        return url


class Retry(_Strict):
    """Exponential backoff with full jitter between attempts, for 5xx, 408, 429, timeouts and refused connections."""

    attempts: int = Field(6, ge=1, le=50)
    initial_s: float = Field(0.5, gt=0)
    max_s: float = Field(30.0, gt=0)


class NotifyConfig(_Strict):
    receivers: tuple[Receiver, ...] = Field(alias="receiver", min_length=1)
    retry: Retry = Retry()
    board_url: str | None = Field(None, description="the board's address, for links in payloads (externalURL, generatorURL)")

    @model_validator(mode="after")
    def _names_unique(self) -> NotifyConfig:
        names = [r.name for r in self.receivers]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"receiver names must be unique: {', '.join(dupes)}")
        return self


def parse_config(data: dict[str, Any], where: str = "notify config") -> NotifyConfig:
    """The configuration from parsed TOML, or ConfigError with one line per mistake (`where: receiver[0].url: ...`)."""
    try:
        return NotifyConfig.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        locs = [tuple(e["loc"]) for e in errors]
        lines = []
        for err in errors:
            if any(len(other) > len(err["loc"]) and other[: len(err["loc"])] == tuple(err["loc"]) for other in locs):
                continue  # "receiver: too short" only because receiver[0] was invalid: its own line says why
            loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"]).lstrip(".") or "(top level)"
            lines.append(f"{where}: {loc}: {err['msg']}")
        raise ConfigError("\n".join(lines)) from None
