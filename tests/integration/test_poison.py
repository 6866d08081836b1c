"""Issue 11: poison cannot stop a stage, a record that cannot be dead-lettered stops it loudly, nothing is lost."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from basewatch.platform.kafka_io import read_valid
from basewatch.platform.settings import Settings
from basewatch.schemas import ALERT_MESSAGE
from tests.integration.streamkit import Workers, namespace, produce, read_topic

pytestmark = pytest.mark.integration
MB = 1024 * 1024


def _article(origin: str, **extra: Any) -> bytes:
    """A valid raw article in our own words, mentioning a gazetteer base, with the sender's id `origin`."""
    text = f"Drones attacked the al-Tanf garrison on Thursday, a spokesman said in statement {origin}."
    return json.dumps({"id": origin, "text": text, "published_at": "2023-10-20", **extra}).encode()


# (name, key, value, what the reason on articles.raw.dlq says): every kind of record a feed or a fault can produce
RAW_POISON: list[tuple[str, bytes | None, bytes, str]] = [
    ("malformed JSON", None, b'{"text": "drones hit the base', "invalid JSON"),
    ("non-UTF-8", None, b'{"text": "caf\xe9 drone attack"}', "not UTF-8"),
    ("HTML only", None, b"<!DOCTYPE html><html><body><h1>Base attacked</h1><p>Drones.</p></body></html>", "invalid JSON"),
    ("10 MB text", None, json.dumps({"text": "drone " * (10 * MB // 6)}).encode(), "too long"),
    ("deep nesting", None, b'{"text": "drones", "meta": ' + b"[" * 200_000 + b"]" * 200_000 + b"}", "invalid JSON"),
    ("8.5 MB key", b"k" * (8 * MB + MB // 2), b"{not json", "invalid JSON"),
    ("published in year 9999", None, _article("y9999", published_at="9999-12-31"), "published_at"),
    ("published in year 1", None, _article("y1", published_at="0001-01-01"), "published_at"),
    ("published in 1990", None, _article("y1990", published_at="1990-05-01"), "published_at"),
    ("month 13", None, _article("m13", published_at=None, published_month="2024-13"), "published_month"),
    ("10,000-character sender id", None, _article("x" * 10_000), "origin_id"),
]


@pytest.fixture
def workers(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    w = Workers(namespace(kafka_bootstrap, topic_prefix), tmp_path)
    yield w
    w.stop()


async def test_every_poison_record_is_dead_lettered_with_its_reason_and_the_articles_after_it_flow(workers: Workers) -> None:
    """Each record of the poison corpus lands on its DLQ, bounded, with its reason; workers live; good articles pass."""
    workers.start("ingest", "enrich", "alert")
    values, keys, good = [], [], []
    for i, (_, key, value, _) in enumerate(RAW_POISON):
        good.append(f"good-{i}")
        values += [_article(good[-1]), value]
        keys += [None, key]
    good.append("bom")
    values.append(b"\xef\xbb\xbf" + _article("bom"))  # a byte-order mark before a valid article: accepted
    keys.append(None)
    await produce(workers.settings, "articles.raw", values, keys)
    absurd = {"type": "article.received", "schema_version": 1, "article_id": "a", "text": "t", "fingerprint": "0", "published_at": "9999-12-31"}
    await produce(workers.settings, "articles", [json.dumps(absurd).encode()])

    dlq = await read_topic(workers.settings, "articles.raw.dlq", lambda r: len(r) >= len(RAW_POISON), 90)
    assert len(dlq) == len(RAW_POISON), [d["reason"] for d in dlq]
    for (name, key, value, why), letter in zip(RAW_POISON, dlq, strict=True):
        assert why in letter["reason"], f"{name}: {letter['reason']}"
        assert letter["value_size"] == len(value) and len(letter["value_preview"]) <= 2000, name
        assert letter["key_size"] == len(key or b"") and len(letter["key"] or "") <= 200, name
    articles = await read_topic(workers.settings, "articles", lambda r: set(good) <= {a.get("origin_id") for a in r}, 60)
    assert set(good) <= {a.get("origin_id") for a in articles}, "a valid article after a poison record was lost"
    enrich_dlq = await read_topic(workers.settings, "articles.dlq", lambda r: len(r) >= 1, 60)
    assert "not a ArticleReceived" in enrich_dlq[0]["reason"] and "published_at" in enrich_dlq[0]["reason"]
    originals = {a["article_id"] for a in articles if a.get("origin_id") in good and a.get("duplicate_of") is None}
    claims = await read_topic(workers.settings, "claims", lambda r: originals <= {c["article_id"] for c in r}, 60)
    assert originals and originals <= {c["article_id"] for c in claims}, "enrich stopped after the absurd record"
    for stage in ("ingest", "enrich", "alert"):
        assert workers.health(stage)["status"] == "ok", workers.log(stage)
    assert workers.health("ingest")["dead_lettered"] == len(RAW_POISON)


async def _set_config(settings: Settings, topic: str, config: dict[str, str]) -> None:
    admin = AIOKafkaAdminClient(**settings.aiokafka_kwargs())
    await admin.start()
    try:
        await admin.alter_configs([ConfigResource(ConfigResourceType.TOPIC, settings.topic(topic), config)])
    finally:
        await admin.close()


async def test_a_record_that_cannot_be_dead_lettered_stops_the_stage_loudly_and_is_kept_for_the_restart(workers: Workers) -> None:
    """A DLQ refusing the letter halts ingest with exit code 3 instead of skipping; after a restart the record is dead-lettered."""
    await _set_config(workers.settings, "articles.raw.dlq", {"retention.ms": str(30 * 86_400_000), "max.message.bytes": "64"})
    workers.start("ingest")
    await produce(workers.settings, "articles.raw", [b"{not json", _article("after")])
    proc = workers.procs["ingest"]
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.3)
    assert proc.returncode == 3, workers.log("ingest")
    assert '"stage.halted"' in workers.log("ingest")
    articles = await read_topic(workers.settings, "articles", lambda r: False, 2)
    assert not articles, "ingest went past the record it could not dead-letter"

    await _set_config(workers.settings, "articles.raw.dlq", {"retention.ms": str(30 * 86_400_000)})
    workers.procs.pop("ingest")
    workers.start("ingest")
    dlq = await read_topic(workers.settings, "articles.raw.dlq", lambda r: len(r) >= 1, 60)
    assert [d["offset"] for d in dlq] == [0] and "invalid JSON" in dlq[0]["reason"]
    articles = await read_topic(workers.settings, "articles", lambda r: len(r) >= 1, 60)
    assert [a["origin_id"] for a in articles] == ["after"]


async def test_a_record_on_alerts_that_fails_the_schema_does_not_stop_the_alert_worker(workers: Workers) -> None:
    """Issue 11 item 3: the start-up read of `alerts` logs and skips a bad record; the worker starts and serves."""
    await produce(workers.settings, "alerts", [b'{"type": "alert.raised", "schema_version": 1, "alert_id": "broken"}', b"\xff not json"])
    assert await read_valid(workers.settings, workers.settings.topic("alerts"), ALERT_MESSAGE.validate_json) == []
    workers.start("alert")
    assert workers.health("alert")["status"] == "ok"
    assert '"record.skipped"' in workers.log("alert")


def _claim(i: int, **extra: Any) -> bytes:
    """A claim of the one attack on Tower 22 (28 Jan 2024, 3 killed), as the `i`-th outlet reports it."""
    claim = {"type": "claim.extracted", "schema_version": 1, "claim_id": f"claim-{i:04d}", "article_id": f"article-{i:04d}",
             "published_at": "2024-01-29", "base_id": "tower-22", "base_name": "Tower 22", "link_confidence": 1.0, "link_method": "alias",
             "place_text": "Tower 22", "country": "Jordan", "attack_date": "2024-01-28", "date_basis": "explicit", "date_precision": "day",
             "weapon": "drone", "killed": 3, "casualty_side": "US", "status": "confirmed", "evidence": f"Outlet {i}: a drone killed three at Tower 22.",
             "source": f"Outlet {i:04d} " + "s" * 1_900, "url": f"https://example.org/{i:04d}/" + "u" * 1_900}  # fmt: skip
    return json.dumps(claim | extra).encode()


async def test_claims_with_megabytes_of_text_are_refused_and_an_event_of_many_reports_stays_bounded(workers: Workers) -> None:
    """Issue 11 item 2: claims carrying megabytes go to claims.dlq; 150 reports of one attack make one event whose records stay small, across a restart."""
    # 24 MB of URLs and outlet names: on main they joined the event, whose messages and state records outgrew even our 16 MB broker
    big = [("evidence", 3 * MB)] * 2 + [("url", 4 * MB), ("source", 4 * MB)] * 3
    oversized = [_claim(9000 + i, **{field: "x" * size}) for i, (field, size) in enumerate(big)]
    reports = [_claim(i) for i in range(150)]
    workers.start("alert")
    await produce(workers.settings, "claims", [*oversized[:2], *reports[:75], *oversized[2:], *reports[75:]], None)

    dlq = await read_topic(workers.settings, "claims.dlq", lambda r: len(r) >= len(oversized), 120)
    assert [(d["offset"], d["value_size"] > 3 * MB) for d in dlq] == [(o, True) for o in (0, 1, *range(77, 83))], [d["reason"] for d in dlq]
    assert all("at most 2000 characters" in d["reason"] for d in dlq) and [d["reason"].rsplit("'", 2)[1] for d in dlq] == [f for f, _ in big]
    events = await read_topic(workers.settings, "attack-events", lambda r: any(e["version"] == len(reports) for e in r), 180)
    last = max(events, key=lambda e: e["version"])
    assert last["version"] == len(reports), workers.log("alert")  # every report joined the one event
    assert {e["event_id"] for e in events} == {last["event_id"]}
    assert (len(last["claim_ids"]), len(last["article_ids"]), len(last["urls"]), len(last["sources"])) == (50, 50, 10, 10)
    assert last["claim_ids"] == [f"claim-{i:04d}" for i in range(50)]
    assert max(len(json.dumps(e)) for e in events) < 100_000
    assert workers.health("alert")["status"] == "ok"

    workers.kill("alert")  # its table is rebuilt from a changelog of small records: the worker comes back
    workers.start("alert")
    await produce(workers.settings, "claims", [_claim(500)])
    events = await read_topic(workers.settings, "attack-events", lambda r: any(e["version"] == len(reports) + 1 for e in r), 120)
    assert max(e["version"] for e in events) == len(reports) + 1, workers.log("alert")
    alerts = await read_topic(workers.settings, "alerts", lambda r: len(r) >= 2, 30)
    assert sorted(a["kind"] for a in alerts) == ["fatality", "new_target"], "a report of a known attack raised an alert again"


async def test_claims_naming_an_unknown_or_empty_base_or_reusing_an_id_with_another_toll_are_dead_lettered(workers: Workers) -> None:
    """Issue 11 item 6: each goes to claims.dlq with its reason, raises nothing, and the claims after it are folded as before."""
    workers.start("alert")
    records = [_claim(1), _claim(2, base_id="no-such-base", base_name="Nowhere"), _claim(3, base_id=""), _claim(1, killed=5), _claim(1), _claim(4)]
    await produce(workers.settings, "claims", records)

    dlq = await read_topic(workers.settings, "claims.dlq", lambda r: len(r) >= 3, 90)
    assert [d["offset"] for d in dlq] == [1, 2, 3], [d["reason"] for d in dlq]
    assert "unknown base_id 'no-such-base': not in the gazetteer" in dlq[0]["reason"]
    assert "at least 1 character at ('base_id',)" in dlq[1]["reason"]
    assert "claim_id reused with different content (killed 3 -> 5)" in dlq[2]["reason"]
    events = await read_topic(workers.settings, "attack-events", lambda r: any(e["version"] == 2 for e in r), 60)
    assert [(e["version"], e["claim_ids"], e["killed"]) for e in events] == [(1, ["claim-0001"], 3), (2, ["claim-0001", "claim-0004"], 3)]
    alerts = await read_topic(workers.settings, "alerts", lambda r: False, 3)
    assert sorted((a["kind"], a["base_id"], a["killed"], a["revision"]) for a in alerts) == [("fatality", "tower-22", 3, 0), ("new_target", "tower-22", 3, 0)]
    assert workers.health("alert")["status"] == "ok" and workers.health("alert")["dead_lettered"] == 3
