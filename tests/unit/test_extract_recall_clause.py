"""What a recall cue's clause tells (its day, its weapon) belongs to the recalled attack, not to a place named before the cue."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_of


def test_a_day_and_weapon_told_after_came_after_are_the_recalled_attacks() -> None:
    """ "The strike at Rumalyn came days after a rocket attack on Aug. 5 at Ain al-Asad": Rumalyn keeps Friday and its drone."""
    text = (
        "A drone hit the Rumalyn base in Syria on Friday, officials said on Monday. "
        "The strike at Rumalyn came days after a rocket attack on Aug. 5 at Ain al-Asad air base in Iraq."
    )
    found = {(c.base_id, c.attack_date, c.weapon, c.background) for c in claims_of(text, "2024-08-12", language="en")}
    assert found == {("rumalyn", date(2024, 8, 9), "drone", False), ("ain-al-asad", date(2024, 8, 5), "rocket", True)}, found


def test_the_day_of_a_partner_forces_own_attack_does_not_date_the_story() -> None:
    """ "US-backed Syrian fighters carried out a rare attack Monday ...": that day is their strike's; the Rumalyn report keeps Friday."""
    text = (
        "Several US personnel were hurt in a drone attack Friday in Syria, the Pentagon said. "
        "US-backed Syrian fighters carried out a rare attack Monday on government posts. "
        "The strike at Rumalyn came days after a rocket attack on Ain al-Asad."
    )
    found = {(c.base_id, c.attack_date) for c in claims_of(text, "2024-08-13", language="en") if not c.background}
    assert found == {("rumalyn", date(2024, 8, 9))}, found
