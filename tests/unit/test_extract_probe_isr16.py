"""Reporting of the Israeli sites the Iraqi militias claimed, and of near misses on the same places, read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the fourteen earlier
probes (probe set "isr16"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_bulgarian_drone_from_iraq_on_a_base_in_the_northern_golan_is_that_base_with_its_dead() -> None:
    """ "дрон от Ирак ... армейска база в северната част на Голанските възвишения": Iraq is where it flew from."""
    text = "Двама израелски войници са убити при атака с дрон от Ирак, който е ударил армейска база в северната част на Голанските възвишения."
    found = [(c.base_id, c.country, c.killed) for c in claims_of(text, "2024-10-04", language="bg")]
    assert found == [("northern-golan-idf-base", "Israel", 2)]


def test_a_drone_launched_from_yemen_at_eilat_is_the_houthis_attack() -> None:
    """ "a drone launched from Yemen struck Eilat": the home of another war's group names it as well as its name would."""
    text = "Twenty people were hurt in Eilat on Wednesday when a drone launched from Yemen struck a hotel district."
    assert claims_of(text, "2025-09-24") == []


def test_a_russian_drone_launched_from_yemen_is_no_claim_and_one_from_iraq_is() -> None:
    """ "запущенный из Йемена ... по Эйлату" is the Houthis'; the same words with Iraq keep the campaign's claim."""
    yemen = "Беспилотник, запущенный из Йемена, ударил по Эйлату в среду."
    iraq = "Беспилотник, запущенный из Ирака, ударил по Эйлату во вторник."
    assert claims_of(yemen, "2025-09-24", language="ru") == []
    assert [c.base_id for c in claims_of(iraq, "2024-10-01", language="ru")] == ["eilat-naval-base"]


def test_a_story_that_sends_its_drone_from_yemen_gives_no_claim_in_its_later_sentences() -> None:
    """The lead says the drone came from Yemen; a later sentence only says it fell in Eilat: the same attack."""
    text = "The army said a drone launched from Yemen could not be intercepted on Wednesday. The drone fell in Eilat, wounding 22 people."
    assert claims_of(text, "2025-09-24") == []


def test_a_drone_launched_from_lebanon_at_a_golan_base_is_hezbollahs() -> None:
    """ "a drone launched from Lebanon hit an army base in the northern Golan": Lebanon's group, another war."""
    text = "A drone launched from Lebanon hit an army base in the northern Golan on Sunday, wounding three soldiers."
    assert claims_of(text, "2024-10-13") == []


def test_a_captions_date_is_the_pictures_and_gives_an_undated_pages_weekday_no_day() -> None:
    """ "A navy boat off Eilat on 26 December 2023 (Photo by ... / AFP)" above "on Monday": the picture's day, not the story's."""
    text = (
        "A navy patrol boat off Eilat on December 26, 2023 (Photo by a staff photographer / AFP)\n"
        "A drone launched from Iraq hit a building in Eilat on Monday, the army said; the Islamic Resistance in Iraq claimed it."
    )
    assert [(c.base_id, c.attack_date) for c in claims_of(text)] == [("eilat-naval-base", None)]


def test_a_full_date_outside_a_caption_still_dates_an_undated_page() -> None:
    """The same story with the date in its own text ("on Monday, 1 April 2024"): the day stands."""
    text = "A drone launched from Iraq hit a building in Eilat on Monday, 1 April 2024; the Islamic Resistance in Iraq claimed it."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text)] == [("eilat-naval-base", "2024-04-01")]


def test_material_damage_only_tells_that_nobody_was_hurt() -> None:
    """ "causing material damage only" / "ما أدى إلى أضرار مادية فقط": the standard formula for an attack without victims."""
    arabic = "سقطت طائرة مسيرة أطلقتها المقاومة الإسلامية في العراق ليلا على القاعدة البحرية في إيلات، ما أدى إلى أضرار مادية فقط."
    english = "An Iraqi militia drone crashed into the Eilat naval base overnight, causing material damage only."
    for text, language in ((arabic, "ar"), (english, "en")):
        assert [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2023-12-28", language=language)] == [("eilat-naval-base", 0, 0)]


def test_a_heading_over_another_wars_strike_on_the_same_base_is_that_strike() -> None:
    """A subheading "Ramat David air base shelled" over "Hezbollah announced a rocket strike on Ramat David": Hezbollah's."""
    text = (
        "The Islamic Resistance in Iraq said on Sunday it had targeted a vital site with drones.\n"
        "Ramat David air base shelled\n"
        "At the same time, Hezbollah announced a rocket strike on Ramat David air base and the Rafael industrial sites."
    )
    assert [c.base_id for c in claims_of(text, "2024-09-22")] == []


def test_a_heading_over_the_campaigns_own_claim_keeps_it() -> None:
    """The same heading over a sentence in which the Iraqi group claims the base: the campaign's claim."""
    text = "Ramat David air base targeted\nThe Islamic Resistance in Iraq announced a drone strike on Ramat David air base on Friday."
    assert {c.base_id for c in claims_of(text, "2024-06-07")} == {"ramat-david"}
