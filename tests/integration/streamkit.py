"""Helpers for stream tests: run the real workers as processes against the session broker, read topics."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from basewatch.platform import kafka_io
from basewatch.platform.procs import WorkerSet
from basewatch.platform.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


class Workers(WorkerSet):
    """The stage workers of a test's namespace; logs and state under the test's tmp dir."""

    def __init__(self, settings: Settings, tmp: Path) -> None:
        tmp.mkdir(parents=True, exist_ok=True)
        super().__init__(Settings(**{**settings.__dict__, "data_dir": str(tmp / "state")}), tmp)


def namespace(bootstrap: str, prefix: str, **kw: Any) -> Settings:
    settings = Settings(bootstrap=bootstrap, topic_prefix=prefix, **kw)
    asyncio.run(kafka_io.ensure_topics(settings))
    return settings


async def produce(settings: Settings, topic: str, values: list[bytes], keys: list[bytes | None] | None = None) -> None:
    producer = AIOKafkaProducer(**kafka_io.producer_kwargs(settings))
    await producer.start()
    try:
        for i, v in enumerate(values):
            await producer.send_and_wait(settings.topic(topic), v, key=keys[i] if keys else None)
    finally:
        await producer.stop()


async def read_topic(settings: Settings, topic: str, until: Callable[[list[dict[str, Any]]], bool], timeout: float) -> list[dict[str, Any]]:
    """All JSON records of a topic (every partition) from the start, once `until(records)` holds (or the timeout)."""
    tps = [TopicPartition(settings.topic(topic), p) for p in await kafka_io.partitions_of(settings, settings.topic(topic))]
    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    consumer.assign(tps)
    await consumer.seek_to_beginning(*tps)
    got: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not until(got):
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                got += [_json(r.value) for r in records]
    finally:
        await consumer.stop()
    return got


def _json(value: bytes) -> dict[str, Any]:
    """A record's JSON object; poison records a test put on the topic itself come back as {"poison": ...}."""
    try:
        obj = orjson.loads(value)
    except orjson.JSONDecodeError:
        return {"poison": value[:100]}
    return obj if isinstance(obj, dict) else {"poison": value[:100]}


def offline_ids(path: str) -> tuple[set[tuple[str, str, int]], list[dict[str, Any]]]:
    """(type, id, version/revision) of every event and alert message that `run --offline` prints."""
    done = subprocess.run([sys.executable, "-m", "basewatch", "run", "--offline", "-q", path], capture_output=True, cwd=ROOT, check=True)
    msgs = [orjson.loads(x) for x in done.stdout.splitlines()]
    return {ident(m) for m in msgs if m["type"].startswith(("event.", "alert."))}, msgs


def ident(m: dict[str, Any]) -> tuple[str, str, int]:
    if m["type"].startswith("alert."):
        return m["type"], m["alert_id"], m["revision"]
    return m["type"], m["event_id"], m["version"]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def workload(tmp: Path, name: str, bases: list[str], months: Callable[[int], tuple[int, int]], n: int) -> str:
    """n articles in our own words, written to tmp/<name>.jsonl: two outlets report each attack (articles 2k and 2k+1)
    on a base of `bases` in turn, on day 1-28 of the (year, month) that `months(i)` gives; a third of the attacks
    kill 2-4 soldiers, and the two outlets of such an attack may differ on the toll (a revision)."""
    lines = []
    for i in range(n):
        pair = i // 2
        (year, month), day = months(i), 1 + pair % 28
        toll = f", killing {2 + i % 3} soldiers" if pair % 3 == 0 else ""
        text = f"Militants launched rockets at the {bases[pair % len(bases)]} base on {day} {_MONTHS[month - 1]} {year}{toll}. Source {i} reported it."
        lines.append(orjson.dumps({"id": f"{name}-{i}", "source": f"Outlet {i % 7}", "published_at": f"{year}-{month:02d}-{day:02d}", "text": text}).decode())
    path = tmp / f"{name}.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return str(path)
