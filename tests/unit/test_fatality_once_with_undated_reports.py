"""One attack reported by many outlets, some giving no day at all: one fatality alert, in any arrival order.

The shape is that of the real reporting of a drone attack on a partner force's base (the al-Omar attack of
4 Feb 2024 as outlets told it): undated reports of the dead, on pages without a date, can come first; dated
ones say 5, 6 or 7 killed, on the day itself, the day after, or the evening before. Whatever comes first,
an analyst must get one fatality alert for the attack, revised as reports come in, never a second one.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest

from basewatch.schemas import AlertRaised, AlertRevised
from tests.helpers import claim, fold_claims

OMAR = {"base_id": "al-omar", "base_name": "al-Omar oil field", "country": "Syria", "weapon": "drone"}


UNDATED: dict[str, Any] = {"attack_date": None, "date_basis": None}
WEEKDAY_ONLY: dict[str, Any] = {**UNDATED, "date_weekday": 0, "killed": 6, "casualty_side": "partner"}  # "on Monday ... six fighters killed"
STORY_WITHOUT_TOLL: dict[str, Any] = {"attack_date": date(2024, 2, 4), "date_basis": "inherited", "published_at": date(2024, 2, 5), "casualty_side": "partner"}
NEXT_DAY_STORY: dict[str, Any] = {
    "attack_date": date(2024, 2, 5),
    "date_basis": "publication",
    "published_at": date(2024, 2, 5),
    "killed": 6,
    "wounded": 18,
    "casualty_side": "partner",
}
EVERY_REPORT: list[dict[str, Any]] = [
    WEEKDAY_ONLY,
    {**UNDATED, "killed": 6, "wounded": 20, "casualty_side": "partner"},
    {**UNDATED, "killed": 7, "wounded": 18, "casualty_side": "partner", "status": "claimed"},
    {"attack_date": date(2024, 2, 3), "date_basis": "inherited", "killed": 5, "wounded": 20},
    {"attack_date": date(2024, 2, 4), "date_basis": "explicit", "status": "claimed"},
    {"attack_date": date(2024, 2, 4), "date_basis": "explicit", "killed": 5, "wounded": 20},
    STORY_WITHOUT_TOLL,
    NEXT_DAY_STORY,
]


def _reports(rows: list[dict[str, Any]] = EVERY_REPORT) -> list[Any]:
    return [claim(claim_id=f"c{i}", article_id=f"a{i}", source=f"Outlet {i}", **OMAR, **row) for i, row in enumerate(rows)]


def _fatality_ids(messages: list[Any]) -> set[str]:
    return {m.alert_id for m in messages if isinstance(m, AlertRaised | AlertRevised) and m.kind == "fatality"}


def test_undated_reports_of_the_dead_arriving_first_leave_one_fatality_alert() -> None:
    """Undated reports of six dead, then the dated reports of the attack: one fatality alert, dated 4 Feb, 5-7 killed."""
    messages, _ = fold_claims(_reports())
    (alert_id,) = _fatality_ids(messages)
    last = [m for m in messages if isinstance(m, AlertRaised | AlertRevised) and m.alert_id == alert_id][-1]
    assert (last.attack_date, last.killed_min, last.killed) == (date(2024, 2, 4), 5, 7)


def test_a_weekday_only_report_of_the_dead_and_a_next_day_story_of_the_same_toll_are_one_alert() -> None:
    """ "Six fighters killed on Monday" (no date anywhere), then the day's story without a toll and the next day's with six dead: one alert."""
    messages, _ = fold_claims(_reports([WEEKDAY_ONLY, STORY_WITHOUT_TOLL, NEXT_DAY_STORY]))
    assert len(_fatality_ids(messages)) == 1


@pytest.mark.parametrize("seed", range(12))
def test_any_arrival_order_of_the_reports_gives_the_same_single_fatality_alert(seed: int) -> None:
    """Shuffled, the same reports still raise exactly one fatality alert, with the id of the publication-order run."""
    reference = _fatality_ids(fold_claims(_reports())[0])
    shuffled = _reports()
    random.Random(seed).shuffle(shuffled)
    assert _fatality_ids(fold_claims(shuffled)[0]) == reference
