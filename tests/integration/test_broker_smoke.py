"""The real path: aiokafka and a faust agent through the session's real broker."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

pytestmark = pytest.mark.integration


async def _consume(bootstrap: str, topic: str, group: str, n: int, timeout: float) -> list[tuple[bytes, bytes]]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group, auto_offset_reset="earliest")
    await consumer.start()
    got: list[tuple[bytes, bytes]] = []
    try:
        async def _take() -> None:
            async for msg in consumer:
                got.append((msg.key, msg.value))
                if len(got) >= n:
                    return

        await asyncio.wait_for(_take(), timeout)
    finally:
        await consumer.stop()
    return got


async def _create(bootstrap: str, *topics: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(t, num_partitions=1, replication_factor=1) for t in topics])
    finally:
        await admin.close()


async def test_aiokafka_round_trip_through_the_real_broker(kafka_bootstrap: str, topic_prefix: str, consumer_group: str) -> None:
    """Messages produced with acks=all and idempotence come back in order with their keys."""
    topic = f"{topic_prefix}roundtrip"
    await _create(kafka_bootstrap, topic)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    for i in range(5):
        await producer.send_and_wait(topic, key=b"k", value=f"v{i}".encode())
    await producer.stop()
    got = await _consume(kafka_bootstrap, topic, consumer_group, 5, timeout=30)
    assert got == [(b"k", f"v{i}".encode()) for i in range(5)]


async def test_faust_agent_reads_one_topic_and_writes_another(
    kafka_bootstrap: str, topic_prefix: str, consumer_group: str, tmp_path: Path
) -> None:
    """A faust worker (with a changelog-backed table) transforms every input record into the output topic."""
    # faust subscribes only to source topics that exist when it joins the group: create them first.
    await _create(kafka_bootstrap, f"{topic_prefix}in", f"{topic_prefix}out")
    env = {**os.environ, "ECHO_BOOTSTRAP": kafka_bootstrap, "ECHO_PREFIX": topic_prefix}
    script = Path(__file__).with_name("faust_echo.py")
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [sys.executable, str(script), "worker", "--loglevel", "warn", "--without-web"],
        env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all", enable_idempotence=True)
        await producer.start()
        for word in (b"drone", b"rocket", b"missile"):
            await producer.send_and_wait(f"{topic_prefix}in", key=word, value=word)
        await producer.stop()
        got = await _consume(kafka_bootstrap, f"{topic_prefix}out", consumer_group, 3, timeout=90)
    except TimeoutError:
        pytest.fail("no output from the faust worker; its log:\n" + (tmp_path / "worker.log").read_text()[-4000:])
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.kill()
        log.close()
    assert [v for _, v in got] == [b"DRONE #1", b"ROCKET #2", b"MISSILE #3"], (tmp_path / "worker.log").read_text()[-3000:]
