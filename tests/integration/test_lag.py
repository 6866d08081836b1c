"""Consumer lag as replay reads it to decide it is done (basewatch.platform.lag; issue 13 item 4)."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from basewatch.platform import lag
from tests.integration.streamkit import namespace, produce

pytestmark = pytest.mark.integration


async def _commit(settings: object, group: str, topic: str, offset: int) -> None:
    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), group_id=group, enable_auto_commit=False)  # type: ignore[attr-defined]
    await consumer.start()
    try:
        consumer.assign([TopicPartition(topic, 0)])
        await consumer.commit({TopicPartition(topic, 0): OffsetAndMetadata(offset, "")})
    finally:
        await consumer.stop()


def test_lag_counts_the_records_a_group_has_not_committed_and_is_zero_once_it_has(kafka_bootstrap: str, topic_prefix: str, consumer_group: str) -> None:
    """A group that never committed lags by the whole topic, by the rest after committing 3 of 5, by 0 after all 5."""
    settings = namespace(kafka_bootstrap, topic_prefix)
    topic = settings.topic("articles")
    asyncio.run(produce(settings, "articles", [b"{}"] * 5))
    assert asyncio.run(lag.lag(settings, consumer_group, topic)) == 5
    asyncio.run(_commit(settings, consumer_group, topic, 3))
    assert asyncio.run(lag.lag(settings, consumer_group, topic)) == 2
    asyncio.run(_commit(settings, consumer_group, topic, 5))
    assert asyncio.run(lag.lag(settings, consumer_group, topic)) == 0
