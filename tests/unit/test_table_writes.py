"""A stage acks a batch only once the broker has acknowledged its table writes (faust_patches.collect_writes; issue 13).

faust flushes its producer before it commits offsets, but its buffer's flush gives up after 0.1 s without a
message sent, and a stopping worker leaves its group before it flushes: offsets were committed with the
changelog writes of their records still buffered, and lost with the worker (an event's last version
lacking a claim after a hand-over, in the scale-out test). faust's test context never connects, so the
writes here stay unacknowledged until the test settles them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from faust.topics import Topic

from basewatch.platform import faust_patches
from basewatch.platform.settings import Settings
from basewatch.platform.stream import Stage, make_app
from tests.helpers import put_and_wait


@pytest.fixture(autouse=True)
def _broker_never_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """faust's test context never connects: a table write handed to the producer stays unacknowledged until the test settles it."""

    async def publish(self: Any, fut: Any, wait: bool = False) -> Any:
        published.append(fut)
        return fut

    published.clear()
    monkeypatch.setattr(Topic, "publish_message", publish)


published: list[Any] = []  # the table writes handed to the producer, in order


class _Halted(Exception):
    """What `Stage.halt` raises here instead of ending the process."""


def _stage(tmp_path: Path, broker_wait: float = 300.0) -> tuple[Stage, Any, Any]:
    """An alert-like stage (never connected) with a table its handler writes, and the agent that runs its batches."""
    app = make_app("alert", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    stage = Stage(app, Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), broker_wait=broker_wait), "claims", [])
    table = app.Table("state", default=None, partitions=app.conf.topic_partitions)
    return stage, table, app


async def _one_batch(stage: Stage, table: Any, app: Any, values: list[bytes]) -> list[tuple[asyncio.Future[Any], Any]]:
    """What `handle_batch` sent for one batch of `values` (its handler writing one table key per record)."""
    return [entry for handled in await _batches(stage, table, app, values) for entry in handled.outbox]


async def _batches(stage: Stage, table: Any, app: Any, values: list[bytes]) -> list[Any]:
    """What `handle_batch` returns for the batches of `values`, its handler writing one table key per record."""
    got: list[Any] = []

    async def handler(event: Any) -> None:
        table[event.value.decode()] = "decided"

    @app.agent(stage.source)
    async def agent(stream: Any) -> None:
        async for batch in faust_patches.batches(stream, 10):
            got.append(await stage.handle_batch(batch, handler))

    async with agent.test_context() as ctx:
        for value in values[:-1]:
            await ctx.put(value, partition=0, wait=False)
        await asyncio.wait_for(ctx.put(values[-1], partition=0), 5)
        for _ in range(50):
            if got:
                break
            await asyncio.sleep(0.01)
    return got


async def test_a_batch_returns_the_pending_writes_of_its_records_and_holds_its_progress_mark_back(tmp_path: Path) -> None:
    """Two records each writing a key: two unacknowledged table writes, no message, and the progress mark not written yet."""
    stage, table, app = _stage(tmp_path)
    outbox = await _one_batch(stage, table, app, [b"a", b"b"])
    writes = [fut for fut, sent in outbox if sent is None]
    assert len(outbox) == len(writes) == 2
    assert sorted(fut.message.key for fut in writes) == [b'"a"', b'"b"']  # faust's json key serializer
    assert not any(fut.done() for fut in writes) and stage.progress.get("claims:0") is None
    assert stage.last_handled_offset("claims:0") == 1  # handled (a gap after it is filled), not yet acknowledged


async def test_the_progress_mark_is_written_only_once_the_batch_is_acknowledged(tmp_path: Path) -> None:
    """A restart skips to after the progress mark: it must not land while the batch's messages may still be lost with the worker."""
    stage, table, app = _stage(tmp_path)
    (handled,) = await _batches(stage, table, app, [b"a", b"b"])
    acked: list[Any] = []

    class Stream:  # what `_settle` acks the batch's events on
        async def ack(self, event: Any) -> None:
            acked.append(event)

    settling = asyncio.ensure_future(stage._settle(Stream(), ["event a", "event b"], handled))
    handled.outbox[0][0].set_result(None)
    await asyncio.sleep(0.05)
    assert not settling.done() and stage.progress.get("claims:0") is None and not acked
    handled.outbox[1][0].set_result(None)
    await asyncio.wait_for(settling, 1)
    assert acked == ["event a", "event b"]
    await app.consumer.force_commit()  # the mark is written right before the consumer commits the acked offsets
    assert stage.progress.get("claims:0") == 1


async def test_progress_marks_wait_for_the_next_commit_and_are_written_once_per_partition(tmp_path: Path) -> None:
    """Batches of one record at a steady rate: their marks are one table write at the commit, not one changelog record per batch."""
    stage, table, app = _stage(tmp_path)
    handled = await _batches(stage, table, app, [b"a", b"b", b"c"])

    class Stream:
        async def ack(self, event: Any) -> None:
            pass

    for one in handled:
        for fut, _ in one.outbox:
            fut.set_result(None)
        await stage._settle(Stream(), [], one)
    assert stage.progress.get("claims:0") is None
    writes: list[Any] = []
    token = faust_patches.collect_writes(writes)
    try:
        await app.consumer.force_commit()
    finally:
        faust_patches.stop_collecting(token)
    assert stage.progress.get("claims:0") == 2 and [fut.message.key for fut in writes] == [b'"claims:0"']
    await app.consumer.force_commit()  # nothing new since: nothing written
    assert stage.progress.get("claims:0") == 2


async def test_before_commit_callbacks_run_before_faust_reads_the_acked_offsets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An offset acked by a callback (as a mark is noted just before its batch is acked) is among those the same commit looks at."""
    app = make_app("alert", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    order: list[str] = []
    faust_patches.before_commit(app, lambda: order.append("callback"))
    consumer = app.consumer

    def pending(topics: Any = None) -> Any:
        order.append("acks read")
        return iter(())

    monkeypatch.setattr(consumer, "_filter_tps_with_pending_acks", pending)
    await consumer.force_commit()
    assert order == ["callback", "acks read"]


async def test_delivery_of_a_batch_waits_until_every_table_write_is_acknowledged(tmp_path: Path) -> None:
    """`_deliver` (after which the batch's events are acked and may be committed) returns only when the last write is acknowledged."""
    stage, table, app = _stage(tmp_path)
    outbox = await _one_batch(stage, table, app, [b"a"])
    delivering = asyncio.ensure_future(stage._deliver(outbox))
    for fut, _ in outbox[:-1]:
        fut.set_result(None)
    await asyncio.sleep(0.05)
    assert not delivering.done()
    outbox[-1][0].set_result(None)
    await asyncio.wait_for(delivering, 1)


async def test_a_table_write_the_producer_gives_up_on_halts_the_stage_instead_of_acking_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed write stops the worker (its batch uncommitted, decided again after a restart): the state is never silently short."""
    stage, table, app = _stage(tmp_path)
    outbox = await _one_batch(stage, table, app, [b"a"])

    def halt(reason: str) -> None:
        raise _Halted(reason)

    monkeypatch.setattr(stage, "halt", halt)
    for fut, _ in outbox:
        fut.set_exception(TimeoutError("no answer from the broker"))
    with pytest.raises(_Halted, match="table write was not acknowledged"):
        await stage._deliver(outbox)


async def test_a_table_write_never_acknowledged_halts_the_stage_after_the_broker_wait_instead_of_stalling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """faust's buffer task can die with writes in it (their futures never resolve): after `broker_wait` the stage halts, loudly."""
    stage, table, app = _stage(tmp_path, broker_wait=0.2)
    outbox = await _one_batch(stage, table, app, [b"a"])

    def halt(reason: str) -> None:
        raise _Halted(reason)

    monkeypatch.setattr(stage, "halt", halt)
    with pytest.raises(_Halted, match=r"1 table writes? not acknowledged within 0s"):
        await asyncio.wait_for(stage._deliver(outbox), 5)


async def _one_record_gathering(app: Any, stage: Any, table: Any, inside: str, outside: str | None) -> list[Any]:
    """One record handled by an agent that writes `inside` while gathering and `outside` after it stopped (none: no
    write); the writes gathered. The agent's test context is left open for the caller's checks of faust's buffer."""
    gathered: list[Any] = []
    after: list[Any] = []

    @app.agent(stage.source)
    async def agent(stream: Any) -> None:
        async for event in stream.events():
            token = faust_patches.collect_writes(gathered)
            table[inside] = 1
            faust_patches.stop_collecting(token)
            if outside is not None:
                table[outside] = 2
            after.append(event)

    async with agent.test_context() as ctx:
        await put_and_wait(ctx, b"x", after)
        gathered.append(app.producer.buffer.size)  # the buffer's size while the context is open, last
    return gathered


async def test_writes_outside_a_gathering_are_not_kept(tmp_path: Path) -> None:
    """Only the writes made between `collect_writes` and `stop_collecting`, in that task, are gathered."""
    stage, table, app = _stage(tmp_path)
    *gathered, _ = await _one_record_gathering(app, stage, table, "inside", "outside")
    assert [fut.message.key for fut in gathered] == [b'"inside"']


async def test_a_records_table_writes_reach_the_producer_before_the_next_record_is_handled(tmp_path: Path) -> None:
    """In the agent's own task, in order: not through faust's buffer, whose task would send them a loop turn later."""
    stage, table, app = _stage(tmp_path)
    seen: list[int] = []  # writes handed to the producer when each record's handling began

    async def handler(event: Any) -> None:
        seen.append(len(published))
        table[event.value.decode()] = "decided"
        table[event.value.decode() + "+"] = "decided"

    done: list[Any] = []

    @app.agent(stage.source)
    async def agent(stream: Any) -> None:
        async for batch in faust_patches.batches(stream, 10):
            done.append(await stage.handle_batch(batch, handler))

    async with agent.test_context() as ctx:
        await ctx.put(b"a", partition=0, wait=False)
        await asyncio.wait_for(ctx.put(b"b", partition=0), 5)
        for _ in range(50):
            if sum(len(h.outbox) for h in done) == 4:
                break
            await asyncio.sleep(0.01)
    assert seen == [0, 2]
    assert [fut.message.key for fut in published] == [b'"a"', b'"a+"', b'"b"', b'"b+"']
    assert app.producer.buffer.size == 0


async def test_writes_a_handling_left_unsent_go_through_fausts_buffer(tmp_path: Path) -> None:
    """Gathering stopped before `send_writes` (the handling raised, say): the write is not lost, faust's buffer sends it."""
    stage, table, app = _stage(tmp_path)
    *gathered, buffered = await _one_record_gathering(app, stage, table, "left", None)
    assert [fut.message.key for fut in gathered] == [b'"left"'] and not published
    assert buffered == 1
