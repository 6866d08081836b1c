"""Consumer lag: how many records of a topic a consumer group has not yet committed (replay, benchmarks, scale-out)."""

from __future__ import annotations

from basewatch.platform.kafka_io import admin_client, partitions_of
from basewatch.platform.settings import Settings


def group_id(settings: Settings, stage: str) -> str:
    """The consumer group of a stage's workers (faust's application id, as `make_app` names it)."""
    return f"{settings.topic_prefix}{settings.app_id}-{stage}"


async def end_offsets(settings: Settings, topic: str) -> dict[int, int]:
    """partition -> end offset (the offset the next record will get) of every partition of `topic`."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    parts = await partitions_of(settings, topic)  # a consumer without a subscription knows no topic's partitions
    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs())
    await consumer.start()
    try:
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in parts])
        return {tp.partition: offset for tp, offset in ends.items()}
    finally:
        await consumer.stop()


async def lag(settings: Settings, group: str, topic: str) -> int:
    """Records of `topic` the group has not committed, summed over its partitions (all of them when it committed none)."""
    from aiokafka.errors import CoordinatorNotAvailableError

    ends = await end_offsets(settings, topic)
    async with admin_client(settings) as admin:
        try:
            committed = await admin.list_consumer_group_offsets(group)
        except CoordinatorNotAvailableError:  # no group has committed on this broker yet: nothing is committed
            committed = {}
    done = {tp.partition: meta.offset for tp, meta in committed.items() if tp.topic == topic and meta.offset >= 0}
    return sum(max(0, end - done.get(p, 0)) for p, end in ends.items())
