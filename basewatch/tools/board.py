"""`basewatch board`: a live alert board in the browser, served by aiohttp, updated over Server-Sent Events.

The board reads `alerts`, `attack-events` and `claims` from the beginning (outside any consumer group,
so it never disturbs the workers), folds them into a view (every alert revision, every event version,
the claims events cite) and pushes each new record to every open page. The page draws the region from
files shipped with the package (country outlines, the gazetteer's base coordinates): no tile server,
no internet at run time.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import structlog
from aiohttp import web
from aiohttp_sse import sse_response

from basewatch.platform.settings import Settings
from basewatch.services.enrich import resources

log = structlog.get_logger(__name__)
STATIC = Path(__file__).resolve().parent / "board_static"
FEED_LIMIT = 500  # alert revisions kept for a newly opened page (the topic keeps them all)
TOPICS = ("claims", "attack-events", "alerts")  # read in this order at start, so an alert finds its event and claims


def bases() -> list[dict[str, Any]]:
    """Every base of the gazetteer with its coordinates (the map's markers)."""
    return [{"id": b.id, "name": b.name, "country": b.country, "lat": b.lat, "lon": b.lon} for b in resources.gazetteer().bases]


@dataclass
class BoardState:
    """What the page shows, folded from the three topics. Fields are read leniently: older and newer messages both work."""

    claims: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # event_id -> versions, oldest first
    feed: list[dict[str, Any]] = field(default_factory=list)  # alert revisions, oldest first
    seen: set[str] = field(default_factory=set)  # ids of messages already applied (a re-read record changes nothing)

    def apply(self, record: dict[str, Any], at_ms: int | None = None) -> tuple[str, dict[str, Any]] | None:
        """Fold one message in; return (SSE event name, payload) for the pages, or None when it changes nothing."""
        kind = str(record.get("type", ""))
        if kind == "claim.extracted" and record.get("claim_id"):
            if record["claim_id"] in self.claims:
                return None
            self.claims[record["claim_id"]] = record
            return "claim", record
        if kind.startswith("event.") and record.get("event_id"):
            if not self._first(f"{record['event_id']}:{record.get('version')}"):
                return None
            self.events.setdefault(record["event_id"], []).append(record)
            return "event", record
        if kind.startswith("alert.") and record.get("alert_id"):
            if not self._first(f"{record['alert_id']}:{record.get('revision')}"):
                return None
            shown = {**record, "received_at_ms": at_ms}
            self.feed.append(shown)
            del self.feed[:-FEED_LIMIT]
            return "alert", shown
        return None

    def _first(self, key: str) -> bool:
        """True the first time a message (id:version or id:revision) is seen: a re-read record changes nothing."""
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def snapshot(self) -> dict[str, Any]:
        """The whole view for a page that just opened: bases, events (every version), cited claims, the feed."""
        cited = {c for versions in self.events.values() for v in versions for c in v.get("claim_ids", ())}
        return {
            "bases": bases(),
            "events": self.events,
            "claims": {k: v for k, v in self.claims.items() if k in cited},
            "feed": self.feed,
        }


class Board:
    """The web app and the Kafka follower feeding it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.state = BoardState()
        self.pages: set[asyncio.Queue[tuple[str, dict[str, Any]] | None]] = set()  # None: the server is stopping
        self.caught_up = asyncio.Event()

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/", self._index)
        app.router.add_get("/stream", self._stream)
        app.router.add_get("/api/state", self._state)
        app.router.add_get("/health", self._health)
        app.router.add_static("/static", STATIC)
        app.cleanup_ctx.append(self._follow_in_background)
        app.on_shutdown.append(self._close_pages)
        return app

    async def _index(self, request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html")

    async def _state(self, request: web.Request) -> web.Response:
        return web.Response(body=orjson.dumps(self.state.snapshot()), content_type="application/json")

    async def _health(self, request: web.Request) -> web.Response:
        body = {"status": "ok" if self.caught_up.is_set() else "catching up", "alerts": len(self.state.feed), "pages": len(self.pages)}
        return web.json_response(body)

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        """SSE: a `snapshot` first, then one `claim`, `event` or `alert` message per new record."""
        queue: asyncio.Queue[tuple[str, dict[str, Any]] | None] = asyncio.Queue(maxsize=10_000)
        async with sse_response(request) as resp:  # aiohttp-sse sends its own keep-alive pings (every 15 s)
            self.pages.add(queue)
            try:
                await resp.send(orjson.dumps(self.state.snapshot()).decode(), event="snapshot")
                while resp.is_connected() and (item := await queue.get()) is not None:
                    await resp.send(orjson.dumps(item[1]).decode(), event=item[0])
            except ConnectionResetError:
                pass  # the page went away
            finally:
                self.pages.discard(queue)
        return resp

    async def _close_pages(self, app: web.Application) -> None:
        """End every open stream, so stopping the server does not wait for pages to leave."""
        for queue in list(self.pages):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(None)

    def _publish(self, name: str, payload: dict[str, Any]) -> None:
        for queue in list(self.pages):
            with contextlib.suppress(asyncio.QueueFull):  # a stuck page misses updates; reloading it gets a fresh snapshot
                queue.put_nowait((name, payload))

    async def _follow_in_background(self, app: web.Application) -> Any:
        task = asyncio.create_task(self.follow())
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    async def follow(self) -> None:
        """Read the three topics from their beginning, then follow them; each new record goes to every open page."""
        from aiokafka import AIOKafkaConsumer, TopicPartition

        consumer = AIOKafkaConsumer(**self.settings.aiokafka_kwargs(), enable_auto_commit=False, auto_offset_reset="earliest")
        await consumer.start()
        try:
            existing = await consumer.topics()
            tps = [TopicPartition(self.settings.topic(t), p) for t in TOPICS if self.settings.topic(t) in existing
                   for p in sorted(consumer.partitions_for_topic(self.settings.topic(t)) or {0})]  # fmt: skip
            if not tps:
                log.warning("board.no_topics", prefix=self.settings.topic_prefix)
                tps = [TopicPartition(self.settings.topic(t), 0) for t in TOPICS]
            consumer.assign(tps)
            await consumer.seek_to_beginning(*tps)
            ends = await consumer.end_offsets(tps)
            order = {self.settings.topic(t): i for i, t in enumerate(TOPICS)}
            while True:
                batch = await consumer.getmany(timeout_ms=200)
                records = sorted((r for rs in batch.values() for r in rs), key=lambda r: (order.get(r.topic, 9), r.timestamp))
                for r in records:
                    with contextlib.suppress(orjson.JSONDecodeError, TypeError):
                        value = orjson.loads(r.value)
                        change = self.state.apply(value, r.timestamp) if isinstance(value, dict) else None
                        if change is not None:
                            self._publish(*change)
                if not self.caught_up.is_set() and all([await consumer.position(tp) >= ends[tp] for tp in tps]):
                    self.caught_up.set()
                    log.info("board.caught_up", alerts=len(self.state.feed), events=len(self.state.events))
        finally:
            await consumer.stop()


async def start(settings: Settings, host: str = "127.0.0.1", port: int = 8080) -> tuple[web.AppRunner, Board]:
    """Start the board in the running loop (tests, demo); stop it with `await runner.cleanup()`."""
    board = Board(settings)
    runner = web.AppRunner(board.app())
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner, board


def run(settings: Settings, host: str, port: int) -> None:
    """Serve the board until Ctrl-C."""
    web.run_app(Board(settings).app(), host=host, port=port, print=None)
