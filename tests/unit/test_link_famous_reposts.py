"""A famous attack retold on a page dated long after it: the page's own day is not the attack's."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _claims(text: str, published: str | None, language: str = "en") -> list[tuple[str | None, str | None, int | None]]:
    return [(c.base_id, str(c.attack_date) if c.attack_date else None, c.killed) for c in claims_of(text, published, language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "What is Tower 22, the outpost hit in Jordan?\n\nDate: 2025-03-17\n\n"
         "A drone struck Tower 22 in Jordan, killing three US soldiers and wounding dozens."),
        ("zh", "美国驻约旦部队遇袭地点22号塔是什么?\n\n日期:2025-03-17\n\n一架无人机袭击了约旦的军事前哨22号塔,造成三名美军死亡。"),
    ],
)
def test_a_famous_toll_under_a_page_stamp_a_year_later_keeps_the_famous_attacks_day(language: str, text: str) -> None:
    """The day carried down from the page's header stamp is the page's: the exact toll at Tower 22 is the 28 January 2024 attack."""
    assert _claims(text, "2025-03-17", language) == [("tower-22", "2024-01-28", 3)]


def test_a_headline_dated_by_the_page_and_the_famous_toll_below_it_are_one_attack() -> None:
    """The headline's Tower 22, dated only by publication, is the famous attack the body's toll dates: one claim, not two."""
    text = "What is Tower 22, the outpost hit in Jordan?\n\nA drone struck Tower 22 in Jordan, killing three US soldiers and wounding dozens."
    assert _claims(text, "2025-03-17") == [("tower-22", "2024-01-28", 3)]


def test_a_dateline_a_few_weeks_after_a_new_attack_still_dates_it() -> None:
    """The control: a report dated by its dateline, with no famous toll, keeps that day."""
    text = "BAGHDAD, 6 August 2024 - Rockets hit the Ain al-Asad air base, wounding five US troops."
    assert _claims(text, "2024-08-06") == [("ain-al-asad", "2024-08-06", None)]


def test_the_famous_attacks_day_and_month_without_a_year_under_a_later_stamp_is_that_attack() -> None:
    """ "Died Jan. 28" below a stamp of April 2025 on a page with no date of its own: the year is a guess, the day and toll Tower 22's (28 January 2024)."""
    text = "Date:2025-04-18 09:12:00\nThe three reservists died Jan. 28 in the drone attack on a U.S. base in Jordan, near the Syrian border."
    assert _claims(text, None) == [("tower-22", "2024-01-28", 3)]


def test_another_day_without_a_year_under_a_later_stamp_is_not_the_famous_attack() -> None:
    """The control: the same toll in Jordan on a day that is not the famous attack's stays unlinked, on its own day."""
    text = "Date:2025-04-18 09:12:00\nThe three reservists died Feb. 9 in the drone attack on a U.S. base in Jordan, near the Syrian border."
    assert _claims(text, None) == [(None, "2025-02-09", 3)]
