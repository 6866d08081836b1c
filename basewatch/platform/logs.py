"""structlog set-up for the CLI and the workers: one renderer for basewatch's events and the libraries' logs.

stderr only, so stdout stays clean for JSON Lines output. JSON lines (with the ids the adapters bind)
when stderr is not a terminal, readable console lines when it is. The standard library's records
(faust, mode, aiokafka) go through structlog's `ProcessorFormatter`, so they come out in the same
format, and a record repeated in a loop (aiokafka's "Unable connect to node" while the broker is
gone, several per second) is shown once per interval with a count of the ones held back.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Any, TextIO

import structlog

# The libraries whose records the rate limit applies to; basewatch's own events are never held back.
LIBRARIES = ("faust", "mode", "aiokafka", "aiohttp", "kafka", "asyncio")
REPEAT_INTERVAL = 30.0


class RepeatLimit(logging.Filter):
    """Lets a library's message template through once per `interval`; the next one says how many were held back."""

    def __init__(self, interval: float = REPEAT_INTERVAL, clock: Any = time.monotonic) -> None:
        super().__init__()
        self.interval, self.clock = interval, clock
        self._last: dict[tuple[str, int, str], tuple[float, int]] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, dict):  # a structlog event of basewatch's own
            return True
        key = (record.name, record.levelno, str(record.msg))
        now = self.clock()
        with self._lock:
            last, held = self._last.get(key, (None, 0))
            if last is not None and now - last < self.interval:
                self._last[key] = (last, held + 1)
                return False
            self._last[key] = (now, 0)
        if held:
            record.msg = f"{record.msg} [{held} more like this in the last {self.interval:.0f}s not shown]"
        return True


def _level(name: str) -> int:
    return logging.getLevelNamesMapping().get(name.upper(), logging.INFO)


def configure(level: str = "WARNING", *, json: bool | None = None, stream: TextIO | None = None, libraries: str | None = None) -> None:
    """Route structlog and the standard library's logging to one handler on `stream` (stderr).

    json=None picks JSON lines unless the stream is a terminal. `libraries` is the threshold for
    faust, mode and aiokafka: by default CRITICAL below DEBUG, because a CLI command reports a failure
    itself in one line (their retry chatter would only bury it); workers pass WARNING.
    """
    stream = stream or sys.stderr
    lvl = _level(level)
    if json is None:
        json = not _isatty(stream)
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=_isatty(stream))
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*shared, structlog.stdlib.ExtraAdder()],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info if json else _keep,
            renderer,
        ],
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(RepeatLimit())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(lvl)
    lib_level = _level(libraries) if libraries else (lvl if lvl <= logging.DEBUG else logging.CRITICAL)
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(max(lib_level, lvl))
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        wrapper_class=structlog.make_filtering_bound_logger(lvl),
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=False,
    )


def debugging() -> bool:
    """Whether DEBUG events are written: a per-record path asks before building one (a call on a module's lazy logger costs a bind)."""
    return logging.getLogger().isEnabledFor(logging.DEBUG)


def _keep(_: Any, __: str, event: structlog.types.EventDict) -> structlog.types.EventDict:
    """The console renderer formats exceptions itself."""
    return event


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
