"""A worker reads again the records faust left undelivered after the last one it handled (stream.TailWatch), on a real broker.

Around a rebalance faust-streaming can ack a record it never handed to the agent (a stream skips events of
an older consumer generation and acks them), so the group's committed offset lies past records no worker
handled, and no later record comes to show the gap. The test leaves a group in exactly that state, with
the public Kafka API, and starts a worker on it.
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from basewatch.platform import lag
from basewatch.platform.settings import Settings
from basewatch.platform.stream import TailWatch
from basewatch.services.ingest.domain.intake import RawArticle
from tests.integration.streamkit import Workers, namespace, produce, read_topic

pytestmark = pytest.mark.integration


_TEXTS = (
    "Two drones were shot down near Ain al-Asad air base on Tuesday, officials said. No one was hurt.",
    "A rocket landed inside the perimeter of the Harir base in Erbil province late on Friday, causing minor damage.",
    "Militants fired three rockets at the Green Village garrison in Deir ez-Zor on Sunday morning; coalition troops were unharmed.",
)


def _raw(n: int) -> bytes:
    text = _TEXTS[n]
    return RawArticle(id=f"tail-{n}", text=text, url=f"https://tail.example/{n}").model_dump_json(exclude_none=True).encode()


async def _commit(settings: Settings, stage: str, topic: str, offset: int) -> None:
    """Commit `offset` for the stage's group on partition 0 of `topic`, as faust does once it acked everything before it."""
    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), group_id=lag.group_id(settings, stage), enable_auto_commit=False)
    await consumer.start()
    try:
        tp = TopicPartition(settings.topic(topic), 0)
        consumer.assign([tp])
        await consumer.commit({tp: offset})
    finally:
        await consumer.stop()


def test_records_a_group_committed_but_never_handled_are_read_again_and_handled(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """Committed offset past two records no worker handled, nothing after them: the worker seeks back after STALL_S and publishes both."""
    workers = Workers(namespace(kafka_bootstrap, topic_prefix), tmp_path)
    s = workers.settings

    def published() -> set[str]:
        got = asyncio.run(read_topic(s, "articles", lambda rs: len(rs) >= 3, timeout=3 * TailWatch.STALL_S + 30))
        return {r["origin_id"] or r["article_id"] for r in got}

    try:
        workers.start("ingest")
        asyncio.run(produce(s, "articles.raw", [_raw(0)], [b"tail-0"]))
        assert asyncio.run(read_topic(s, "articles", lambda rs: len(rs) >= 1, timeout=60)), workers.log("ingest")  # handled: its progress is kept
        workers.kill("ingest", sig=signal.SIGTERM)
        asyncio.run(produce(s, "articles.raw", [_raw(1), _raw(2)], [b"tail-1", b"tail-2"]))  # offsets 1 and 2
        asyncio.run(_commit(s, "ingest", "articles.raw", 3))  # what faust's skip-and-ack leaves: committed past them
        workers.start("ingest")
        ids = published()
        log = workers.log("ingest")
    finally:
        workers.stop(signal.SIGKILL)
    assert {"tail-1", "tail-2"} <= ids, log
    assert "stream.tail_reread" in log, log
