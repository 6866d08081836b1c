"""What a partitioned stream may change: the alert stage over claims in the orders partitioned topics allow.

Extracts the claims of the given articles once (in publication order, as `run --offline`), then, for each of
`--orders` seeded random arrival orders, plays what the partitioned stream does: articles spread over
`--partitions` partitions by article id and interleaved at random (each partition's own order kept), every
claim routed by its `claims` key (`kafka_io.claim_key`) and decided by that partition's own store. It counts
the orders whose results differ from the offline run's: every message id with its version or revision; the
live events with their claims; the alert ids; what each fatality alert says last. With `--in-order` the
articles keep publication order (one `articles` partition, several `claims` partitions): that isolates what
keying claims by country changes. With `--shuffle` every claim arrives in a seeded random order at one store
(no partitions): what arrival order alone changes. `--explain` prints, per cause, in how many orders it made
a difference (see `causes`). Asserts nothing; prints counts.

    python bench/partition_orders.py tests/data/articles.jsonl ../shared/seeds [--orders 30] [--partitions 4]
        [--in-order | --shuffle] [--explain] [--no-horizon]
"""

from __future__ import annotations

import argparse
import random
import zlib
from collections import Counter
from typing import Any

from basewatch.platform.kafka_io import claim_key
from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted
from basewatch.services.alert.domain import machine
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from basewatch.services.enrich import resources
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.inputs import read
from basewatch.tools.pipeline import Pipeline, publication_order


def decide(partitions: list[list[ClaimExtracted]], late: set[str] | None = None) -> dict[tuple[str, str], list[Any]]:
    """Every message per (kind, id), each partition's claims through a store of its own. `late` collects
    the claims that arrived past the retention horizon of their store (their events were already forgotten)."""
    out: dict[tuple[str, str], list[Any]] = {}
    for claims in partitions:
        store = KeyValueEventStore()
        for c in claims:
            newest, seen = store.newest(), max((d for d in (c.published_at, c.attack_date) if d), default=None)
            if late is not None and newest and seen and (newest - seen).days > machine.HORIZON_DAYS:
                late.add(c.claim_id)
            decision = handle(store, c)
            store.write(decision.changes)
            for m in decision.messages:
                key = ("alert", m.alert_id) if isinstance(m, AlertRaised | AlertRevised) else ("event", m.event_id)
                out.setdefault(key, []).append(m)
    return out


def summary(out: dict[tuple[str, str], list[Any]]) -> dict[str, Any]:
    last = {k: max(ms, key=lambda m: getattr(m, "revision", getattr(m, "version", 0))) for k, ms in out.items()}
    return {
        "message ids with versions and revisions": {(m.type, k[1], getattr(m, "revision", getattr(m, "version", 0))) for k, ms in out.items() for m in ms},
        "live events with their claims": {(k[1], m.claim_ids) for k, m in last.items() if k[0] == "event" and m.merged_into is None},
        "alert ids (every id published)": {k[1] for k in last if k[0] == "alert"},
        # an alert whose last revision says another covers its attack (`superseded_by`) has ended
        "live alert ids": {k[1] for k, m in last.items() if k[0] == "alert" and getattr(m, "superseded_by", None) is None},
        "final fatality alerts": {
            (k[1], m.event_id, m.attack_date, m.killed_min, m.killed, m.status) for k, m in last.items() if k[0] == "alert" and m.kind == "fatality"
        },
        # what an analyst reads, ids aside: which the stream cannot always share, since an alert keeps the id it was
        # raised under when a better-dated report later moves its attack (a revision, never a second alert)
        "final fatality alerts, ids aside": sorted(
            (str(m.base_id), str(m.attack_date), m.killed_min, m.killed, m.status) for k, m in last.items() if k[0] == "alert" and m.kind == "fatality"
        ),
        "fatality alerts per base": sorted(Counter(str(m.base_id) for k, m in last.items() if k[0] == "alert" and m.kind == "fatality").items()),
    }


def _kind(c: ClaimExtracted, late: set[str]) -> str:
    """What sort of claim moved between events: the feature of it that the alert stage decides by."""
    if c.claim_id in late:
        return "arrived past the horizon"
    if c.base_id is None:
        return "unlinked"
    if c.attack_date is None:
        return "month only" if c.date_month else "weekday only" if c.date_weekday is not None else "no day"
    return "publication day" if c.date_basis == "publication" else "dated"


def causes(ref: dict[tuple[str, str], list[Any]], got: dict[tuple[str, str], list[Any]], claims: dict[str, ClaimExtracted], late: set[str]) -> set[str]:
    """Why one order's live events and alerts differ from the reference: for events grouped alike, an id that
    differs; for events grouped differently, the sort of claims that moved (`_kind`); for alerts, whether the
    attack is alerted under another id (the same base and final day) or differently."""

    def live(out: dict[tuple[str, str], list[Any]]) -> dict[frozenset[str], str]:
        last = {k: max(ms, key=lambda m: m.version) for k, ms in out.items() if k[0] == "event"}
        return {frozenset(m.claim_ids): k[1] for k, m in last.items() if m.merged_into is None}

    def fatal(out: dict[tuple[str, str], list[Any]]) -> dict[str, tuple[Any, ...]]:
        last = {k: max(ms, key=lambda m: m.revision) for k, ms in out.items() if k[0] == "alert"}
        return {k[1]: (m.base_id, m.attack_date) for k, m in last.items() if m.kind == "fatality" and getattr(m, "superseded_by", None) is None}

    found: set[str] = set()
    a, b = live(ref), live(got)
    found |= {"events: same claims, another id" for s in a.keys() & b.keys() if a[s] != b[s]}
    group = {cid: s for s in b for cid in s}
    for s in a.keys() - b.keys():
        # the claims that moved: those of the reference event outside the event now holding most of it, and
        # the claims that event holds from elsewhere
        main = max((group[c] for c in s if c in group), key=lambda t: (len(t & s), sorted(t)), default=frozenset())
        moved = (s - main) | (main - s)
        found |= {f"events: grouped otherwise ({_kind(claims[c], late)})" for c in moved if c in claims}
    fa, fb = fatal(ref), fatal(got)
    if fa.keys() != fb.keys():
        same = sorted(fa.values(), key=str) == sorted(fb.values(), key=str)
        found.add("alert ids: one attack, another id" if same else "alert ids: other attacks alerted")
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--orders", type=int, default=30)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--in-order", action="store_true", help="articles in publication order (one articles partition)")
    ap.add_argument("--shuffle", action="store_true", help="every claim in a random order at one store (no partitions)")
    ap.add_argument("--explain", action="store_true", help="print the causes of the differences")
    ap.add_argument("--no-horizon", action="store_true", help="retention off (in this process): what arrival order changes besides it")
    args = ap.parse_args()
    if args.no_horizon:
        machine.HORIZON_DAYS = 100 * 365
    gaz = resources.gazetteer()

    def key(c: ClaimExtracted) -> str:
        base = gaz.by_id.get(c.base_id) if c.base_id else None
        return claim_key(base.country if base else None, c.country)

    pipe = Pipeline()
    articles = []
    for raw in publication_order(r for r in read(args.paths) if isinstance(r, RawArticle)):
        article = pipe.receive(raw)
        articles.append((article.article_id, pipe.claims(article)))
    ref_out = decide([[c for _, cs in articles for c in cs]])
    reference = summary(ref_out)
    by_id = {c.claim_id: c for _, cs in articles for c in cs}
    n = 1 if args.shuffle else args.partitions
    differ: Counter[str] = Counter()
    why: Counter[str] = Counter()
    for seed in range(1 if args.in_order else args.orders):
        rnd = random.Random(seed)
        queues: list[list[list[ClaimExtracted]]] = [[] for _ in range(n)]
        for aid, claims in articles:
            queues[zlib.crc32(aid.encode()) % n].append(claims)
        arrival: list[list[ClaimExtracted]] = [cs for _, cs in articles]
        if not args.in_order:
            arrival = []
            while any(queues):
                arrival.append(rnd.choice([q for q in queues if q]).pop(0))
        routed: list[list[ClaimExtracted]] = [[] for _ in range(n)]
        for claims in arrival:
            for c in claims:
                routed[zlib.crc32(key(c).encode()) % n].append(c)
        if args.shuffle:
            routed = [[c for _, cs in articles for c in cs]]
            rnd.shuffle(routed[0])
        late: set[str] = set()
        out = decide(routed, late)
        got = summary(out)
        differ.update(name for name in reference if got[name] != reference[name])
        why.update(causes(ref_out, out, by_id, late))
    runs = 1 if args.in_order else args.orders
    claims = [c for _, cs in articles for c in cs]
    print(f"{len(articles)} articles, {len(claims)} claims ({sum(c.base_id is None for c in claims)} unlinked, "
          f"{sum(c.base_id is None and c.country is None for c in claims)} of them naming no country); "
          f"{n} partitions, {'publication order' if args.in_order else f'{runs} random arrival orders'}"
          f"{' of every claim' if args.shuffle else ''}")  # fmt: skip
    for name in reference:
        print(f"  {name}: differ from offline in {differ[name]} of {runs}")
    if args.explain:
        print("causes (orders in which each made a difference; one order may have several):")
        for name, count in sorted(why.items()):
            print(f"  {name}: {count} of {runs}")


if __name__ == "__main__":
    main()
