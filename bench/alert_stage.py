"""The alert stage alone, on one core: claims/s, changelog bytes per claim, RSS over many articles.

Workload: the claims `basewatch extract` finds in real articles (tests/data/articles.jsonl, the seeds and
the dev set when present: real sentences in 18 languages), repeated in copies shifted 420 days apart
(new claim and article ids per copy), so a long feed keeps the real mix of bases, dates, tolls and
repeated reports. The RSS run shifts its copies 28 days apart instead (four weeks: weekdays stay true), so
that 100,000 articles end before the schema's last date (2100-12-31), and spreads them over 16 copies of
the gazetteer (base "tower-22" of copy k is "tower-22~<k mod 16>"): copies at one base are then 448 days
apart, as in the speed run, and an undated report of one copy never meets the same attack of the next.
Each claim goes through the stage's own code with its state in a mapping that counts what a faust table
would write to its changelog (key and value as faust serialises them).

Today's figures come from the same run: the alert code before issue 10 (`git show 921a202^1:...`, main
before the state machine was merged, loaded into a private module) driven through its own agent function
with the same counting table.

    python bench/alert_stage.py [--copies 40] [--rss-articles 100000] [--baseline 921a202^1]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.util
import json
import logging
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import structlog

from basewatch.schemas import ClaimExtracted
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.inputs import read
from basewatch.tools.pipeline import Pipeline, publication_order

ROOT = Path(__file__).resolve().parents[1]
SHIFT = timedelta(days=420)
RSS_SHIFT = timedelta(days=28)  # 100,000 articles = ~820 copies x 28 days: ends ~2086, inside the schema's bounds
RSS_GAZETTEERS = 16  # copies of each base in the RSS run: 16 x 28 = 448 days between copies at one base


class CountingTable(MutableMapping[str, Any]):
    """A mapping that counts the changelog a faust table would write: one record per set or delete."""

    def __init__(self, raw_values: bool) -> None:
        self.data: dict[str, Any] = {}
        self.records = 0
        self.bytes = 0
        self.raw = raw_values

    def _size(self, key: str, value: Any) -> int:
        v = 0 if value is None else len(value) if self.raw else len(json.dumps(value))
        return len(json.dumps(key)) + v

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.data[key] = value
        self.records += 1
        self.bytes += self._size(key, value)

    def __delitem__(self, key: str) -> None:
        del self.data[key]
        self.records += 1
        self.bytes += self._size(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


def real_claims() -> list[ClaimExtracted]:
    paths = [str(ROOT / "tests" / "data" / "articles.jsonl")]
    for extra in (ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "devset" / "articles.jsonl"):
        if extra.exists():
            paths.append(str(extra))
    pipe = Pipeline()
    raws = publication_order(r for r in read(paths) if isinstance(r, RawArticle))  # the order the stream is fed in
    return [c for raw in raws for c in pipe.claims(pipe.receive(raw))]


def copies(claims: list[ClaimExtracted], n: int, first: int = 0, step: timedelta = SHIFT, gazetteers: int = 0) -> Iterator[ClaimExtracted]:
    """Copies first..first+n-1 of the claims, copy k shifted k x step (420 days), with its own ids (and with
    `gazetteers`, its bases renamed into copy k mod gazetteers of the gazetteer)."""
    for k in range(first, first + n):
        shift = step * k
        for c in claims:
            base = f"{c.base_id}~{k % gazetteers}" if gazetteers and c.base_id else c.base_id
            yield c.model_copy(update={
                "claim_id": f"{c.claim_id}#{k}", "article_id": f"{c.article_id}#{k}", "base_id": base,
                "attack_date": c.attack_date + shift if c.attack_date else None,
                "published_at": c.published_at + shift if c.published_at else None,
            })  # fmt: skip


def articles_per_copy(claims: list[ClaimExtracted]) -> int:
    return len({c.article_id for c in claims})


# -- today's code (main before issue 10's state machine), loaded from git ----------------------------
# main's first parent at the merge of issue 10 (921a202): the two-adapter alert stage the issue measured
BEFORE = "921a202^1"


def load_main(rev: str) -> ModuleType | None:
    """main's alert agent, schemas and domain as a private package `bw_main`; None when git cannot show them."""
    files = {"messages": "schemas/messages.py", "dedup": "services/alert/domain/dedup.py", "decide": "services/alert/domain/decide.py",
             "agents": "services/alert/agents.py"}  # fmt: skip
    pkg = Path(tempfile.mkdtemp(prefix="bw-main-")) / "bw_main"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    for name, path in files.items():
        done = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{path}"], capture_output=True, text=True, check=False)
        if done.returncode:
            return None
        src = re.sub(r"from basewatch\.schemas(\.messages)? import", "from bw_main.messages import", done.stdout)
        src = re.sub(r"from basewatch\.services\.alert\.domain\.(\w+) import", r"from bw_main.\1 import", src)
        (pkg / f"{name}.py").write_text(src)
    sys.path.insert(0, str(pkg.parent))
    spec = importlib.util.find_spec("bw_main.agents")
    assert spec is not None
    return importlib.import_module("bw_main.agents")


@dataclass
class _Event:
    value: bytes


class _FakeApp:
    """Just enough of a faust app for main's `build`: a table, and the agent it registers."""

    def __init__(self, table: CountingTable) -> None:
        self.table, self.agent_fn = table, None

    def Table(self, *a: Any, **kw: Any) -> CountingTable:
        return self.table

    def agent(self, *a: Any, **kw: Any) -> Any:
        def register(fn: Any) -> Any:
            self.agent_fn = fn
            return fn

        return register


class _FakeStage:
    def __init__(self, app: Any, settings: Any, source: str, sinks: list[str]) -> None:
        self.source = source

    async def decode(self, event: _Event, model: Any) -> Any:
        return model.model_validate_json(event.value)

    async def send(self, topic: str, key: str, msg: Any) -> None:
        return None

    async def handle(self, event: Any, handler: Any) -> None:
        await handler(event)


def run_main(agents: ModuleType, claims: list[ClaimExtracted]) -> tuple[float, CountingTable]:
    table = CountingTable(raw_values=False)
    app = _FakeApp(table)
    agents.make_app = lambda stage, settings: app  # type: ignore[attr-defined]
    agents.Stage = _FakeStage  # type: ignore[attr-defined]
    agents.build(_Settings(), set())
    # today's claim schema forbids the fields extraction added since (date_precision, place_kind)
    known = set(importlib.import_module("bw_main.messages").ClaimExtracted.model_fields)
    values = [_Event(c.model_dump_json(include=known).encode()) for c in claims]

    async def stream() -> Any:
        class S:
            async def events(self) -> Any:
                for v in values:
                    yield v

        assert app.agent_fn is not None
        await app.agent_fn(S())

    t0 = time.process_time()
    asyncio.run(stream())
    return time.process_time() - t0, table


class _Settings:
    def topic(self, name: str) -> str:
        return name


# -- this branch's code -----------------------------------------------------------------------------
def run_new(claims: list[ClaimExtracted]) -> tuple[float, CountingTable]:
    table = CountingTable(raw_values=True)
    store = KeyValueEventStore(table)
    values = [c.model_dump_json().encode() for c in claims]
    t0 = time.process_time()
    for v in values:  # what the agent does: decode -> handle -> write (sending is not the stage's cost)
        decision = handle(store, ClaimExtracted.model_validate_json(v))
        store.write(decision.changes)
    return time.process_time() - t0, table


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


def rss_run(claims: list[ClaimExtracted], n_articles: int) -> list[tuple[int, float, int]]:
    """(articles, RSS MiB, live records) after each fifth of n_articles through one new store."""
    per_copy = articles_per_copy(claims)
    n_copies = max(1, n_articles // per_copy)
    marks = {n_copies * k // 5 for k in range(1, 6)}
    store = KeyValueEventStore()
    out = []
    for k in range(1, n_copies + 1):
        for c in copies(claims, 1, first=k - 1, step=RSS_SHIFT, gazetteers=RSS_GAZETTEERS):
            decision = handle(store, c)
            store.write(decision.changes)
        if k in marks:
            gc.collect()
            out.append((k * per_copy, rss_mib(), len(store.records)))
    return out


def main() -> None:
    # neither path's logging is measured: today's agent logs each message, this branch's agent too
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.CRITICAL))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=40, help="copies of the real claims for the speed and changelog runs")
    ap.add_argument("--rss-articles", type=int, default=100_000, help="articles for the RSS run (0 to skip)")
    ap.add_argument("--baseline", default=BEFORE, help="git revision whose alert code is today's figure")
    args = ap.parse_args()
    base = real_claims()
    feed = list(copies(base, args.copies))
    n_articles = articles_per_copy(base) * args.copies
    print(f"workload: {len(base)} real claims from {articles_per_copy(base)} articles, x{args.copies} copies = {len(feed):,} claims, {n_articles:,} articles")
    new_s, new_t = run_new(feed)
    print(f"this branch: {len(feed) / new_s:,.0f} claims/s on one core (CPU time); changelog {new_t.records:,} records, "
          f"{new_t.bytes / len(feed):,.0f} bytes/claim; live records at the end {len(new_t.data):,}")  # fmt: skip
    agents = load_main(args.baseline)
    if agents is None:
        print(f"baseline: `git show {args.baseline}:...` failed; no same-run baseline")
    else:
        old_s, old_t = run_main(agents, feed)
        print(f"{args.baseline} (today): {len(feed) / old_s:,.0f} claims/s; changelog {old_t.records:,} records, "
              f"{old_t.bytes / len(feed):,.0f} bytes/claim; live records at the end {len(old_t.data):,}")  # fmt: skip
        print(f"ratios: speed x{old_s / new_s:.1f}, changelog bytes per claim {new_t.bytes / old_t.bytes:.1%} of today's")
    if args.rss_articles:
        for n, mib, live in rss_run(base, args.rss_articles):
            print(f"RSS after {n:>7,} articles: {mib:6.1f} MiB ({live:,} live records)")


if __name__ == "__main__":
    main()
