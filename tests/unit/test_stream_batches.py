"""Batches of buffered records in a faust agent (basewatch.platform.faust_patches.batches, make_current; issue 13)."""

from __future__ import annotations

import asyncio
from typing import Any

import faust

from basewatch.platform import faust_patches


def _app(name: str) -> tuple[faust.App, Any, Any]:
    """A faust app (never connected: faust's test context) with a 4-partition input topic and a table on it."""
    app = faust.App(name, broker="kafka://127.0.0.1:1", store="memory://", topic_partitions=4)
    topic = app.topic(f"{name}-in", value_type=bytes, value_serializer="raw", partitions=4)
    table = app.Table(f"{name}-table", default=None, partitions=4)
    return app, topic, table


async def test_an_agent_gets_what_is_buffered_as_batches_of_at_most_max_records_acked_only_when_it_says() -> None:
    """Records put before the agent runs come as batches of at most 3; none is acked by faust itself, each once passed to `ack`."""
    app, topic, _ = _app("batches-ack")
    batches: list[list[Any]] = []
    acked_while_handled: list[bool] = []

    @app.agent(topic)
    async def agent(stream: Any) -> None:
        async for batch in faust_patches.batches(stream, 3):
            acked_while_handled.extend(e.message.acked for e in batch)
            batches.append(batch)
            if len(batches) > 1:
                await faust_patches.ack(stream, batches[-2])  # one batch behind, as `Stage.consume` acks

    async with agent.test_context() as ctx:
        for i in range(5):
            await ctx.put(str(i).encode(), partition=0, wait=False)
        await asyncio.wait_for(ctx.put(b"5", partition=0), 5)
        for _ in range(50):  # the agent runs between our awaits: give it the few loop turns the rest takes
            if sum(map(len, batches)) == 6:
                break
            await asyncio.sleep(0.01)
    assert [[e.value for e in b] for b in batches][:1] == [[b"0", b"1", b"2"]]
    assert sum(map(len, batches)) == 6 and max(map(len, batches)) <= 3
    assert not any(acked_while_handled)
    assert all(e.message.acked for b in batches[:-1] for e in b)


async def test_a_table_write_while_a_batch_is_handled_goes_to_the_partition_of_the_record_made_current() -> None:
    """Each record of a batch from several partitions writes its table key to its own changelog partition (faust-streaming #497)."""
    app, topic, table = _app("batches-table")
    handled: list[Any] = []

    @app.agent(topic)
    async def agent(stream: Any) -> None:
        async for batch in faust_patches.batches(stream, 10):
            for event in batch:
                faust_patches.make_current(event)
                table[event.value.decode()] = event.message.partition
            handled.extend(batch)

    async with agent.test_context() as ctx:
        sent: list[tuple[str, int]] = []
        send_soon = table.changelog_topic.send_soon

        def spy(**kw: Any) -> Any:
            sent.append((kw["key"], kw["partition"]))
            return send_soon(**kw)

        table.changelog_topic.send_soon = spy
        for i in range(3):
            await ctx.put(str(i).encode(), partition=i + 1, wait=False)
        await asyncio.wait_for(ctx.put(b"3", partition=0), 5)
        for _ in range(50):
            if len(handled) == 4:
                break
            await asyncio.sleep(0.01)
    assert sorted(sent) == [("0", 1), ("1", 2), ("2", 3), ("3", 0)]


def test_a_stage_app_keeps_no_statistics_per_record_but_when_each_partition_last_had_an_event(tmp_path: Any) -> None:
    """The lean monitor ignores per-record sensor calls and still records a partition's last event time (faust's stall warning reads it)."""
    from faust.types import TP

    from basewatch.platform.settings import Settings
    from basewatch.platform.stream import make_app

    app = make_app("ingest", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    monitor = app.monitor
    assert isinstance(monitor, faust_patches.LeanMonitor)
    tp = TP("t", 0)
    monitor.on_message_in(tp, 0, object())
    monitor.on_stream_event_in(tp, 0, object(), object())
    monitor.on_table_set(object(), "k", "v")
    assert monitor.messages_received_total == 0 and monitor.events_total == 0 and not monitor.tables
    assert tp in monitor.stream_inbound_time


def test_faust_hands_a_fetched_record_over_without_a_task_only_when_nothing_could_make_it_wait(tmp_path: Any) -> None:
    """`hands_over_at_once` is true only with flow running, the producer buffer under its limit, the conductor unlocked and the streams' queues not full."""
    from faust.types import TP

    from basewatch.platform.settings import Settings
    from basewatch.platform.stream import make_app

    app = make_app("enrich", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    topic = app.topic("hand-over-in", value_type=bytes, value_serializer="raw")
    topic.maxsize = 2  # the size of the queue it makes on first use (faust's `app.topic` does not pass it on)
    consumer, conductor, tp = app.consumer, app.topics, TP("hand-over-in", 0)
    assert isinstance(consumer, faust_patches._Consumer)
    conductor._tp_index[tp].add(topic)
    assert not consumer.hands_over_at_once(tp)  # faust starts with flow suspended until partitions are assigned
    app.flow_control.resume()
    consumer.resume_flow()
    assert consumer.hands_over_at_once(tp)
    consumer.stop_flow()  # a rebalance begins
    assert not consumer.hands_over_at_once(tp)
    consumer.resume_flow()
    topic.queue.put_nowait(b"a")
    topic.queue.put_nowait(b"b")  # the stream's queue is full: the hand-over would wait for room
    assert not consumer.hands_over_at_once(tp)
    topic.queue.get_nowait()
    assert consumer.hands_over_at_once(tp)
    buffer = app.producer.buffer
    buffer.max_messages = 0
    buffer.pending.put_nowait(object())  # a table write queued beyond the buffer's limit: faust waits for it to drain
    assert buffer.size > buffer.max_messages and not consumer.hands_over_at_once(tp)
