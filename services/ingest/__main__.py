"""`python -m basewatch.services.ingest worker`: the ingest stage as a faust worker (settings from BASEWATCH_*)."""

from basewatch.platform.settings import Settings
from basewatch.services.ingest.agents import build

if __name__ == "__main__":
    build(Settings.from_env()).main()
