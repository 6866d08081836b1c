"""`python -m basewatch.services.alert`: the alert stage as a faust worker (settings from BASEWATCH_*)."""

import asyncio

import faust

from basewatch.platform.settings import Settings
from basewatch.platform.stream import serve
from basewatch.services.alert.agents import build, read_published


def _build(settings: Settings) -> faust.App:
    """What is already on the output topics is read before the app consumes (see `read_published`)."""
    return build(settings, asyncio.run(read_published(settings)))


if __name__ == "__main__":
    serve("alert", _build)
