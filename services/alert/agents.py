"""Alert stage: consumes claims, emits event.opened/updated on attack-events and alerts on alerts.

State lives in faust tables (rebuilt from their changelogs): events, an index of events by day and
base, bases already attacked, fatality alerts already raised, and the messages each claim produced.
What was already published is read back from the output topics at start, so a claim redelivered
after a crash re-sends exactly what is missing: no alert lost, no alert id published twice.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer
from pydantic import BaseModel, ValidationError

from basewatch.kafka_io import message_id
from basewatch.stream import Stage, make_app
from schemas import ANY_MESSAGE, ClaimExtracted, EventState
from services.alert.config import SETTINGS
from services.alert.domain.decide import FatalityRecord, decide, ledger_after
from services.alert.domain.dedup import apply, candidate_dates

log = structlog.get_logger(__name__)
app = make_app("alert", SETTINGS)
EVENTS_TOPIC, ALERTS_TOPIC = SETTINGS.topic("attack-events"), SETTINGS.topic("alerts")
stage = Stage(app, SETTINGS, SETTINGS.topic("claims"), [EVENTS_TOPIC, ALERTS_TOPIC])

events = app.Table("events", default=None, partitions=1)  # event_id -> EventState JSON
index = app.Table("event-index", default=None, partitions=1)  # "d:<date>" | "b:<base_id>" -> [event_id]
bases_seen = app.Table("bases-seen", default=None, partitions=1)  # base_id -> first event_id
fatalities = app.Table("fatalities", default=None, partitions=1)  # event_id -> [revision, killed]
outputs = app.Table("claim-outputs", default=None, partitions=1)  # claim_id -> [[topic, key, message JSON]]
_published: set[str] | None = None


async def _read_published() -> set[str]:
    """Message ids (id:version / id:revision) already on the output topics: the truth after a crash."""
    consumer = AIOKafkaConsumer(**SETTINGS.aiokafka_kwargs(), enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    ids: set[str] = set()
    try:
        from aiokafka import TopicPartition

        tps = [TopicPartition(t, 0) for t in (EVENTS_TOPIC, ALERTS_TOPIC)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            batch = await consumer.getmany(timeout_ms=1000)
            for records in batch.values():
                for r in records:
                    ids.add(message_id(ANY_MESSAGE.validate_json(r.value)))
    finally:
        await consumer.stop()
    log.info("alert.published_loaded", count=len(ids))
    return ids


def _candidates(claim: ClaimExtracted) -> list[EventState]:
    keys = [f"d:{d.isoformat()}" for d in candidate_dates(claim) if isinstance(d, date)]
    if claim.base_id is not None:
        keys.append(f"b:{claim.base_id}")
    ids = sorted({i for k in keys for i in (index.get(k) or [])})
    found = [EventState.model_validate_json(events[i]) for i in ids if events.get(i)]
    if claim.attack_date is not None:
        # by base only the undated events; dated ones came by their day
        found = [e for e in found if e.attack_date is not None or e.base_id == claim.base_id]
    return found


def _record(event: EventState) -> None:
    is_new = events.get(event.event_id) is None
    events[event.event_id] = event.model_dump_json()
    if is_new:
        for k in ([f"d:{event.attack_date.isoformat()}"] if event.attack_date else []) + ([f"b:{event.base_id}"] if event.base_id else []):
            index[k] = [*(index.get(k) or []), event.event_id]  # re-assigned: in-place changes never reach the changelog


def fold_claim(claim: ClaimExtracted) -> list[tuple[str, str, BaseModel]]:
    """The pure decisions for one claim, with the table updates they imply; returns what to publish."""
    applied = apply(_candidates(claim), claim)
    if applied.event is None or applied.message is None:
        return []
    event = applied.event
    prior = fatalities.get(event.event_id)
    alerts = decide(event, event.base_id is not None and bases_seen.get(event.base_id) is not None, FatalityRecord(*prior) if prior else None)
    _record(event)
    if event.base_id and bases_seen.get(event.base_id) is None:
        bases_seen[event.base_id] = event.event_id
    for eid, rec in ledger_after(alerts).items():
        fatalities[eid] = [rec.revision, rec.killed]
    return [(EVENTS_TOPIC, event.event_id, applied.message)] + [(ALERTS_TOPIC, a.alert_id, a) for a in alerts]


async def alert_one(event: Any) -> None:
    global _published
    if _published is None:
        _published = await _read_published()
    try:
        claim = ClaimExtracted.model_validate_json(event.value or b"")
    except ValidationError as exc:
        await stage.dead(event, f"not a claim.extracted v1: {exc.errors()[0]['msg']} at {exc.errors()[0]['loc']}")
        return
    structlog.contextvars.bind_contextvars(article_id=claim.article_id, claim_id=claim.claim_id)
    done = outputs.get(claim.claim_id)
    pending: list[tuple[str, str, BaseModel]]
    if done is not None:  # redelivered: the state already has it; publish whatever did not make it out
        pending = [(t, k, ANY_MESSAGE.validate_json(v)) for t, k, v in done]
    else:
        pending = fold_claim(claim)
        outputs[claim.claim_id] = [[t, k, m.model_dump_json()] for t, k, m in pending]
    for topic, key, msg in pending:
        mid = message_id(msg)
        if mid in _published:
            continue
        log.info(getattr(msg, "type", "message"), event_id=getattr(msg, "event_id", None), alert_id=getattr(msg, "alert_id", None))
        await stage.send(topic, key, msg)
        _published.add(mid)


@app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
async def alert_claims(stream: Any) -> None:
    async for event in stream.events():
        await stage.handle(event, alert_one)
