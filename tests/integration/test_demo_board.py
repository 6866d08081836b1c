"""`basewatch demo --board`: the demo's alerts on the live board, the stack kept up until Ctrl-C."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from basewatch.platform.broker import free_port

pytestmark = pytest.mark.integration


def _board_health(port: int) -> dict[str, object] | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
            return dict(json.loads(r.read()))
    except OSError:
        return None


def test_demo_with_board_serves_its_alerts_and_stops_everything_on_ctrl_c(kafka_bootstrap: str, tmp_path: Path) -> None:
    """The board shows the demo's alerts while the demo keeps the stack up; SIGINT then stops it all and exits 0."""
    port = free_port()
    demo = subprocess.Popen(
        [sys.executable, "-m", "basewatch", "demo", "--board", "--board-port", str(port), "--bootstrap", kafka_bootstrap, "--pace", "0"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={"BROWSER": "true", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    lines: list[str] = []

    def read() -> None:
        """The demo's output, line by line as it comes (the test waits on what the demo says)."""
        assert demo.stdout is not None
        for line in demo.stdout:
            lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 240
        seen: dict[str, object] | None = None
        while time.monotonic() < deadline and demo.poll() is None:
            seen = _board_health(port)
            if seen and int(str(seen.get("alerts", 0))) > 0:
                break
            time.sleep(1)
        assert seen and int(str(seen["alerts"])) > 0, f"the board never showed an alert: {seen}\n{''.join(lines)[-3000:]}"
        while time.monotonic() < deadline and demo.poll() is None and not any("stays up until Ctrl-C" in line for line in lines):
            time.sleep(0.5)  # the demo's own idle wait ends: it says so, and must then keep the stack up
        time.sleep(2)
        assert demo.poll() is None and _board_health(port) is not None, "".join(lines)[-3000:]
        demo.send_signal(signal.SIGINT)
        demo.wait(90)
        reader.join(10)
        output = "".join(lines)
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait(10)
    assert demo.returncode == 0, output[-3000:]
    assert "stays up until Ctrl-C" in output
    assert "nothing left running" in output and _board_health(port) is None
