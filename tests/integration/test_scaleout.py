"""Scale-out on a real broker: four partitions, two enrich and two alert workers in one consumer group each, a rebalance mid-run.

Lean by design (issue 13: it runs in the default `make test`): one ingest worker (`articles.raw` has one
partition, so a second would only stand by), the workers started at once, articles produced and the
offline core run in this process (no process starts), every wait on a condition (group membership,
consumer lag 0, end offsets) with clients reused across polls, one rebalance per group.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment
from aiokafka.errors import KafkaError

from basewatch.platform import kafka_io, lag
from basewatch.platform.settings import Settings
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools import pipeline
from basewatch.tools.inputs import read
from basewatch.tools.pipeline import publication_order
from tests.integration.streamkit import ROOT, Workers, namespace, produce

pytestmark = pytest.mark.integration
STAGES = ("ingest", "enrich", "alert")
INPUTS = {"ingest": "articles.raw", "enrich": "articles", "alert": "claims"}


def _final(messages: list[dict[str, Any]]) -> tuple[set[tuple[str, tuple[str, ...]]], set[str], dict[str, tuple[Any, ...]]]:
    """What does not depend on the order claims arrive in: live events with their claims, alert ids, and
    what each fatality alert says last (README "Scale-out": versions and revision counts do)."""
    last: dict[str, dict[str, Any]] = {}
    for m in messages:
        key, number = (m["alert_id"], m["revision"]) if m["type"].startswith("alert.") else (m["event_id"], m["version"])
        if key not in last or number >= (last[key].get("revision", last[key].get("version")) or 0):
            last[key] = m
    events = {(k, tuple(m["claim_ids"])) for k, m in last.items() if m["type"].startswith("event.") and m["merged_into"] is None}
    alerts = {k for k, m in last.items() if m["type"].startswith("alert.")}
    fatal = {k: (m["event_id"], m["attack_date"], m["killed_min"], m["killed"], m["status"]) for k, m in last.items() if m.get("kind") == "fatality"}
    return events, alerts, fatal


def _differences(stream: list[dict[str, Any]], offline: list[dict[str, Any]]) -> str:
    """What the stream's final events and alerts have that offline's lack, and the reverse (a failure message)."""
    lines = []
    for name, got, want in zip(("live events", "alert ids", "fatality alerts"), _final(stream), _final(offline), strict=True):
        got_set, want_set = (set(got.items()), set(want.items())) if isinstance(got, dict) else (set(got), set(want))
        lines += [f"{name} only in the stream: {sorted(map(str, got_set - want_set))}", f"{name} only offline: {sorted(map(str, want_set - got_set))}"]
    events = {e for e, _ in _final(stream)[0] ^ _final(offline)[0]}
    for name, messages in (("stream", stream), ("offline", offline)):  # every version of each event that differs, in topic order
        lines += [f"{name}: {m['event_id'][:8]} v{m['version']} {m['type']} claims {[c[:8] for c in m['claim_ids']]} merged_into {m['merged_into']}"
                  for m in messages if m["type"].startswith("event.") and m["event_id"] in events]  # fmt: skip
    return "\n".join(lines)


def _logs(workers: Workers, names: list[str], chars: int = 1500) -> str:
    """The tail of each worker's log, for a failure message."""
    return "\n".join(f"--- {name} ---\n{workers.log(name)[-chars:]}" for name in names)


class _Watch:
    """One admin client and one consumer for every poll of a wait (a client per poll costs more CPU than the workers' own work)."""

    def __init__(self, settings: Settings, workers: Workers) -> None:
        self.settings, self.workers = settings, workers

    async def __aenter__(self) -> _Watch:
        from aiokafka.admin import AIOKafkaAdminClient

        s = self.settings
        self.admin = AIOKafkaAdminClient(**s.aiokafka_kwargs())
        self.consumer = AIOKafkaConsumer(**s.aiokafka_kwargs(), enable_auto_commit=False)
        await self.admin.start()
        await self.consumer.start()
        self.tps = {stage: [TopicPartition(s.topic(t), p) for p in await kafka_io.partitions_of(s, s.topic(t))] for stage, t in INPUTS.items()}
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.consumer.stop()
        await self.admin.close()

    async def members(self, stage: str) -> int:
        """Members of the stage's consumer group once it is stable (0 while it rebalances)."""
        (response,) = await self.admin.describe_consumer_groups([lag.group_id(self.settings, stage)])
        group = response.to_object()["groups"][0]
        return len(group["members"]) if group["state"] == "Stable" else 0

    async def drained(self) -> bool:
        """Every stage's group has committed its whole input."""
        from aiokafka.errors import CoordinatorNotAvailableError

        ends = await self.consumer.end_offsets([tp for tps in self.tps.values() for tp in tps])
        for stage, tps in self.tps.items():
            try:
                committed = await self.admin.list_consumer_group_offsets(lag.group_id(self.settings, stage), partitions=tps)
            except CoordinatorNotAvailableError:  # nothing committed on this broker yet
                return False
            if any(max(committed[tp].offset, 0) < ends[tp] for tp in tps):  # -1: never committed (an empty partition has end 0)
                return False
        # committed is not handled: faust acks records it skips around a rebalance; each worker's lag counts what it handled
        healths = [await asyncio.to_thread(self.workers.health, name, 5.0) for name in self.workers.procs if name.partition("#")[0] in INPUTS]
        return all(h.get("lag") == 0 for h in healths)

    async def offsets(self) -> str:
        """Each stage's committed offset against the end of each input partition, and what each live worker says it
        handled: a stall's failure message tells a worker that stopped consuming from one that stopped committing."""
        ends = await self.consumer.end_offsets([tp for tps in self.tps.values() for tp in tps])
        lines = []
        for stage, tps in self.tps.items():
            try:
                committed = await self.admin.list_consumer_group_offsets(lag.group_id(self.settings, stage), partitions=tps)
                lines.append(f"{stage}: " + ", ".join(f"p{tp.partition} {committed[tp].offset}/{ends[tp]}" for tp in tps))
            except KafkaError as exc:  # a diagnosis must not hide the failure it explains
                lines.append(f"{stage}: offsets unavailable ({exc!r})")
        for stage in ("enrich", "alert"):  # which member holds which input partition (a partition no member holds stalls for good)
            try:
                (response,) = await self.admin.describe_consumer_groups([lag.group_id(self.settings, stage)])
                group = response.to_object()["groups"][0]
                assignments = [ConsumerProtocolMemberAssignment.decode(m["member_assignment"]).assignment for m in group["members"]]
                held = [sorted(tp for topic, tps in assignment if topic.endswith(INPUTS[stage]) for tp in tps) for assignment in assignments]
                lines.append(f"{stage} group {group['state']}: members hold partitions {held}")
            except Exception as exc:  # noqa: BLE001 - a diagnosis must not hide the failure it explains
                lines.append(f"{stage} group: unavailable ({exc!r})")
        for name in list(self.workers.procs):
            try:
                health = await asyncio.to_thread(self.workers.health, name, 5.0)
                lines.append(f"{name}: " + ", ".join(f"{k} {health.get(k)}" for k in ("status", "in", "out", "lag", "skipped")))
            except (RuntimeError, OSError) as exc:
                lines.append(f"{name}: health unavailable ({exc!r})")
        return "\n".join(lines)

    async def until(self, what: str, check: Callable[[], Awaitable[bool]], timeout: float) -> None:
        """Poll `check()` every 0.3 s until it holds; fail with the offsets, every worker's counts and log tail after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if await check():
                return
            await asyncio.sleep(0.3)
        raise AssertionError(f"{what}: not within {timeout:.0f}s\n{await self.offsets()}\n{_logs(self.workers, list(self.workers.procs), 4000)}")


async def _wait(settings: Settings, workers: Workers, what: str, check: str, timeout: float) -> None:
    async with _Watch(settings, workers) as watch:

        async def groups_of_two() -> bool:
            return [await watch.members("enrich"), await watch.members("alert")] == [2, 2]

        await watch.until(what, groups_of_two if check == "groups" else watch.drained, timeout)


async def _read_to_end(settings: Settings, topic: str) -> list[dict[str, Any]]:
    """Every record of every partition of a topic, up to the end offsets of now."""
    tps = [TopicPartition(settings.topic(topic), p) for p in await kafka_io.partitions_of(settings, settings.topic(topic))]
    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    try:
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        await consumer.seek_to_beginning(*tps)
        got: list[dict[str, Any]] = []
        while any([await consumer.position(tp) < ends[tp] for tp in tps]):
            for records in (await consumer.getmany(timeout_ms=1000)).values():
                got += [orjson.loads(r.value) for r in records]
        return got
    finally:
        await consumer.stop()


def _ingest(settings: Settings, articles: list[RawArticle]) -> None:
    """The articles on `articles.raw` in this order, as `basewatch ingest --order input` sends them (without its process start)."""
    values, keys = [a.model_dump_json(exclude_none=True).encode() for a in articles], [a.id.encode() if a.id else None for a in articles]
    asyncio.run(produce(settings, "articles.raw", values, keys))


def test_four_partitions_and_two_workers_per_stage_give_the_events_and_alerts_of_one(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """Two enrich and two alert workers on 4 partitions, the busier alert worker and one enrich worker stopped mid-run: the offline events and alerts."""
    paths = [str(ROOT / "tests" / "data" / "articles.jsonl")] + ([str(ROOT.parent / "shared" / "seeds")] if (ROOT.parent / "shared" / "seeds").exists() else [])
    articles = publication_order(r for r in read(paths) if isinstance(r, RawArticle))
    names = ["ingest", "enrich", "enrich#2", "alert", "alert#2"]
    workers = Workers(namespace(kafka_bootstrap, topic_prefix, partitions=4), tmp_path)
    s = workers.settings
    phases: dict[str, float] = {}
    t0 = time.monotonic()
    try:
        workers.start(*names, timeout=180)  # all at once; a bounded wait, not a timing target
        phases["workers up"] = time.monotonic() - t0
        # each of the two workers of a group holds partitions before anything is sent
        asyncio.run(_wait(s, workers, "two enrich and two alert workers in stable groups", "groups", 120))
        phases["groups stable"] = time.monotonic() - t0
        half = len(articles) // 2
        _ingest(s, articles[:half])
        asyncio.run(_wait(s, workers, "first half drained", "drained", 120))
        phases["first half drained"] = time.monotonic() - t0
        handled = {name: workers.health(name)["in"] for name in names[1:]}
        busier = max(("alert", "alert#2"), key=lambda n: handled[n])  # its events must move with its partitions
        workers.kill("enrich#2", busier, sig=signal.SIGTERM)  # each group rebalances once; the survivors take over the partitions and their state
        _ingest(s, articles[half:])
        asyncio.run(_wait(s, workers, "second half drained after the rebalance", "drained", 120))
        phases["second half drained"] = time.monotonic() - t0
        stream = [m for t in ("attack-events", "alerts") for m in asyncio.run(_read_to_end(s, t))]
        survivor_log = _logs(workers, list(workers.procs))
    finally:
        workers.stop(signal.SIGKILL)  # how they stop is not under test here
    print(f"scale-out phases (s since start): {', '.join(f'{k} {v:.1f}' for k, v in phases.items())}; load {os.getloadavg()[0]:.1f}")
    offline = [m for m in (orjson.loads(msg.model_dump_json()) for msg in pipeline.run(articles)) if m["type"].startswith(("event.", "alert."))]  # offline
    assert handled["enrich"] > 0 and handled["enrich#2"] > 0 and handled[busier] > 0, handled  # both enrich workers worked; the stopped alert one had state
    assert _final(stream) == _final(offline), f"{_differences(stream, offline)}\n{survivor_log}"
