"""`basewatch status` on a partitioned namespace (issue 13 item 3): the last alerts come from every partition of `alerts`."""

from __future__ import annotations

import asyncio

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from basewatch.cli.status import gather
from basewatch.platform import kafka_io
from basewatch.platform.settings import Settings
from tests.integration.streamkit import namespace

pytestmark = pytest.mark.integration


async def _write_alerts(settings: Settings, placed: list[tuple[int, int, str]]) -> None:
    """(partition, record time ms, alert id) each as an alert record on that partition of `alerts`."""
    producer = AIOKafkaProducer(**kafka_io.producer_kwargs(settings))
    await producer.start()
    try:
        for partition, at, alert_id in placed:
            value = orjson.dumps({"type": "alert.raised", "alert_id": alert_id})
            await producer.send_and_wait(settings.topic("alerts"), value, key=alert_id.encode(), partition=partition, timestamp_ms=at)
    finally:
        await producer.stop()


def test_status_shows_the_latest_alerts_of_every_partition_newest_last(kafka_bootstrap: str, topic_prefix: str) -> None:
    """Alerts on partitions 0, 1 and 3 of a 4-partition topic: status lists the three newest by time, whichever partition holds them."""
    settings = namespace(kafka_bootstrap, topic_prefix, partitions=4)
    t = 1_780_000_000_000
    placed = [(0, t + 1, "a-old"), (1, t + 5, "b-newest"), (0, t + 2, "a-mid"), (3, t + 4, "d-new"), (3, t + 3, "d-older")]
    asyncio.run(_write_alerts(settings, placed))
    assert [a["alert_id"] for a in asyncio.run(gather(settings, last=3))["last_alerts"]] == ["d-older", "d-new", "b-newest"]
    assert [a["alert_id"] for a in asyncio.run(gather(settings, last=10))["last_alerts"]] == ["a-old", "a-mid", "d-older", "d-new", "b-newest"]
