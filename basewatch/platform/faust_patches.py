"""Where faust-streaming is the limit, the one place basewatch works around it. Applied by `make_app`, never at import.

Batches. faust hands an agent one event at a time and acks each as the next is asked for; `Stream.take_events`
batches, but waits `within` seconds for a full batch at low rates, and a table cannot be written while
handling what it returns: faust finds the changelog partition from the task's current event, which `take`
sets in another task ("Cannot modify table key from outside of stream iteration", faust-streaming #497 and
#300, open). `batches` gives what is buffered (never waiting for more), acked when the caller says (`ack`);
`make_current` makes each record the task's current event while it is handled, as faust's own iteration does.

The monitor. faust's `Monitor` sensor keeps statistics of every message, event, table read and write and
send (counters, timings, per-stream dictionaries) for its /stats pages, which basewatch does not serve
(its figures are on /metrics). `LeanMonitor` keeps only what faust itself reads back: when each partition
last had an event (its consumer warns of a stalled stream from it).

The fetch wait. faust builds its worker consumer with `fetch_max_wait_ms=1500`, hard-coded (not a setting:
`faust/transport/drivers/aiokafka.py`, `AIOKafkaConsumerThread._create_worker_consumer`, faust-streaming
0.11 and main; no upstream issue or setting for it was found, see README "Performance"). Each worker's
consumer also holds its `<app>-__assignor-__leader` partition, which nothing writes. When fetched records
wait unprocessed for more than 100 ms, aiokafka fetches that idle partition alone, the broker holds the
request for the whole fetch wait, and the input topic is not fetched meanwhile: a stage stalls for 1.5 s
under load (measured in ../shared/KAFKA-NOTES.md and with `make bench-stream`). A short wait bounds the
stall; an idle consumer then asks the broker a little more often (one small request per wait).

The consumer thread. faust runs its aiokafka consumer in a thread with an event loop of its own
(`ThreadDelegateConsumer`, `AIOKafkaConsumerThread`), and every call to it from the worker's loop, each fetch
(`getmany`) included, goes through mode's `call_thread`: a `call_soon_threadsafe` onto the thread's loop, a method
queue task there, and a `call_soon_threadsafe` back with the result. At a steady rate a record arrives alone, so
each record paid those hops, the wake-ups of a second loop and the GIL passing between the two threads (issue 13:
py-spy put 0.45-0.65 ms of GIL per record in that thread at 60 articles/s, against 0.01-0.04 ms in a drain). The
thread buys nothing here: every basewatch worker does its work on its one loop and never blocks it for long.
`_ConsumerOnTheLoop` is faust's thread class run as a plain service on the worker's loop (mode's `WorkerThread`
replaced by a task, `call_thread` awaiting the call directly); the rebalance callbacks still reach faust through
its method queue, now on the same loop. faust has no setting for it; faust-streaming #175 describes the thread
(its keepalive and `verify_event_path` racing across the two loops), and no upstream issue asks to drop it.

The hand-over. faust's consumer hands each fetched record to the streams through `wait_first(callback, suspend_flow)`
(`Consumer._drain_messages`): four tasks a record, and a yield to the event loop each time, so an agent woke for
every record and `batches` gave it one or two even from a backlog of thousands, its per-batch costs paid per
record. The callback can wait only while flow is suspended (a rebalance), while the producer buffer is over its
limit, on the conductor's lock, or on a full stream queue; when none holds (`_Consumer.hands_over_at_once`) the
record is handed over by calling it. Upstream: the same slowness reported as robinhood/faust #563 ("Message
consumption is slow", open); no faust-streaming setting changes it.

Table writes. A table change is queued in faust's producer buffer; faust flushes the producer before it
commits offsets, but its buffer's flush gives up after 0.1 s without a message sent
(`faust/transport/producer.py`, `ProducerBuffer.flush_atmost`), and a worker that stops leaves its
consumer group before it flushes (`App.on_stop`). So on a loaded machine offsets could be committed with
changelog writes of the records before them still in the buffer, and lost when the worker stopped: the
next owner of the partition recovered a state without them and never read those records again (seen in
our scale-out test: an event's last version lacking a claim another worker had handled). `collect_writes`
gathers the futures of the changelog writes a task makes, so a stage acks a batch only once the broker
has acknowledged its state changes too, as it already waited for its messages. And while it gathers, a write
does not go through faust's buffer at all: `send_writes` hands it to the producer from the stage's own task
right after its record, in order, so it travels with the record's messages instead of waking the buffer's task a
loop turn later (issue 13: one more wake-up per record at a steady rate). Writes made outside a gathering (the
`progress` marks, written at a commit) still take faust's path.

The producer a topic sends with. faust's `Topic.publish_message` (every send of a faust topic: table changes, the DLQ)
asks for its producer through `App.maybe_start_producer`, a mode `stampede` guard that yields to the event loop three
times (`await asyncio.sleep(0)`) on every call, even with the producer long started. The stage's own messages skip it
(`Stage._produce`); a table write did not, so between a record's messages and its table write aiokafka's sender ran and
sent the messages alone, and with one request in flight per broker the write waited for that request's answer and took
a second one (issue 13: ingest and alert made two produce requests per record at a steady rate, one with the record's
messages, one with its table change). `_topic_producer` returns the started producer without yielding, so the write
is added in the same loop turn and travels in the same request; before the producer is started, or in a transaction,
it is faust's call. No upstream issue was found for the yields (mode-streaming `StampedeWrapper.__call__`).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import weakref
from collections.abc import AsyncIterator, Callable
from time import monotonic
from typing import Any, cast

from faust import streams as faust_streams
from faust.sensors import Monitor
from faust.tables.base import Collection
from faust.topics import Topic
from faust.transport import consumer as faust_consumer
from faust.transport.drivers import aiokafka as faust_aiokafka
from mode.utils.futures import maybe_async

FETCH_MAX_WAIT_MS = 100  # Kafka's own consumer default is 500; what matters here is the stall it bounds


class _ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """faust's consumer thread with a bounded fetch wait on the worker consumer it creates."""

    # mode names a service's logger after the module defining it: keep faust's, so its level applies
    logger = logging.getLogger(f"{faust_aiokafka.__name__}.consumer")

    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        # aiokafka passes this attribute to its Fetcher in `start()`, which has not run yet
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS
        return consumer


class _OnTheLoop:
    """Stands in for mode's `WorkerThread` (the OS thread a `ServiceThread` runs in): runs the service on the worker's own loop."""

    def __init__(self, service: Any) -> None:
        self.service = service
        self.task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.task = self.service.parent_loop.create_task(self._run())

    async def _run(self) -> None:
        """What the thread runs (mode's `ServiceThread._start_thread`): `_serve` (start, wait until stopped, stop); when it
        raises, the shutdown its stopping waits for is signalled all the same (`_serve` has logged the crash)."""
        try:
            await self.service._serve()
        except Exception:  # noqa: BLE001 - `_serve` crashed the service and logged why; the thread's exception went nowhere either
            self.service.set_shutdown()

    def stop(self) -> None:
        pass  # the thread's `join`: `_ConsumerOnTheLoop.stop` awaits the task instead

    def is_alive(self) -> bool:
        return self.task is not None and not self.task.done()


class _ConsumerOnTheLoop(_ConsumerThread):
    """faust's consumer "thread" run on the worker's own event loop, its calls awaited directly (see the module's docstring)."""

    Worker = _OnTheLoop  # type: ignore[assignment]  # mode types it as its thread class; only start/stop are used

    async def call_thread(self, fun: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await maybe_async(fun(*args, **kwargs))  # as mode's method queue calls it: `fun` may be a plain function

    async def cast_thread(self, fun: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.add_future(maybe_async(fun(*args, **kwargs)))

    async def on_thread_started(self) -> None:
        pass  # the method queue a thread reads its calls from: unused, calls are awaited directly

    async def _gather_remaining_tasks(self) -> None:
        pass  # mode cancels every task left on the thread's loop once it stops: here that is the worker's loop

    async def stop(self) -> None:
        await super().stop()
        task = cast(_OnTheLoop, self._thread).task if self._thread is not None else None
        if task is not None and task is not asyncio.current_task():
            await asyncio.shield(task)


class _Consumer(faust_aiokafka.Consumer):
    """faust's aiokafka consumer, on the worker's loop (`_ConsumerOnTheLoop`), handing over fetched records without a task each (see `_drain_messages`)."""

    logger = logging.getLogger(f"{faust_aiokafka.__name__}.consumer")

    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _ConsumerOnTheLoop(self, loop=self.loop, thread_loop=self.loop, beacon=self.beacon)

    async def force_commit(self, topics: Any = None, start_new_transaction: bool = True) -> bool:
        """faust's commit (every path to it: the timer, a rebalance, the stop), after the app's `before_commit` callbacks.

        They run before faust reads which offsets were acked, with no await in between: nothing acked after them is committed now.
        """
        for callback in _before_commit.get(self.app, ()):
            callback()
        return bool(await super().force_commit(topics, start_new_transaction=start_new_transaction))

    def hands_over_at_once(self, tp: Any) -> bool:
        """Whether faust's hand-over of a record of `tp` (the conductor's callback) completes without waiting.

        It waits only while flow is suspended (a rebalance), while the producer buffer of table writes is
        over its limit, on the conductor's lock (its indices being rebuilt), or when a queue of a stream
        reading `tp` is full. When none holds, it runs to its end without yielding to the event loop.
        """
        app = self.app
        if self.suspend_flow.is_set() or not app.flow_control.is_active():
            return False
        buffer = app.producer.buffer
        if buffer.size > buffer.max_messages:
            return False
        conductor: Any = app.topics  # faust's Conductor: its lock and index are not on the ConductorT interface
        if conductor._tp_to_callback_lock.locked():
            return False
        return not any(channel.queue.full() for channel in conductor._tp_index.get(tp, ()))

    async def _drain_messages(self, fetcher: Any) -> None:  # pragma: no cover - faust's loop, run by every worker test
        """faust-streaming 0.15's `Consumer._drain_messages`, one change: a record is handed over by calling the
        conductor's callback, not through `wait_first(callback, suspend_flow)`, when `hands_over_at_once` says the
        callback cannot wait (so there is nothing for the flow's suspension to interrupt). `wait_first` makes four
        tasks per record and yields to the loop each time, so an agent woke for every record and its batches
        (`batches`) held one or two records even with a backlog: the per-batch costs (acks, the `progress` write,
        the delivery wait) were paid per record. Otherwise the same loop: it still yields every 100 records, and after
        each fetch (with a bare yield, see there)."""
        callback = self.callback
        getmany = self.getmany
        consumer_should_stop = self._stopped.is_set
        fetcher_should_stop = fetcher._stopped.is_set
        get_read_offset = self._read_offset.__getitem__
        set_read_offset = self._read_offset.__setitem__
        set_flag, unset_flag = self.diag.set_flag, self.diag.unset_flag
        commit_every = self._commit_every
        acks_enabled_for = self.app.topics.acks_enabled_for
        at_once = self.hands_over_at_once
        num_since_yield = 0
        try:
            while not (consumer_should_stop() or fetcher_should_stop()):
                set_flag(faust_consumer.CONSUMER_FETCHING)
                ait = getmany(timeout=1.0)
                # faust's `self.sleep(0)` (getmany can loop without releasing the event loop) is mode's `wait_for` on the stop
                # event: a task made and cancelled per fetch. A bare yield does the same; the loop's condition checks the stop.
                await asyncio.sleep(0)
                if not self.should_stop:
                    async for tp, message in ait:
                        num_since_yield += 1
                        if num_since_yield > YIELD_EVERY:
                            await asyncio.sleep(0)
                            num_since_yield = 0
                        offset = message.offset
                        r_offset = get_read_offset(tp)
                        if r_offset is None or offset >= r_offset:
                            gap = offset - (r_offset or 0)
                            if gap > 1 and r_offset and acks_enabled_for(message.topic):
                                await self._add_gap(tp, r_offset + 1, offset)
                            if commit_every is not None and self._n_acked >= commit_every:
                                self._n_acked = 0
                                await self.commit()
                            if at_once(tp):
                                await callback(message)
                            else:
                                await self.wait_first(callback(message), self.suspend_flow.wait())
                            set_read_offset(tp, offset)
                    unset_flag(faust_consumer.CONSUMER_FETCHING)
        except self.consumer_stopped_errors:
            if self.transport.app.should_stop:
                return
            raise
        except asyncio.CancelledError:
            if self.transport.app.should_stop:
                return
            raise
        except Exception as exc:
            self.log.exception("Drain messages raised: %r", exc)
            raise
        finally:
            unset_flag(faust_consumer.CONSUMER_FETCHING)


YIELD_EVERY = 100  # faust's: records handed over between two yields to the event loop


class LeanMonitor(Monitor):
    """faust's monitor without its per-record statistics (see the module's docstring)."""

    def on_message_in(self, tp: Any, offset: int, message: Any) -> None:
        pass

    def on_stream_event_in(self, tp: Any, offset: int, stream: Any, event: Any) -> None:
        self.stream_inbound_time[tp] = monotonic()  # read by faust's consumer: `verify_event_path`

    def on_stream_event_out(self, tp: Any, offset: int, stream: Any, event: Any, state: Any = None) -> None:
        pass

    def on_message_out(self, tp: Any, offset: int, message: Any) -> None:
        pass

    def on_table_get(self, table: Any, key: Any) -> None:
        pass

    def on_table_set(self, table: Any, key: Any, value: Any) -> None:
        pass

    def on_table_del(self, table: Any, key: Any) -> None:
        pass

    def on_send_initiated(self, producer: Any, topic: str, message: Any, keysize: int, valsize: int) -> None:
        pass

    def on_send_completed(self, producer: Any, state: Any, metadata: Any) -> None:
        pass


class _Gathered:
    """A task's table writes since `collect_writes`: the future of each (`into`), and those not handed to the producer yet."""

    __slots__ = ("into", "unsent")

    def __init__(self, into: list[Any]) -> None:
        self.into = into
        self.unsent: list[Any] = []


# what `collect_writes` gathers this task's changelog writes into (None: not gathered)
_writes: contextvars.ContextVar[_Gathered | None] = contextvars.ContextVar("basewatch_changelog_writes", default=None)
_send_changelog = Collection.send_changelog


def _send_changelog_gathered(self: Any, partition: int | None, key: Any, value: Any, key_serializer: Any = None, value_serializer: Any = None) -> Any:
    """faust's `Collection.send_changelog`; while `collect_writes` gathers, the write is kept for `send_writes` instead of
    going through faust's producer buffer (a task of its own, one loop turn later), its future where `collect_writes` asked."""
    gathered = _writes.get()
    if gathered is None:
        return _send_changelog(self, partition, key, value, key_serializer, value_serializer)
    fut = self.changelog_topic.as_future_message(  # what faust's `send_changelog` builds, with its arguments
        key=key,
        value=value,
        partition=partition,
        key_serializer=self.key_serializer if key_serializer is None else key_serializer,
        value_serializer=self.value_serializer if value_serializer is None else value_serializer,
        callback=self._on_changelog_sent,
        eager_partitioning=True,
    )
    gathered.into.append(fut)
    gathered.unsent.append(fut)
    return fut


async def send_writes() -> None:
    """Hand this task's gathered table writes to the producer now, in the order they were made (as faust's buffer would).

    One that cannot be handed over fails its future (the caller's wait for acknowledgements then sees it)."""
    gathered = _writes.get()
    if gathered is None or not gathered.unsent:
        return
    unsent, gathered.unsent = gathered.unsent, []
    for fut in unsent:
        try:
            await fut.message.channel.publish_message(fut, wait=False)  # faust's `ProducerBuffer._send_pending`
        except Exception as exc:  # noqa: BLE001 - reported through the write's future, as the broker's refusal would be
            if not fut.done():
                fut.set_exception(exc)


_get_producer = Topic._get_producer


async def _topic_producer(self: Any) -> Any:
    """faust's `Topic._get_producer` (the producer `publish_message` sends with), without a yield once it is started (see the module's docstring)."""
    app = self.app
    producer = app.producer
    if producer.started and not app.in_transaction:
        return producer
    return await _get_producer(self)


_before_commit: weakref.WeakKeyDictionary[Any, list[Callable[[], None]]] = weakref.WeakKeyDictionary()


def before_commit(app: Any, callback: Callable[[], None]) -> None:
    """Call `callback()` right before each offset commit of `app`'s consumer (see `_Consumer.force_commit`)."""
    _before_commit.setdefault(app, []).append(callback)


def apply() -> None:
    """Make faust's aiokafka transport use the consumer above, gather table writes and reach a started producer without yielding (idempotent)."""
    faust_aiokafka.Transport.Consumer = _Consumer
    Collection.send_changelog = _send_changelog_gathered  # type: ignore[method-assign]
    Topic._get_producer = _topic_producer  # type: ignore[method-assign]


def collect_writes(into: list[Any]) -> contextvars.Token[_Gathered | None]:
    """From now on in this task, the future of each table write (resolved when the broker acknowledges it) goes to `into`,
    and the write waits for `send_writes`."""
    return _writes.set(_Gathered(into))


def stop_collecting(token: contextvars.Token[_Gathered | None]) -> None:
    """Stop gathering; writes `send_writes` did not send (the handling raised or was cancelled) go through faust's buffer."""
    gathered = _writes.get()
    _writes.reset(token)
    for fut in gathered.unsent if gathered is not None else ():
        fut.message.channel.app.producer.send_soon(fut)


async def batches(stream: Any, max_records: int) -> AsyncIterator[list[Any]]:
    """The stream's events, a list at a time: the one that arrived and those buffered behind it, at most `max_records`.

    Never waits for more than is buffered (a record alone at low rates is handed over at once). No event is
    acked (so no offset may be committed) until the caller passes it to `ack`: a crash before that commits
    none of it. faust's own `take_events` turns acks off the same way (`enable_acks`) and acks after.
    """
    stream.enable_acks = False
    queue = stream.channel.queue
    batch: list[Any] = []
    async for event in stream.events():
        batch.append(event)
        if len(batch) >= max_records or queue.empty():
            yield batch
            batch = []


async def ack(stream: Any, events: list[Any]) -> None:
    """Ack events `batches` gave: faust may now commit their offsets."""
    for event in events:
        await stream.ack(event)


def make_current(event: Any) -> None:
    """Make `event` the current one of this task, as faust's stream iteration does: a table write then goes to its partition."""
    faust_streams._current_event.set(weakref.ref(event))
