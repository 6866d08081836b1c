"""What a partitioned stream may change: the alert stage over claims in the orders partitioned topics allow.

Extracts the claims of the given articles once (in publication order, as `run --offline`), then, for each of
`--orders` seeded random arrival orders, plays what the partitioned stream does: articles spread over
`--partitions` partitions by article id and interleaved at random (each partition's own order kept), every
claim routed by its `claims` key (`kafka_io.claim_key`) and decided by that partition's own store. It counts
the orders whose results differ from the offline run's: every message id with its version or revision; the
live events with their claims; the alert ids; what each fatality alert says last. With `--in-order` the
articles keep publication order (one `articles` partition, several `claims` partitions): that isolates what
keying claims by country changes. Asserts nothing; prints counts.

    python bench/partition_orders.py tests/data/articles.jsonl ../shared/seeds [--orders 30] [--partitions 4] [--in-order]
"""

from __future__ import annotations

import argparse
import random
import zlib
from collections import Counter
from typing import Any

from basewatch.platform.kafka_io import claim_key
from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from basewatch.services.enrich import resources
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.inputs import read
from basewatch.tools.pipeline import Pipeline, publication_order


def decide(partitions: list[list[ClaimExtracted]]) -> dict[tuple[str, str], list[Any]]:
    """Every message per (kind, id), each partition's claims through a store of its own."""
    out: dict[tuple[str, str], list[Any]] = {}
    for claims in partitions:
        store = KeyValueEventStore()
        for c in claims:
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
        "alert ids": {k[1] for k in last if k[0] == "alert"},
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--orders", type=int, default=30)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--in-order", action="store_true", help="articles in publication order (one articles partition)")
    args = ap.parse_args()
    gaz = resources.gazetteer()

    def key(c: ClaimExtracted) -> str:
        base = gaz.by_id.get(c.base_id) if c.base_id else None
        return claim_key(base.country if base else None, c.country)

    pipe = Pipeline()
    articles = []
    for raw in publication_order(r for r in read(args.paths) if isinstance(r, RawArticle)):
        article = pipe.receive(raw)
        articles.append((article.article_id, pipe.claims(article)))
    reference = summary(decide([[c for _, cs in articles for c in cs]]))
    n = args.partitions
    differ: Counter[str] = Counter()
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
        got = summary(decide(routed))
        differ.update(name for name in reference if got[name] != reference[name])
    runs = 1 if args.in_order else args.orders
    claims = [c for _, cs in articles for c in cs]
    print(f"{len(articles)} articles, {len(claims)} claims ({sum(c.base_id is None for c in claims)} unlinked, "
          f"{sum(c.base_id is None and c.country is None for c in claims)} of them naming no country); "
          f"{n} partitions, {'publication order' if args.in_order else f'{runs} random arrival orders'}")  # fmt: skip
    for name in reference:
        print(f"  {name}: differ from offline in {differ[name]} of {runs}")


if __name__ == "__main__":
    main()
