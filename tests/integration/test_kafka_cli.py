"""`basewatch kafka up / status / down` as a user runs them, on a free port and a temporary data dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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
