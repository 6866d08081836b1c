"""Issue 11 item 4: a worker started while the broker is down waits for it (bounded) instead of exiting."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from basewatch.platform.broker import free_port
from basewatch.platform.settings import Settings
from tests.integration.streamkit import Workers, namespace

pytestmark = pytest.mark.integration


@contextlib.contextmanager
def tcp_forward(port: int, target: str) -> Iterator[None]:
    """A TCP forwarder on 127.0.0.1:`port` to `target` (host:port): a broker that "comes up" at an address the worker already has."""
    host, tport = target.rsplit(":", 1)
    loop = asyncio.new_event_loop()

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()

    async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection(host, int(tport))
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    server = loop.run_until_complete(asyncio.start_server(client, "127.0.0.1", port))
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        loop.call_soon_threadsafe(server.close)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


def _waits(lines: list[str]) -> list[dict[str, object]]:
    return [json.loads(x) for x in lines if '"worker.waiting_for_broker"' in x]


def test_a_worker_started_before_its_broker_waits_for_it_and_then_serves(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """No broker at start: the worker logs that it waits (once per interval), stays up, and is healthy once a broker answers."""
    real = namespace(kafka_bootstrap, topic_prefix)
    port = free_port()
    workers = Workers(Settings(**{**real.__dict__, "bootstrap": f"127.0.0.1:{port}"}), tmp_path)
    workers.ports["enrich"] = free_port()
    command = [sys.executable, "-m", "basewatch", "worker", "enrich"]
    with (tmp_path / "enrich.log").open("ab") as log:
        workers.procs["enrich"] = subprocess.Popen(command, env=workers.env("enrich"), stdout=log, stderr=subprocess.STDOUT)
    try:
        # Start-up time varies with the machine's load: wait for the first "waiting" line (bounded), then
        # watch several retry attempts (seconds apart) go by without a second line.
        deadline = time.monotonic() + 120
        while not _waits(workers.log("enrich").splitlines()) and time.monotonic() < deadline:
            assert workers.procs["enrich"].poll() is None, workers.log("enrich")
            time.sleep(0.5)
        time.sleep(6)
        assert workers.procs["enrich"].poll() is None, workers.log("enrich")
        waits = _waits(workers.log("enrich").splitlines())
        assert len(waits) == 1, workers.log("enrich")  # logged once per 30 s, not per attempt
        with tcp_forward(port, kafka_bootstrap):
            assert workers.health("enrich", timeout=60)["status"] in {"ok", "starting"}
    finally:
        workers.stop()


def test_a_worker_gives_up_on_a_broker_that_never_comes_after_broker_wait_seconds(tmp_path: Path) -> None:
    """With BASEWATCH_BROKER_WAIT=4 and no broker, the worker exits 1 after waiting, in one line naming the wait."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BASEWATCH_")}
    env |= {"BASEWATCH_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}", "BASEWATCH_BROKER_WAIT": "4", "BASEWATCH_DATA_DIR": str(tmp_path)}
    t0 = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "basewatch", "worker", "ingest"], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1 and time.monotonic() - t0 >= 4, done.stderr
    refused = [json.loads(x) for x in done.stderr.splitlines() if '"worker.refused"' in x]
    assert refused and "cannot reach Kafka" in refused[0]["reason"] and "BASEWATCH_BROKER_WAIT" in refused[0]["reason"], done.stderr
    assert len(_waits(done.stderr.splitlines())) == 1, done.stderr
