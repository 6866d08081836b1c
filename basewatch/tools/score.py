"""Scoring `run --offline` output against a gold file (`tests/data/gold.jsonl` is a sample).

Gold: JSON Lines, one line per article: `file` (the article's `id`, or a .txt article's file name) and
`attacks`, each with `base` (a gazetteer name or alias, or null), `date`, `killed` and `new_report`
(false: the article only recalls the attack). A `file` that names no scored article is an error, not a
recall of 0. Metrics:
- claim->base: precision/recall/F1 of (article, base) pairs (a multiset: two attacks on one base in
  one article count twice). `strict` uses the claim's own base_id; `resolved` also credits an
  unlinked claim with the base of the event it was folded into.
- attack date: of the matched pairs, the share with the gold date.
- events: B-cubed precision/recall/F1 over matched gold attacks, gold clusters being (base, date).
- alerts: fatality alerts by (base, date) and new_target alerts by base, against what gold implies
  (an attack with killed > 0; every base attacked in a new report); duplicates of a new_target.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import orjson

from basewatch.services.enrich.domain.gazetteer import Gazetteer
from basewatch.services.enrich.domain.text import fold


class GoldError(ValueError):
    """The gold file cannot be scored against these articles; the message says what to fix."""


def load_gold(data: bytes, name: str) -> list[dict[str, Any]]:
    """The gold rows of a JSON Lines gold file, each checked for `file` and an `attacks` list."""
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise GoldError(f"{name}:{n}: invalid JSON ({exc}); the gold file is JSON Lines, one article per line") from None
        if not isinstance(row, dict) or not isinstance(row.get("file"), str) or not isinstance(row.get("attacks"), list):
            raise GoldError(f'{name}:{n}: a gold line needs "file" (the article\'s id or file name) and "attacks" (a list)')
        rows.append(row)
    if not rows:
        raise GoldError(f"{name} holds no gold line")
    return rows


def unknown_gold_files(messages: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str]:
    """Gold `file` keys that match no article of the run (a wrong key would silently score recall 0)."""
    known = {_origin_key(m.get("origin_id")) for m in messages if m["type"] == "article.received"}
    return sorted({g["file"] for g in gold if _origin_key(g["file"]) not in known})


@dataclass
class Prf:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    claim_base_strict: Prf = field(default_factory=Prf)
    claim_base_resolved: Prf = field(default_factory=Prf)
    dates_right: int = 0
    dates_total: int = 0
    b3_precision: float = 0.0
    b3_recall: float = 0.0
    fatality: Prf = field(default_factory=Prf)
    new_target: Prf = field(default_factory=Prf)
    new_target_duplicates: int = 0
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        b3f = 2 * self.b3_precision * self.b3_recall / (self.b3_precision + self.b3_recall) if self.b3_precision + self.b3_recall else 0.0
        return {
            "claim_base_strict": self.claim_base_strict.row(),
            "claim_base_resolved": self.claim_base_resolved.row(),
            "attack_date_accuracy": round(self.dates_right / self.dates_total, 3) if self.dates_total else None,
            "attack_dates_scored": self.dates_total,
            "event_b3": {"precision": round(self.b3_precision, 3), "recall": round(self.b3_recall, 3), "f1": round(b3f, 3)},
            "alerts_fatality": self.fatality.row(),
            "alerts_new_target": self.new_target.row(),
            "new_target_duplicates": self.new_target_duplicates,
            "notes": self.notes,
        }


def base_id_of(name: str | None, gaz: Gazetteer) -> str | None:
    if not name:
        return None
    folded = fold(name)
    hit = next(iter(gaz.find_bases(folded)), None)
    if hit:
        return hit[0]
    return next((b.id for b in gaz.bases if fold(b.name) == folded), None)


def _origin_key(name: str | None) -> str | None:
    return name.rsplit("/", 1)[-1] if name else None


def score(messages: list[dict[str, Any]], gold: list[dict[str, Any]], gaz: Gazetteer) -> Report:
    unknown = unknown_gold_files(messages, gold)
    if unknown:
        shown = ", ".join(unknown[:8]) + (f" and {len(unknown) - 8} more" if len(unknown) > 8 else "")
        raise GoldError(
            f"the gold file names {len(unknown)} article(s) not among the inputs: {shown}; "
            "gold `file` must be an article's id (JSON inputs) or file name (.txt inputs)"
        )
    rep = Report()
    article_origin = {m["article_id"]: _origin_key(m.get("origin_id")) for m in messages if m["type"] == "article.received"}
    claims = [m for m in messages if m["type"] == "claim.extracted"]
    event_of: dict[str, dict[str, Any]] = {}
    for m in messages:
        if m["type"] in ("event.opened", "event.updated"):
            for cid in m["claim_ids"]:
                event_of[cid] = m
    gold_by_file = {_origin_key(g["file"]): g for g in gold}
    # (file, base) -> gold attacks and predicted claims
    gold_items: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    # attacks the article only recalls (`new_report: false`): a claim of one is neither rewarded nor punished, as the
    # evaluation's official scorer does (`shared/devset/README.md`)
    recalled: Counter[tuple[str, str]] = Counter()
    for row in gold:
        for a in row["attacks"]:
            bid = base_id_of(a.get("base"), gaz)
            if a.get("base") and bid is None:
                rep.notes.append(f"gold base {a['base']!r} is not in the gazetteer")
            if bid and a.get("new_report", True):
                gold_items[(str(_origin_key(row["file"])), bid)].append(a)
            elif bid:
                recalled[(str(_origin_key(row["file"])), bid)] += 1
    pred_strict: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    pred_resolved: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        f = article_origin.get(c["article_id"])
        if f is None or f not in gold_by_file:
            continue
        if c["base_id"]:
            pred_strict[(f, c["base_id"])].append(c)
        bid = c["base_id"] or (event_of.get(c["claim_id"]) or {}).get("base_id")
        if bid:
            pred_resolved[(f, bid)].append(c)
    for prf, pred in ((rep.claim_base_strict, pred_strict), (rep.claim_base_resolved, pred_resolved)):
        for key in set(gold_items) | set(pred):
            n_gold, n_pred = len(gold_items.get(key, [])), len(pred.get(key, []))
            prf.tp += min(n_gold, n_pred)
            prf.fp += max(0, n_pred - n_gold - recalled[key])
            prf.fn += max(0, n_gold - n_pred)
    # dates and clusters over matched pairs (resolved)
    item_gold_cluster: list[tuple[str, str]] = []
    item_pred_cluster: list[str] = []
    for key, attacks in gold_items.items():
        preds = list(pred_resolved.get(key, []))
        for a in attacks:
            match = next((c for c in preds if c["attack_date"] == a.get("date")), preds[0] if preds else None)
            if a.get("date"):
                rep.dates_total += 1
                rep.dates_right += bool(match and match["attack_date"] == a["date"])
            item_gold_cluster.append((key[1], str(a.get("date"))))
            if match is None:
                item_pred_cluster.append(f"missing-{len(item_pred_cluster)}")
                continue
            preds.remove(match)
            ev = event_of.get(match["claim_id"])
            item_pred_cluster.append(ev["event_id"] if ev else f"lone-{match['claim_id']}")
    rep.b3_precision, rep.b3_recall = _b_cubed(item_gold_cluster, item_pred_cluster)
    _score_alerts(rep, messages, gold, gaz)
    return rep


def _b_cubed(gold: list[Any], pred: list[Any]) -> tuple[float, float]:
    if not gold:
        return 1.0, 1.0
    p_sum = r_sum = 0.0
    for i in range(len(gold)):
        same_pred = [j for j in range(len(gold)) if pred[j] == pred[i]]
        same_gold = [j for j in range(len(gold)) if gold[j] == gold[i]]
        both = sum(1 for j in same_pred if gold[j] == gold[i])
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    return p_sum / len(gold), r_sum / len(gold)


def _score_alerts(rep: Report, messages: list[dict[str, Any]], gold: list[dict[str, Any]], gaz: Gazetteer) -> None:
    want_fatal: set[tuple[str, str]] = set()
    want_new: set[str] = set()
    for g in gold:
        for a in g["attacks"]:
            bid = base_id_of(a.get("base"), gaz)
            if bid and a.get("new_report", True):
                want_new.add(bid)
                if (a.get("killed") or 0) > 0:
                    want_fatal.add((bid, str(a.get("date"))))
    raised = [m for m in messages if m["type"] == "alert.raised"]
    got_fatal = {(m["base_id"], str(m["attack_date"])) for m in raised if m["kind"] == "fatality"}
    new_counts = Counter(m["base_id"] for m in raised if m["kind"] == "new_target")
    rep.new_target_duplicates = sum(n - 1 for n in new_counts.values() if n > 1)
    for prf, want, got in ((rep.fatality, want_fatal, got_fatal), (rep.new_target, want_new, set(new_counts))):
        prf.tp, prf.fp, prf.fn = len(want & got), len(got - want), len(want - got)
