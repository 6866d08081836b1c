"""Issue 11 item 9: on a 3-node cluster, kill -9 of each worker and of one broker loses, doubles and changes no event or alert.

The short version (one kill of each worker and one broker) runs with the integration tests; `make chaos`
runs it with BASEWATCH_CHAOS_ROUNDS=3, three times in a row, and prints the figures.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from basewatch.platform import broker
from tests.integration.streamkit import ROOT, Workers, ident, namespace, offline_ids, read_topic, workload

pytestmark = pytest.mark.integration
ROUNDS = int(os.environ.get("BASEWATCH_CHAOS_ROUNDS", "1"))


@pytest.fixture(scope="module")
def cluster() -> Iterator[tuple[str, list[broker.BrokerSpec]]]:
    """A native 3-node KRaft cluster (replication 3, min.insync.replicas 2): (bootstrap, the nodes)."""
    data_dir = Path(tempfile.mkdtemp(prefix="basewatch-test-cluster-"))
    try:
        broker.cluster_up(data_dir, heap_mb=320, timeout=240)
        yield broker.cluster_bootstrap(data_dir), broker.cluster_specs(data_dir)
    finally:
        broker.cluster_down(data_dir)
        shutil.rmtree(data_dir, ignore_errors=True)


def _workload(tmp: Path, n: int = 200) -> str:
    """Two outlets per attack on eight bases over 2024, some tolls differing (revisions), all within 120 days."""
    bases = ["Tower 22", "al-Tanf", "Ain al-Asad", "Erbil air base", "al-Omar oil field", "Conoco gas field", "Shaddadi", "Rumeilan"]
    return workload(tmp, "chaos", bases, lambda i: (2024, 1 + (i // 56) % 12), n)


def _healthy_after(workers: Workers, stage: str) -> float:
    t0 = time.monotonic()
    workers.start(stage, timeout=180)
    return time.monotonic() - t0


@pytest.mark.timeout(1200)
def test_kill_9_of_each_worker_and_one_broker_loses_doubles_and_changes_nothing(
    cluster: tuple[str, list[broker.BrokerSpec]], topic_prefix: str, tmp_path: Path
) -> None:
    """Every event and alert equals `run --offline`'s after SIGKILL of ingest, enrich, alert and one broker mid-stream."""
    bootstrap, nodes = cluster
    path = _workload(tmp_path)
    expected, offline = offline_ids(path)
    by_id = {ident(m): m for m in offline if m["type"].startswith(("event.", "alert."))}
    expected_alerts = {e for e in expected if e[0].startswith("alert.")}
    workers = Workers(namespace(bootstrap, topic_prefix, replication=len(nodes)), tmp_path)
    workers.extra_env = {"BASEWATCH_REPLICATION": str(len(nodes))}
    env = os.environ | {"BASEWATCH_KAFKA_BOOTSTRAP": bootstrap, "BASEWATCH_TOPIC_PREFIX": topic_prefix}
    figures: dict[str, Any] = {"kills": 0, "recovery_s": []}
    try:
        workers.start("ingest", "enrich", "alert", timeout=180)
        fed = subprocess.run([sys.executable, "-m", "basewatch", "ingest", path], env=env, cwd=ROOT, capture_output=True, timeout=300, check=False)
        assert fed.returncode == 0, fed.stderr
        for r in range(ROUNDS):
            for victim in ("ingest", "enrich", "alert"):
                asyncio.run(read_topic(workers.settings, "alerts", lambda a, r=r: len(a) >= len(expected_alerts) * (r + 1) // (2 * ROUNDS), 60))
                workers.kill(victim)
                figures["recovery_s"].append(round(_healthy_after(workers, victim), 1))
                figures["kills"] += 1
            node = nodes[r % len(nodes)]
            pid = broker.read_pid(node.data_dir)
            assert pid is not None
            os.kill(pid, signal.SIGKILL)
            figures["kills"] += 1
            time.sleep(5)
            t0 = time.monotonic()
            broker.up(node, timeout=240)
            figures["recovery_s"].append(round(time.monotonic() - t0, 1))
        expected_events = {e for e in expected if e[0].startswith("event.")}
        events = asyncio.run(read_topic(workers.settings, "attack-events", lambda a: expected_events <= {ident(m) for m in a}, 300))
        alerts = asyncio.run(read_topic(workers.settings, "alerts", lambda a: expected_alerts <= {ident(m) for m in a}, 120))
    finally:
        workers.stop()
    published = Counter(ident(m) for m in events + alerts)
    lost = expected - set(published)
    doubled = [k for k, n in published.items() if n > 1 and k[0].startswith("alert.")]
    differing = [ident(m) for m in events + alerts if ident(m) in by_id and m != by_id[ident(m)]]
    extra = set(published) - expected
    figures |= {"alerts_expected": len(expected_alerts), "events_expected": len(expected) - len(expected_alerts),
                "lost": len(lost), "doubled": len(doubled), "differing": len(differing), "unexpected": len(extra)}  # fmt: skip
    print(f"chaos figures: {json.dumps(figures)}")
    assert not lost and not doubled and not differing and not extra, figures
