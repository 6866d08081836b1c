"""The workarounds for faust (basewatch.platform.faust_patches; issue 13): its consumer's fetch wait and thread, its producer's yields."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from aiokafka.errors import KafkaConnectionError

from basewatch.platform import faust_patches
from basewatch.platform.settings import Settings
from basewatch.platform.stream import Stage, make_app
from basewatch.schemas import ArticleReceived
from tests.helpers import put_and_wait


async def test_a_stage_consumer_asks_the_broker_to_wait_at_most_the_bounded_fetch_wait(tmp_path: Path) -> None:
    """A worker's Kafka consumer is built with faust_patches.FETCH_MAX_WAIT_MS, not faust's hard-coded 1,500 ms."""
    app = make_app("ingest", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    consumer = app.consumer._thread._create_worker_consumer(app.transport)
    try:
        assert consumer._fetch_max_wait_ms == faust_patches.FETCH_MAX_WAIT_MS < 1500
    finally:
        await consumer._client.close()


def test_importing_the_stream_module_leaves_faust_unpatched_until_an_app_is_made() -> None:
    """The patch is applied at start-up by make_app, never as a side effect of an import."""
    code = (
        "import basewatch.platform.stream, basewatch.platform.faust_patches as p\n"
        "from faust.transport.drivers import aiokafka as a\n"
        "print(a.Transport.Consumer is p._Consumer)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


async def test_a_stage_consumer_runs_on_the_workers_own_event_loop_not_in_a_thread(tmp_path: Path) -> None:
    """faust's consumer "thread" is the in-loop stand-in: a call to it runs in the calling task's thread and loop, not a second one."""
    app = make_app("ingest", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    delegate = app.consumer._thread
    assert isinstance(delegate, faust_patches._ConsumerOnTheLoop)
    assert delegate.thread_loop is delegate.parent_loop is asyncio.get_running_loop()

    async def where() -> tuple[int, asyncio.AbstractEventLoop]:
        return threading.get_ident(), asyncio.get_running_loop()

    assert await delegate.call_thread(where) == (threading.get_ident(), asyncio.get_running_loop())
    assert await delegate.call_thread(lambda x: x + 1, 1) == 2  # a plain function too, as mode's method queue allows


async def test_a_stage_consumer_that_cannot_start_starts_no_thread_and_stops_at_once(tmp_path: Path) -> None:
    """No broker: starting raises the connection error, no OS thread was made, and stopping does not wait for a shutdown that never comes."""
    app = make_app("ingest", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    delegate = app.consumer._thread
    threads = threading.active_count()
    with pytest.raises(KafkaConnectionError):
        await asyncio.wait_for(delegate.start(), 30)
    assert threading.active_count() == threads
    await asyncio.wait_for(delegate.stop(), 10)  # mode's shutdown wait is 60 s: the crash must have signalled it
    assert not delegate._thread.is_alive()


class _Ticks:
    """Counts the event loop's turns: a callback that schedules itself again each turn."""

    def __init__(self) -> None:
        self.now = 0
        self._loop = asyncio.get_running_loop()
        self._handle = self._loop.call_soon(self._tick)

    def _tick(self) -> None:
        self.now += 1
        self._handle = self._loop.call_soon(self._tick)

    def stop(self) -> None:
        self._handle.cancel()


def _started_producer_recording(app: Any, monkeypatch: pytest.MonkeyPatch, ticks: _Ticks) -> list[tuple[str, int]]:
    """The app's producer, marked started (never connected), recording each message handed to it: (topic, loop turn)."""
    sends: list[tuple[str, int]] = []

    async def send(self: Any, topic: str, *args: Any, **kwargs: Any) -> asyncio.Future[Any]:
        sends.append((topic, ticks.now))
        return asyncio.get_running_loop().create_future()

    monkeypatch.setattr(type(app.producer), "send", send)
    app.producer._started.set()
    return sends


async def test_a_faust_topic_send_reaches_a_started_producer_without_yielding_to_the_event_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """faust's stampede guard around its producer yields three times a send; a started producer is used at once."""
    app = make_app("alert", Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066))
    ticks = _Ticks()
    sends = _started_producer_recording(app, monkeypatch, ticks)
    topic = app.topic("somewhere", value_type=bytes, value_serializer="raw", key_serializer="raw")
    try:
        called_at = ticks.now
        await topic.publish_message(topic.as_future_message(key=b"k", value=b"v"), wait=False)
    finally:
        ticks.stop()
    assert sends == [("somewhere", called_at)]


async def test_a_records_table_write_reaches_the_producer_in_the_same_loop_turn_as_its_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """So both travel in one produce request: aiokafka's sender, run in between, sent the message alone and the write a round trip later."""
    settings = Settings(bootstrap="127.0.0.1:1", data_dir=str(tmp_path), web_port=6066)
    app = make_app("ingest", settings)
    stage = Stage(app, settings, "articles.raw", ["articles"])
    table = app.Table("seen", default=None, partitions=app.conf.topic_partitions)
    ticks = _Ticks()
    sends = _started_producer_recording(app, monkeypatch, ticks)

    async def handler(event: Any) -> None:
        table[event.value.decode()] = "seen"
        await stage.send("articles", event.value.decode(), ArticleReceived(article_id=event.value.decode(), text="A base was hit.", fingerprint=""))

    done: list[Any] = []

    @app.agent(stage.source)
    async def agent(stream: Any) -> None:
        async for batch in faust_patches.batches(stream, 10):
            done.append(await stage.handle_batch(batch, handler))

    try:
        async with agent.test_context() as ctx:
            await put_and_wait(ctx, b"a1", done)
    finally:
        ticks.stop()
    (message_topic, message_turn), (write_topic, write_turn) = sends
    assert (message_topic, write_topic.endswith("-seen-changelog")) == ("articles", True)
    assert write_turn == message_turn
