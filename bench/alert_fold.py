"""The alert stage alone on bench/throughput.py's real-sentence articles: CPU time, for A/B runs of two checkouts.

The workload is the "alert stage alone" of `bench/throughput.py` (articles of the dev set's real sentences,
their claims extracted once, then `Pipeline.process` folding them into events and alerts), timed by
process CPU time (a busy machine slows wall time far more), best of `--rounds`. It prints a digest of every
message, so two checkouts can be compared for speed and for identical output. Run it from each checkout in
turn, several times (the machine's load moves between runs):

    python bench/alert_fold.py [--articles 1000] [--rounds 3]
    (cd ../main-checkout && python /path/to/bench/alert_fold.py)
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import DEVSET, real_articles  # a script beside this one


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--real", type=Path, default=DEVSET)
    args = ap.parse_args()
    pipe = Pipeline()
    received = [pipe.receive(RawArticle.model_validate_json(line)) for line in real_articles(args.real, args.articles)]
    work = [(article, pipe.claims(article)) for article in received]
    claims = sum(len(found) for _, found in work)

    def fold() -> list[object]:
        fresh = Pipeline()
        return [m for article, found in work for m in fresh.process(article, found)]

    best = float("inf")
    for _ in range(args.rounds):
        t = time.process_time()
        fold()
        best = min(best, time.process_time() - t)
    digest = hashlib.sha256("\n".join(m.model_dump_json() for m in fold()).encode()).hexdigest()[:16]  # type: ignore[attr-defined]
    print(f"{len(work)} articles, {claims} claims: {len(work) / best:,.0f} articles/s, {claims / best:,.0f} claims/s (CPU); messages {digest}")


if __name__ == "__main__":
    main()
