"""The workaround for faust's hard-coded 1.5 s fetch wait (basewatch.platform.faust_patches; issue 13)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
