"""The extraction corpus: per-language sentences in our own words, each naming the rule it exercises.

One parametrized test per language file; each prints a scorecard (rule: passed/total) and fails on any
sentence whose claim differs from what the corpus expects.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from basewatch.schemas import ClaimExtracted
from tests.helpers import claims_of

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FILES = sorted(CORPUS.glob("*.jsonl"))
FIELDS = {
    "base": "base_id",
    "country": "country",
    "killed": "killed",
    "wounded": "wounded",
    "side": "casualty_side",
    "weapon": "weapon",
    "date": "attack_date",
    "precision": "date_precision",
    "background": "background",
    "status": "status",
    "actor": "actor",
    "place_kind": "place_kind",
}


def _problem(entry: dict[str, Any], claims: list[ClaimExtracted]) -> str | None:
    """What is wrong with the claims of one corpus article, or None."""
    expect = entry["expect"]
    if expect.get("claims") == 0:
        return None if not claims else f"expected no claim, got {[c.place_text for c in claims]}"
    if len(claims) != 1:
        return f"expected one claim, got {[(c.base_id, c.place_text) for c in claims]}"
    (c,) = claims
    got = {key: getattr(c, attr) for key, attr in FIELDS.items() if key in expect}
    got = {k: (str(v) if k == "date" and v is not None else v) for k, v in got.items()}
    wrong = {k: (got[k], expect[k]) for k in got if got[k] != expect[k]}
    return f"(got, expected): {wrong}" if wrong else None


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_corpus_sentence_gives_the_claim_its_rule_expects(path: Path) -> None:
    """Each sentence of the language's corpus gives exactly the claim (base, toll, side, weapon, date) it expects."""
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures = []
    for entry in entries:
        claims = claims_of(entry["text"], entry.get("published"), language=path.stem)
        problem = _problem(entry, claims)
        total[entry["rule"]] += 1
        if problem is None:
            passed[entry["rule"]] += 1
        else:
            failures.append(f"{entry['rule']}: {entry['text'][:60]} -> {problem}")
    print(f"\n{path.stem}: " + ", ".join(f"{rule} {passed[rule]}/{n}" for rule, n in sorted(total.items())))
    assert not failures, "\n".join(failures)
