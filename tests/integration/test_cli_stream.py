"""`basewatch ingest` and `subscribe` as a user runs them, against the session's real broker, with --bootstrap."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.integration.streamkit import namespace, produce, read_topic

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "basewatch" / "tools" / "demo_articles.jsonl"


def bw(*args: str, prefix: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    """The command with the test's topic prefix and no bootstrap in the environment: only --bootstrap says where Kafka is."""
    env = {k: v for k, v in os.environ.items() if k != "BASEWATCH_KAFKA_BOOTSTRAP"} | {"BASEWATCH_TOPIC_PREFIX": prefix}
    return subprocess.run([sys.executable, "-m", "basewatch", *args], env=env, cwd=ROOT, capture_output=True, text=True, check=False, timeout=timeout)


@pytest.fixture(scope="module")
def demo_alerts() -> list[dict[str, Any]]:
    """The alerts the core raises on the demo articles (computed offline), in order."""
    done = subprocess.run([sys.executable, "-m", "basewatch", "run", "--offline", "-q", str(DEMO)], capture_output=True, check=True, timeout=120)
    msgs = [json.loads(x) for x in done.stdout.splitlines() if x.strip()]
    return [m for m in msgs if m["type"].startswith("alert.")]


def shown(done: subprocess.CompletedProcess[str]) -> list[str]:
    assert done.returncode == 0, done.stderr
    return [json.loads(x)["alert_id"] + f"#{json.loads(x)['revision']}" for x in done.stdout.splitlines() if x.strip()]


def key(a: dict[str, Any]) -> str:
    return f"{a['alert_id']}#{a['revision']}"


def test_subscribe_with_a_group_resumes_after_the_alerts_it_showed(kafka_bootstrap: str, topic_prefix: str, demo_alerts: list[dict[str, Any]]) -> None:
    """A second run of the same consumer group starts where the first stopped; a new group starts again from the first alert."""
    settings = namespace(kafka_bootstrap, topic_prefix)
    asyncio.run(produce(settings, "alerts", [json.dumps(a).encode() for a in demo_alerts[:5]]))
    args = ("subscribe", "--bootstrap", kafka_bootstrap, "--from-beginning", "--json", "--limit")
    first = shown(bw(*args, "2", "--group", "analysts", prefix=topic_prefix))
    second = shown(bw(*args, "3", "--group", "analysts", prefix=topic_prefix))
    other = shown(bw(*args, "1", "--group", "another-desk", prefix=topic_prefix))
    assert first + second == [key(a) for a in demo_alerts[:5]]
    assert other == [key(demo_alerts[0])]


def test_subscribe_filters_by_kind_in_either_spelling_base_severity_and_day(kafka_bootstrap: str, topic_prefix: str, demo_alerts: list[dict[str, Any]]) -> None:
    """--kind new-target, --base, --severity and --since show only the alerts they name."""
    settings = namespace(kafka_bootstrap, topic_prefix)
    asyncio.run(produce(settings, "alerts", [json.dumps(a).encode() for a in demo_alerts]))
    base = "tower-22"

    def run(*filters: str, expected: list[dict[str, Any]]) -> list[str]:
        assert expected, "the demo alerts must hold a case for this filter"
        args = ("subscribe", "--bootstrap", kafka_bootstrap, "--from-beginning", "--json", "--limit", str(len(expected)))
        return shown(bw(*args, *filters, prefix=topic_prefix))

    new_targets = [a for a in demo_alerts if a["kind"] == "new_target"]
    assert run("--kind", "new-target", expected=new_targets) == [key(a) for a in new_targets]
    at_base = [a for a in demo_alerts if a["base_id"] == base]
    assert run("--base", base, expected=at_base) == [key(a) for a in at_base]
    critical = [a for a in demo_alerts if a["severity"] == "critical"]
    assert run("--severity", "critical", expected=critical) == [key(a) for a in critical]
    last_day = max(a["attack_date"] for a in demo_alerts if a["attack_date"])
    recent = [a for a in demo_alerts if a["attack_date"] and a["attack_date"] >= last_day]
    assert run("--since", last_day, expected=recent) == [key(a) for a in recent]


def test_ingest_publishes_to_the_broker_named_by_bootstrap(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """`ingest --bootstrap` sends a .json list's articles to articles.raw and says "2 articles"."""
    settings = namespace(kafka_bootstrap, topic_prefix)
    f = tmp_path / "two.json"
    f.write_text(json.dumps([{"id": "x1", "text": "Drones hit the al-Tanf garrison on Thursday."}, {"id": "x2", "text": "Rockets struck Harir base."}]))
    done = bw("ingest", "--bootstrap", kafka_bootstrap, str(f), prefix=topic_prefix)
    assert done.returncode == 0, done.stderr
    assert f"sent 2 articles to {topic_prefix}articles.raw on {kafka_bootstrap}" in done.stderr
    got = asyncio.run(read_topic(settings, "articles.raw", lambda rs: len(rs) >= 2, timeout=30))
    assert [r["id"] for r in got] == ["x1", "x2"]
