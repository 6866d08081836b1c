"""`python -m basewatch.services.alert worker`: the alert stage as a faust worker (settings from BASEWATCH_*)."""

import asyncio
import sys

from basewatch.platform.settings import Settings
from basewatch.services.alert.agents import build, read_published

if __name__ == "__main__":
    settings = Settings.from_env()
    published = asyncio.run(read_published(settings)) if sys.argv[1:2] == ["worker"] else set()
    build(settings, published).main()
