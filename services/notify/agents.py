"""Notify stage: consumes alerts (its own consumer group), POSTs each to the webhook receivers that want it.

At-least-once: faust commits an offset only once the agent has moved past the record, and the agent
(concurrency 1) moves past it only after every receiver has answered 2xx or the alert has been put on
`alerts.undeliverable` with the reason (faust flushes the producer before it commits). A crash before
that redelivers the alert; receivers drop the copy by its `Idempotency-Key` (alert_id:revision).
Receivers are served concurrently, each with its own timeout and retry budget: a slow one delays the
next alert by at most its budget, never the others' delivery of this one.
`build(settings, loaded)` wires the faust app at start-up; importing this module creates nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import aiohttp
import faust
import structlog
from pydantic import ValidationError

from basewatch.platform import metrics
from basewatch.platform.kafka_io import ce_headers, dead_letter, encode
from basewatch.platform.settings import Settings
from basewatch.platform.stream import Stage, make_app
from basewatch.schemas import ALERT_MESSAGE
from basewatch.services.notify.config import Loaded
from basewatch.services.notify.domain.payload import request
from basewatch.services.notify.domain.route import matches
from basewatch.services.notify.webhook import Delivery, deliver_all

log = structlog.get_logger(__name__)


def build(settings: Settings, loaded: Loaded) -> faust.App:
    """The notifier's faust app: one agent on `alerts`, dead letters of undeliverable alerts on `alerts.undeliverable`."""
    app = make_app("notify", settings)
    config = loaded.config
    undeliverable = settings.topic("alerts.undeliverable")
    stage = Stage(app, settings, settings.topic("alerts"), [undeliverable])
    sessions: list[aiohttp.ClientSession] = []

    def session() -> aiohttp.ClientSession:
        """One HTTP session (connection pool) per worker, created inside the running loop on first use."""
        if not sessions:
            sessions.append(aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit_per_host=8)))
        return sessions[0]

    async def give_up(event: Any, alert_id: str, idem: str, result: Delivery) -> None:
        msg = event.message
        reason = f"receiver {result.receiver}: {result.outcome}: {result.reason}"
        letter = dead_letter(msg.topic, reason, msg.value, msg.key, msg.partition, msg.offset)
        headers = [*ce_headers(letter, f"{idem}:{result.receiver}"), ("basewatch_receiver", result.receiver.encode())]
        await stage.sinks[undeliverable].send(key=alert_id.encode(), value=encode(letter), headers=headers)
        stage.counts["out"] += 1
        stage.metrics.sent(undeliverable, letter)
        log.warning("alert.undeliverable", receiver=result.receiver, outcome=result.outcome, reason=result.reason[:300])

    async def notify_one(event: Any) -> None:
        try:
            alert = ALERT_MESSAGE.validate_json(event.value or b"")
        except ValidationError as exc:
            first = exc.errors()[0]
            await stage.dead(event, f"not an alert v1: {first['msg']} at {first['loc']}")
            return
        data = alert.model_dump(mode="json")
        stamp = getattr(event.message, "timestamp", None)  # the alert record's time: the same on every redelivery
        at = datetime.fromtimestamp(stamp, UTC) if stamp else datetime.now(UTC)
        targets = [r for r in config.receivers if matches(r.match, data)]
        structlog.contextvars.bind_contextvars(alert_id=alert.alert_id, revision=alert.revision)
        requests = [(r, *request(r, data, at, loaded.secrets[r.name], config.board_url)) for r in targets]
        results = await deliver_all(session(), requests, config.retry)
        for result in results:
            metrics.webhook_delivery(result.receiver, result.outcome, result.attempts)
            if result.outcome != "delivered":
                await give_up(event, alert.alert_id, f"{alert.alert_id}:{alert.revision}", result)
        log.info("alert.notified", receivers=[r.receiver for r in results if r.outcome == "delivered"])

    @app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
    async def notify(stream: Any) -> None:
        async for event in stream.events():
            await stage.handle(event, notify_one)

    return app
