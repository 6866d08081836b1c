"""`python -m basewatch.services.enrich`: the enrich stage as a faust worker (settings from BASEWATCH_*)."""

from basewatch.platform.stream import serve
from basewatch.services.enrich.agents import build

if __name__ == "__main__":
    serve("enrich", build)
