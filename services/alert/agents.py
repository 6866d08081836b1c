"""Alert stage: consumes claims, emits event.opened/updated on attack-events and alerts on alerts.

State lives in one faust table (rebuilt from its changelog): events, an index of events by day and
base, bases already attacked, fatality alerts already raised, and each claim's decided outcome.
What was already published is read back from the output topics at start, so a claim redelivered
after a crash re-sends exactly what is missing: no alert lost, no alert id published twice.
`build(settings, published)` wires the faust app at start-up; importing this module creates nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import faust
import structlog

from basewatch.platform.kafka_io import message_id, read_range
from basewatch.platform.settings import Settings
from basewatch.platform.stream import Stage, make_app
from basewatch.schemas import ANY_MESSAGE, ClaimExtracted, EventState
from basewatch.services.alert.domain.decide import FatalityRecord, decide, ledger_after
from basewatch.services.alert.domain.dedup import apply, candidate_dates

log = structlog.get_logger(__name__)


async def read_published(settings: Settings) -> set[str]:
    """Message ids (id:version / id:revision) already on the output topics: the truth after a crash.

    Read before the worker starts consuming (a long first iteration inside the agent let faust's
    fetcher run past records: seen in our SIGKILL test).
    """
    topics = (settings.topic("attack-events"), settings.topic("alerts"))
    ids = {message_id(ANY_MESSAGE.validate_json(r.value)) for t in topics for r in await read_range(settings, t)}
    log.info("alert.published_loaded", count=len(ids))
    return ids


def build(settings: Settings, published: set[str]) -> faust.App:
    """The alert worker's faust app; `published` is what `read_published` found on the output topics."""
    app = make_app("alert", settings)
    events_topic, alerts_topic = settings.topic("attack-events"), settings.topic("alerts")
    stage = Stage(app, settings, settings.topic("claims"), [events_topic, alerts_topic])
    # All state in ONE table, so its changelog is one partition and its writes keep their order: a
    # crash loses only a suffix of them. Keys: "event:<id>" -> EventState JSON, "index:d:<date>" /
    # "index:b:<base>" -> [event ids], "base:<id>" -> first event id, "fatal:<event id>" -> [revision, killed],
    # "out:<claim id>" -> the claim's outcome (writes and messages). The outcome is written FIRST: if it is
    # in the changelog, the claim is decided and its writes can be replayed; if not, nothing of it is.
    state = app.Table("alert-state", default=None, partitions=1)

    def candidates_of(claim: ClaimExtracted) -> list[EventState]:
        keys = [f"index:d:{d.isoformat()}" for d in candidate_dates(claim) if isinstance(d, date)]
        if claim.base_id is not None:
            keys.append(f"index:b:{claim.base_id}")
        ids = sorted({i for k in keys for i in (state.get(k) or [])})
        found = [EventState.model_validate_json(state[f"event:{i}"]) for i in ids if state.get(f"event:{i}")]
        if claim.attack_date is not None:
            # by base only the undated events; dated ones came by their day
            found = [e for e in found if e.attack_date is not None or e.base_id == claim.base_id]
        return found

    def decide_claim(claim: ClaimExtracted) -> dict[str, Any]:
        """The pure decisions for one claim as an outcome: the state writes they imply and what to publish."""
        candidates = candidates_of(claim)
        applied = apply(candidates, claim)
        if applied.event is None or applied.message is None:
            return {"writes": [], "messages": []}
        event = applied.event
        before = next((e for e in candidates if e.event_id == event.event_id), None)
        prior = state.get(f"fatal:{event.event_id}")
        seen = event.base_id is not None and state.get(f"base:{event.base_id}") is not None
        alerts = decide(event, seen, FatalityRecord(*prior) if prior else None)
        writes: list[list[Any]] = [[f"event:{event.event_id}", event.model_dump_json()]]
        keys = []
        if event.attack_date and (before is None or before.attack_date is None):  # new, or dated by this claim
            keys.append(f"index:d:{event.attack_date.isoformat()}")
        if event.base_id and before is None:
            keys.append(f"index:b:{event.base_id}")
        writes += [[k, [*(state.get(k) or []), event.event_id]] for k in keys]
        if event.base_id and not seen:
            writes.append([f"base:{event.base_id}", event.event_id])
        writes += [[f"fatal:{eid}", [rec.revision, rec.killed]] for eid, rec in ledger_after(alerts).items()]
        messages = [[events_topic, event.event_id, applied.message.model_dump_json()]]
        messages += [[alerts_topic, a.alert_id, a.model_dump_json()] for a in alerts]
        return {"writes": writes, "messages": messages}

    async def alert_one(event: Any) -> None:
        claim = await stage.decode(event, ClaimExtracted)
        if claim is None:
            return
        structlog.contextvars.bind_contextvars(article_id=claim.article_id, claim_id=claim.claim_id)
        outcome = state.get(f"out:{claim.claim_id}")
        if outcome is None:
            outcome = decide_claim(claim)
            state[f"out:{claim.claim_id}"] = outcome  # first, see above
        # Applying the writes again after a crash is harmless: each sets a key to the value decided.
        for key, value in outcome["writes"]:
            state[key] = value
        for topic, key, raw in outcome["messages"]:
            msg = ANY_MESSAGE.validate_json(raw)
            mid = message_id(msg)
            if mid in published:
                continue
            log.debug(msg.type, event_id=getattr(msg, "event_id", None), alert_id=getattr(msg, "alert_id", None))
            await stage.send(topic, key, msg)
            published.add(mid)

    @app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
    async def alert_claims(stream: Any) -> None:
        async for event in stream.events():
            await stage.handle(event, alert_one)

    return app
