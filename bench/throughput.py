"""Speed and memory of the offline core (intake -> extract -> link -> dedup -> alerts), one core.

Prints figures; asserts nothing (targets live here, not in timed tests). Synthetic articles of about
2 KB are generated on the fly in our own words: a claim sentence on a random base and day, among
neutral context paragraphs. Compared against a baseline measured in the same run on the same
articles (JSON decode + Unicode normalisation only), so a busy machine shows up in both numbers.

A second run uses articles made of real sentences: the sentences of the dev set
(`../shared/devset/articles.jsonl`, third-party text read at run time, never stored here) shuffled into
new articles of about 2,000 characters, each keeping its source's declared language. Both runs also time each
stage alone: intake (parse, normalise, id, duplicates), enrich (extract + link, the part that reads text) and
alert (claims folded into events and alerts), and print each stage's share of their sum.

    python bench/throughput.py [--articles 5000] [--rounds 3] [--memory 100000] [--real PATH] [--dump DIR] [--phases]

`--dump DIR` writes the articles of both runs as JSON Lines (`DIR/synthetic.jsonl`, `DIR/real.jsonl`), so the
same inputs can be fed to `basewatch run --offline` (whole-process timings, output diffs before and after a change).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import random
import time
import tracemalloc
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from basewatch.services.enrich.domain.text import fold, sentences
from basewatch.services.ingest.domain.intake import RawArticle, intake
from basewatch.tools.pipeline import Pipeline

DEVSET = Path(__file__).resolve().parents[1] / ".." / "shared" / "devset" / "articles.jsonl"

BASES = ["al-Tanf", "Ain al-Asad", "Harir", "al-Shaddadi", "Kharab al-Jir", "Tower 22", "the al-Omar oil field", "Erbil Air Base", "Conoco"]
WEAPONS = ["drones", "rockets", "a one-way attack drone", "ballistic missiles", "mortar rounds"]
CONTEXT = [
    "Officials in {city} said they were investigating and would hold those responsible to account within {n} days.",
    "The group has described its campaign as a response to the war in Gaza and the presence of {n} foreign advisers near {city}.",
    "Analysts in {city} said the pace of attacks had changed little despite {n} warnings from Washington.",
    "The Pentagon did not immediately respond to a request for comment on the report from {city}, the {n}th such request.",
    "Regional governments meeting in {city} have urged restraint and called for {n} rounds of talks to prevent a wider conflict.",
    "Coalition troops near {city} train local forces and support operations against remnants of the Islamic State, with {n} trainers.",
    "Residents near {city} reported hearing {n} loud explosions late in the evening.",
    "A spokesperson for the armed faction in {city} repeated the group's demand that US forces leave the country within {n} months.",
    "Traffic on the road to {city} was halted for {n} hours while engineers inspected a damaged bridge.",
    "Markets in {city} stayed open and {n} shops reported normal trade despite the tension.",
    "Local councils in {city} said {n} families had asked for help after a week of storms.",
    "The governor of {city} said {n} new schools would open in the spring.",
]
CITIES = ["Baghdad", "Basra", "Mosul", "Kirkuk", "Amman", "Damascus", "Deir ez-Zor", "Hasakah", "Raqqa", "Najaf", "Karbala", "Ramadi", "Zarqa", "Irbid"]


def _paragraph(rng: random.Random, k: int) -> str:
    return " ".join(t.format(city=rng.choice(CITIES), n=rng.randrange(2, 500)) for t in rng.sample(CONTEXT, k))


def articles(n: int, seed: int = 7, days: int = 400) -> Iterator[str]:
    """Distinct articles (no two are near-duplicates, so every one goes through extraction), in publication
    order over `days` days, as a feed delivers them."""
    rng = random.Random(seed)
    start = date(2023, 10, 17)
    for i in range(n):
        pub = start + timedelta(days=i * days // n)
        base, weapon = rng.choice(BASES), rng.choice(WEAPONS)
        killed = rng.choice(["", "", "", f" Two soldiers were killed and {rng.randrange(2, 30)} wounded."])
        lead = f"Militants launched {weapon} at {base} on {['Monday', 'Tuesday', 'Sunday', 'Friday'][i % 4]}, report {i} said.{killed}"
        body = "\n\n".join(_paragraph(rng, k) for k in (5, 6, 6))
        yield json.dumps({"id": f"bench-{i}", "source": f"Outlet {i % 40}", "published_at": pub.isoformat(), "text": lead + "\n\n" + body})


def real_articles(path: Path, n: int, seed: int = 5, size: int = 2000) -> list[str]:
    """Articles of about `size` characters made of the real sentences of `path`, shuffled, one language each."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        pools.setdefault(a.get("language") or "en", []).extend(a["text"][s:e] for s, e in sentences(a["text"]))
    langs = sorted(pools)
    out = []
    start = date(2023, 10, 17)
    for i in range(n):
        lang = langs[i % len(langs)]
        body: list[str] = []
        while sum(len(x) for x in body) < size:
            body.append(rng.choice(pools[lang]))
        pub = start + timedelta(days=i * 400 // n)
        out.append(json.dumps({"id": f"real-{i}", "source": f"Outlet {i % 40}", "published_at": pub.isoformat(), "language": lang, "text": " ".join(body)}))
    return out


def enrich_only(lines: list[str]) -> float:
    """Extract + link alone, on articles already received."""
    received = [intake(RawArticle.model_validate_json(line)) for line in lines]
    lex, cal, gaz = resources.lexicon(), resources.calendar(), resources.gazetteer()
    t0 = time.perf_counter()
    for article in received:
        enrich(article, lex, cal, gaz)
    return time.perf_counter() - t0


def core(lines: list[str]) -> float:
    pipe = Pipeline()
    t0 = time.perf_counter()
    for line in lines:
        article = pipe.receive(RawArticle.model_validate_json(line))
        for _ in pipe.process(article, pipe.claims(article)):
            pass
    return time.perf_counter() - t0


def stages(lines: list[str]) -> tuple[float, float]:
    """The intake stage alone (parse, normalise, id, sketch, duplicate check) and the alert stage alone (claims
    folded into events and alerts), on the same articles, so the core's time can be told apart by stage."""
    pipe = Pipeline()
    t0 = time.perf_counter()
    received = [pipe.receive(RawArticle.model_validate_json(line)) for line in lines]
    intake_s = time.perf_counter() - t0
    claims = [pipe.claims(article) for article in received]  # the enrich stage, timed on its own elsewhere
    t1 = time.perf_counter()
    for article, found in zip(received, claims, strict=True):
        for _ in pipe.process(article, found):
            pass
    return intake_s, time.perf_counter() - t1


def phases(lines: list[str]) -> Counter[str]:
    """CPU seconds of each step of the core over the articles (the second of two passes: caches warm): the
    intake, each pass of the extractor's document (doc.PASSES), the claim rules, linking, the alert stage. Give it
    more articles than the per-article caches hold (256 texts), or the second pass finds its scans cached."""
    doc_mod, extract_mod, link_mod = (importlib.import_module(f"basewatch.services.enrich.domain.{m}") for m in ("doc", "extract", "link"))
    res = doc_mod.Resources(resources.lexicon(), resources.calendar(), resources.gazetteer())
    clock = time.process_time
    spent: Counter[str] = Counter()
    for _ in range(2):
        spent.clear()
        pipe = Pipeline()
        for line in lines:
            t = clock()
            article = pipe.receive(RawArticle.model_validate_json(line))
            spent["intake (decode, normalise, id, near-duplicates)"] += clock() - t
            if article.resubmitted:
                continue
            t = clock()
            doc = doc_mod.Doc(article, article.text, fold(article.text))
            spent["enrich: fold"] += clock() - t
            for step in doc_mod.PASSES:
                t = clock()
                doc = step(doc, res)
                spent[f"enrich: pass {step.__name__}"] += clock() - t
                if step is doc_mod.find_words and doc.quiet:
                    break
            claims = []
            if not doc.quiet:
                t = clock()
                drafts = extract_mod.drafts_of(doc, res.calendar, res.gazetteer)
                spent["enrich: claim rules (extract._drafts)"] += clock() - t
                t = clock()
                claims = extract_mod.claim_messages(doc, drafts)
                spent["enrich: claim messages"] += clock() - t
                t = clock()
                claims = link_mod.consolidate([link_mod.link(c, res.gazetteer) for c in claims])
                spent["enrich: link"] += clock() - t
            t = clock()
            for claim in claims:
                for _ in pipe.fold_claim(claim):
                    pass
            spent["alert stage"] += clock() - t
    return spent


def baseline(lines: list[str]) -> float:
    t0 = time.perf_counter()
    for line in lines:
        unicodedata.normalize("NFC", json.loads(line)["text"]).split()
    return time.perf_counter() - t0


def memory(n: int) -> list[tuple[int, float]]:
    """Traced Python heap after each fifth of n articles through one pipeline."""
    marks = {n * k // 5 for k in range(1, 6)}
    pipe = Pipeline()
    out = []
    tracemalloc.start()
    for i, line in enumerate(articles(n, seed=11), 1):
        article = pipe.receive(RawArticle.model_validate_json(line))
        for _ in pipe.process(article, pipe.claims(article)):
            pass
        if i in marks:
            gc.collect()
            out.append((i, tracemalloc.get_traced_memory()[0] / 2**20))
    tracemalloc.stop()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000, help="articles for the speed run")
    ap.add_argument("--rounds", type=int, default=3, help="speed rounds; the best is reported")
    ap.add_argument("--memory", type=int, default=100_000, help="articles for the memory run (0 to skip)")
    ap.add_argument("--real", type=Path, default=DEVSET, help="JSON Lines articles whose sentences make the real-sentence run")
    ap.add_argument("--dump", type=Path, help="write the runs' articles to DIR/synthetic.jsonl and DIR/real.jsonl")
    ap.add_argument("--phases", action="store_true", help="also print the CPU time of each step of the core (where the time goes)")
    args = ap.parse_args()
    runs = [("synthetic", list(articles(args.articles)))]
    if args.real.exists():
        runs.append(("real sentences", real_articles(args.real, args.articles)))
    else:
        print(f"(no real-sentence run: {args.real} is absent)")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for (name, lines), file in zip(runs, ("synthetic.jsonl", "real.jsonl"), strict=False):
            (args.dump / file).write_text("".join(x + "\n" for x in lines), encoding="utf-8")
            print(f"{name}: {len(lines)} articles written to {args.dump / file}")
    for name, lines in runs:
        size = sum(len(json.loads(x)["text"]) for x in lines) / len(lines)  # characters (a JSON line escapes non-ASCII)
        core(lines[:200])  # warm caches (compiled patterns, data files)
        # Rounds alternate baseline and core; the best of each is kept (a shared machine only ever slows a run down).
        rounds = [(baseline(lines), core(lines), enrich_only(lines), *stages(lines)) for _ in range(args.rounds)]
        base_s, core_s, enrich_s, intake_s, alert_s = (min(r[i] for r in rounds) for i in range(5))
        print(f"{name}: {len(lines)} articles, mean text {size:,.0f} characters, best of {args.rounds} rounds")
        print(f"  baseline (json + NFC + split): {len(lines) / base_s:,.0f} articles/s")
        print(f"  intake stage alone:            {len(lines) / intake_s:,.0f} articles/s  ({intake_s / base_s:.1f}x baseline time)")
        print(f"  enrich stage (extract + link): {len(lines) / enrich_s:,.0f} articles/s  ({enrich_s / base_s:.1f}x baseline time)")
        print(f"  alert stage alone:             {len(lines) / alert_s:,.0f} articles/s  ({alert_s / base_s:.1f}x baseline time)")
        print(f"  offline core:                  {len(lines) / core_s:,.0f} articles/s  ({core_s / base_s:.1f}x baseline time)")
        staged = intake_s + enrich_s + alert_s
        print(f"  time by stage: intake {intake_s / staged:.0%}, enrich {enrich_s / staged:.0%}, alert {alert_s / staged:.0%}")
        print(f"  target >= 1,000 articles/s on one core: {'met' if len(lines) / core_s >= 1000 else 'NOT met'}")
        if args.phases:
            spent = phases(lines)
            total = sum(spent.values())
            print(f"  where the time goes (CPU, second pass; {len(lines) / total:,.0f} articles/s):")
            for step, seconds in spent.most_common():
                print(f"    {seconds / total:6.1%}  {seconds / len(lines) * 1e6:7,.0f} us/article  {step}")
    if args.memory:
        figures = memory(args.memory)
        for n, mib in figures:
            print(f"heap after {n:>7,} articles: {mib:6.1f} MiB")
        later = [mib for _, mib in figures[1:]]
        print(f"from {figures[1][0]:,} to {figures[-1][0]:,} articles the heap stays within {min(later):.1f}-{max(later):.1f} MiB")


if __name__ == "__main__":
    main()
