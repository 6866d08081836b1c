"""The notifier's settings, read once at start: the receivers file (BASEWATCH_NOTIFY_CONFIG) and their secrets."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from basewatch.services.notify.domain.config import ConfigError, NotifyConfig, parse_config

CONFIG_ENV = "BASEWATCH_NOTIFY_CONFIG"


@dataclass(frozen=True)
class Loaded:
    config: NotifyConfig
    secrets: dict[str, bytes]  # receiver name -> HMAC secret


def load(env: Mapping[str, str] | None = None) -> Loaded:
    """The configuration named by BASEWATCH_NOTIFY_CONFIG with every receiver's secret, or ConfigError (one line each)."""
    e = os.environ if env is None else env
    path = e.get(CONFIG_ENV)
    if not path:
        raise ConfigError(f"{CONFIG_ENV} is not set: give the path of the receivers file (TOML, see the README's Delivery section)")
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    config = parse_config(data, path)
    secrets, missing = {}, []
    for r in config.receivers:
        secret = e.get(r.secret_env)
        if secret:
            secrets[r.name] = secret.encode()
        else:
            missing.append(f"{path}: receiver[{r.name}].secret_env: {r.secret_env} is not set (the HMAC secret for X-Basewatch-Signature)")
    if missing:
        raise ConfigError("\n".join(missing))
    return Loaded(config, secrets)
