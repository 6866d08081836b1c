"""Workers as a stranger runs them (issue 8): default ports and interface, logs, topic checks, a lost broker, replay."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from basewatch.platform import broker, kafka_io
from basewatch.platform.settings import Settings
from basewatch.tools.inputs import Rejected, read
from basewatch.tools.pipeline import run
from tests.integration.streamkit import ROOT, namespace, produce, read_topic

pytestmark = pytest.mark.integration
ARTICLES = ROOT / "tests" / "data" / "articles.jsonl"


def _env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment a user gives a worker: no BASEWATCH_WEB_PORT unless a test sets one."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BASEWATCH_")}
    return env | {
        "BASEWATCH_KAFKA_BOOTSTRAP": settings.bootstrap,
        "BASEWATCH_TOPIC_PREFIX": settings.topic_prefix,
        "BASEWATCH_DATA_DIR": settings.data_dir,
        **extra,
    }


class Worker:
    """`basewatch worker <stage>` as a process, its log in a file, its URL read from its `worker.started` line."""

    def __init__(self, stage: str, env: dict[str, str], log: Path) -> None:
        self.stage, self.log_path = stage, log
        with log.open("wb") as f:
            self.proc = subprocess.Popen([sys.executable, "-m", "basewatch", "worker", stage], env=env, cwd=log.parent, stdout=f, stderr=subprocess.STDOUT)
        self.url = ""

    def lines(self) -> list[str]:
        return [line for line in self.log_path.read_text(errors="replace").splitlines() if line.strip()]

    def wait_started(self, timeout: float = 90.0) -> Worker:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"the {self.stage} worker exited:\n" + "\n".join(self.lines()[-30:])
            started = [json.loads(line) for line in self.lines() if '"worker.started"' in line]
            if started:
                self.url = started[0]["web"]
                if self.health()[0] == 200:
                    return self
            time.sleep(0.3)
        raise AssertionError(f"the {self.stage} worker did not become healthy:\n" + "\n".join(self.lines()[-30:]))

    def health(self) -> tuple[int, dict[str, Any]]:
        try:
            with urllib.request.urlopen(f"{self.url}/health", timeout=5) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())
        except OSError:
            return 0, {}

    def post(self, body: bytes, token: str | None = None) -> int:
        headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
        req = urllib.request.Request(f"{self.url}/articles", data=body, method="POST", headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return int(r.status)
        except urllib.error.HTTPError as e:
            return int(e.code)

    def stop(self) -> float:
        """SIGTERM; the seconds it took to exit."""
        t0 = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return time.monotonic() - t0


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of the sockets listening on `port` (Linux /proc/net/tcp, tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, hexport = local.rsplit(":", 1)
            if state == "0A" and int(hexport, 16) == port:
                found.add(address)
    return found


def _worker_cli(stage: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "basewatch", "worker", stage], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


async def _topic_state(bootstrap: str, create: list[str] | None = None) -> tuple[list[str], dict[str, dict[str, str]]]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        if create:
            await admin.create_topics([NewTopic(t, 1, 1) for t in create])
        names = list(await admin.list_topics())
        configs: dict[str, dict[str, str]] = {}
        wanted = [n for n in names if not n.startswith("__")]
        for response in await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, n) for n in wanted]):
            for res in response.to_object()["resources"]:
                configs[res["resource_name"]] = {e["config_names"]: e["config_value"] for e in res["config_entries"]}
        return names, configs
    finally:
        await admin.close()


def test_a_worker_refuses_to_start_on_missing_or_misconfigured_topics_and_topics_create_fixes_them(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    """Issue 8 item 7: no auto-created `alerts` with 7 days' retention; `topics create` fixes the wrong ones it finds."""
    settings = Settings(bootstrap=kafka_bootstrap, topic_prefix=topic_prefix, data_dir=str(tmp_path / "state"))
    env = _env(settings)
    missing = _worker_cli("alert", env)
    assert missing.returncode == 1, missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1, missing.stderr
    assert f"topic {topic_prefix}alerts is missing" in missing.stderr and "basewatch topics create" in missing.stderr
    names, _ = asyncio.run(_topic_state(kafka_bootstrap))
    assert not [n for n in names if n.startswith(topic_prefix)], "the refused worker made the broker create topics"

    asyncio.run(_topic_state(kafka_bootstrap, create=[f"{topic_prefix}alerts", f"{topic_prefix}attack-events"]))  # broker defaults
    wrong = _worker_cli("alert", env)
    assert wrong.returncode == 1 and "retention.ms" in wrong.stderr and "cleanup.policy=delete" in wrong.stderr, wrong.stderr

    fixed = subprocess.run([sys.executable, "-m", "basewatch", "topics", "create"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert fixed.returncode == 0, fixed.stderr
    assert f"fixed {topic_prefix}alerts" in fixed.stderr and f"fixed {topic_prefix}attack-events" in fixed.stderr
    _, configs = asyncio.run(_topic_state(kafka_bootstrap))
    assert configs[f"{topic_prefix}alerts"]["retention.ms"] == str(3650 * 86_400_000)
    assert configs[f"{topic_prefix}attack-events"]["cleanup.policy"] == "compact"
    assert asyncio.run(kafka_io.check_topics(settings, kafka_io.stage_topics("alert", settings))) == []
    again = subprocess.run([sys.executable, "-m", "basewatch", "topics", "create"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert "fixed" not in again.stderr and "already as wanted" in again.stderr


def test_three_workers_with_default_settings_share_a_host_on_loopback_and_log_json_lines(
    kafka_bootstrap: str, topic_prefix: str, tmp_path: Path
) -> None:
    """Issue 8 items 4, 5, 6: free web ports, 127.0.0.1 only, token-guarded POST, JSON logs without per-record INFO, quick stop."""
    settings = namespace(kafka_bootstrap, topic_prefix, data_dir=str(tmp_path / "state"))
    workers = {
        stage: Worker(stage, _env(settings, **({"BASEWATCH_INGEST_TOKEN": "s3cret"} if stage == "ingest" else {})), tmp_path / f"{stage}.log")
        for stage in ("ingest", "enrich", "alert")
    }
    stops: dict[str, float] = {}
    try:
        for w in workers.values():
            w.wait_started()
        ports = {int(w.url.rsplit(":", 1)[1]) for w in workers.values()}
        assert len(ports) == 3 and 6066 not in ports
        for port in ports:
            assert _listening_addresses(port) == {"0100007F"}, f"port {port} listens beyond 127.0.0.1"
        article = json.dumps({"id": "op-1", "text": "Rockets hit Ain al-Asad air base on Monday, killing two soldiers.", "published_at": "2024-01-02"})
        ingest = workers["ingest"]
        assert ingest.post(article.encode()) == 401
        assert ingest.post(article.encode(), token="wrong") == 401
        assert ingest.post(article.encode(), token="s3cret") == 202
        asyncio.run(produce(settings, "articles.raw", [b"not json at all"]))
        alerts = asyncio.run(read_topic(settings, "alerts", lambda r: len(r) >= 1, 90))
        dlq = asyncio.run(read_topic(settings, "articles.raw.dlq", lambda r: len(r) >= 1, 30))
        assert alerts and dlq
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and ingest.health()[1].get("dead_lettered", 0) < 1:
            time.sleep(0.3)
    finally:
        for stage, w in workers.items():
            stops[stage] = w.stop()
    assert max(stops.values()) < 12, stops
    for stage, w in workers.items():
        records = []
        for line in w.lines():
            assert line.startswith("{"), f"{stage}: not a JSON line: {line[:200]}"
            records.append(json.loads(line))
        assert not [r for r in records if "[WARNING]" in r["event"] or "[info" in r["event"]], f"{stage} re-logs"
        per_record = {"article.received", "claim.extracted", "event.opened", "event.updated", "alert.raised", "alert.revised"}
        assert not [r["event"] for r in records if r["event"] in per_record], f"{stage} logs each record at INFO"
        assert len(records) < 60, f"{stage}: {len(records)} log lines for one article"
    dead = [json.loads(line) for line in workers["ingest"].lines() if '"record.dead_lettered"' in line]
    assert dead and {"topic", "partition", "offset", "reason"} <= set(dead[0])


def test_a_worker_that_loses_its_broker_says_so_logs_little_and_stops_within_seconds(tmp_path: Path) -> None:
    """Issue 8 item 9: /health turns 503, aiokafka's reconnect loop is a few lines not ~70/s, SIGTERM ends it in seconds."""
    data_dir = tmp_path / "broker"
    started = broker.up(broker.BrokerSpec(data_dir, broker.free_port()))
    worker = None
    try:
        settings = namespace(started.bootstrap, "lost.", data_dir=str(tmp_path / "state"))
        worker = Worker("ingest", _env(settings), tmp_path / "ingest.log").wait_started()
        assert worker.health()[1]["status"] == "ok"
        broker.down(data_dir)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and worker.health()[0] != 503:
            time.sleep(0.5)
        status, body = worker.health()
        assert status == 503 and body["status"] == "broker unreachable"
        before = len(worker.lines())
        time.sleep(10)  # at the ~70 lines a second this guards against, 700 lines; two a second is the bound
        during = worker.lines()[before:]
        assert len(during) <= 20, f"{len(during)} lines in 10 s without a broker:\n" + "\n".join(during[:50])
        assert worker.proc.poll() is None
        assert worker.stop() < 12
    finally:
        if worker is not None:
            worker.stop()
        broker.down(data_dir)


def test_replay_of_the_default_namespace_finishes_with_the_same_ids_and_cleans_up(kafka_bootstrap: str, tmp_path: Path) -> None:
    """Issue 8 item 3: with the empty topic prefix, replay reads `articles` (not its own empty topic) and removes its temp dir."""
    settings = namespace(kafka_bootstrap, "", data_dir=str(tmp_path / "state"))
    messages = list(run(r for r in read([str(ARTICLES)]) if not isinstance(r, Rejected)))
    for topic, kind, key in (("articles", "article.", "article_id"), ("attack-events", "event.", "event_id"), ("alerts", "alert.", "alert_id")):
        chosen = [m for m in messages if m.type.startswith(kind)]
        asyncio.run(produce(settings, topic, [m.model_dump_json().encode() for m in chosen], [getattr(m, key).encode() for m in chosen]))
    env = _env(settings) | {"TMPDIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "basewatch", "replay", "--json"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["same"] is True and report["articles"] == sum(1 for m in messages if m.type == "article.received")
    assert report["alerts"] > 0
    assert not [p for p in tmp_path.iterdir() if re.match(r"basewatch-replay-", p.name)]
