"""faust wiring shared by the three workers: the app, its topics, DLQ and health. No domain logic here."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import faust
import structlog
from faust.transport.drivers import aiokafka as faust_aiokafka
from pydantic import BaseModel, ValidationError

from basewatch.platform import metrics
from basewatch.platform.kafka_io import DLQ_SUFFIX, ce_headers, dead_letter, encode, message_id, read_range
from basewatch.platform.settings import Settings

log = structlog.get_logger(__name__)
M = TypeVar("M", bound=BaseModel)


class _IdempotentProducer(faust_aiokafka.Producer):
    """faust turns idempotence on only inside transactions; basewatch wants it always (acks=all + idempotent)."""

    def _settings_extra(self) -> dict[str, Any]:
        return {"acks": "all", "enable_idempotence": True, "max_request_size": 16 * 1024 * 1024}


def make_app(stage: str, settings: Settings) -> faust.App:
    """A stage's faust app, wired at start-up (never at import): data directory, producer class, credentials."""
    # faust picks the producer class from its transport; setting it here (not at import) keeps imports free of effects
    faust_aiokafka.Transport.Producer = _IdempotentProducer
    Path(settings.data_dir, stage).mkdir(parents=True, exist_ok=True)
    auth: dict[str, Any] = {}
    if settings.sasl_mechanism:
        auth["broker_credentials"] = faust.SASLCredentials(
            username=settings.sasl_username, password=settings.sasl_password, mechanism=settings.sasl_mechanism
        )
    elif settings.ssl_cafile:
        import ssl

        auth["broker_credentials"] = ssl.create_default_context(cafile=settings.ssl_cafile)
    return faust.App(
        f"{settings.topic_prefix}{settings.app_id}-{stage}",
        broker=f"kafka://{settings.bootstrap}",
        store="memory://",  # tables are rebuilt from their changelog topics at start
        topic_partitions=1,
        topic_replication_factor=1,
        # faust declares its own internal topics (changelogs); the data topics come from `basewatch topics create`
        producer_acks=-1,
        web_port=settings.web_port,
        web_host="127.0.0.1",
        web_in_thread=False,
        datadir=f"{settings.data_dir}/{stage}",
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=1.0,
        # A killed worker's partitions move to its replacement after 10 s, not faust's default 60 s.
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        consumer_max_fetch_size=16 * 1024 * 1024,
        **auth,
    )


@dataclass(frozen=True)
class _Msg:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


@dataclass(frozen=True)
class _Replayed:
    """A record read outside faust, shaped like the faust event the handlers take (value, message)."""

    value: bytes | None
    message: _Msg


class Stage:
    """A stage's topics, its DLQ writer and counters shown on /health."""

    def __init__(self, app: faust.App, settings: Settings, source: str, sinks: list[str]) -> None:
        self.app, self.settings = app, settings
        self.source_name = source
        self.source = app.topic(source, value_type=bytes, key_type=bytes, value_serializer="raw", key_serializer="raw")
        self.dlq = app.topic(source + DLQ_SUFFIX, value_type=bytes, value_serializer="raw", key_serializer="raw")
        self.sinks = {name: app.topic(name, value_type=bytes, value_serializer="raw", key_serializer="raw") for name in sinks}
        self.counts: dict[str, int] = {"in": 0, "out": 0, "dead_lettered": 0, "skipped": 0}
        self.progress = app.Table("progress", default=None, partitions=1)  # "topic:partition" -> last offset handled
        self.started = time.time()
        self.metrics = metrics.StageMetrics(app, lambda: dict(self.progress.items()))  # GET /metrics

        @app.page("/health")
        async def health(web: Any, request: Any) -> Any:
            return web.json({"stage": app.conf.id, "status": "ok", "uptime_s": round(time.time() - self.started, 1), **self.counts})

    async def handle(self, event: Any, handler: Any) -> None:
        """Run one record through the stage, after any records faust skipped before it.

        faust-streaming can deliver records while tables are still recovering and then skip a run of
        offsets after its seek to the committed offsets (issues #216, #221, #596; seen in our SIGKILL
        test). So: wait for recovery, and keep the last offset handled in a table; a jump forward is
        filled by reading the missed records straight from Kafka. Handlers are idempotent, so a
        record handled twice is harmless.
        """
        msg = event.message
        key = f"{msg.topic}:{msg.partition}"
        last = self.progress.get(key)
        if last is not None and msg.offset > last + 1:
            log.warning("stream.gap_filled", topic=msg.topic, partition=msg.partition, first=last + 1, last=msg.offset - 1)
            for missed in await self._fetch(msg.topic, msg.partition, last + 1, msg.offset):
                await self._one(missed, handler, key)
        await self._one(event, handler, key)

    async def _one(self, event: Any, handler: Any, key: str) -> None:
        """One record; a failure dead-letters it instead of crashing the agent (a crashed faust agent skips the offset: #315)."""
        self.counts["in"] += 1
        msg = event.message
        started = self.metrics.received(msg.topic)
        structlog.contextvars.bind_contextvars(topic=msg.topic, partition=msg.partition, offset=msg.offset)
        try:
            await handler(event)
        except Exception as exc:
            log.exception("record.failed")
            await self.dead(event, f"processing failed: {type(exc).__name__}: {exc}")
        finally:
            structlog.contextvars.clear_contextvars()
            self.metrics.handled(started)
        self.progress[key] = max(msg.offset, self.progress.get(key) or -1)

    async def _fetch(self, topic: str, partition: int, start: int, end: int) -> list[Any]:
        """Records [start, end) of one partition, read directly (outside faust's consumer)."""
        records = await read_range(self.settings, topic, start, end, partition)
        return [_Replayed(r.value, _Msg(r.topic, r.partition, r.offset, r.key, r.value)) for r in records]

    async def decode(self, event: Any, model: type[M]) -> M | None:
        """The record as `model` (its `type` and `schema_version` checked), or None after dead-lettering it with the reason."""
        try:
            return model.model_validate_json(event.value or b"")
        except ValidationError as exc:
            first = exc.errors()[0]
            await self.dead(event, f"not a {model.__name__} v1: {first['msg']} at {first['loc']}")
            return None

    async def send(self, sink: str, key: str, msg: BaseModel) -> None:
        mid = message_id(msg)
        await self.sinks[sink].send(key=key.encode(), value=encode(msg), headers=ce_headers(msg, mid))
        self.counts["out"] += 1
        self.metrics.sent(sink, msg)

    async def dead(self, event: Any, reason: str) -> None:
        """Keep a record the stage cannot process on `<topic>.dlq`, with the reason; the stage goes on."""
        msg = event.message
        letter = dead_letter(msg.topic, reason, msg.value, msg.key, msg.partition, msg.offset)
        await self.dlq.send(key=msg.key, value=encode(letter), headers=ce_headers(letter, f"{msg.topic}:{msg.partition}:{msg.offset}"))
        self.counts["dead_lettered"] += 1
        self.metrics.dead_lettered(reason)
        log.warning("record.dead_lettered", topic=msg.topic, partition=msg.partition, offset=msg.offset, reason=reason[:300])
