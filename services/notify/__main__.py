"""`python -m basewatch.services.notify worker`: the notify stage as a faust worker (BASEWATCH_* and BASEWATCH_NOTIFY_CONFIG)."""

import sys

from basewatch.platform.settings import Settings
from basewatch.services.notify.agents import build
from basewatch.services.notify.config import load
from basewatch.services.notify.domain.config import ConfigError

if __name__ == "__main__":
    try:
        loaded = load()
    except ConfigError as exc:
        sys.exit(f"basewatch notify: {exc}")
    build(Settings.from_env(), loaded).main()
