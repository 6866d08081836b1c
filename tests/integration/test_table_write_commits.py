"""A worker never commits past a record whose table writes the broker has not acknowledged, on a real broker (issue 13).

faust flushes its producer before a commit, but its buffer's flush gives up after 0.1 s without a message sent;
a worker stopped then lost the buffered state changes of records whose offsets were committed, and the next
owner of the partition never decided them again (the scale-out test's event missing a claim). Here a test-only
start-up hook (tests/integration/slow_writes/sitecustomize.py) holds the worker's first changelog write for HOLD_S
seconds before it reaches the producer, as a loaded machine can, while the group's committed offset is watched.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from basewatch.platform import lag
from basewatch.platform.settings import Settings
from basewatch.services.ingest.domain.intake import RawArticle
from tests.integration.streamkit import Workers, namespace, produce

pytestmark = pytest.mark.integration

HOOK = Path(__file__).resolve().parent / "slow_writes"
HOLD_S = 4.0  # four of the stage's 1 s commit intervals


def _raw(n: int) -> bytes:
    text = f"Rockets struck near the Harir base in Erbil province on Monday, officials said in statement {n}. Nobody was hurt."
    return RawArticle(id=f"held-{n}", text=text, url=f"https://held.example/{n}").model_dump_json(exclude_none=True).encode()


async def _watch(settings: Settings, seconds: float) -> list[tuple[int, int]]:
    """(committed offset of articles.raw:0 for the ingest group, records on the ingest worker's changelogs), every 0.1 s,
    until everything is committed and written or `seconds` pass."""
    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), group_id=lag.group_id(settings, "ingest"), enable_auto_commit=False)
    await consumer.start()
    samples: list[tuple[int, int]] = []
    try:
        source = TopicPartition(settings.topic("articles.raw"), 0)
        deadline = time.monotonic() + seconds
        group = lag.group_id(settings, "ingest")
        logs = [TopicPartition(f"{group}-{table}-changelog", 0) for table in ("progress", "articles-seen")]  # the stage's tables
        while time.monotonic() < deadline:
            written = sum((await consumer.end_offsets(logs)).values())
            samples.append((await consumer.committed(source) or 0, written))
            if samples[-1][0] == 3 and written:
                break
            await asyncio.sleep(0.1)
    finally:
        await consumer.stop()
    return samples


def test_the_group_commits_no_record_before_the_broker_has_its_table_writes(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """First changelog write held 4 s: while no state change is on the changelog the committed offset stays 0; then all 3 are committed."""
    workers = Workers(namespace(kafka_bootstrap, topic_prefix), tmp_path)
    workers.extra_env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(HOOK), os.environ.get("PYTHONPATH")])), "BW_TEST_HOLD_FIRST_WRITE_S": str(HOLD_S)}
    s = workers.settings
    try:
        workers.start("ingest")
        asyncio.run(produce(s, "articles.raw", [_raw(n) for n in range(3)], [f"held-{n}".encode() for n in range(3)]))
        samples = asyncio.run(_watch(s, seconds=HOLD_S + 30))
        log = workers.log("ingest")
    finally:
        workers.stop(signal.SIGKILL)
    early = [(committed, written) for committed, written in samples if committed and not written]
    assert not early, f"committed past records whose state changes had not reached the broker: {early[:3]}\n{log}"
    assert samples and samples[-1][0] == 3 and samples[-1][1] > 0, f"{samples[-5:]}\n{log}"
    assert sum(1 for _, written in samples if not written) >= 10, f"the hold did not hold the writes back: {samples[:5]}"  # the test tests something
