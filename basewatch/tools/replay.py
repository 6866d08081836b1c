"""`basewatch replay`: rebuild all state from the `articles` log under a fresh application id.

Runs enrich and alert workers in a new topic namespace (`<prefix>replay-<id>.`) that read the original
`articles` topic from its beginning; when they have caught up, compares the event and alert ids they
published with the original run's. Nothing in the original namespace is written to.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from basewatch.platform import kafka_io, lag
from basewatch.platform.procs import WorkerSet
from basewatch.platform.settings import Settings
from basewatch.schemas import ANY_MESSAGE


@dataclass(frozen=True)
class ReplayReport:
    namespace: str
    articles: int
    events: int
    alerts: int
    missing: list[str]
    extra: list[str]
    seconds: float

    @property
    def same(self) -> bool:
        return not self.missing and not self.extra

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "same": self.same}


async def _records(settings: Settings, topic: str) -> list[dict[str, Any]]:
    return [orjson.loads(r.value) for r in await kafka_io.read_all(settings, settings.topic(topic))]


async def _lags(fresh: Settings) -> tuple[int, int]:
    """(articles enrich has not committed, claims alert has not committed). Alert's lag counts only once
    enrich's is 0: before that, claims still to come are not on the topic yet."""
    articles = await lag.lag(fresh, lag.group_id(fresh, "enrich"), fresh.source_topic("articles"))
    if articles:
        return articles, -1
    return 0, await lag.lag(fresh, lag.group_id(fresh, "alert"), fresh.topic("claims"))


def _ids(records: list[dict[str, Any]]) -> set[str]:
    """type:id:version (events) or type:id:revision (alerts) of each message."""
    return {f"{r['type']}:{kafka_io.message_id(ANY_MESSAGE.validate_python(r))}" for r in records}


def replay(source: Settings, timeout: float = 600.0, stall: float = 90.0, poll: float = 0.5) -> ReplayReport:
    """Replay `source`'s articles; done when both workers' consumer lag is 0 (enrich's first, then alert's
    on the claims enrich wrote). RuntimeError when the lag does not move for `stall` seconds."""
    t0 = time.monotonic()
    tag = uuid.uuid4().hex[:8]
    source = asyncio.run(kafka_io.adopt_partitions(source))  # the replay's topics get as many partitions as the original's
    fresh = Settings(**{**source.__dict__, "topic_prefix": f"{source.topic_prefix}replay-{tag}.", "source_prefix": source.topic_prefix,
                        "app_id": f"{source.app_id}-replay-{tag}", "data_dir": tempfile.mkdtemp(prefix="basewatch-replay-")})  # fmt: skip
    try:
        asyncio.run(kafka_io.ensure_topics(fresh))
        n_articles = len(asyncio.run(_records(source, "articles")))
        workers = WorkerSet(fresh, Path(fresh.data_dir) / "logs")
        try:
            workers.start("enrich", "alert")
            deadline, moved, last = time.monotonic() + timeout, time.monotonic(), (-1, -1)
            while True:
                now = asyncio.run(_lags(fresh))
                if now == (0, 0):
                    break
                if now != last:
                    last, moved = now, time.monotonic()
                elif time.monotonic() - moved >= stall:
                    raise RuntimeError(f"replay stalled: {now[0]} articles and {now[1]} claims not yet handled, and nothing moved for {stall:.0f}s")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"replay did not finish within {timeout:.0f}s: {now[0]} articles and {now[1]} claims left")
                time.sleep(poll)
        finally:
            workers.stop()
    finally:
        shutil.rmtree(fresh.data_dir, ignore_errors=True)  # worker state and logs; the replay's topics stay for inspection
    original = asyncio.run(_records(source, "attack-events")) + asyncio.run(_records(source, "alerts"))
    again = asyncio.run(_records(fresh, "attack-events")) + asyncio.run(_records(fresh, "alerts"))
    a, b = _ids(original), _ids(again)
    return ReplayReport(
        namespace=fresh.topic_prefix,
        articles=n_articles,
        events=sum(1 for r in again if "event_id" in r and "alert_id" not in r),
        alerts=sum(1 for r in again if "alert_id" in r),
        missing=sorted(a - b),
        extra=sorted(b - a),
        seconds=round(time.monotonic() - t0, 1),
    )
