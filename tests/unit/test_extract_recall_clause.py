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
