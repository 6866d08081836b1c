"""Kafka plumbing shared by the CLI and the workers: topic layout, encoding, CloudEvents headers, DLQ records."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from pydantic import BaseModel

from basewatch.platform.settings import Settings
from basewatch.schemas import DeadLetter

SOURCE = "urn:basewatch"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    key: str
    config: dict[str, str]
    schema: str
    why: str


_DAY_MS = 86_400_000
TOPICS = (
    TopicSpec("articles.raw", 1, "sender's id or none", {"retention.ms": str(7 * _DAY_MS)}, "raw JSON (url, source, title, published_at, language, text)",
              "what `basewatch ingest` and POST /articles accept; one partition: duplicate detection sees every article"),
    TopicSpec("articles", 1, "article_id", {"retention.ms": str(365 * _DAY_MS)}, "article.received",
              "the input log, in publication order (one partition keeps it): replay rebuilds everything from it"),
    TopicSpec("claims", 1, "base_id or _unlinked", {"retention.ms": str(365 * _DAY_MS)}, "claim.extracted",
              "one partition: deduplication needs every claim of a day in one place (a few thousand a day)"),
    TopicSpec("attack-events", 1, "event_id", {"cleanup.policy": "compact"}, "event.opened / event.updated",
              "compacted: the latest version of every event"),
    TopicSpec("alerts", 1, "alert_id", {"retention.ms": str(3650 * _DAY_MS)}, "alert.raised / alert.revised",
              "what analysts subscribe to; revisions keep the alert's id"),
    TopicSpec("alerts.undeliverable", 1, "alert_id", {"retention.ms": str(90 * _DAY_MS)}, "dead.letter (reason names the receiver)",
              "alerts a webhook receiver refused (4xx) or never took (retries exhausted); the letter's offset points at the alert on `alerts`"),
)  # fmt: skip
DLQ_SUFFIX = ".dlq"
CONSUMED = ("articles.raw", "articles", "claims", "alerts")  # each input topic of a stage has a .dlq twin


def all_topics(settings: Settings) -> list[tuple[str, int, dict[str, str]]]:
    out = []
    for t in TOPICS:
        out.append((settings.topic(t.name), t.partitions, t.config))
        if t.name in CONSUMED:
            out.append((settings.topic(t.name + DLQ_SUFFIX), 1, {"retention.ms": str(30 * _DAY_MS)}))
    return out


async def ensure_topics(settings: Settings) -> list[str]:
    """Create every basewatch topic that does not exist yet; return the names created."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.errors import TopicAlreadyExistsError

    admin = AIOKafkaAdminClient(**settings.aiokafka_kwargs())
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [NewTopic(n, p, 1, topic_configs=c) for n, p, c in all_topics(settings) if n not in existing]
        if wanted:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(wanted)
        return [t.name for t in wanted]
    finally:
        await admin.close()


def encode(msg: BaseModel) -> bytes:
    return orjson.dumps(msg.model_dump(mode="json"))


def ce_headers(msg: BaseModel, msg_id: str) -> list[tuple[str, bytes]]:
    """CloudEvents binary-mode headers (id, type, source, time, specversion, content type)."""
    return [
        ("ce_specversion", b"1.0"),
        ("ce_id", msg_id.encode()),
        ("ce_type", str(getattr(msg, "type", type(msg).__name__)).encode()),
        ("ce_source", SOURCE.encode()),
        ("ce_time", datetime.now(UTC).isoformat().encode()),
        ("content-type", b"application/json"),
    ]


def message_id(msg: BaseModel) -> str:
    """A stable id per message: the entity id, with the version or revision when there is one."""
    d: dict[str, Any] = msg.model_dump()
    for key, extra in (("alert_id", "revision"), ("event_id", "version"), ("claim_id", None), ("article_id", None)):
        if key in d:
            return f"{d[key]}:{d[extra]}" if extra else str(d[key])
    return ""


def dead_letter(topic: str, reason: str, value: bytes | None, key: bytes | None = None, partition: int | None = None, offset: int | None = None) -> DeadLetter:
    value = value or b""
    return DeadLetter(
        topic=topic,
        partition=partition,
        offset=offset,
        reason=reason[:2000],
        key=key.decode("utf-8", "replace") if key else None,
        value_preview=value[:2000].decode("utf-8", "replace"),
        value_size=len(value),
    )


async def read_range(
    settings: Settings, topic: str, start: int | None = None, end: int | None = None, partition: int = 0, timeout: float = 120.0
) -> list[Any]:
    """Records [start, end) of one partition, read outside any consumer group.

    Defaults: from the beginning to the end offset at the time of the call. Raises TimeoutError when
    the range cannot be read within `timeout` seconds.
    """
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), enable_auto_commit=False, max_partition_fetch_bytes=16 * 1024 * 1024)
    await consumer.start()
    tp = TopicPartition(topic, partition)
    try:
        consumer.assign([tp])
        if start is None:
            await consumer.seek_to_beginning(tp)
        else:
            consumer.seek(tp, start)
        stop = (await consumer.end_offsets([tp]))[tp] if end is None else end
        deadline = time.monotonic() + timeout
        out: list[Any] = []
        while await consumer.position(tp) < stop:
            if time.monotonic() > deadline:
                raise TimeoutError(f"could not read {topic}[{partition}] up to offset {stop} in {timeout:.0f}s")
            batch = await consumer.getmany(tp, timeout_ms=1000)
            out += [r for r in batch.get(tp, []) if r.offset < stop]
        return out
    finally:
        await consumer.stop()


def producer_kwargs(settings: Settings) -> dict[str, Any]:
    """Producer settings: acks from every replica and idempotence on (aiokafka defaults to neither)."""
    return settings.aiokafka_kwargs() | {"acks": "all", "enable_idempotence": True, "max_request_size": 12 * 1024 * 1024}
