"""`basewatch status`: per stage, consumer lag, dead letters and the last record handled; then the last alerts.

Read from Kafka alone (the consumer groups' committed offsets against the partitions' end offsets), so it
works with workers up, down or on other machines. A stage whose group never committed shows its whole
input as lag.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
import typer
from rich.console import Console
from rich.table import Table

from basewatch.cli.stream import bootstrap_option, settings_for
from basewatch.platform.kafka_io import DLQ_SUFFIX
from basewatch.platform.settings import Settings
from basewatch.tools import render

out = Console(soft_wrap=True)
INPUTS = {"ingest": "articles.raw", "enrich": "articles", "alert": "claims", "notify": "alerts"}  # stage -> input topic


@dataclass
class StageStatus:
    stage: str
    group: str
    topic: str
    lag: int | None  # None: the topic does not exist
    committed: int | None  # None: the group never committed
    end: int
    dead_letters: int
    last_record_at: str | None


async def _count(consumer: Any, topic: str, existing: set[str]) -> int:
    """Records currently on a topic (end minus beginning, summed over partitions); 0 when it does not exist."""
    from aiokafka import TopicPartition

    if topic not in existing:
        return 0
    tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or {0})]
    ends, starts = await consumer.end_offsets(tps), await consumer.beginning_offsets(tps)
    return sum(ends[tp] - starts[tp] for tp in tps)


async def _timestamp(consumer: Any, tp: Any, offset: int) -> str | None:
    """The record time at `offset` (ISO 8601), or None when it is gone (retention, compaction)."""
    consumer.assign([tp])
    consumer.seek(tp, offset)
    batch = await consumer.getmany(tp, timeout_ms=3000)
    records = batch.get(tp, [])
    return datetime.fromtimestamp(records[0].timestamp / 1000, UTC).isoformat(timespec="seconds") if records else None


async def _last_alerts(consumer: Any, topic: str, n: int) -> list[dict[str, Any]]:
    """The `n` latest alerts of every partition of `topic`, newest last (by record time, then partition and offset).

    Alerts are keyed by alert id, so with BASEWATCH_PARTITIONS > 1 they are spread over every partition:
    the last n of each are read, and the n latest of those kept.
    """
    from aiokafka import TopicPartition

    tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or {0})]
    ends, starts = await consumer.end_offsets(tps), await consumer.beginning_offsets(tps)
    pending = [tp for tp in tps if ends[tp] > starts[tp]]
    consumer.assign(pending)
    for tp in pending:
        consumer.seek(tp, max(starts[tp], ends[tp] - n))
    records: list[Any] = []
    while pending:
        batch = await consumer.getmany(*pending, timeout_ms=3000)
        if not batch:
            break
        for tp, got in batch.items():
            records += [r for r in got if r.offset < ends[tp]]
        pending = [tp for tp in pending if await consumer.position(tp) < ends[tp]]
    records.sort(key=lambda r: (r.timestamp, r.partition, r.offset))
    return [orjson.loads(r.value) for r in records[-n:]] if n > 0 else []


async def gather(settings: Settings, last: int = 5) -> dict[str, Any]:
    """Each stage's status, the undeliverable count and the last `last` alerts (newest last)."""
    from aiokafka import AIOKafkaConsumer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.errors import CoordinatorNotAvailableError

    admin = AIOKafkaAdminClient(**settings.aiokafka_kwargs())
    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), enable_auto_commit=False)
    await admin.start()
    await consumer.start()
    try:
        existing = set(await consumer.topics())
        stages = []
        for stage, name in INPUTS.items():
            topic = settings.source_topic(name) if stage == "enrich" else settings.topic(name)
            group = f"{settings.topic_prefix}{settings.app_id}-{stage}"
            dead = await _count(consumer, settings.topic(name + DLQ_SUFFIX), existing)
            if topic not in existing:
                stages.append(StageStatus(stage, group, topic, None, None, 0, dead, None))
                continue
            tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or {0})]
            ends, starts = await consumer.end_offsets(tps), await consumer.beginning_offsets(tps)
            try:
                offsets = await admin.list_consumer_group_offsets(group, partitions=tps)
            except CoordinatorNotAvailableError:  # no group ever committed on this broker (`__consumer_offsets` not made yet)
                offsets = {}
            committed = {tp: m.offset for tp, m in offsets.items() if m.offset >= 0}
            lag = sum(ends[tp] - committed.get(tp, starts[tp]) for tp in tps)
            last_at = None
            for tp, offset in committed.items():
                if offset > starts[tp]:
                    last_at = max(filter(None, [last_at, await _timestamp(consumer, tp, offset - 1)]), default=None)  # ISO strings sort by time
            done = sum(committed.values()) if committed else None
            stages.append(StageStatus(stage, group, topic, lag, done, sum(ends.values()), dead, last_at))
        undeliverable = await _count(consumer, settings.topic("alerts.undeliverable"), existing)
        alerts = await _last_alerts(consumer, settings.topic("alerts"), last) if settings.topic("alerts") in existing else []
        return {"stages": [asdict(s) for s in stages], "undeliverable": undeliverable, "last_alerts": alerts}
    finally:
        await consumer.stop()
        await admin.close()


def status(
    as_json: bool = typer.Option(False, "--json", help="Print the status as one JSON object."),
    last: int = typer.Option(5, "--last", metavar="N", help="How many of the latest alerts to show."),
    bootstrap: str = bootstrap_option(),
) -> None:
    """Per stage: consumer lag, dead letters, time of the last record handled; then the undeliverable count and the last alerts."""
    settings = settings_for(bootstrap)
    report = asyncio.run(gather(settings, last))
    if as_json:
        sys.stdout.buffer.write(orjson.dumps(report) + b"\n")
        return
    table = Table(title=f"basewatch on {settings.bootstrap} (prefix {settings.topic_prefix or 'none'})")
    for col in ("stage", "input", "lag", "handled", "dead letters", "last handled (UTC)"):
        table.add_column(col)
    for s in report["stages"]:
        lag = "no topic" if s["lag"] is None else f"{s['lag']:,}"
        handled = "never" if s["committed"] is None else f"{s['committed']:,} of {s['end']:,}"
        table.add_row(s["stage"], s["topic"].removeprefix(settings.topic_prefix), lag, handled, f"{s['dead_letters']:,}", s["last_record_at"] or "-")
    out.print(table)
    out.print(f"alerts undeliverable to a webhook receiver: {report['undeliverable']:,}")
    for alert in reversed(report["last_alerts"]):
        out.print(render.alert_line(alert))
