"""The running service on a real broker: same ids as offline, DLQ for poison, crash safety, replay."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from basewatch.schemas import ArticleReceived, ClaimExtracted
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.inputs import read
from basewatch.tools.pipeline import run
from tests.integration.streamkit import ROOT, Workers, ident, namespace, offline_ids, produce, read_topic, workload

pytestmark = pytest.mark.integration


def _ingest(workers: Workers, *paths: str) -> subprocess.CompletedProcess[bytes]:
    env = os.environ | {"BASEWATCH_KAFKA_BOOTSTRAP": workers.settings.bootstrap, "BASEWATCH_TOPIC_PREFIX": workers.settings.topic_prefix}
    return subprocess.run([sys.executable, "-m", "basewatch", "ingest", *paths], env=env, cwd=ROOT, capture_output=True, check=False, timeout=300)


def _has(expected: set[tuple[str, str, int]]) -> object:
    def done(records: list[dict]) -> bool:  # type: ignore[type-arg]
        return expected <= {ident(r) for r in records}

    return done


@pytest.fixture
def workers(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    w = Workers(namespace(kafka_bootstrap, topic_prefix), tmp_path)
    yield w
    w.stop()


async def test_the_seeds_through_kafka_give_the_same_events_and_alerts_as_offline(workers: Workers, seeds_dir: Path) -> None:
    """Five seed articles ingested through Kafka produce the event and alert ids `run --offline` prints."""
    expected, _ = offline_ids(str(seeds_dir))
    workers.start("ingest", "enrich", "alert")
    assert _ingest(workers, str(seeds_dir)).returncode == 0
    events = await read_topic(workers.settings, "attack-events", _has({e for e in expected if e[0].startswith("event.")}), 120)
    alerts = await read_topic(workers.settings, "alerts", _has({e for e in expected if e[0].startswith("alert.")}), 60)
    got = {ident(m) for m in events + alerts}
    assert got == expected, workers.log("alert")
    assert {(a["kind"], a["base_id"]) for a in alerts if a["kind"] == "fatality"} == {("fatality", "tower-22"), ("fatality", "al-omar")}


async def test_the_dev_set_through_kafka_gives_the_same_events_and_alerts_as_offline(workers: Workers) -> None:
    """The 96 real dev-set articles ingested through Kafka produce exactly the event and alert ids `run --offline` prints."""
    devset = ROOT.parent / "shared" / "devset" / "articles.jsonl"
    if not devset.exists():
        pytest.skip("../shared/devset is absent")
    expected, _ = offline_ids(str(devset))
    workers.start("ingest", "enrich", "alert")
    assert _ingest(workers, str(devset)).returncode == 0
    events = await read_topic(workers.settings, "attack-events", _has({e for e in expected if e[0].startswith("event.")}), 180)
    alerts = await read_topic(workers.settings, "alerts", _has({e for e in expected if e[0].startswith("alert.")}), 60)
    assert {ident(m) for m in events + alerts} == expected, workers.log("alert")


async def test_poison_records_go_to_the_dlq_with_a_reason_and_good_records_still_flow(workers: Workers) -> None:
    """Invalid JSON, wrong schema version, empty text, non-UTF-8 and a 10 MB value on every input topic are dead-lettered."""
    workers.start("ingest", "enrich", "alert")
    good = [json.dumps({"id": f"g{i}", "text": f"Drones attacked the al-Tanf garrison on Thursday, report {i} said.", "published_at": "2023-10-20"}).encode()
            for i in range(3)]  # fmt: skip
    big = json.dumps({"text": "drone " * (10 * 1024 * 1024 // 6)}).encode()
    raw_poison = [b"{not json", json.dumps({"text": ""}).encode(), b'{"text": "caf\xe9 drone attack"}', big, json.dumps({"url": "x"}).encode()]
    await produce(workers.settings, "articles.raw", [good[0], *raw_poison[:3], good[1], *raw_poison[3:], good[2]])
    article_v2 = json.dumps({"type": "article.received", "schema_version": 2, "article_id": "a", "text": "t", "fingerprint": "0"}).encode()
    await produce(workers.settings, "articles", [b"[1, 2", article_v2, b"\xff\xfe", b"x" * (10 * 1024 * 1024)])
    claim_v2 = json.dumps({"type": "claim.extracted", "schema_version": 2, "claim_id": "c", "article_id": "a", "place_text": "p", "evidence": "e"}).encode()
    await produce(workers.settings, "claims", [b"not json", claim_v2, b"{}"])

    raw_dlq = await read_topic(workers.settings, "articles.raw.dlq", lambda r: len(r) >= 5, 90)
    art_dlq = await read_topic(workers.settings, "articles.dlq", lambda r: len(r) >= 4, 60)
    claim_dlq = await read_topic(workers.settings, "claims.dlq", lambda r: len(r) >= 3, 60)
    assert len(raw_dlq) == 5 and len(art_dlq) == 4 and len(claim_dlq) == 3
    reasons = " | ".join(d["reason"] for d in raw_dlq)
    assert "invalid JSON" in reasons and "text" in reasons and "not UTF-8" in reasons and "too long" in reasons
    assert all(d["type"] == "dead.letter" and d["offset"] is not None and d["topic"].endswith(".raw") for d in raw_dlq)
    assert any("schema_version" in d["reason"] or "literal" in d["reason"].lower() for d in art_dlq)
    assert max(d["value_size"] for d in art_dlq) == 10 * 1024 * 1024
    claims = await read_topic(workers.settings, "claims", lambda r: len([c for c in r if c.get("base_id") == "al-tanf"]) >= 3, 60)
    assert len({c["claim_id"] for c in claims if c.get("base_id") == "al-tanf"}) == 3  # every good record made it
    health = workers.health("ingest")
    assert health["dead_lettered"] == 5
    assert health["lag"] == 0  # every record of articles.raw handled: /health says the backlog is empty


async def test_a_resubmitted_article_is_recognised_and_not_processed_twice(workers: Workers) -> None:
    """Ingesting the same file twice gives one set of claims; the second copy is marked duplicate_of."""
    workers.start("ingest", "enrich")
    path = str(ROOT / "tests" / "data" / "articles.jsonl")
    assert _ingest(workers, path).returncode == 0
    assert _ingest(workers, path).returncode == 0
    # What one pass gives, from the offline core: every article, the syndicated copies in the file, the claims.
    once = [m for m in run(r for r in read([path]) if isinstance(r, RawArticle))]
    n = sum(1 for m in once if isinstance(m, ArticleReceived))
    copies = sum(1 for m in once if isinstance(m, ArticleReceived) and m.duplicate_of)
    articles = await read_topic(workers.settings, "articles", lambda r: len(r) >= 2 * n, 90)
    assert len(articles) == 2 * n
    assert sum(1 for a in articles if a["duplicate_of"]) == n + copies  # every resubmitted one + the syndicated copy
    claims = await read_topic(workers.settings, "claims", lambda r: False, 8)
    assert len(claims) == len({c["claim_id"] for c in claims}) == sum(1 for m in once if isinstance(m, ClaimExtracted)) > 0


def _crash_articles(tmp: Path, n: int = 240) -> str:
    """n articles on ten of the gazetteer's bases over November and December 2023, a third of the attacks fatal."""
    bases = ["al-Tanf", "Ain al-Asad", "Harir", "al-Shaddadi", "Kharab al-Jir", "Erbil Air Base", "Conoco", "Tal Baydar", "Qasrak", "Rumalyn"]
    return workload(tmp, "crash", bases, lambda i: (2023, 11 if i < n // 2 else 12), n)


@pytest.mark.parametrize("victim", ["alert", "enrich"])
async def test_sigkill_mid_stream_loses_no_alert_and_publishes_none_twice(workers: Workers, tmp_path: Path, victim: str) -> None:
    """Killing a worker with SIGKILL in the middle of a few hundred articles, then restarting it, changes no alert."""
    path = _crash_articles(tmp_path)
    expected, _ = offline_ids(path)
    expected_alerts = {e for e in expected if e[0].startswith("alert.")}
    workers.start("ingest", "enrich", "alert")
    assert _ingest(workers, path).returncode == 0
    await read_topic(workers.settings, "alerts", lambda r: len(r) >= len(expected_alerts) // 4, 120)
    workers.kill(victim)
    workers.start(victim)
    alerts = await read_topic(workers.settings, "alerts", _has(expected_alerts), 240)
    published = Counter(ident(a) for a in alerts)
    assert set(published) == expected_alerts, workers.log("alert")
    assert max(published.values()) == 1, [k for k, n in published.items() if n > 1]


def test_replay_under_a_fresh_application_id_reproduces_the_ids(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """`basewatch replay` rebuilds all state from the articles log in a new namespace and gets the same ids."""
    first = Workers(namespace(kafka_bootstrap, topic_prefix), tmp_path / "first")
    try:
        first.start("ingest", "enrich", "alert")
        assert _ingest(first, str(ROOT / "demo" / "articles.jsonl")).returncode == 0
        expected, _ = offline_ids(str(ROOT / "demo" / "articles.jsonl"))
        asyncio.run(read_topic(first.settings, "alerts", _has({e for e in expected if e[0].startswith("alert.")}), 120))
    finally:
        first.stop()
    env = os.environ | {"BASEWATCH_KAFKA_BOOTSTRAP": kafka_bootstrap, "BASEWATCH_TOPIC_PREFIX": topic_prefix}
    done = subprocess.run([sys.executable, "-m", "basewatch", "replay", "--json"], env=env, cwd=ROOT, capture_output=True, check=False, timeout=400)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    report = json.loads(done.stdout)
    assert report["same"] is True and report["alerts"] == len({e for e in expected if e[0].startswith("alert.")})


async def test_programs_can_post_articles_over_http_and_bad_ones_are_refused(workers: Workers) -> None:
    """POST /articles takes one article or a list; invalid items are named with their reason and dead-lettered."""
    import urllib.error
    import urllib.request

    workers.start("ingest", "enrich")
    url = f"http://127.0.0.1:{workers.ports['ingest']}/articles"

    def post(body: bytes) -> tuple[int, dict]:  # type: ignore[type-arg]
        req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())

    good = {"id": "h1", "text": "Rockets hit Ain al-Asad air base on Monday.", "published_at": "2024-01-02"}
    status, body = await asyncio.to_thread(post, json.dumps([good, {"url": "no text"}]).encode())
    assert status == 202 and body["accepted"] == 1 and body["rejected"] == [{"index": 1, "reason": "text is missing"}]
    status, body = await asyncio.to_thread(post, b"{broken")
    assert status == 400 and "invalid JSON" in body["error"]
    claims = await read_topic(workers.settings, "claims", lambda r: any(c.get("base_id") == "ain-al-asad" for c in r), 60)
    assert [c["attack_date"] for c in claims if c.get("base_id") == "ain-al-asad"] == ["2024-01-01"]
    dlq = await read_topic(workers.settings, "articles.raw.dlq", lambda r: len(r) >= 2, 30)
    assert sorted(d["reason"][:12] for d in dlq) == ["invalid JSON", "text is miss"]
