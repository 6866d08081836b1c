"""Alert stage: consumes claims, emits event.opened/updated on attack-events and alerts on alerts.

Decode -> `handle(state, claim)` (the pure state machine `run --offline` also uses) -> send. State is a
`KeyValueEventStore` over one faust table (rebuilt from its changelog): small per-claim records, aliases,
fatality ledgers and bases already attacked; indexes are derived in memory.
What was already published is read back from the output topics at start, so a claim redelivered
after a crash re-sends exactly what is missing: no alert lost, no alert id published twice.
`build(settings, published)` wires the faust app at start-up; importing this module creates nothing.
"""

from __future__ import annotations

from typing import Any

import faust
import structlog

from basewatch.platform import logs
from basewatch.platform.kafka_io import RecentIds, message_id, read_valid
from basewatch.platform.settings import Settings
from basewatch.platform.stream import PartitionSlices, Stage, make_app
from basewatch.schemas import ANY_MESSAGE, AlertRaised, AlertRevised, ClaimExtracted
from basewatch.services.alert.bases import known_base_ids, unknown_base
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore

log = structlog.get_logger(__name__)

# Records a claim's decision deletes from the table at most, besides its own writes (each ~0.3 ms in faust's
# producer): what a retention sweep forgets is gone for every read at once and leaves the table over the next claims.
FORGET_PER_CLAIM = 4


async def read_published(settings: Settings) -> RecentIds:
    """Message ids (id:version / id:revision) already on the output topics (all kept: see `RecentIds`): the truth after a crash.

    Read before the worker starts consuming (a long first iteration inside the agent let faust's
    fetcher run past records: seen in our SIGKILL test).
    """
    topics = (settings.topic("attack-events"), settings.topic("alerts"))
    found = [await read_valid(settings, t, ANY_MESSAGE.validate_json) for t in topics]  # a bad record is logged, skipped
    ids = RecentIds(message_id(m) for messages in found for m in messages)
    log.info("alert.published_loaded", count=len(ids))
    return ids


def build(settings: Settings, published: RecentIds) -> faust.App:
    """The alert worker's faust app; `published` is what `read_published` found on the output topics."""
    app = make_app("alert", settings)
    events_topic, alerts_topic = settings.topic("attack-events"), settings.topic("alerts")
    stage = Stage(app, settings, settings.topic("claims"), [events_topic, alerts_topic])
    # All state in ONE table, with as many changelog partitions as `claims` (faust writes a change to the
    # partition of the claim being handled; one changelog partition keeps its writes in order, so a crash
    # loses only a suffix). Values are the small records of `state.py`, raw bytes: a claim's decision writes
    # its own record first, then the few it implies, so a redelivered claim repeats exactly that decision.
    # One store per claims partition: a decision sees only its partition's state (claims are keyed so that
    # is all it needs: `kafka_io.claim_key`), whichever partitions this worker holds.
    table = app.Table("alert-state", default=None, partitions=app.conf.topic_partitions, key_type=str, value_type=bytes)  # bytes: raw values
    # a deletion is a changelog record: the weekly sweep's thousands are deleted FORGET_PER_CLAIM at a time (state.py)
    stores = PartitionSlices(app, table, lambda records: KeyValueEventStore(records, drain=FORGET_PER_CLAIM))
    known = known_base_ids()

    async def alert_one(event: Any) -> None:
        claim = await stage.decode(event, ClaimExtracted, check=lambda c: unknown_base(c, known))
        if claim is None:
            return
        structlog.contextvars.bind_contextvars(article_id=claim.article_id, claim_id=claim.claim_id)
        store = stores.get(event.message.partition)
        decision = handle(store, claim)
        store.write(decision.changes)
        for msg in decision.messages:
            mid = message_id(msg)
            if mid in published:
                continue
            topic, key = (alerts_topic, msg.alert_id) if isinstance(msg, AlertRaised | AlertRevised) else (events_topic, getattr(msg, "event_id", ""))
            if logs.debugging():  # per record: not even built unless DEBUG
                log.debug(getattr(msg, "type", "message"), event_id=getattr(msg, "event_id", None), alert_id=getattr(msg, "alert_id", None))
            await stage.send(topic, key, msg)
            published.add(mid)

    @app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
    async def alert_claims(stream: Any) -> None:
        await stage.consume(stream, alert_one)  # what is buffered, a batch at a time: each record decoded -> one pure call -> sent

    return app
