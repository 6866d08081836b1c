"""faust wiring shared by the three workers: the app, its topics, DLQ, health, and running it. No domain logic here."""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import hmac
import ipaddress
import logging
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Awaitable, Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Generic, NoReturn, TypeVar, cast

import faust
import structlog
import tenacity
from faust.transport.drivers import aiokafka as faust_aiokafka
from mode.utils.times import want_seconds
from pydantic import BaseModel, ValidationError

from basewatch.platform import faust_patches, logs, metrics
from basewatch.platform.broker import free_port
from basewatch.platform.kafka_io import (
    DLQ_SUFFIX,
    AuthenticationFailed,
    BrokerUnreachable,
    adopt_partitions,
    broker_answers,
    ce_headers,
    check_topics,
    dead_letter,
    encode,
    ensure_visible,
    input_partitions,
    message_id,
    read_range,
    stage_topics,
    unreachable_message,
)
from basewatch.platform.settings import Settings

log = structlog.get_logger(__name__)
Handler = Callable[[Any], Awaitable[None]]  # one record (a faust event) through decode -> one pure call -> send
BATCH_MAX = 200  # records handled between two acknowledgement waits; a batch is what is buffered, never waited for
HOLD_S = 0.01  # longest a batch's handling keeps the event loop (and so the producer) from running
M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
S = TypeVar("S")


class _IdempotentProducer(faust_aiokafka.Producer):
    """faust turns idempotence on only inside transactions; basewatch wants it always (acks=all + idempotent)."""

    # mode names a service's logger after the module defining it: keep faust's, so its level applies
    logger = logging.getLogger(f"{faust_aiokafka.__name__}.producer")

    def _settings_extra(self) -> dict[str, Any]:
        return {"acks": "all", "enable_idempotence": True, "max_request_size": 16 * 1024 * 1024}


def make_app(stage: str, settings: Settings, partitions: int | None = None) -> faust.App:
    """A stage's faust app, wired at start-up (never at import): data directory, producer class, credentials.

    `partitions`: those of the stage's input topic (default: as `topics create` makes it for these
    settings). faust writes a table change to the changelog partition of the record being handled, so
    every table of the stage (its `progress` one included) needs as many: `app.conf.topic_partitions`.
    """
    partitions = input_partitions(stage, settings) if partitions is None else partitions
    # faust picks the producer class from its transport; setting it here (not at import) keeps imports free of effects
    faust_aiokafka.Transport.Producer = _IdempotentProducer
    faust_patches.apply()  # a bounded fetch wait (faust hard-codes 1.5 s): see that module
    Path(settings.data_dir, stage).mkdir(parents=True, exist_ok=True)
    auth: dict[str, Any] = {}
    if problem := settings.security_problem():
        raise ValueError(problem)
    context = settings.ssl_context()  # SSL and SASL_SSL: always TLS, with the CA file's or the system's CAs
    if settings.sasl_mechanism:  # with a context faust says SASL_SSL; without one (SASL_PLAINTEXT) SASL_PLAINTEXT
        auth["broker_credentials"] = faust.SASLCredentials(
            username=settings.sasl_username, password=settings.sasl_password, mechanism=settings.sasl_mechanism.upper(), ssl_context=context
        )
    elif context is not None:
        auth["broker_credentials"] = faust.SSLCredentials(context)
    app = faust.App(
        f"{settings.topic_prefix}{settings.app_id}-{stage}",
        broker=f"kafka://{settings.bootstrap}",
        store="memory://",  # tables are rebuilt from their changelog topics at start
        topic_partitions=partitions,  # the default of the stage's tables: see above
        topic_replication_factor=settings.replication,  # faust creates its changelog topics itself
        # faust declares its own internal topics (changelogs); the data topics come from `basewatch topics create`
        producer_acks=-1,
        web_port=settings.web_port or 6066,  # `serve` always sets a port; 6066 is faust's own default
        # faust binds `web_bind` (default: every interface); `web_host` only names the URL it reports
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_in_thread=False,
        datadir=f"{settings.data_dir}/{stage}",
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=1.0,
        # A killed worker's partitions move to its replacement after 10 s, not faust's default 60 s.
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        consumer_max_fetch_size=16 * 1024 * 1024,
        Monitor=faust_patches.LeanMonitor,  # faust's statistics per record are read by nobody here: see that module
        **auth,
    )
    watch = RecoveryWatch(lambda: cast(Any, app.tables).recovery)  # faust makes it on first use (on the worker's loop); its type omits it
    app.timer(interval=RecoveryWatch.INTERVAL)(watch.tick)
    return app


class RecoveryWatch:
    """Restarts a table recovery that has stopped making progress (faust-streaming leaves it waiting forever).

    After a rebalance, faust re-reads each active changelog partition up to its highwater before the
    worker's agents get records again. At times (the scale-out test, one run in two: issue 13) it never
    receives one record of a partition it must re-read ("No event received for active tp ... since recovery
    start", faust-streaming #155, #176, robinhood/faust #218): the stage then stalls for good. Restarting
    the recovery is faust's own path when another rebalance interrupts it (`signal_recovery_start`): it
    builds highwaters and offsets again, keeps what was read, seeks and fetches anew. Done when the
    records left to read have not gone down for STALL_S seconds.
    """

    INTERVAL = 2.0
    STALL_S = 12.0  # changelogs here are small (bounded state): no record at all for this long is a stall, not a slow read

    def __init__(self, recovery: Callable[[], Any], clock: Callable[[], float] = time.monotonic) -> None:
        self.recovery, self.clock = recovery, clock
        self._left: int | None = None  # records left to read when last looked at
        self._since = 0.0  # when that number last went down (or the recovery began)
        self.restarts = 0

    async def tick(self) -> None:
        self.check()

    def check(self) -> bool:
        """Look once; True when the recovery was restarted now."""
        rec = self.recovery()
        if not rec.in_recovery or not rec.need_recovery():
            self._left = None
            return False
        left = sum(n for n in rec.active_remaining().values() if n > 0)
        now = self.clock()
        if self._left is None or left < self._left:
            self._left, self._since = left, now
            return False
        if now - self._since < self.STALL_S:
            return False
        self.restarts += 1
        log.warning("recovery.restarted", left=left, stalled_s=round(now - self._since, 1), restarts=self.restarts,
                    partitions={f"{tp.topic}:{tp.partition}": n for tp, n in rec.active_remaining().items() if n > 0},
                    why="no changelog record arrived for the partitions being recovered; faust would wait forever")  # fmt: skip
        self._left, self._since = None, now
        rec.signal_recovery_start.set()
        return True


@dataclass(frozen=True)
class Tail:
    """One input partition a worker holds: the last offset handled (None: never, by any worker), the offset the next
    record will get, and the group's committed offset as the worker's consumer knows it (None: none yet)."""

    last: int | None
    end: int
    committed: int | None = None

    @property
    def next(self) -> int:
        """The first offset not handled yet (0 for a partition never handled: unless retention deleted its head, its first record)."""
        return 0 if self.last is None else self.last + 1

    @property
    def behind(self) -> int:
        """Records not handled yet: the lag /health and /metrics report."""
        return max(0, self.end - self.next)

    @property
    def open_from(self) -> int:
        """The first offset not both handled and committed: where reading again starts."""
        return self.next if self.committed is None or self.committed < 0 else min(self.next, self.committed)

    @property
    def open(self) -> int:
        """Records not yet handled, or handled and never committed (faust commits only what it delivered and was acked)."""
        return max(0, self.end - self.open_from)


class TailWatch:
    """Reads a partition again when faust leaves records after the last one handled undelivered, and nothing else comes.

    Around a rebalance faust-streaming drops records it has fetched: a stream skips, and acks, events of an
    older consumer generation (`Stream._py_aiter`), the fetcher drops what arrives for a partition not yet
    active, a suspended flow drops the record being handed over; its seek back to the committed offsets
    then skips partitions with no committed offset at all (aiokafka's `seek_to_committed` seeks only
    offsets > 0). A later record of the partition shows the gap (`Stage.handle_batch` fills it); after the
    last one nothing does, and the stage stalls with a lag for good (the scale-out test, about one run in
    ten: issue 13). A record handled once and then re-delivered after a rebalance's seek can be dropped the
    same way: handled, but never acked under the new generation, so never committed (the group's lag
    stays above 0 until a later record comes: faust commits the first run of acked offsets). So a
    partition still open (records not handled, or handled and not committed), where that opening has not
    moved for STALL_S seconds while the worker is settled (ready, no rebalance or recovery under way) and idle (no record
    of any partition handled for STALL_S seconds: a long batch in hand is not a stall), is sought back to
    its first record not both handled and committed: faust fetches it again and delivers, acks and commits
    it as usual.
    Handlers are idempotent, so a record read twice is harmless.
    """

    INTERVAL = 2.0
    STALL_S = 8.0  # far above a batch's handling time: a partition with records arriving advances every batch

    def __init__(self) -> None:
        self._since: dict[Any, tuple[int, float]] = {}  # partition -> (first offset not handled, since when)

    def due(self, tails: Mapping[Any, Tail], now: float, last_handled: float) -> dict[Any, int]:
        """The partitions to read again now, each with the offset to read from (each at most once per STALL_S).

        `last_handled`: when the worker last handled a record of any partition (it is busy while that is recent).
        """
        seek: dict[Any, int] = {}
        idle = now - last_handled >= self.STALL_S
        for tp, tail in tails.items():
            if not tail.open:
                self._since.pop(tp, None)
                continue
            seen = self._since.get(tp)
            if seen is None or seen[0] != tail.open_from:
                self._since[tp] = (tail.open_from, now)
            elif idle and now - seen[1] >= self.STALL_S:
                seek[tp] = tail.open_from
                self._since[tp] = (tail.open_from, now)
        for tp in set(self._since) - set(tails):
            del self._since[tp]
        return seek

    def reset(self) -> None:
        """Forget what was seen (a rebalance or recovery under way: records are not expected meanwhile)."""
        self._since.clear()


class _Shared:
    """What the slices of one table know of it together: its length as their own writes leave it, and how many
    times it was found changed behind their back (faust recovering it), which makes every slice count again."""

    def __init__(self) -> None:
        self.expected = -1  # not known yet: the first look counts
        self.generation = 0


class _Slice(MutableMapping[str, Any]):
    """The keys of one input partition in a table shared by every partition a worker holds (`prefix` + key).

    Its length is kept by the writes through the slices of the table (counting the keys is a scan); when the
    table's length is not what those writes left (faust filled it while recovering), every slice counts again,
    so a store over it sees the recovered records (`KeyValueEventStore` rebuilds its index when the length changes).
    """

    def __init__(self, table: Any, prefix: str, shared: _Shared | None = None) -> None:
        self.table, self.prefix = table, prefix
        self.shared = _Shared() if shared is None else shared
        self._generation = -1  # counted on first use
        self._len = 0

    def __getitem__(self, key: str) -> Any:
        return self.table[self.prefix + key]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.prefix + key in self.table

    def get(self, key: str, default: Any = None) -> Any:
        return self.table.get(self.prefix + key, default)

    def __setitem__(self, key: str, value: Any) -> None:
        if self.prefix + key not in self.table:
            self._len += 1
            self.shared.expected += 1
        self.table[self.prefix + key] = value

    def __delitem__(self, key: str) -> None:
        del self.table[self.prefix + key]
        self._len -= 1
        self.shared.expected -= 1

    def __iter__(self) -> Iterator[str]:
        n = len(self.prefix)
        return iter([k[n:] for k in self.table if k.startswith(self.prefix)])

    def __len__(self) -> int:
        shared = self.shared
        if len(self.table) != shared.expected:  # changed behind the slices' back: faust recovering the table
            shared.expected, shared.generation = len(self.table), shared.generation + 1
        if self._generation != shared.generation:
            self._len = sum(1 for k in self.table if k.startswith(self.prefix))
            self._generation = shared.generation
        return self._len


class PartitionSlices(Generic[S]):
    """A stage's state as one `make(mapping)` per input partition, over one faust table.

    faust keeps the keys of every partition a worker holds in one table. A decision about a record of
    partition p must see and write only p's keys: otherwise it would depend on which other partitions
    this worker happens to hold (and could write another partition's keys to p's changelog). So with more
    than one partition every key is stored as `<p>/<key>`; with one, as it is (the table of a
    one-partition deployment keeps its keys). The objects are made again after every rebalance, since
    faust then recovers and drops keys behind their back.
    """

    def __init__(self, app: faust.App, table: Any, make: Callable[[MutableMapping[str, Any]], S]) -> None:
        self.table, self.make = table, make
        self.prefixed = app.conf.topic_partitions > 1
        self._made: dict[int, S] = {}
        self._shared = _Shared()

        async def forget(*_: Any, **__: Any) -> None:
            self._made.clear()

        self._forget = forget  # the signals keep it; a reference here documents that
        for signal_ in (app.on_partitions_revoked, app.on_partitions_assigned, app.on_rebalance_complete):
            signal_.connect(forget, weak=False)

    def get(self, partition: int) -> S:
        made = self._made.get(partition)
        if made is None:
            made = self._made[partition] = self.make(_Slice(self.table, f"{partition}/", self._shared) if self.prefixed else self.table)
        return made


@dataclass(frozen=True)
class _Msg:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


@dataclass(frozen=True)
class _Sent:
    """A message a stage sent, kept until the broker acknowledges it (to send it again, or dead-letter `event`'s record)."""

    topic: str
    key: bytes
    value: bytes
    headers: list[tuple[str, bytes]]
    event: Any  # the input record it was sent for


@dataclass(frozen=True)
class _Handled:
    """What `Stage.handle_batch` did: the messages and table writes it sent, not yet acknowledged, and per input
    partition ("topic:partition") the last offset it handled with that record's event (its `progress` mark, written
    once they are acknowledged)."""

    outbox: list[tuple[asyncio.Future[Any], _Sent | None]]
    marks: dict[str, tuple[int, Any]]


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
        self.counts: dict[str, int] = {"in": 0, "out": 0, "dead_lettered": 0, "skipped": 0, "batches": 0}
        # "topic:partition" -> last offset handled whose messages the broker acknowledged (so a restart may skip to after it);
        # as many changelog partitions as the input topic (make_app's `partitions`)
        self.progress = app.Table("progress", default=None, partitions=app.conf.topic_partitions)
        # "topic:partition" -> last offset handled by this worker since its partitions were last assigned (acknowledged or not)
        self._handled: dict[str, int] = {}
        # "topic:partition" -> (last offset of an acknowledged batch, its event): `progress` marks not written yet (`write_marks`)
        self._marks_due: dict[str, tuple[int, Any]] = {}
        faust_patches.before_commit(app, self.write_marks)

        async def forget(*_: Any, **__: Any) -> None:
            self.write_marks()  # faust committed (and flushed) before it revoked: these are marks of acked batches since
            self._handled.clear()  # partitions move: what another worker handled meanwhile is on `progress`

        self._forget = forget  # the signals keep it; a reference here documents that
        for signal_ in (app.on_partitions_revoked, app.on_partitions_assigned):
            signal_.connect(forget, weak=False)
        self.started = time.time()
        self.ready = False  # set once faust has started every agent and recovered the tables
        self._broker: tuple[float, bool] = (0.0, True)  # (when probed, answered)
        self._reported: dict[str, int] = {}
        _STAGES[id(app)] = self
        self.metrics = metrics.StageMetrics(app, lambda: {(tp.topic, tp.partition): t.behind for tp, t in self.tails().items()})  # GET /metrics
        self.tail_watch = TailWatch()
        self._ends: dict[Any, int] = {}  # held input partitions' end offsets asked of the broker (`_ask_ends`)
        self.last_handled = time.monotonic()  # when `_one` last finished a record (TailWatch: a busy worker has not stalled)
        self._outbox: list[tuple[asyncio.Future[Any], _Sent | None]] = []  # sent, not yet acknowledged (see `_deliver`)
        self._producer: Any = None  # faust's producer, once started (`_produce`)
        self._sending: Any = None  # the record being handled: what a message sent now was sent for

        @app.page("/health")
        async def health(web: Any, request: Any) -> Any:
            """200 when started and the broker answers; 503 with status "starting" or "broker unreachable" otherwise; `lag` is the input's backlog."""
            ok = await self.broker_ok()
            status = "broker unreachable" if not ok else "ok" if self.ready else "starting"
            lags = self.metrics.lags()  # records on the input partitions after the last one handled (None: no figure yet)
            body = {"stage": app.conf.id, "status": status, "broker": settings.bootstrap, "lag": sum(lags.values()) if lags else None,
                    "uptime_s": round(time.time() - self.started, 1), **self.counts}  # fmt: skip
            return web.json(body, status=200 if status == "ok" else 503)

        @app.timer(interval=TailWatch.INTERVAL)  # type: ignore[untyped-decorator]  # faust leaves it untyped
        async def tails() -> None:
            """Seek back a partition whose remaining records faust left undelivered (see `TailWatch`)."""
            await self.reread_stalled()

        @app.timer(interval=SUMMARY_INTERVAL)  # type: ignore[untyped-decorator]  # faust leaves it untyped
        async def summary() -> None:
            """One INFO line per interval with the counts, instead of one per record (those are DEBUG)."""
            if self.counts != self._reported:
                log.info("stage.progress", stage=app.conf.id, **self.counts)
                self._reported = dict(self.counts)

    def tails(self) -> dict[Any, Tail]:
        """Each input partition this worker holds, once the consumer knows its end (an empty dict before the first assignment)."""
        consumer: Any = self.app.consumer  # `_committed_offset` is on the Consumer class, not its protocol
        out: dict[Any, Tail] = {}
        try:
            committed = consumer._committed_offset  # faust's own record: set by its seek to the committed offsets and by each commit
            for tp in self._held(consumer):
                end = consumer.highwater(tp)
                end = self._ends.get(tp) if end is None else end
                if end is not None:
                    out[tp] = Tail(self.last_handled_offset(f"{tp.topic}:{tp.partition}"), end, committed.get(tp))
        except Exception:  # noqa: BLE001 - consumer not started or stopping: no figure rather than a wrong one
            return {}
        return out

    def last_handled_offset(self, key: str) -> int | None:
        """The last offset of input partition `key` ("topic:partition") handled: by this worker since it was assigned the
        partition, else the last one whose messages the broker acknowledged (`progress`, by any worker; None: never)."""
        return self._handled[key] if key in self._handled else self.progress.get(key)

    def _held(self, consumer: Any) -> list[Any]:
        """The input partitions assigned to this worker (its consumer also holds changelog and assignor partitions)."""
        return [tp for tp in consumer.assignment() if tp.topic == self.source_name]

    def settled(self) -> bool:
        """Started, and no rebalance, recovery or paused flow under way: records of held partitions are expected to arrive."""
        app: Any = self.app
        return bool(self.ready and not app.rebalancing and not app.in_recovery and app.consumer.flow_active)

    async def _ask_ends(self) -> None:
        """The end offsets of held input partitions the consumer has none for, asked of the broker.

        The consumer learns a partition's end from its fetch responses: one it never fetched since the rebalance
        (a stalled partition) would otherwise be missing from the lag and from `TailWatch`."""
        consumer: Any = self.app.consumer
        try:
            unknown = [tp for tp in self._held(consumer) if consumer.highwater(tp) is None]
            self._ends = dict(await consumer.highwaters(*unknown)) if unknown else {}
        except Exception as exc:  # noqa: BLE001 - a partition revoked or a broker away meanwhile: the next look asks again
            log.debug("stream.ends_unknown", error=_brief(exc))

    async def reread_stalled(self) -> None:
        """One look of the `TailWatch`: seek each stalled partition back to its first record not handled."""
        if not self.settled():
            self.tail_watch.reset()
            return
        await self._ask_ends()
        for tp, offset in self.tail_watch.due(self.tails(), time.monotonic(), self.last_handled).items():
            log.warning("stream.tail_reread", topic=tp.topic, partition=tp.partition, offset=offset, stalled_s=TailWatch.STALL_S,
                        why="records faust left undelivered (not handled) or unacked (not committed); read again from there")  # fmt: skip
            try:
                await self.app.consumer.seek(tp, offset)
            except Exception as exc:  # noqa: BLE001 - a partition revoked or a consumer stopping meanwhile: the next look decides again
                log.warning("stream.tail_reread_failed", topic=tp.topic, partition=tp.partition, error=_brief(exc))

    async def broker_ok(self) -> bool:
        """Whether the broker answers a metadata request now (probed at most once a second)."""
        when, ok = self._broker
        if time.monotonic() - when > 1.0:
            ok = await broker_answers(self.settings, timeout=3.0)
            self._broker = (time.monotonic(), ok)
        return ok

    def refuse(self, view: Any, request: Any) -> Any:
        """The response refusing a POST without the ingest token, or None when it may go on (see `post_refusal`)."""
        refusal = post_refusal(self.settings, request.headers.get("Authorization"))
        if refusal is None:
            return None
        status, reason = refusal
        return view.json({"error": reason}, status=status)

    async def consume(self, stream: Any, handler: Handler) -> None:
        """An agent's loop: the records faust has buffered, a batch at a time (see `handle_batch`).

        A batch's events are acked (their offsets may then be committed) only once every message it sent
        is acknowledged by the broker. That wait runs while the next batch is handled, not before it: a
        record is not held for the round trip of the one before, and batches are still acked in order.
        """
        settling: asyncio.Task[None] | None = None
        try:
            async for batch in faust_patches.batches(stream, BATCH_MAX):
                handled = await self.handle_batch(batch, handler)
                if settling is not None:
                    await settling
                settling = asyncio.ensure_future(self._settle(stream, batch, handled))
            if settling is not None:
                await settling
        finally:
            if settling is not None and not settling.done():
                settling.cancel()  # the agent stops: what it did not ack is redelivered

    async def _settle(self, stream: Any, batch: list[Any], handled: _Handled) -> None:
        await self._deliver(handled.outbox)
        self._mark(handled.marks)
        await faust_patches.ack(stream, batch)

    async def handle(self, event: Any, handler: Handler) -> None:
        """Run one record through the stage and wait until what it sent is acknowledged (a batch of one, see `handle_batch`)."""
        handled = await self.handle_batch([event], handler)
        await self._deliver(handled.outbox)
        self._mark(handled.marks)

    def _mark(self, marks: dict[str, tuple[int, Any]]) -> None:
        """Note the `progress` marks of a batch whose messages the broker has acknowledged; `write_marks` writes them.

        Only then: a mark says a restart may skip to after it (`_handle_each` fills gaps only beyond it). A mark
        written with the batch's messages could land while they were lost with a killed worker; faust, skipping
        records after its seek to the committed offsets, then left them unhandled, and a re-read from the committed
        offset sent their claims after later ones (CI's enrich SIGKILL test).
        """
        self._marks_due.update(marks)

    def write_marks(self) -> None:
        """Write the `progress` marks noted since the last call: one table write per partition, not one per batch.

        faust's consumer calls it right before each commit (`faust_patches.before_commit`), before it reads which
        offsets were acked, so every offset it commits has its mark written first, and flushed by the producer
        flush faust runs before the commit, as when each batch wrote its own. A worker at a steady rate hands over
        about one record a batch: a mark per batch was one more changelog record (and produce request, and broker
        write) per record in every stage (issue 13). The write itself is not awaited: a mark lost with the worker
        is an older one, and records after an older mark are only handled again.
        """
        due, self._marks_due = self._marks_due, {}
        for key, (offset, event) in due.items():
            faust_patches.make_current(event)  # the mark goes to its input partition's changelog partition
            try:
                self.progress[key] = offset
            except Exception as exc:  # noqa: BLE001 - a partition revoked meanwhile: its next owner handles from an older mark
                log.debug("stream.mark_not_written", key=key, error=_brief(exc))

    async def handle_batch(self, events: list[Any], handler: Handler) -> _Handled:
        """Run records through the stage, each after any records faust skipped before it; return what they sent, to pass to `_deliver`.

        Each record is decoded, decided and its messages sent by `handler` (one pure call), in order. What
        the batch adds to a bare loop over `handler` is paid once per batch: the producer gets the messages
        of the whole batch before the loop yields (so they travel in one request, not one each), the
        `progress` table is written once per partition (`_mark`). The caller acks the batch's events (so faust may
        commit their offsets) and writes its `progress` marks only once every message the batch sent and every
        table write it made (entries with no `_Sent`) is acknowledged by the broker (`_deliver`): faust's own
        flush before a commit may leave table writes behind (see `faust_patches`).

        faust-streaming can deliver records while tables are still recovering and then skip a run of
        offsets after its seek to the committed offsets (issues #216, #221, #596; seen in our SIGKILL
        test), and around a rebalance it can skip (and ack) the first records of a partition no worker
        had handled yet and deliver a later one first (the scale-out test lost two reports so). So the
        last offset handled per partition is kept (in memory, and in a table once acknowledged); a jump forward from it, or from the
        partition's first record when it has none, is filled by reading the missed records straight from
        Kafka (a head deleted by retention is read from where the log now starts). Handlers are
        idempotent, so a record handled twice is harmless. `_one` never raises, so a bad record among the missed ones is dead-lettered
        once and the gap closes (it once crash-looped on an 8.5 MB key).
        """
        self.counts["batches"] += 1
        outbox: list[tuple[asyncio.Future[Any], _Sent | None]] = []
        self._outbox = outbox  # what `send` sends while this batch is handled
        writes: list[asyncio.Future[Any]] = []  # its table writes, acknowledged before its events are acked (faust_patches)
        gathering = faust_patches.collect_writes(writes)
        try:
            marks = await self._handle_each(events, handler)
        finally:
            faust_patches.stop_collecting(gathering)
            self._outbox = []
        outbox += [(write, None) for write in writes]
        return _Handled(outbox, marks)

    async def _handle_each(self, events: list[Any], handler: Handler) -> dict[str, tuple[int, Any]]:
        """`handle_batch`'s loop: each record after those faust skipped before it; the last offset handled per partition."""
        last: dict[str, tuple[int, Any]] = {}  # "topic:partition" -> (last offset handled, its event)
        yielded = time.monotonic()
        for event in events:
            msg = event.message
            key = f"{msg.topic}:{msg.partition}"
            before = last[key][0] if key in last else self.last_handled_offset(key)
            faust_patches.make_current(event)  # its table writes go to its partition (see faust_patches)
            expected = 0 if before is None else before + 1  # a partition never handled starts at its first record (`Tail.next`)
            if msg.offset > expected:
                for missed in await self._missed(msg, expected - 1):
                    await self._one(missed, handler)
                    await faust_patches.send_writes()
            await self._one(event, handler)
            await faust_patches.send_writes()  # its table changes to the producer with its messages, not a loop turn later
            last[key] = (max(msg.offset, -1 if before is None else before), event)
            if self._table_writes_waiting() or time.monotonic() - yielded > HOLD_S:
                # let faust hand the changelog writes to the producer (see `_table_writes_waiting`), and the producer send
                # what the batch has sent so far: a large batch does not hold its first records' messages to its end
                await asyncio.sleep(0)
                yielded = time.monotonic()
        for key, (offset, _) in last.items():
            self._handled[key] = offset
        return last

    async def _missed(self, msg: Any, last: int) -> list[Any]:
        """The records faust skipped before `msg` (offsets last+1 .. msg.offset-1), read from Kafka."""
        log.warning("stream.gap_filled", topic=msg.topic, partition=msg.partition, first=last + 1, last=msg.offset - 1)
        try:
            return await self.retrying(lambda: self._fetch(msg.topic, msg.partition, last + 1, msg.offset), "gap fill")
        except Exception as exc:  # noqa: BLE001 - the stage must halt, not crash-loop on the gap (issue 11 item 1)
            self.halt(f"could not read {msg.topic}:{msg.partition} offsets {last + 1}..{msg.offset - 1}: {_brief(exc)}")

    def _table_writes_waiting(self) -> bool:
        """Whether faust holds more table changes than its producer buffer's limit.

        A table write is queued in faust's producer buffer, which a task of its own hands to the producer
        when the loop runs; a batch that never yields lets it pass `max_messages`, and faust's consumer then
        logs "producer buffer full" and stalls fetching until it drains.
        """
        buffer = self.app.producer.buffer
        return bool(buffer.size >= buffer.max_messages // 2)

    async def _one(self, event: Any, handler: Handler) -> None:
        """One record: poison is dead-lettered, a transient Kafka failure retried; the stage never skips a record silently.

        A crashed faust agent skips the offset (#315), so nothing escapes: schema and domain errors go to
        the DLQ; Kafka errors and timeouts are retried with backoff (handlers are idempotent) for up to
        `broker_wait` seconds and never dead-letter a good record; past that, or when the letter itself
        cannot be written, the stage halts (see `halt`).
        """
        msg = event.message
        self.counts["in"] += 1
        started = self.metrics.received(msg.topic)
        self._sending = event
        try:
            try:
                await handler(event)
            except Exception as exc:
                if not is_transient(exc):
                    raise
                await self.retrying(lambda: handler(event), "record")  # idempotent: running it again from the start is harmless
        except Exception as exc:  # noqa: BLE001 - whatever a handler raises must not crash the agent
            where = {"topic": msg.topic, "partition": msg.partition, "offset": msg.offset}
            if is_transient(exc):
                self.halt(f"{msg.topic}:{msg.partition}:{msg.offset} still failing after {self.settings.broker_wait:.0f}s of retries: {_brief(exc)}")
            log.warning("record.failed", **where, error=_brief(exc), traceback=bounded_traceback(exc))
            await self.dead(event, f"processing failed: {_brief(exc)}")
        finally:
            structlog.contextvars.clear_contextvars()  # what the handler bound (article_id, ...) stays with its record
            self.metrics.handled(started)
            self.last_handled = time.monotonic()

    async def retrying(self, call: Callable[[], Awaitable[T]], what: str) -> T:
        """`call()`, retried with exponential backoff (0.5 s up to 10 s) while it fails transiently, for up to `broker_wait` s."""
        retrying = tenacity.AsyncRetrying(
            retry=tenacity.retry_if_exception(is_transient),
            wait=tenacity.wait_exponential(multiplier=0.5, max=10),
            stop=tenacity.stop_after_delay(self.settings.broker_wait),
            before_sleep=lambda state: log.warning(
                "kafka.retrying", what=what, attempt=state.attempt_number, error=_brief(state.outcome.exception()) if state.outcome else None
            ),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                return await call()
        raise AssertionError("unreachable: tenacity reraises")  # pragma: no cover

    def halt(self, reason: str) -> NoReturn:
        """Stop the worker loudly (exit code 3, so /health stops answering): a record it can neither process nor dead-letter.

        Its offset is not committed, so the record is read again after a restart: nothing is skipped.
        """
        log.critical("stage.halted", stage=self.app.conf.id, reason=reason[:1000], exit_code=EXIT_HALTED,
                     why="a record could neither be processed nor dead-lettered; it is read again after a restart")  # fmt: skip
        logging_flush()
        os._exit(EXIT_HALTED)

    async def _fetch(self, topic: str, partition: int, start: int, end: int) -> list[Any]:
        """Records [start, end) of one partition, read directly (outside faust's consumer)."""
        records = await read_range(self.settings, topic, start, end, partition)
        return [_Replayed(r.value, _Msg(r.topic, r.partition, r.offset, r.key, r.value)) for r in records]

    async def decode(self, event: Any, model: type[M], check: Callable[[M], str | None] | None = None) -> M | None:
        """The record as `model` (its `type`, `schema_version` and bounds checked), or None after dead-lettering it with the reason.

        `check(message)` says why a message valid by the schema is still refused (a reference the stage cannot
        resolve, say), or None: such a message is dead-lettered with that reason too.
        """
        try:
            message = model.model_validate_json(event.value or b"")
        except (ValidationError, ValueError, OverflowError) as exc:
            if isinstance(exc, ValidationError) and exc.errors():
                first = exc.errors()[0]
                reason = f"not a {model.__name__} v1: {first['msg']} at {first['loc']}"
            else:
                reason = f"not a {model.__name__} v1: {_brief(exc)}"
            await self.dead(event, reason)
            return None
        if check is not None and (refusal := check(message)) is not None:
            await self.dead(event, refusal)
            return None
        return message

    async def send(self, sink: str, key: str, msg: BaseModel) -> None:
        """Send a message the stage built (so already validated): serialised once, its delivery awaited at the end of the batch.

        Straight to faust's producer (the one a faust topic sends with: same partitioner, acks=all,
        idempotence), without faust's per-message bookkeeping; `_deliver` awaits the acknowledgements.
        """
        value = type(msg).__pydantic_serializer__.to_json(msg)  # the bytes `model_dump_json` would give, without the str round trip
        sent = _Sent(self.sinks[sink].get_topic_name(), key.encode(), value, ce_headers(msg, message_id(msg)), self._sending)
        self._outbox.append((await self._produce(sent), sent))
        self.counts["out"] += 1
        self.metrics.sent(sink, msg)

    async def _produce(self, sent: _Sent) -> asyncio.Future[Any]:
        producer = self._producer
        if producer is None or not producer.started:  # faust's `maybe_start_producer` is a stampede guard: once, not per message
            producer = self._producer = await self.app.maybe_start_producer()
        return cast("asyncio.Future[Any]", await producer.send(sent.topic, sent.key, sent.value, None, None, sent.headers))

    async def _deliver(self, outbox: list[tuple[asyncio.Future[Any], _Sent | None]]) -> None:
        """Wait until the broker has acknowledged every message and table write of `outbox` (as `handle_batch` returned it).

        A message the producer could not deliver (it retries by itself for `request_timeout`) is sent again
        with backoff for up to `broker_wait` seconds while the failure is transient, then the stage halts (its
        batch is not committed, so a restart handles it again); one the broker refuses for good (too large
        for the topic, say) dead-letters the record that produced it. A table write faust's producer could not
        deliver (after its own retries) halts the stage: the batch is not committed, a restart decides it again.
        """
        deadline = time.monotonic() + self.settings.broker_wait
        await self._written([fut for fut, sent in outbox if sent is None])
        messages = [(fut, sent) for fut, sent in outbox if sent is not None]
        attempt = 0
        while messages:
            results = await asyncio.gather(*(fut for fut, _ in messages), return_exceptions=True)
            failed = [(sent, r) for (_, sent), r in zip(messages, results, strict=True) if isinstance(r, BaseException)]
            again: list[_Sent] = []
            refused: set[int] = set()
            for sent, exc in failed:
                if is_transient(exc):
                    if time.monotonic() > deadline:
                        self.halt(f"could not publish to {sent.topic} for {self.settings.broker_wait:.0f}s: {_brief(exc)}")
                    again.append(sent)
                elif id(sent.event) not in refused:  # one letter per record, however many of its messages were refused
                    refused.add(id(sent.event))
                    await self.dead(sent.event, f"publishing failed: {_brief(exc)}")
            messages = []
            if again:
                attempt += 1
                log.warning("kafka.retrying", what="delivery", attempt=attempt, messages=len(again), error=_brief(failed[0][1]))
                await asyncio.sleep(min(10.0, 0.5 * 2 ** (attempt - 1)))
                for sent in again:  # in the order they were first sent
                    messages.append((await self.retrying(partial(self._produce, sent), "delivery"), sent))

    async def _written(self, writes: list[asyncio.Future[Any]]) -> None:
        """Wait until the broker has acknowledged these table writes (faust's producer retries them itself).

        One it gave up on, or one still unacknowledged after `broker_wait` seconds (faust's buffer task can die,
        and its futures then never resolve), halts the stage loudly rather than stalling it: the batch is not
        committed, so a restart decides it again."""
        if not writes:
            return
        done, pending = await asyncio.wait(writes, timeout=self.settings.broker_wait)
        if pending:
            self.halt(f"{len(pending)} table writes not acknowledged within {self.settings.broker_wait:.0f}s")
        if lost := next((exc for fut in done if not fut.cancelled() and (exc := fut.exception()) is not None), None):
            self.halt(f"a table write was not acknowledged: {_brief(lost)}")

    async def dead(self, event: Any, reason: str) -> None:
        """Keep a record the stage cannot process on `<topic>.dlq`, with the reason; the stage goes on.

        The letter is bounded (previews of key and value) and its delivery confirmed; a transient failure
        is retried, and a letter that still cannot be written halts the stage instead of losing the record.
        """
        msg = event.message
        letter = dead_letter(msg.topic, reason, msg.value, msg.key, msg.partition, msg.offset)
        headers = ce_headers(letter, f"{msg.topic}:{msg.partition}:{msg.offset}")

        async def send() -> Any:
            return await (await self.dlq.send(key=None, value=encode(letter), headers=headers))

        try:
            await self.retrying(send, "dead letter")
        except Exception as exc:  # noqa: BLE001 - a record that cannot be dead-lettered stops the stage, loudly
            self.halt(f"could not dead-letter {msg.topic}:{msg.partition}:{msg.offset} ({reason[:200]}): {_brief(exc)}")
        self.counts["dead_lettered"] += 1
        self.metrics.dead_lettered(reason)
        log.warning("record.dead_lettered", topic=msg.topic, partition=msg.partition, offset=msg.offset, reason=reason[:300])


EXIT_HALTED = 3  # a worker's exit code when a record could neither be processed nor dead-lettered
TRACEBACK_CHARS = 4000


def is_transient(exc: BaseException) -> bool:
    """Whether a failure is Kafka's or the network's (retry it), not the record's (dead-letter it).

    Retriable Kafka errors, connection errors and timeouts, and faust's start-up race where a table's
    changelog is not yet in the metadata (`PartitionsMismatch`, issue 11 item 5). faust wraps producer
    errors (`ProducerSendError`), so the whole cause chain is looked at.
    """
    from aiokafka.errors import KafkaConnectionError, KafkaError, KafkaTimeoutError
    from faust.exceptions import PartitionsMismatch

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, PartitionsMismatch | KafkaConnectionError | KafkaTimeoutError | TimeoutError | ConnectionError):
            return True
        if isinstance(seen, KafkaError) and getattr(seen, "retriable", False):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _brief(exc: BaseException | None) -> str:
    return f"{type(exc).__name__}: {str(exc)[:500]}"


def bounded_traceback(exc: BaseException) -> str:
    """The innermost frames of a plain traceback, at most TRACEBACK_CHARS characters (no locals, no rich panels)."""
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=-8, compact=True)
    last = "".join(te.format_exception_only())[: TRACEBACK_CHARS // 4]
    stack = "".join(te.stack.format())[-(TRACEBACK_CHARS - len(last) - 40) :]
    return f"Traceback (innermost frames):\n{stack}{last}"


_STAGES: dict[int, Stage] = {}  # id(app) -> its Stage: the worker marks it ready
SUMMARY_INTERVAL = 30.0
STOP_GRACE = 8.0  # seconds a stopping worker may spend on goodbyes (commits, leaving the group) before it exits anyway


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def post_refusal(settings: Settings, authorization: str | None) -> tuple[int, str] | None:
    """Why a POST of articles is refused, as (HTTP status, reason), or None when it is accepted.

    With BASEWATCH_INGEST_TOKEN set, only `Authorization: Bearer <token>` is accepted, on any bind.
    Without one, only a loopback bind accepts: anyone who can reach a wider interface could feed it.
    """
    if settings.ingest_token:
        if hmac.compare_digest((authorization or "").encode(), f"Bearer {settings.ingest_token}".encode()):
            return None
        return 401, "missing or wrong token: send `Authorization: Bearer <BASEWATCH_INGEST_TOKEN>`"
    if not is_loopback(settings.web_host):
        return 403, f"this worker listens on {settings.web_host} without BASEWATCH_INGEST_TOKEN: set one to accept articles over HTTP"
    return None


class _Worker(faust.Worker):
    """faust's worker with a bounded stop: past STOP_GRACE seconds after SIGTERM/SIGINT it exits anyway.

    With the broker gone, faust's goodbyes (final commit, leaving the group, flushing the producer)
    each wait for their own timeouts, about a minute in all. Exiting without them loses nothing:
    offsets not committed are redelivered, and every stage is idempotent.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spinner = None  # faust's terminal spinner writes cursor codes to stdout even when it is a file

    async def on_startup_finished(self) -> None:
        await super().on_startup_finished()
        stage = _STAGES.get(id(self.app))
        if stage is not None:
            stage.ready = True
        freeze_start_up_heap()
        log.info("worker.ready", stage=self.app.conf.id)

    def _schedule_shutdown(self, sig: signal.Signals) -> None:
        if not self._signal_stop_time:
            timer = threading.Timer(STOP_GRACE, _exit_now, [sig.name])
            timer.daemon = True
            timer.start()
        super()._schedule_shutdown(sig)


def freeze_start_up_heap() -> None:
    """Keep what the worker loaded to start (its stage's data, faust, recovered tables) out of Python's full collections.

    A full (generation 2) collection walks every object the collector tracks: in a started worker that took 80-250 ms
    (issue 13: timed with `gc.callbacks` in the three workers at 60-90 articles/s), a pause every record in flight
    waited out, a few times per 20,000 articles in each stage. Objects that live as long as the process need no walk:
    frozen (`gc.freeze`), the same collection took 35-60 ms. Garbage is collected first, so none of it is kept; a frozen
    object is still freed when its last reference goes (only a cycle among frozen objects would stay).
    """
    gc.collect()
    gc.freeze()


def _exit_now(signame: str) -> None:
    log.warning("worker.stop_forced", signal=signame, grace_s=STOP_GRACE, why="the orderly stop did not finish; uncommitted records will be redelivered")
    logging_flush()
    os._exit(1)


def logging_flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def serve(stage: str, build: Callable[[Settings], faust.App], settings: Settings | None = None) -> NoReturn:
    """Run one stage's worker: logs, a check of its topics, a web port, the faust app, a bounded stop.

    Refuses to start, in one line naming `basewatch topics create`, when a topic it reads or writes is
    missing or misconfigured: the broker would otherwise auto-create it with its own defaults. A broker
    that does not answer yet is waited for, up to `broker_wait` seconds (a worker started before its
    broker, or during a broker restart, must not exit: issue 11 item 4).
    """
    settings = settings or Settings.from_env()
    logs.configure(settings.log_level)  # the check below reports a failure in one line: no aiokafka retries before it
    if problem := settings.security_problem():
        _refuse(stage, problem)
    topics = stage_topics(stage, settings)
    try:
        problems = _check_topics_when_up(stage, settings, topics)
    except AuthenticationFailed as exc:  # a refusal is not waited out: the same credentials fail the same way
        _refuse(stage, str(exc))
    except BrokerUnreachable as exc:
        _refuse(stage, f"{unreachable_message(exc)} (waited {settings.broker_wait:.0f}s: BASEWATCH_BROKER_WAIT)")
    if problems:
        _refuse(stage, f"{'; '.join(problems)}. Run `basewatch topics create` (with the same BASEWATCH_* settings) first")
    settings = asyncio.run(adopt_partitions(settings))  # the partitions `topics create` made (checked just above)
    logs.configure(settings.log_level, libraries="WARNING")
    threading.excepthook = _thread_crashed
    if settings.web_port is None:
        settings = dataclasses.replace(settings, web_port=free_port())
    app = build(settings)
    try:  # before faust subscribes: see `ensure_visible` (a worker otherwise stalls on a changelog it saw missing)
        if problems := asyncio.run(ensure_visible(settings, table_topics(app), timeout=settings.broker_wait)):
            _refuse(stage, f"{'; '.join(problems)}: delete it (its table is rebuilt from the input) or give the stage's input that many partitions")
    except (BrokerUnreachable, TimeoutError) as exc:
        _refuse(stage, f"could not create the changelog topics of its tables: {_brief(exc)}")
    if settings.ingest_token is None and not is_loopback(settings.web_host):
        log.warning("worker.web_exposed", host=settings.web_host, why="POST /articles refuses everything until BASEWATCH_INGEST_TOKEN is set")
    log.info("worker.started", stage=stage, web=f"http://{settings.web_host}:{settings.web_port}", health=f"http://{settings.web_host}:{settings.web_port}/health",
             bootstrap=settings.bootstrap, topics=topics)  # fmt: skip
    worker = _Worker(app, loglevel=settings.log_level.lower(), quiet=True, override_logging=False, redirect_stdouts=False)
    worker.execute_from_commandline()


def table_topics(app: faust.App) -> list[tuple[str, int, dict[str, str]]]:
    """The changelog topic of each of the app's tables as faust declares it: (name, partitions, topic settings)."""
    out = []
    for table in app.tables.values():
        topic = table.changelog_topic
        policy = ",".join(sorted(({"compact"} if topic.compacting else set()) | ({"delete"} if topic.deleting else set())))
        config = {"cleanup.policy": policy} if policy else {}
        if topic.retention:
            config["retention.ms"] = str(int(want_seconds(topic.retention) * 1000))
        config |= {k: str(v) for k, v in (topic.config or {}).items()}
        out.append((topic.get_topic_name(), topic.partitions or app.conf.topic_partitions, config))
    return out


BROKER_LOG_INTERVAL = 30.0  # seconds between two "waiting for the broker" lines


def _check_topics_when_up(stage: str, settings: Settings, topics: list[str]) -> list[str]:
    """`check_topics`, retried with backoff (1 s doubling to 10 s) while the broker does not answer, for up to `broker_wait` s."""
    t0, logged = time.monotonic(), [-BROKER_LOG_INTERVAL]

    def waiting(state: tenacity.RetryCallState) -> None:
        now = time.monotonic()
        if now - logged[0] >= BROKER_LOG_INTERVAL:
            logged[0] = now
            log.warning("worker.waiting_for_broker", stage=stage, bootstrap=settings.bootstrap, waited_s=round(now - t0, 1),
                        gives_up_in_s=round(settings.broker_wait - (now - t0), 1), attempts=state.attempt_number)  # fmt: skip

    retrying = tenacity.Retrying(
        retry=tenacity.retry_if_exception_type(BrokerUnreachable),
        wait=tenacity.wait_exponential(multiplier=1, max=10),
        stop=tenacity.stop_after_delay(settings.broker_wait),
        before_sleep=waiting,
        reraise=True,
    )
    problems: list[str] = retrying(lambda: asyncio.run(check_topics(settings, topics)))
    if time.monotonic() - t0 > 1.0:
        log.info("worker.broker_answered", stage=stage, bootstrap=settings.bootstrap, waited_s=round(time.monotonic() - t0, 1))
    return problems


def _thread_crashed(args: threading.ExceptHookArgs) -> None:
    """A crash in faust's consumer thread (e.g. cancelled while stopping) as one log event, not a raw traceback."""
    exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
    log.error("thread.crashed", thread=getattr(args.thread, "name", None), error=repr(args.exc_value)[:300], exc_info=exc_info)


def _refuse(stage: str, reason: str) -> NoReturn:
    log.error("worker.refused", stage=stage, reason=reason)
    logging_flush()
    sys.exit(1)
