"""`basewatch kafka up / status / down` as a user runs them, on a free port and a temporary data dir."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from basewatch.platform import broker

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]


def bw(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"BASEWATCH_BROKER_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "basewatch", "kafka", *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False, timeout=180)


def test_up_status_down_and_a_taken_port_is_a_clear_error(tmp_path: Path) -> None:
    """up answers with its bootstrap and start time; a second up on the port fails fast; down stops only its broker."""
    port = broker.free_port()
    up = bw("up", "--port", str(port), data_dir=tmp_path / "a")
    try:
        assert up.returncode == 0, up.stderr
        assert up.stdout.strip() == f"127.0.0.1:{port}" and "jars cached" in up.stderr and "s," in up.stderr
        status = bw("status", data_dir=tmp_path / "a")
        assert status.returncode == 0 and "answering" in status.stdout
        again = bw("up", "--port", str(port), data_dir=tmp_path / "b")
        assert again.returncode == 1 and f"port {port}" in again.stderr and "already in use" in again.stderr
        assert bw("down", data_dir=tmp_path / "b").returncode == 0  # nothing of b's: a keeps running
        assert bw("status", data_dir=tmp_path / "a").returncode == 0
    finally:
        down = bw("down", data_dir=tmp_path / "a")
    assert "stopped broker pid" in down.stderr
    assert bw("status", data_dir=tmp_path / "a").returncode == 1


def test_a_second_up_on_a_used_data_dir_keeps_its_port_and_its_topics(tmp_path: Path) -> None:
    """Issue 8 item 8: `up --free-port --data-dir X` again reuses X's port and data; `up` on a running broker is "already up", exit 0."""
    async def topics(bootstrap: str, create: str | None = None) -> list[str]:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            if create:
                await admin.create_topics([NewTopic(create, 1, 1)])
            return list(await admin.list_topics())
        finally:
            await admin.close()

    first = bw("up", "--free-port", data_dir=tmp_path)
    try:
        assert first.returncode == 0, first.stderr
        bootstrap = first.stdout.strip()
        asyncio.run(topics(bootstrap, create="kept-across-restarts"))
        again = bw("up", "--free-port", data_dir=tmp_path)
        assert again.returncode == 0 and again.stdout.strip() == bootstrap and f"already up at {bootstrap}" in again.stderr
        assert bw("down", data_dir=tmp_path).returncode == 0
        second = bw("up", "--free-port", data_dir=tmp_path)
        assert second.returncode == 0, second.stderr
        assert second.stdout.strip() == bootstrap
        assert "kept-across-restarts" in asyncio.run(topics(bootstrap))
    finally:
        bw("down", data_dir=tmp_path)
