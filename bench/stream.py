"""Speed of the stream (three faust workers on a native broker) against its own core, in one run.

Prints figures; asserts nothing (targets live here, not in timed tests). In ONE run, on the SAME
articles (the synthetic ones of `bench/throughput.py`: a claim sentence among neutral paragraphs, in
our own words), it measures:

- the offline core (`Pipeline`, as `run --offline`): articles/s and CPU ms per article;
- a raw aiokafka 3-hop passthrough on the same broker (consume, produce the same bytes, three times):
  what Kafka and the client cost without faust or the core;
- a warm-up first (not counted): `--warm` articles, then `--warm-seconds` at a fixed rate, because a
  just-started broker's JVM spends most of a core compiling its hot paths for a minute (measured: its CPU
  per article halves, and p99 at 130 articles/s fell from 2,034 ms in the first 10 s to about 100 ms by the
  third); its latency and the broker's CPU are printed beside the figures;
- the pipeline's saturation: a backlog of articles written while the three workers are stopped
  (SIGSTOP), timed from their resume (SIGCONT) to the append time of the last record they write;
  CPU ms per article per worker (/proc/<pid>/stat) and each worker's RSS;
- open-loop latency at 25/50/75% of that saturation: send times fixed in advance (a late send is not
  allowed to delay the next one: no coordinated omission), percentiles per hop from the records'
  timestamps: article sent -> article.received -> first claim -> first attack-event naming the article.

With `--real`, the articles are made of the dev set's real sentences instead (`bench/throughput.py`'s
second run: shuffled sentences of one language, about 2,000 characters each), which cost the core more.

The machine is shared: compare the ratios printed next to the figures, and repeat the run.

    python bench/stream.py [--articles 1500] [--rounds 1] [--seconds 15] [--loads 25,50,75]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import shutil
import signal
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEVSET, articles, real_articles

from basewatch.platform import broker, kafka_io, lag
from basewatch.platform.procs import WorkerSet
from basewatch.platform.settings import Settings
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.pipeline import Pipeline

STAGES = ("ingest", "enrich", "alert")
TICK = os.sysconf("SC_CLK_TCK")
POLL_S = 0.3  # how often a drain is checked (on the broker: see `wait_drained`)


# ---------------------------------------------------------------- processes
def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def records_in(port: int) -> int:
    """`basewatch_records_in_total` of a worker, summed over its input topics."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=30) as r:
        lines = r.read().decode().splitlines()
    return int(sum(float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith("basewatch_records_in_total{")))


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(q / 100 * len(s)))]


# ---------------------------------------------------------------- offline core
def offline(lines: list[str]) -> tuple[float, float]:
    """(articles/s, CPU ms per article) of the whole core in this process, on a fresh pipeline."""
    pipe = Pipeline()
    t0, c0 = time.perf_counter(), time.process_time()
    for line in lines:
        article = pipe.receive(RawArticle.model_validate_json(line))
        for _ in pipe.process(article, pipe.claims(article)):
            pass
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return len(lines) / wall, 1000 * cpu / len(lines)


# ---------------------------------------------------------------- Kafka helpers
async def produce(settings: Settings, topic: str, lines: Iterable[str]) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(**kafka_io.producer_kwargs(settings), linger_ms=5)
    await producer.start()
    try:
        futures = [await producer.send(topic, line.encode(), key=orjson.loads(line)["id"].encode()) for line in lines]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def read_all(settings: Settings, topic: str) -> list[Any]:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    tps = [TopicPartition(topic, p) for p in await kafka_io.partitions_of(settings, topic)]
    consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), enable_auto_commit=False, max_partition_fetch_bytes=16 * 1024 * 1024)
    await consumer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        out: list[Any] = []
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            for records in (await consumer.getmany(timeout_ms=1000)).values():
                out += records
        return out
    finally:
        await consumer.stop()


# ---------------------------------------------------------------- raw 3-hop passthrough
async def raw_passthrough(settings: Settings, lines: list[str]) -> float:
    """Articles/s of three consume -> produce hops on the same broker, timed from the consumers' start."""
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
    from aiokafka.admin import NewTopic

    names = [settings.topic(f"raw.hop{i}") for i in range(4)]
    async with kafka_io.admin_client(settings) as admin:
        await admin.create_topics([NewTopic(n, 1, 1) for n in names])
    await produce(settings, names[0], lines)
    n = len(lines)
    ready: list[str] = []
    go = asyncio.Event()

    async def hop(src: str, dst: str) -> None:
        consumer = AIOKafkaConsumer(**settings.aiokafka_kwargs(), enable_auto_commit=False, max_partition_fetch_bytes=16 * 1024 * 1024)
        producer = AIOKafkaProducer(**kafka_io.producer_kwargs(settings), linger_ms=5)
        await consumer.start()
        await producer.start()
        tp = TopicPartition(src, 0)
        consumer.assign([tp])
        await consumer.seek_to_beginning(tp)
        ready.append(src)
        await go.wait()  # timed from the moment all three hops are connected and positioned
        seen = 0
        try:
            while seen < n:
                batch = (await consumer.getmany(timeout_ms=200)).get(tp, [])
                futures = [await producer.send(dst, r.value, key=r.key) for r in batch]
                if futures:
                    await asyncio.gather(*futures)
                seen += len(batch)
        finally:
            await consumer.stop()
            await producer.stop()

    hops = [asyncio.create_task(hop(names[i], names[i + 1])) for i in range(3)]
    while len(ready) < 3:
        await asyncio.sleep(0.01)
    t0 = time.perf_counter()
    go.set()
    await asyncio.gather(*hops)
    return n / (time.perf_counter() - t0)


# ---------------------------------------------------------------- the pipeline
@dataclass
class Pipe:
    settings: Settings
    workers: WorkerSet
    claims_seen: int = 0
    articles_sent: int = 0
    cpu: dict[str, float] = field(default_factory=dict)
    per_stage: int = 1  # workers per stage (`stage`, `stage#2`, ...), one consumer group each stage

    def names(self, stage: str) -> list[str]:
        return [stage] + [f"{stage}#{i}" for i in range(2, self.per_stage + 1)]

    def pids(self) -> dict[str, int]:
        return {name: self.workers.procs[name].pid for s in STAGES for name in self.names(s)}

    def stage_cpu(self) -> dict[str, float]:
        """CPU seconds so far of each stage, summed over its workers."""
        return {s: sum(cpu_seconds(self.workers.procs[n].pid) for n in self.names(s)) for s in STAGES}

    def counts(self) -> dict[str, int]:
        """Records each stage has read, from its workers' /metrics (not /health: that probes the broker, at a cost to the worker's CPU; each
        look costs a worker ~3 ms)."""
        return {s: sum(records_in(self.workers.ports[n]) for n in self.names(s)) for s in STAGES}

    def wait_drained(self, timeout: float = 900.0) -> dict[str, float]:
        """Until every stage has committed everything written to its input topic; each stage's CPU seconds when it had (so a
        stage that finished early is not charged for idling while the next one catches up).

        Watched from Kafka (the groups' committed offsets), not from the workers: asking a worker costs it CPU that
        would be charged to the articles. A commit follows the handling by at most `broker_commit_interval` (1 s).
        """
        deadline = time.monotonic() + timeout
        t = self.settings.topic
        inputs = {"ingest": t("articles.raw"), "enrich": t("articles"), "alert": t("claims")}
        cpu: dict[str, float] = {}
        while time.monotonic() < deadline:
            for i, s in enumerate(STAGES):
                upstream_done = i == 0 or STAGES[i - 1] in cpu
                if s not in cpu and upstream_done and asyncio.run(lag.lag(self.settings, lag.group_id(self.settings, s), inputs[s])) == 0:
                    cpu[s] = self.stage_cpu()[s]
            if len(cpu) == len(STAGES):
                return cpu
            time.sleep(POLL_S)
        raise RuntimeError(f"the workers did not drain within {timeout:.0f}s: {self.counts()}")

    def last_append_ms(self, since: float) -> float:
        """Timestamp (ms) of the newest record on the stage outputs written after `since`."""
        newest = since * 1000
        for name in ("articles", "claims", "attack-events", "alerts"):
            for r in asyncio.run(read_all(self.settings, self.settings.topic(name))):
                newest = max(newest, r.timestamp)
        return newest


def latency_with_broker(pipe: Pipe, lines: list[str], rate: float, started: Any, profile: Path | None = None) -> tuple[dict[str, list[float]], float | None]:
    """`latency`, and the CPU ms per article of the native broker this run started meanwhile (None for one given by --bootstrap)."""
    cpu0 = cpu_seconds(started.pid) if started is not None else 0.0
    hops = latency(pipe, lines, rate, profile)
    return hops, 1000 * (cpu_seconds(started.pid) - cpu0) / max(1, len(hops["ingest"])) if started is not None else None


def broker_cell(ms: float | None) -> str:
    return f"; broker CPU {ms:.1f} ms/article" if ms is not None else ""


def spy(pid: int, out: Path) -> Any:
    """py-spy sampling a worker (non-blocking, 200 Hz, only while it holds the GIL) until SIGINT; looked for next to this Python."""
    import subprocess

    exe = shutil.which("py-spy", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    if exe is None:
        raise SystemExit("--profile needs py-spy: pip install py-spy")
    out.parent.mkdir(parents=True, exist_ok=True)
    cmd = [exe, "record", "--nonblocking", "--gil", "-r", "200", "-f", "raw", "--pid", str(pid), "-o", str(out)]  # --gil: samples where Python runs
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def saturation(pipe: Pipe, lines: list[str], profile: Path | None = None) -> dict[str, Any]:
    """Backlog drain: write `lines` while the workers are stopped, time from their resume.

    `profile`: a directory where py-spy writes each worker's samples during the drain (`-f raw`, collapsed stacks).
    """
    pids = pipe.pids()
    before = {name: pipe.workers.health(name) for name in pids}
    for pid in pids.values():
        os.kill(pid, signal.SIGSTOP)
    try:
        asyncio.run(produce(pipe.settings, pipe.settings.topic("articles.raw"), lines))
    finally:
        cpu0 = pipe.stage_cpu()
        t0 = time.time()
        for pid in pids.values():
            os.kill(pid, signal.SIGCONT)
    spies = [spy(pid, profile / f"{name}.txt") for name, pid in pids.items()] if profile else []
    cpu1 = pipe.wait_drained()
    health = {name: pipe.workers.health(name) for name in pids}
    batches = {name: (h.get("in", 0) - before[name].get("in", 0), h.get("batches", 0) - before[name].get("batches", 0)) for name, h in health.items()}
    print("  records per batch in the drain: " + ", ".join(f"{name} {n / b:.1f}" for name, (n, b) in batches.items() if b), flush=True)
    for proc in spies:
        proc.send_signal(signal.SIGINT)
        proc.wait(60)
    seconds = pipe.last_append_ms(t0) / 1000 - t0
    n = len(lines)
    return {
        "rate": n / seconds,
        "seconds": seconds,
        "cpu_ms": {s: 1000 * (cpu1[s] - cpu0[s]) / n for s in STAGES},
        "rss": {s: max(rss_mib(pids[n]) for n in pipe.names(s)) for s in STAGES},
    }


async def open_loop(settings: Settings, topic: str, lines: list[str], rate: float) -> dict[str, float]:
    """Send line i at start + i/rate (fixed in advance); a send never waits for an earlier one's ack."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(**kafka_io.producer_kwargs(settings), linger_ms=0)
    await producer.start()
    scheduled: dict[str, float] = {}
    futures = []
    try:
        start = time.time() + 0.5
        for i, line in enumerate(lines):
            at = start + i / rate
            delay = at - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            aid = orjson.loads(line)["id"]
            scheduled[aid] = at * 1000
            futures.append(await producer.send(topic, line.encode(), key=aid.encode(), timestamp_ms=int(at * 1000)))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return scheduled


def latency(pipe: Pipe, lines: list[str], rate: float, profile: Path | None = None) -> dict[str, list[float]]:
    """Per-hop latencies (ms) of `lines` sent at `rate` articles/s; `profile`: py-spy each worker while they are sent (DIR/<stage>.txt)."""
    s = pipe.settings
    spies = [spy(pid, profile / f"{name}.txt") for name, pid in pipe.pids().items()] if profile else []
    scheduled = asyncio.run(open_loop(s, s.topic("articles.raw"), lines, rate))
    pipe.wait_drained()
    for proc in spies:
        proc.send_signal(signal.SIGINT)
        proc.wait(60)
    received: dict[str, tuple[str, float]] = {}  # article_id -> (origin id, ms)
    for r in asyncio.run(read_all(s, s.topic("articles"))):
        a = orjson.loads(r.value)
        if a.get("origin_id") in scheduled and a["article_id"] not in received:
            received[a["article_id"]] = (a["origin_id"], r.timestamp)
    first_claim: dict[str, float] = {}
    for r in asyncio.run(read_all(s, s.topic("claims"))):
        aid = orjson.loads(r.value)["article_id"]
        if aid in received:
            first_claim[aid] = min(first_claim.get(aid, r.timestamp), r.timestamp)
    first_event: dict[str, float] = {}
    for r in asyncio.run(read_all(s, s.topic("attack-events"))):
        for aid in orjson.loads(r.value)["article_ids"]:
            if aid in received:
                first_event[aid] = min(first_event.get(aid, r.timestamp), r.timestamp)
    out: dict[str, list[float]] = {"ingest": [], "enrich": [], "alert": [], "end-to-end": []}
    for aid, (origin, ms) in received.items():
        sent = scheduled[origin]
        out["ingest"].append(ms - sent)
        if aid in first_claim:
            out["enrich"].append(first_claim[aid] - ms)
        if aid in first_event:
            out["alert"].append(first_event[aid] - first_claim.get(aid, ms))
            out["end-to-end"].append(first_event[aid] - sent)
            # one row an article: sent (ms since the epoch), then ms in ingest, enrich, alert and end to end (the long run orders by it)
            claimed = first_claim.get(aid, ms)
            out.setdefault("rows", []).append([sent, ms - sent, claimed - ms, first_event[aid] - claimed, first_event[aid] - sent])
    return out


def flatness(pipe: Pipe, lines: list[str], rate: float, dump: Path | None = None) -> dict[str, Any]:
    """A long fixed-rate run: CPU ms per article (all stages) and end-to-end p99 in its first and last 20%.

    A sampler reads the workers' CPU and ingest's count every 2 s while the articles are sent; the first
    window is from 0 to 20% of the articles handled by ingest, the last from 80% to 100%.
    """
    import threading

    stages: list[tuple[float, dict[str, float]]] = []  # (articles ingest handled, CPU seconds of each stage)
    rss: list[tuple[float, dict[str, float]]] = []  # (articles ingest handled, RSS MiB of each stage's largest worker)
    stop = threading.Event()
    base = pipe.counts()["ingest"]

    def stage_rss() -> dict[str, float]:
        return {s: max(rss_mib(pipe.pids()[name]) for name in pipe.names(s)) for s in STAGES}

    def sample() -> None:
        while not stop.is_set():
            handled = pipe.counts()["ingest"] - base
            stages.append((handled, pipe.stage_cpu()))
            rss.append((handled, stage_rss()))
            stop.wait(2.0)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        hops = latency(pipe, lines, rate)
    finally:
        stop.set()
        sampler.join()
    stages.append((pipe.counts()["ingest"] - base, pipe.stage_cpu()))
    samples = [(handled, sum(cpu.values())) for handled, cpu in stages]  # (articles ingest handled, CPU seconds of all stages)
    n = len(lines)
    if dump is not None:  # one line per article named by an event: when it was sent (ms since the epoch) and each hop's ms
        dump.mkdir(parents=True, exist_ok=True)
        with (dump / "long.jsonl").open("wb") as out:
            for row in hops["rows"]:
                out.write(orjson.dumps(row) + b"\n")

    def cpu_ms(lo: float, hi: float) -> float:
        inside = [x for x in samples if lo * n <= x[0] <= hi * n]
        if len(inside) < 2 or inside[-1][0] == inside[0][0]:
            return float("nan")
        return 1000 * (inside[-1][1] - inside[0][1]) / (inside[-1][0] - inside[0][0])

    ordered = [row[4] for row in sorted(hops.get("rows", []), key=lambda row: row[0])]
    fifth = max(1, len(ordered) // 5)
    return {
        "cpu_first": cpu_ms(0.0, 0.2), "cpu_last": cpu_ms(0.8, 1.0),
        # CPU ms per article of each stage over the whole run (from the first sample to the end)
        "cpu_stages": {s: 1000 * (stages[-1][1][s] - stages[0][1][s]) / max(1.0, stages[-1][0] - stages[0][0]) for s in STAGES},
        "p99_first": pct(ordered[:fifth], 99), "p99_last": pct(ordered[-fifth:], 99),
        "p50_first": pct(ordered[:fifth], 50), "p50_last": pct(ordered[-fifth:], 50),
        "rss": stage_rss(), "n": len(ordered),
        # RSS after each fifth of the articles: whether the state levels off once the alert stage's horizon is full
        "rss_fifths": [next((r for k, r in rss if k >= q * n / 5), stage_rss()) for q in range(1, 6)],
    }  # fmt: skip


# ---------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1500, help="articles per saturation round (and for the offline and raw runs)")
    ap.add_argument("--rounds", type=int, default=1, help="saturation rounds (each a fresh backlog on the same workers)")
    ap.add_argument("--seconds", type=float, default=15.0, help="duration of each fixed-rate latency run")
    ap.add_argument("--loads", default="25,50,75", help="latency runs, in %% of the measured saturation")
    ap.add_argument("--bootstrap", default=None, help="an existing broker (default: a native one on a free port)")
    ap.add_argument("--partitions", type=int, default=1, help="partitions of the keyed topics (topics create --partitions)")
    ap.add_argument("--workers", type=int, default=1, help="workers per stage, in one consumer group each")
    ap.add_argument("--long", type=int, default=0, help="then a long fixed-rate run of this many articles: is CPU/article and p99 flat?")
    ap.add_argument("--warm", type=int, default=200, help="articles sent through the workers before the first round (not timed)")
    ap.add_argument("--warm-seconds", type=float, default=30.0,
                    help="then a fixed-rate run of this many seconds before the first round (not counted): the broker's JVM compiles its hot paths")
    ap.add_argument("--warm-rate", type=float, default=30.0, help="that run's rate, in %% of the offline core's articles/s")
    ap.add_argument("--profile", type=Path, default=None, help="py-spy the workers: DIR/saturation/<stage>.txt, DIR/load<N>/<stage>.txt (first runs)")
    ap.add_argument("--real", action="store_true", help="articles of the dev set's real sentences (bench/throughput.py's second run)")
    ap.add_argument("--dump", type=Path, default=None, help="write the long run's per-article hop latencies (DIR/long.jsonl) and the workers' logs (DIR/logs/)")
    ap.add_argument("--long-load", type=float, default=50.0, help="the long run's rate, in %% of the measured saturation")
    args = ap.parse_args()
    loads = [float(x) for x in args.loads.split(",") if x]

    # Every article is distinct (its text names its number): one pool, sliced per phase.
    off_warm = 200  # articles/s of the warm-up at most (30% of an offline core of 666/s); the core is measured only after the pool is made
    total = args.articles * 20 + args.warm + args.long + int(args.warm_seconds * off_warm)
    if args.real and not DEVSET.exists():
        sys.exit(f"--real reads the dev set's sentences from {DEVSET}, which is absent: run without --real")
    # publication dates spread as in bench/throughput.py
    pool = iter(real_articles(DEVSET, total, seed=13)) if args.real else articles(total, seed=13)

    def take(n: int) -> list[str]:
        return list(itertools.islice(pool, n))

    offline(real_articles(DEVSET, 200, seed=5) if args.real else list(articles(200, seed=5)))  # warm the data files and compiled patterns
    lines = take(args.articles)
    off_rate, off_cpu = offline(lines)
    print(f"offline core: {off_rate:,.0f} articles/s, {off_cpu:.2f} CPU ms/article ({len(lines)} articles)", flush=True)

    tmp = Path(tempfile.mkdtemp(prefix="basewatch-bench-stream-"))
    started = None
    try:
        if args.bootstrap:
            bootstrap = args.bootstrap
        else:
            started = broker.up(broker.BrokerSpec(tmp / "broker", broker.free_port()))
            bootstrap = started.bootstrap
        tag = uuid.uuid4().hex[:6]
        settings = Settings(bootstrap=bootstrap, topic_prefix=f"bench{tag}.", app_id=f"bench{tag}", data_dir=str(tmp / "data"), log_level="WARNING",
                            partitions=args.partitions)  # fmt: skip
        raw_rate = asyncio.run(raw_passthrough(settings, lines))
        print(f"raw 3-hop passthrough: {raw_rate:,.0f} articles/s", flush=True)

        asyncio.run(kafka_io.ensure_topics(settings))
        workers = WorkerSet(settings, tmp / "logs", log_level="WARNING")
        pipe = Pipe(settings, workers, per_stage=args.workers)
        workers.start(*[name for s in STAGES for name in pipe.names(s)])
        try:
            if args.warm:  # as the offline core was warmed: compiled patterns, caches and connections made before timing
                asyncio.run(produce(settings, settings.topic("articles.raw"), take(args.warm)))
                pipe.wait_drained()
            warm = None
            if args.warm_seconds > 0:  # a just-started broker's JVM spends a core compiling: measured, that stalls every hop
                rate = off_rate * args.warm_rate / 100
                warm = latency_with_broker(pipe, take(max(1, int(rate * args.warm_seconds))), rate, started)
                e2e = warm[0]["end-to-end"]
                print(f"warm-up at {rate:,.0f}/s for {args.warm_seconds:.0f} s (not counted): end-to-end p50 {pct(e2e, 50):,.0f} ms, "
                      f"p99 {pct(e2e, 99):,.0f} ms", flush=True)  # fmt: skip
            sat = []
            for r in range(args.rounds):
                batch = lines if r == 0 else take(args.articles)
                sat.append(saturation(pipe, batch, args.profile / "saturation" if args.profile and r == 0 else None))
                print(f"saturation round {r + 1}: {sat[-1]['rate']:,.0f} articles/s", flush=True)
            best = max(sat, key=lambda x: x["rate"])
            lat: dict[float, tuple[dict[str, list[float]], float | None]] = {}  # load -> (latencies per hop, broker CPU ms per article)
            for load in loads:
                rate = best["rate"] * load / 100
                profile = args.profile / f"load{load:.0f}" if args.profile and load == loads[0] else None
                lat[load] = latency_with_broker(pipe, take(max(1, int(rate * args.seconds))), rate, started, profile)
                e2e = lat[load][0]["end-to-end"]
                print(f"latency at {load:.0f}% ({rate:,.0f}/s): end-to-end p50 {pct(e2e, 50):,.0f} ms, p99 {pct(e2e, 99):,.0f} ms", flush=True)
            flat = flatness(pipe, take(args.long), best["rate"] * args.long_load / 100, args.dump) if args.long else None
        finally:
            workers.stop()
            if args.dump:
                shutil.copytree(tmp / "logs", args.dump / "logs", dirs_exist_ok=True)
    finally:
        if started is not None:
            broker.down(tmp / "broker")
        shutil.rmtree(tmp, ignore_errors=True)

    cpu_sum = sum(best["cpu_ms"].values())
    print()
    shape = f"{args.partitions} partition(s), {args.workers} worker(s) per stage"
    kind = "real-sentence" if args.real else "synthetic"
    print(f"| figure ({kind} articles, {args.articles:,}/round, best of {args.rounds}; {shape}; load average {os.getloadavg()[0]:.1f}) | value | ratio |")
    print("|---|---|---|")
    print(f"| offline core, articles/s | {off_rate:,.0f} | 1 |")
    print(f"| pipeline saturation, articles/s | {best['rate']:,.0f} | {best['rate'] / off_rate:.2f}x offline, {best['rate'] / raw_rate:.3f}x raw |")
    print(f"| raw 3-hop passthrough, articles/s | {raw_rate:,.0f} | {raw_rate / off_rate:.1f}x offline |")
    print(f"| CPU ms/article, offline core | {off_cpu:.2f} | 1 |")
    per = " / ".join(f"{best['cpu_ms'][s]:.2f}" for s in STAGES)
    print(f"| CPU ms/article, ingest / enrich / alert | {per} (sum {cpu_sum:.2f}) | {cpu_sum / off_cpu:.2f}x offline |")
    rss = " / ".join(f"{best['rss'][s]:.0f}" for s in STAGES)
    print(f"| RSS MiB, ingest / enrich / alert | {rss} | |")
    if warm is not None:
        e2e = warm[0]["end-to-end"]
        print(f"| warm-up, {args.warm_seconds:.0f} s at {args.warm_rate:.0f}% of the offline core (not counted) | end-to-end p50 {pct(e2e, 50):,.0f} / "
              f"p99 {pct(e2e, 99):,.0f}{broker_cell(warm[1])} | |")  # fmt: skip
    for load, (hops, broker_ms) in lat.items():
        cells = ", ".join(f"{h} p50 {pct(v, 50):,.0f} / p99 {pct(v, 99):,.0f}" for h, v in hops.items() if h != "rows") + broker_cell(broker_ms)
        print(f"| latency ms at {load:.0f}% of saturation ({len(hops['ingest'])} articles) | {cells} | |")
    if flat is not None:
        print(f"| long run, {args.long:,} articles at {args.long_load:.0f}%: CPU ms/article, first / last 20% | "
              f"{flat['cpu_first']:.2f} / {flat['cpu_last']:.2f} | {flat['cpu_last'] / flat['cpu_first']:.2f}x |")  # fmt: skip
        print(f"| long run: end-to-end p50 / p99 ms, first 20% -> last 20% | {flat['p50_first']:,.0f} / {flat['p99_first']:,.0f} -> "
              f"{flat['p50_last']:,.0f} / {flat['p99_last']:,.0f} | p99 {flat['p99_last'] / flat['p99_first']:.2f}x |")  # fmt: skip
        per_stage = " / ".join(f"{flat['cpu_stages'][s]:.2f}" for s in STAGES)
        print(f"| long run: CPU ms/article over the whole run, ingest / enrich / alert | {per_stage} | |")
        rss_end = " / ".join(f"{flat['rss'][s]:.0f}" for s in STAGES)
        print(f"| long run: RSS MiB at the end, ingest / enrich / alert | {rss_end} | |")
        fifths = ", ".join(" / ".join(f"{r[s]:.0f}" for s in STAGES) for r in flat["rss_fifths"])
        grew = flat["rss_fifths"][-1]["alert"] / flat["rss_fifths"][0]["alert"]
        print(f"| long run: RSS MiB after each fifth, ingest / enrich / alert | {fifths} | alert {grew:.2f}x |")
    if len(sat) > 1:
        rates = [x["rate"] for x in sat]
        print(f"| saturation over rounds, articles/s | {', '.join(f'{r:,.0f}' for r in rates)} | spread {statistics.pstdev(rates):,.0f} |")


if __name__ == "__main__":
    main()
