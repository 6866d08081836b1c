"""The dev set (96 real articles, 18 languages) through the offline core, scored by its official scorer.

Reads `../shared/devset/` next to the repository and skips with a reason when it is absent. Fails below
the figures reached with the gazetteer committed here; prints the per-language table.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from basewatch.services.enrich import resources
from basewatch.tools import inputs, pipeline

DEVSET = Path(__file__).resolve().parents[2] / ".." / "shared" / "devset"
# Reached (issue 9, Turkish and rules as pack categories): link F1 0.970 (P 0.966, R 0.974), date exact 0.919;
# every language with 3 or more articles 0.933 or better (Turkish 1.0, was 0.727).
# Issue 10 (dates): link F1 0.966 (P 0.957, R 0.974). The one claim more is right but unlabelled: a German
# article's "am 8. Dezember" is no longer cut in two at its stop, so the embassy attack it recalls is read
# (background, 2023-12-08); the gold leaves that recalled attack unlabelled by choice (its note says so),
# which costs German its 0.933 (0.889 over 5 articles, one false positive).
# Session 6 (named holidays, real-article probes, famous tolls): link F1 0.970 (P 0.96, R 0.98), date exact 0.946,
# B3 0.892. Sessions 28-29 (a base named "near" a far landmark, "the airbase" of an earlier attack): link F1 0.983
# (P 0.97, R 1.00), date exact 0.947, B3 0.953. Session 41 (a recall sent only when its day is within a week of
# the story's): link F1 0.996 (P 0.99, R 1.00), B3 0.952; German 1.0 (the embassy recall is read but no longer sent).
# Session 61 (a day in the words a statement reports dates the attack told before): date exact 0.974.
MIN_LINK_F1 = 0.99
MIN_LINK_P = 0.985
MIN_DATE_EXACT = 0.97
MIN_LANGUAGE_F1 = 0.93
LANGUAGE_FLOORS: dict[str, float] = {}  # a language below the floor for a reason told above (none now)
LANGUAGE_ARTICLES = 3  # languages with fewer articles are too small a sample for a floor
# Event B3 F1 with real extraction (issue 10): 0.765 before the alert stage's dating windows, 0.867 after
# (0.896 with a "join the one recent attack" rule for undated reports, dropped: its result depended on arrival order);
# 0.890 with month-only and wounded-only reports placed from the attacks on record, a subheading ending an
# inherited day, Kharab al-Jir merged into Rumalyn, and a day counted from the publication a night either side;
# 0.902 (session 8) with undated reports of two or more bases placed on the attack calendar's one fitting day;
# 0.905 (session 15) with a page's count of the campaign's attacks narrowing the weeks it was written in;
# 0.913 (session 16) with a wounded figure or a rare weapon placing a single base on the calendar;
# 0.928 (session 21) with a report dated only by a weekday placed in the one attack at its base that fits it;
# 0.956 (session 23) with undated reports placed by their base's one well-told attack; 0.953 (session 29).
MIN_B3_F1 = 0.95


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    if not (DEVSET / "score.py").exists():
        pytest.skip(f"the dev set is not at {DEVSET.resolve()} (it lives in shared/, beside the repository)")
    out = tmp_path_factory.mktemp("devset")
    articles = [a for a in inputs.read([str(DEVSET / "articles.jsonl")]) if not isinstance(a, inputs.Rejected)]
    (out / "run.jsonl").write_text("".join(m.model_dump_json() + "\n" for m in pipeline.run(articles)), encoding="utf-8")
    (out / "bases.json").write_text("".join(b.model_dump_json() + "\n" for b in resources.gazetteer().bases), encoding="utf-8")
    args = ["--run", out / "run.jsonl", "--articles", DEVSET / "articles.jsonl", "--gold", DEVSET / "gold.jsonl"]
    args += ["--bases", DEVSET / "bases.jsonl", "--events", DEVSET / "events.jsonl", "--sysbases", out / "bases.json", "--json"]
    done = subprocess.run([sys.executable, str(DEVSET / "score.py"), *map(str, args)], capture_output=True, text=True, check=False)
    text = done.stdout
    result: dict = json.loads(text[: text.rindex("}") + 1])  # type: ignore[type-arg]
    print("\nlanguage articles gold-pairs link-F1")
    for lang, row in sorted(result["link_by_language"].items(), key=lambda kv: -kv[1]["articles"]):
        print(f"{lang:8} {row['articles']:8} {row['gold']:10} {row['f1']:7.3f}")
    return result


def test_claims_link_to_the_right_bases_on_real_articles(figures: dict) -> None:  # type: ignore[type-arg]
    """Claim->base F1 and precision on the dev set stay at or above the figures reached."""
    assert figures["link_f1"] >= MIN_LINK_F1 and figures["link_p"] >= MIN_LINK_P, figures


def test_every_language_with_enough_articles_links_its_claims(figures: dict) -> None:  # type: ignore[type-arg]
    """Claim->base F1 of each language with 3 or more dev articles (Turkish among them) stays at or above the floor."""
    rows = figures["link_by_language"].items()
    low = {k: r["f1"] for k, r in rows if r["articles"] >= LANGUAGE_ARTICLES and r["f1"] < LANGUAGE_FLOORS.get(k, MIN_LANGUAGE_F1)}
    assert low == {}, low


def test_attack_dates_are_exact_on_real_articles(figures: dict) -> None:  # type: ignore[type-arg]
    """The attack date of each matched claim is the gold day at least this often."""
    assert figures["date_exact"] >= MIN_DATE_EXACT, figures


def test_reports_of_one_attack_make_one_event_on_real_articles(figures: dict) -> None:  # type: ignore[type-arg]
    """Event B3 F1 (claims grouped into attack events) with real extraction stays at or above the figure reached."""
    assert figures["b3_f1"] >= MIN_B3_F1, figures


def test_each_fatal_attack_raises_one_fatality_alert_on_real_articles(figures: dict) -> None:  # type: ignore[type-arg]
    """Every fatal attack gets an alert, no alert is for a non-fatal one, and none is raised twice under two ids."""
    assert figures["fatal_r"] == 1.0 and figures["fatal_p"] == 1.0, figures
    assert figures["fatal_alerts"] == figures["fatal_events"], figures


# new_target F1 0.97 with one base under two gazetteer ids (Kharab al-Jir / Rumalyn) until issue 10's merge;
# 1.00 once a recalled attack of an earlier month is dated by that month (it had opened a new event).
MIN_NEW_TARGET_F1 = 0.99


def test_each_base_is_announced_as_a_new_target_once_on_real_articles(figures: dict) -> None:  # type: ignore[type-arg]
    """new_target alerts match the bases the gold attacks first, and no base gets two new_target ids."""
    assert figures["newtarget_f1"] >= MIN_NEW_TARGET_F1 and figures["newtarget_dupes"] == 0, figures
