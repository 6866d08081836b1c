"""`python -m basewatch.services.enrich worker`: the enrich stage as a faust worker (settings from BASEWATCH_*)."""

from basewatch.platform.settings import Settings
from basewatch.services.enrich.agents import build

if __name__ == "__main__":
    build(Settings.from_env()).main()
