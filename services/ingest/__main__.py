"""`python -m basewatch.services.ingest`: the ingest stage as a faust worker (settings from BASEWATCH_*)."""

from basewatch.platform.stream import serve
from basewatch.services.ingest.agents import build

if __name__ == "__main__":
    serve("ingest", build)
