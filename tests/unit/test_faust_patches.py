"""The workarounds for faust's consumer (basewatch.platform.faust_patches; issue 13): its fetch wait, its thread."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from aiokafka.errors import KafkaConnectionError

from basewatch.platform import faust_patches
from basewatch.platform.settings import Settings
from basewatch.platform.stream import make_app


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
