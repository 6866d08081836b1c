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

from basewatch.platform import kafka_io
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
    return [orjson.loads(r.value) for r in await kafka_io.read_range(settings, settings.topic(topic))]


def _ids(records: list[dict[str, Any]]) -> set[str]:
    """type:id:version (events) or type:id:revision (alerts) of each message."""
    return {f"{r['type']}:{kafka_io.message_id(ANY_MESSAGE.validate_python(r))}" for r in records}


def replay(source: Settings, idle: float = 6.0, timeout: float = 600.0, stall: float = 90.0) -> ReplayReport:
    """Replay `source`'s articles; RuntimeError when the workers make no progress for `stall` seconds."""
    t0 = time.monotonic()
    tag = uuid.uuid4().hex[:8]
    fresh = Settings(**{**source.__dict__, "topic_prefix": f"{source.topic_prefix}replay-{tag}.", "source_prefix": source.topic_prefix,
                        "app_id": f"{source.app_id}-replay-{tag}", "data_dir": tempfile.mkdtemp(prefix="basewatch-replay-")})  # fmt: skip
    try:
        asyncio.run(kafka_io.ensure_topics(fresh))
        n_articles = len(asyncio.run(_records(source, "articles")))
        workers = WorkerSet(fresh, Path(fresh.data_dir) / "logs")
        try:
            workers.start("enrich", "alert")
            deadline, stable_since, last = time.monotonic() + timeout, time.monotonic(), (-1, -1)
            while time.monotonic() < deadline:
                now = (workers.health("enrich")["in"], workers.health("alert")["in"])
                if now != last:
                    last, stable_since = now, time.monotonic()
                elif now[0] >= n_articles and time.monotonic() - stable_since >= idle:
                    break
                elif time.monotonic() - stable_since >= stall:
                    raise RuntimeError(f"replay stalled: enrich read {now[0]} of {n_articles} articles and nothing moved for {stall:.0f}s")
                time.sleep(0.5)
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
