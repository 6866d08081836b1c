"""Stopping the nodes of a native cluster: all at once, so none waits for a quorum the others took away."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from basewatch.platform import broker

# A stand-in for a KRaft node: on SIGTERM it marks itself stopping and exits only once every other node is
# stopping too (a node's controlled shutdown needs the others), else it hangs until it is killed.
NODE = """
import os, signal, sys, time
from pathlib import Path
me, peers = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
def stop(*_):
    me.touch()
    while not all(p.exists() for p in peers):
        time.sleep(0.02)
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
Path(str(me) + ".ready").touch()
while True:
    time.sleep(0.05)
"""


def test_stopping_nodes_together_lets_each_shut_down_cleanly_within_the_grace(tmp_path: Path) -> None:
    """Nodes whose clean shutdown needs the others stopping too all exit by SIGTERM (code 0), none by SIGKILL."""
    marks = [tmp_path / f"node{i}" for i in range(3)]
    procs = [subprocess.Popen([sys.executable, "-c", NODE, str(m), *(str(p) for p in marks if p != m)]) for m in marks]
    deadline = time.monotonic() + 30
    while not all(Path(f"{m}.ready").exists() for m in marks) and time.monotonic() < deadline:
        time.sleep(0.05)
    broker._stop_pids([p.pid for p in procs], grace=10.0)
    assert [p.wait(timeout=10) for p in procs] == [0, 0, 0]


def test_a_node_that_ignores_sigterm_is_killed_after_the_grace(tmp_path: Path) -> None:
    """A node still running when the grace ends gets SIGKILL."""
    deaf = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('up', flush=True); time.sleep(60)"
    proc = subprocess.Popen([sys.executable, "-c", deaf], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"up"
    broker._stop_pids([proc.pid], grace=0.5)
    assert proc.wait(timeout=10) == -9
