"""The alert stage on the dev set's GOLD claims, scored by the official scorer (isolates what the stage decides)."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from basewatch.services.enrich import resources
from basewatch.tools.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT.parent / "shared" / "devset"


def _module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _scored(days: str, tmp_path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    feed = _module(ROOT / "bench" / "gold_claims.py", "gold_claims")
    received, claims = feed.gold_claims(DEVSET, days)
    pipe = Pipeline()
    lines = [json.dumps(r, default=str) for r in received]
    for c in claims:
        lines.append(c.model_dump_json())
        lines += [m.model_dump_json() for m in pipe.fold_claim(c)]
    run = tmp_path / "run.jsonl"
    run.write_text("\n".join(lines) + "\n")
    bases = tmp_path / "bases.json"
    bases.write_text("\n".join(b.model_dump_json() for b in resources.gazetteer().bases))
    score = _module(DEVSET / "score.py", "devset_score")
    argv = ["score.py", "--run", str(run), "--articles", str(DEVSET / "articles.jsonl"), "--gold", str(DEVSET / "gold.jsonl"),
            "--bases", str(DEVSET / "bases.jsonl"), "--events", str(DEVSET / "events.jsonl"), "--sysbases", str(bases), "--json"]  # fmt: skip
    out = io.StringIO()
    old, sys.argv = sys.argv, argv
    try:
        with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
            score.main()
    finally:
        sys.argv = old
    text = out.getvalue()
    return json.loads(text[: text.rindex("}") + 1]), [json.loads(x) for x in lines]


@pytest.mark.skipif(not DEVSET.exists(), reason="../shared/devset is absent")
def test_gold_claims_with_their_days_make_the_gold_events(tmp_path: Path) -> None:
    """Gold attacks as claims (the true day where the article states none, as a guess): event B-cubed F1 >= 0.95."""
    figures, _ = _scored("event", tmp_path)
    assert figures["b3_f1"] >= 0.95, figures


@pytest.mark.skipif(not DEVSET.exists(), reason="../shared/devset is absent")
def test_gold_claims_raise_one_fatality_alert_per_fatal_linked_attack_and_one_new_target_per_base(tmp_path: Path) -> None:
    """Every fatal gold attack on a gazetteer base gets exactly one fatality alert id; no base gets two new_target ids."""
    figures, messages = _scored("stated", tmp_path)
    fatal = {m["alert_id"]: m["base_id"] for m in messages if m.get("kind") == "fatality"}
    per_base = Counter(b for b in fatal.values() if b)
    # Tower 22 (Jan. 28, 2024) and al-Omar (Feb. 4, 2024) are the dev set's fatal attacks at bases with one fatal attack each
    assert {"tower-22", "al-omar"} <= set(per_base) and max(per_base.values()) == 1, fatal
    new_target = [m["base_id"] for m in messages if m.get("kind") == "new_target" and m["type"] == "alert.raised"]
    assert len(new_target) == len(set(new_target)) and figures["newtarget_dupes"] == 0
