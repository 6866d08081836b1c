"""ingest stage settings: read from the environment once (see basewatch.config.ENV_VARS)."""

from basewatch.config import Settings

SETTINGS = Settings.from_env()
