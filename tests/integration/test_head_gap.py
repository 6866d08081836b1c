"""A worker handles the records faust skipped at the head of a partition no worker had handled yet, on a real broker.

Around a rebalance faust-streaming can skip (and ack) the first records of a partition newly assigned to a
worker and deliver a later one first: the scale-out test lost two Tower 22 reports so, about one run in six
under load (claims partition 0: offsets 0-4 committed, never handled; offset 5 handled first). A gap after a
record handled before is filled from the progress table (`Stage._handle_each`); a partition never handled
has no entry there, and its first record must be the partition's first. The test leaves a group in that
state with the public Kafka API: two records committed and never handled, then a third.
"""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import pytest

from tests.integration.streamkit import Workers, namespace, produce, read_topic
from tests.integration.test_tail_reread import _commit, _raw

pytestmark = pytest.mark.integration


def test_records_skipped_before_the_first_record_a_partition_ever_handled_are_read_and_handled(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """Offsets 0-1 committed unhandled, offset 2 delivered first to a fresh group: the worker publishes all three."""
    workers = Workers(namespace(kafka_bootstrap, topic_prefix), tmp_path)
    s = workers.settings
    try:
        asyncio.run(produce(s, "articles.raw", [_raw(0), _raw(1)], [b"tail-0", b"tail-1"]))  # offsets 0 and 1
        asyncio.run(_commit(s, "ingest", "articles.raw", 2))  # what faust's skip-and-ack leaves: committed past them
        workers.start("ingest")
        asyncio.run(produce(s, "articles.raw", [_raw(2)], [b"tail-2"]))  # offset 2: the first record it is given
        got = asyncio.run(read_topic(s, "articles", lambda rs: len(rs) >= 3, timeout=60))
        log = workers.log("ingest")
    finally:
        workers.stop(signal.SIGKILL)
    assert {r["origin_id"] or r["article_id"] for r in got} == {"tail-0", "tail-1", "tail-2"}, log
    assert '"first": 0' in log and "stream.gap_filled" in log, log  # filled as a gap, not found later by the tail watch
