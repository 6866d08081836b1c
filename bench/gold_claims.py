"""Feed the dev set's GOLD attacks to the alert stage as claims, and write a run file for score.py.

This isolates what the alert stage decides (events and alerts) from extraction and linking: each gold
attack on a base becomes one `ClaimExtracted` (base linked to the gazetteer by the scorer's own name
matching; the gold day when the article states it, else the publication day marked `publication`, as
extraction would date it; `new_report: false` marks it background), fed in the order `run --offline` feeds articles, through
the same `Pipeline.fold_claim` that `run --offline` uses.

    python bench/gold_claims.py [--devset ../shared/devset] --out /tmp/gold-run.jsonl
    python3 ../shared/devset/score.py --run /tmp/gold-run.jsonl ... (the command it prints)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import uuid
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from basewatch.schemas import ClaimExtracted
from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.dates import estimate_reference
from basewatch.services.enrich.domain.text import fold
from basewatch.services.ingest.domain.intake import RawArticle, intake
from basewatch.tools.pipeline import Pipeline, order_keys

NS = uuid.UUID("6f1c3a52-0d8e-4b7a-9c21-3e5f7a9b1d04")
WEAPONS = {"drone": "drone", "rocket": "rocket", "missile": "missile", "ballistic missile": "ballistic_missile", "mortar": "mortar"}


def _scorer(devset: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("devset_score", devset / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _day(v: str | None) -> date | None:
    try:
        return date.fromisoformat(v) if v else None
    except ValueError:
        return None  # "2023-10": a month only


def gold_claims(devset: Path, days: str = "stated") -> tuple[list[dict[str, Any]], list[ClaimExtracted]]:
    """(article.received stand-ins for the scorer, claims in the order `run --offline` feeds articles).

    days="stated": a claim has the day its article states, else its publication day (basis publication),
    else none. days="event": where the article states no day, the true day of the gold event instead,
    marked `inferred` (a guess the stage may move): what a perfect date resolver would give.
    """
    score = _scorer(devset)
    true_day = {e["event"]: _day(e.get("date")) for e in score.read_jsonl(devset / "events.jsonl")}
    articles = {a["id"]: a for a in score.read_jsonl(devset / "articles.jsonl")}
    gaz = resources.gazetteer()
    sysbases = [{"id": b.id, "name": b.name, "aliases": list(b.aliases), "lat": b.lat, "lon": b.lon} for b in gaz.bases]
    to_gold = score.map_bases(sysbases, score.read_jsonl(devset / "bases.jsonl"))
    to_sys: dict[str, str] = {}
    for sys_id, gold_name in sorted(to_gold.items()):
        to_sys.setdefault(gold_name, sys_id)
    received, claims = [], []
    # fed in the order `run --offline` uses (an undated article keeps its place in the input)
    feed = {a["id"]: intake(RawArticle.model_validate(a)) for a in articles.values()}
    position = {str(uuid.uuid5(NS, hid)): key for hid, key in zip(feed, order_keys(list(feed.values())), strict=True)}
    for row in score.read_jsonl(devset / "gold.jsonl"):
        art = articles[row["id"]]
        article_id = str(uuid.uuid5(NS, row["id"]))
        published = _day(art.get("published_at"))
        # an article without a full publication date: the day its text fixes, if any (no guess beyond that)
        received_art = intake(RawArticle.model_validate(art))
        reference = published or estimate_reference(fold(received_art.text), resources.calendar(), month=received_art.published_month)
        received.append({"type": "article.received", "article_id": article_id, "url": art.get("url"), "published_at": published})
        for i, at in enumerate(row["attacks"]):
            if not at.get("base"):
                continue
            day = _day(at.get("date"))
            guess = true_day.get(at.get("event") or "") if days == "event" and day is None else None
            claims.append(ClaimExtracted(
                claim_id=str(uuid.uuid5(NS, f"{row['id']}|{i}")), article_id=article_id, source=art.get("source"), url=art.get("url"),
                published_at=published, base_id=to_sys.get(at["base"]), base_name=at["base"], place_text=at["base"],
                country=at.get("country"), attack_date=day or guess or reference,
                date_basis="explicit" if day else "inferred" if guess else "publication" if reference else None,
                actor=at.get("actor"), weapon=WEAPONS.get(at.get("weapon") or "", "unknown"), killed=at.get("killed"), wounded=at.get("wounded"),
                casualty_side=at.get("casualty_side"), background=not at.get("new_report", True), evidence=f"gold attack {i} of {row['id']}",
            ))  # fmt: skip
    claims.sort(key=lambda c: position[c.article_id])
    return received, claims


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--devset", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "devset")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--days", choices=["stated", "event"], default="stated", help="see gold_claims()")
    args = ap.parse_args()
    received, claims = gold_claims(args.devset, args.days)
    pipe = Pipeline()
    with args.out.open("w") as out:
        for r in received:
            out.write(json.dumps(r, default=str) + "\n")
        for c in claims:
            out.write(c.model_dump_json() + "\n")
            for m in pipe.fold_claim(c):
                out.write(m.model_dump_json() + "\n")
    print(f"{len(claims)} gold claims -> {args.out}")


if __name__ == "__main__":
    main()
