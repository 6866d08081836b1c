"""`python -m basewatch.services.notify`: the notify stage as a faust worker (BASEWATCH_* and BASEWATCH_NOTIFY_CONFIG)."""

import sys

import faust

from basewatch.platform.settings import Settings
from basewatch.platform.stream import serve
from basewatch.services.notify.agents import build
from basewatch.services.notify.config import load
from basewatch.services.notify.domain.config import ConfigError


def _build(settings: Settings) -> faust.App:
    """The receivers come from BASEWATCH_NOTIFY_CONFIG; a bad file stops the worker with one line per mistake."""
    try:
        loaded = load()
    except ConfigError as exc:
        sys.exit(f"basewatch notify: {exc}")
    return build(settings, loaded)


if __name__ == "__main__":
    serve("notify", _build)
