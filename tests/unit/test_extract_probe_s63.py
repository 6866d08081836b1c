"""Session 63's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_base_an_aircraft_took_off_from_behind_its_countrys_possessive_is_no_target() -> None:
    """ "downed a US drone that took off from neighbouring Kuwait's Ali Al Salem Airbase": the country written with the
    possessive ending before the base is the base's own, so the base stays the flight's start, not a target."""
    text = (
        "The militia said on Friday it had shot down an American MQ-9 drone over Diyala, saying the aircraft had taken off "
        "from neighbouring Kuwait's Ali Al Salem Airbase."
    )
    assert claims_of(text, "2024-01-20", language="en") == []


def test_a_country_that_launched_the_drones_still_leaves_the_base_they_struck_a_target() -> None:
    """ "Drones launched from Iraq's Anbar province struck Ain al-Asad": the possessive names the launch area, and the
    base after the attack verb is the target (a guard of the above)."""
    text = "Drones launched from Iraq's Anbar province struck Ain al-Asad air base on Friday."
    assert [c.base_id for c in claims_of(text, "2024-01-20", language="en")] == ["ain-al-asad"]
