"""English and Arabic reporting read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (issue 9, probe set "en13"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of, fold_claims


@pytest.mark.parametrize(
    "death",
    [
        "A civilian contractor died during the alert from a heart attack and was not hurt by the drones.",
        "One contractor died during the attack of cardiac arrest.",
        "A contractor died while sheltering from a heart attack.",
        "A contractor died, apparently of a heart attack, while taking cover.",
    ],
)
def test_a_death_from_a_heart_attack_told_after_a_time_phrase_is_no_toll_of_the_attack(death: str) -> None:
    """ "died during the alert from a heart attack", "died, apparently of ...": words between the death and its cause keep it natural."""
    claims = claims_of(f"Two drones struck the al-Asad base on Wednesday and wounded four troops. {death}", "2023-10-20")
    assert [(c.base_id, c.killed) for c in claims] == [("ain-al-asad", 0)]
    messages, _ = fold_claims(claims)
    assert [m for m in messages if getattr(m, "kind", None) == "fatality"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The drone that hit Tower 22 on January 28 caused the first deaths of US troops in the region since October 18.",
        "No American soldier had been killed by the militias since Oct. 7 until the drone struck Tower 22 on January 28.",
    ],
)
def test_the_day_of_a_date_outside_the_campaign_window_is_no_count_of_the_dead(text: str) -> None:
    """ "the first deaths ... since October 18": a day that opens a span, or falls outside the window, is still a date, never 18 dead."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-03-06")] == [("tower-22", None)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The group said that on Saturday 9/28/2024 it attacked a vital site in Eilat with drones.", "2024-09-28"),
        ("The group said that on Saturday 28/9/2024 it attacked a vital site in Eilat with drones.", "2024-09-28"),
        ("The group said that on 5/6/2024 it attacked a vital site in Eilat with drones.", "2024-06-05"),
    ],
)
def test_a_numeric_date_is_read_month_first_only_when_that_order_alone_is_a_date(text: str, day: str) -> None:
    """ "9/28/2024" (US copy) is 28 September; "28/9/2024" and the ambiguous "5/6/2024" stay day first."""
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, None)] == [("eilat-naval-base", day)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The group released footage of its operations yesterday, Friday 5 January. "
            "At dawn today, Saturday, it said it had attacked the al-Tanf base with a drone.",
        ),
        ("ar", "نشرت الفصائل أمس الجمعة 5 يناير مشاهد من عملياتها. وفجر اليوم السبت، أعلنت الفصائل استهداف قاعدة التنف بطائرة مسيرة."),
    ],
)
def test_yesterday_before_a_written_date_puts_an_undated_page_on_the_day_after(language: str, text: str) -> None:
    """ "yesterday, Friday 5 January" on a page without a date: the page is written on the 6th, so "today, Saturday" is the 6th."""
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, None, language=language)] == [("al-tanf", "2024-01-06")]


def test_a_written_date_with_no_relative_word_before_it_still_dates_the_page_itself() -> None:
    """ "On Friday 5 January ..." with no "yesterday": the page's estimated day stays the 5th, and its Friday is that day."""
    text = "On Friday 5 January the group said it had attacked the al-Tanf base with a drone."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, None)] == [("al-tanf", "2024-01-05")]


def test_the_possessive_of_the_city_names_its_airport() -> None:
    """ "a power plant near Haifa's airport": the possessive is the airport's name as "Haifa airport" is."""
    assert [c.base_id for c in claims_of("The group said it sent a drone at a power plant near Haifa's airport.", "2024-03-06")] == ["haifa-airport"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit the al-Omar oil field, which houses US troops, and killed six commandos of the Kurdish-led force on Sunday.",
        "A drone hit a training ground housing US troops at the al-Omar oil field and killed six Kurdish commandos on Sunday.",
    ],
)
def test_the_us_troops_a_base_hosts_are_not_the_side_of_the_fighters_a_toll_counts(text: str) -> None:
    """ "which houses US troops, ... killed six commandos of the Kurdish-led force": the occupants describe the site; the dead are the partner's."""
    claims = claims_of(text, "2024-02-05")
    assert [(c.base_id, c.killed, c.casualty_side) for c in claims] == [("al-omar", 6, "partner")]
    messages, _ = fold_claims(claims)
    assert [m.casualty_side for m in messages if getattr(m, "kind", None) == "fatality"] == ["partner"]


def test_the_occupants_stay_the_victims_side_when_the_sentence_names_no_other() -> None:
    """ "an outpost housing US troops ..., killing three soldiers": no other side is named, so the dead are the occupants."""
    text = "A drone hit Tower 22, an outpost housing US troops in Jordan, killing three soldiers on Sunday."
    assert [(c.base_id, c.killed, c.casualty_side) for c in claims_of(text, "2024-01-29")] == [("tower-22", 3, "US")]


def test_forces_backed_by_the_us_are_the_partner_side() -> None:
    """ "two US-backed Syrian fighters": the 'US' of 'US-backed' says who backs them; the wounded are the partner's."""
    text = "A drone exploded inside the al-Tanf garrison and wounded two US-backed Syrian fighters."
    assert [(c.base_id, c.wounded, c.casualty_side) for c in claims_of(text, "2024-01-29")] == [("al-tanf", 2, "partner")]
