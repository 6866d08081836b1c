"""`basewatch demo`: the whole service end to end on one machine, then everything it started is stopped.

Starts a native broker (unless a bootstrap server is given), creates a fresh topic namespace, runs
the three workers as processes, ingests the demo articles in publication order one by one, and prints
each alert as the subscriber receives it, with the time from ingesting its article to seeing it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import shutil
import signal
import statistics
import tempfile
import time
import uuid
import webbrowser
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from rich.console import Console

from basewatch.platform import broker, kafka_io
from basewatch.platform.procs import WorkerSet
from basewatch.platform.settings import Settings
from basewatch.services.ingest.domain.intake import RawArticle, intake
from basewatch.tools import inputs, render
from basewatch.tools.pipeline import publication_order

out = Console(soft_wrap=True)
STAGES = ("ingest", "enrich", "alert")
DEMO_ARTICLES = Path(__file__).with_name("demo_articles.jsonl")  # package data: the demo runs from a pip install too


class DemoInputError(ValueError):
    """The demo's articles cannot be read (or there are none): nothing is started."""


def load_articles(path: Path) -> list[RawArticle]:
    """Every article of the file, or a DemoInputError naming the first problem (an empty feed shows nothing)."""
    raws: list[RawArticle] = []
    rejected: list[inputs.Rejected] = []
    for item in inputs.read([str(path)]):
        (rejected if isinstance(item, inputs.Rejected) else raws).append(item)  # type: ignore[arg-type]
    if rejected:
        first = rejected[0]
        more = f" (and {len(rejected) - 1} more)" if len(rejected) > 1 else ""
        raise DemoInputError(f"{first.where}: {first.reason}{more}; give the demo a readable article file with --articles FILE")
    if not raws:
        raise DemoInputError(f"{path}: no article; give the demo a file of articles with --articles FILE")
    return raws


@dataclass
class Demo:
    articles: Path
    bootstrap: str | None = None
    pace: float = 0.5
    idle: float = 10.0
    timeout: float = 240.0
    started_broker: Path | None = None
    workers: WorkerSet | None = None
    sent_at: dict[str, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    alerts: list[dict[str, object]] = field(default_factory=list)
    board_port: int | None = None  # serve the live board on this port and keep the stack up until Ctrl-C

    def run(self) -> int:
        """0 when alerts came through; DemoInputError (before anything starts) when the articles cannot be read."""
        raws = load_articles(self.articles)
        t0 = time.monotonic()
        tmp = Path(tempfile.mkdtemp(prefix="basewatch-demo-"))
        try:
            settings = self._settings(tmp)
            asyncio.run(kafka_io.ensure_topics(settings))
            out.print(f"topics created under prefix [bold]{settings.topic_prefix}[/bold]")
            self._start_workers(settings, tmp)
            asyncio.run(self._feed_and_watch(settings, raws))
        finally:
            self._stop(tmp)
        self._summary(time.monotonic() - t0)
        return 0 if self.alerts else 1

    def _settings(self, tmp: Path) -> Settings:
        bootstrap = self.bootstrap or os.environ.get("BASEWATCH_KAFKA_BOOTSTRAP")
        if not bootstrap:
            with out.status("starting a native Kafka broker (first run downloads its jars with Maven)..."):
                started = broker.up(broker.BrokerSpec(tmp / "broker", broker.free_port()))
            self.started_broker = tmp / "broker"
            bootstrap = started.bootstrap
            out.print(f"Kafka broker up at [bold]{bootstrap}[/bold] in {started.seconds:.1f}s")
        # A fresh namespace and app; only the connection's security settings come from BASEWATCH_* variables.
        env = Settings.from_env()
        security = {f: getattr(env, f) for f in ("security_protocol", "sasl_mechanism", "sasl_username", "sasl_password", "ssl_cafile")}
        return dataclasses.replace(Settings(), bootstrap=bootstrap, topic_prefix=f"demo-{uuid.uuid4().hex[:8]}.", data_dir=str(tmp / "state"), **security)

    def _start_workers(self, settings: Settings, tmp: Path) -> None:
        self.workers = WorkerSet(settings, tmp / "logs", log_level="WARNING")
        with out.status("starting the ingest, enrich and alert workers..."):
            self.workers.start(*STAGES)
        out.print("workers up: " + ", ".join(f"{s} (health :{p})" for s, p in self.workers.ports.items()))

    async def _feed_and_watch(self, settings: Settings, raws: list[RawArticle]) -> None:
        from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

        consumer = AIOKafkaConsumer(settings.topic("alerts"), **settings.aiokafka_kwargs(), auto_offset_reset="earliest", enable_auto_commit=False)
        producer = AIOKafkaProducer(**kafka_io.producer_kwargs(settings))
        await consumer.start()
        await producer.start()
        runner = None
        if self.board_port is not None:
            from basewatch.tools import board

            runner, _ = await board.start(settings, "127.0.0.1", self.board_port)
            url = f"http://127.0.0.1:{self.board_port}/"
            out.print(f"live alert board at [bold]{url}[/bold] (it stays up after the articles; Ctrl-C stops everything)")
            webbrowser.open(url)  # a no-op where no browser is configured
        try:
            watcher = asyncio.create_task(self._watch(consumer))
            for raw in publication_order(raws):
                article_id = intake(raw).article_id
                await producer.send_and_wait(settings.topic("articles.raw"), raw.model_dump_json(exclude_none=True).encode())
                self.sent_at[article_id] = time.monotonic()
                out.print(f"[dim]-> ingested {raw.published_at} {raw.source}: {raw.title}[/dim]", highlight=False)
                await asyncio.sleep(self.pace)
            await watcher
            if runner is not None:
                out.print(f"all articles in, no alert for {self.idle + self.pace * 20:.0f}s: the board stays up until Ctrl-C")
                await _until_interrupted()
        finally:
            if runner is not None:
                await runner.cleanup()
            await producer.stop()
            await consumer.stop()

    async def _watch(self, consumer: object) -> None:
        deadline = time.monotonic() + self.timeout
        last = time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - last < self.idle + self.pace * 20:
            batch = await consumer.getmany(timeout_ms=500)  # type: ignore[attr-defined]
            for records in batch.values():
                for r in records:
                    alert = orjson.loads(r.value)
                    now = time.monotonic()
                    sent = [self.sent_at[a] for a in alert.get("article_ids", []) if a in self.sent_at]
                    if sent:
                        self.latencies.append(now - max(sent))
                    self.alerts.append(alert)
                    last = now
                    out.print(render.alert_line(alert))

    def _stop(self, tmp: Path) -> None:
        """Stop what the demo started (workers, the native broker) and remove its temporary directory."""
        if self.workers is not None:
            self.workers.stop()
        if self.started_broker is not None:
            broker.down(self.started_broker)
        shutil.rmtree(tmp, ignore_errors=True)

    def _summary(self, wall: float) -> None:
        raised = [a for a in self.alerts if a["type"] == "alert.raised"]
        kinds = {k: sum(1 for a in raised if a["kind"] == k) for k in ("fatality", "new_target")}
        revised = len(self.alerts) - len(raised)
        out.print(
            f"\n{len(raised)} alerts raised ({kinds['fatality']} fatality, {kinds['new_target']} new-target), {revised} revised, "
            f"in {wall:.1f}s wall time"
        )
        if self.latencies:
            out.print(
                f"ingest -> alert on the subscriber: median {statistics.median(self.latencies):.2f}s, worst {max(self.latencies):.2f}s "
                f"over {len(self.latencies)} alerts"
            )
        out.print("stopped the workers" + (" and the broker" if self.started_broker else "") + "; nothing left running")


async def _until_interrupted() -> None:
    """Wait for Ctrl-C (SIGINT) or SIGTERM, then return so the demo stops what it started."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
