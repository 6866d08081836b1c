"""The notify worker on a real broker, POSTing to real HTTP receivers (pytest-httpserver): delivery, retries, refusals, crashes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from basewatch.schemas import AlertRaised, AlertRevised
from basewatch.services.notify.domain.payload import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, verify
from tests.integration.streamkit import ROOT, Workers, namespace, produce, read_topic

pytestmark = pytest.mark.integration
SECRET = "test-secret"


def _alerts(n_bases: int) -> list[AlertRaised | AlertRevised]:
    """A new-target alert per base, a fatality alert at every other base, revised once at every fourth."""
    out: list[AlertRaised | AlertRevised] = []
    for i in range(n_bases):
        country = "Syria" if i % 2 else "Iraq"
        common = {"event_id": f"e{i}", "base_id": f"base-{i}", "country": country, "sources": ("Outlet A",), "evidence": ("A drone hit it.",)}
        out.append(AlertRaised(alert_id=f"nt-{i}", kind="new_target", severity="medium", revision=0, summary=f"first attack on base {i}", **common))
        if i % 2 == 0:
            out.append(AlertRaised(alert_id=f"f-{i}", kind="fatality", severity="high", revision=0, killed=1, summary="1 killed", **common))
        if i % 4 == 0:
            revised = {"severity": "critical", "revision": 1, "killed": 3, "previous_killed": 1, "summary": "3 killed"}
            out.append(AlertRevised(alert_id=f"f-{i}", kind="fatality", **revised, **common))
    return out


def _config(tmp: Path, server: HTTPServer, receivers: list[dict[str, Any]]) -> Path:
    lines = ["[retry]", "attempts = 5", "initial_s = 0.05", "max_s = 0.4", ""]
    for r in receivers:
        fmt = r.get("format", "alertmanager")
        lines += ["[[receiver]]", f'name = "{r["name"]}"', f'url = "{server.url_for(r["path"])}"', f'format = "{fmt}"', "timeout_s = 3"]
        if "kind" in r:
            lines += ["[receiver.match]", f'kind = ["{r["kind"]}"]']
        lines.append("")
    path = tmp / "notify.toml"
    path.write_text("\n".join(lines))
    return path


class Receiver:
    """A webhook endpoint that records what it accepted; it fails the first `failures` requests with 503."""

    def __init__(self, status: int = 200, failures: int = 0, delay: float = 0.0) -> None:
        self.status, self.failures, self.delay = status, failures, delay
        self.accepted: list[tuple[str, bytes, str]] = []  # (idempotency key, body, signature)
        self.requests = 0
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Response:
        time.sleep(self.delay)
        with self.lock:
            self.requests += 1
            if self.requests <= self.failures:
                return Response("try later", status=503)
            if self.status < 300:
                self.accepted.append((request.headers[IDEMPOTENCY_HEADER], request.get_data(), request.headers[SIGNATURE_HEADER]))
            return Response("{}", status=self.status, content_type="application/json")

    def keys(self) -> list[str]:
        with self.lock:
            return [k for k, _, _ in self.accepted]


async def _until(check: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        await asyncio.sleep(0.1)


def _status(settings: Any) -> dict[str, Any]:
    env = os.environ | {"BASEWATCH_KAFKA_BOOTSTRAP": settings.bootstrap, "BASEWATCH_TOPIC_PREFIX": settings.topic_prefix}
    done = subprocess.run([sys.executable, "-m", "basewatch", "status", "--json"], env=env, cwd=ROOT, capture_output=True, check=True, timeout=60)
    return dict(json.loads(done.stdout))


@pytest.fixture
def workers(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    w = Workers(namespace(kafka_bootstrap, topic_prefix), tmp_path)
    yield w
    w.stop()


async def test_receivers_get_each_alert_once_per_revision_signed_after_retries_and_refusals_land_on_undeliverable(
    workers: Workers, tmp_path: Path, httpserver: HTTPServer
) -> None:
    """Every alert reaches each receiver exactly once per revision with a valid signature, a receiver failing 3
    times still gets it, a 400 leaves it on alerts.undeliverable; /metrics parses and `status` shows lag 0."""
    good, flaky, refusing, ce = Receiver(), Receiver(failures=3), Receiver(status=400), Receiver()
    for path, handler in (("/good", good), ("/flaky", flaky), ("/refuse", refusing), ("/ce", ce)):
        httpserver.expect_request(path, method="POST").respond_with_handler(handler)
    config = _config(tmp_path, httpserver, [{"name": "good", "path": "/good"}, {"name": "flaky", "path": "/flaky"},
                                            {"name": "refuse", "path": "/refuse", "kind": "fatality"},
                                            {"name": "ce", "path": "/ce", "format": "cloudevents", "kind": "new_target"}])  # fmt: skip
    workers.extra_env = {"BASEWATCH_NOTIFY_CONFIG": str(config), "BASEWATCH_NOTIFY_SECRET": SECRET}
    alerts = _alerts(6)
    expected = sorted(f"{a.alert_id}:{a.revision}" for a in alerts)
    fatal = sorted(f"{a.alert_id}:{a.revision}" for a in alerts if a.kind == "fatality")
    workers.start("notify")
    await produce(workers.settings, "alerts", [a.model_dump_json().encode() for a in alerts], [a.alert_id.encode() for a in alerts])
    await _until(lambda: len(good.keys()) >= len(expected) and len(flaky.keys()) >= len(expected), 60, "the good and flaky receivers")
    letters = await read_topic(workers.settings, "alerts.undeliverable", lambda r: len(r) >= len(fatal), 30)
    await asyncio.sleep(1.5)  # anything extra (a duplicate) would arrive now
    assert sorted(good.keys()) == expected and sorted(flaky.keys()) == expected
    assert flaky.requests == len(expected) + 3
    assert sorted(ce.keys()) == sorted(f"{a.alert_id}:0" for a in alerts if a.kind == "new_target")
    assert all(verify(body, SECRET.encode(), sig) for r in (good, flaky, ce) for _, body, sig in r.accepted)
    am = json.loads(good.accepted[0][1])
    assert am["version"] == "4" and am["alerts"][0]["labels"]["alertname"].startswith("Basewatch") and "basewatch_alert" in am
    started = datetime.fromisoformat(am["alerts"][0]["startsAt"])  # the alert record's own time, not the delivery's
    assert abs((datetime.now(UTC) - started).total_seconds()) < 120
    assert sorted(json.loads(d["value_preview"])["alert_id"] + ":" + str(json.loads(d["value_preview"])["revision"]) for d in letters) == fatal
    assert all(d["reason"].startswith("receiver refuse: rejected: HTTP 400") for d in letters)

    with urllib.request.urlopen(f"http://127.0.0.1:{workers.ports['notify']}/metrics", timeout=10) as resp:
        families = {f.name: f for f in text_string_to_metric_families(resp.read().decode())}
    deliveries = {(s.labels["receiver"], s.labels["outcome"]): s.value for s in families["basewatch_webhook_deliveries"].samples if s.name.endswith("_total")}
    assert deliveries == {("good", "delivered"): len(expected), ("flaky", "delivered"): len(expected),
                          ("refuse", "rejected"): len(fatal), ("ce", "delivered"): len(ce.keys())}  # fmt: skip
    records_in = [s.value for s in families["basewatch_records_in"].samples if s.name.endswith("_total")]
    assert records_in == [len(alerts)]
    assert families["basewatch_processing_seconds"].type == "histogram"
    assert [s.value for s in families["basewatch_consumer_lag"].samples] == [0]

    deadline = time.monotonic() + 20
    while (notify := next(s for s in _status(workers.settings)["stages"] if s["stage"] == "notify"))["lag"] != 0:
        assert time.monotonic() < deadline, notify
        await asyncio.sleep(1)
    assert notify["committed"] == len(alerts)


async def test_killing_the_notifier_mid_stream_loses_no_alert(workers: Workers, tmp_path: Path, httpserver: HTTPServer) -> None:
    """SIGKILL while alerts are being delivered, then a restart: every alert revision reaches the receiver (copies allowed)."""
    slow = Receiver(delay=0.08)
    httpserver.expect_request("/hook", method="POST").respond_with_handler(slow)
    workers.extra_env = {"BASEWATCH_NOTIFY_CONFIG": str(_config(tmp_path, httpserver, [{"name": "ops", "path": "/hook"}])), "BASEWATCH_NOTIFY_SECRET": SECRET}
    alerts = _alerts(40)
    expected = {f"{a.alert_id}:{a.revision}" for a in alerts}
    workers.start("notify")
    await produce(workers.settings, "alerts", [a.model_dump_json().encode() for a in alerts], [a.alert_id.encode() for a in alerts])
    await _until(lambda: len(slow.keys()) >= len(expected) // 4, 60, "a quarter of the alerts")
    workers.kill("notify")
    assert len(set(slow.keys())) < len(expected)  # killed mid-stream
    workers.start("notify")
    await _until(lambda: set(slow.keys()) >= expected, 90, "every alert after the restart")
    copies = Counter(slow.keys())
    assert set(copies) == expected
