"""A place of another war is no site of the campaign: its dead are never the Golan base's (Majdal Shams, July 2024)."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A rocket struck a football field in Majdal Shams in the Israeli-occupied Golan Heights on Saturday, killing 12 children."),
        ("en", "Twelve young people were killed when a rocket hit the town of Majdal Shams in the occupied Golan on Saturday."),
        ("en", "A rocket killed 12 children on a football pitch in the town of Majdal Shams in the occupied Golan on Saturday."),
        ("ar", "قتل 12 طفلا بصاروخ سقط على ملعب لكرة القدم في بلدة مجدل شمس في الجولان المحتل يوم السبت."),
    ],
)
def test_a_rocket_on_a_town_of_the_hezbollah_front_is_no_golan_base_attack(language: str, text: str) -> None:
    """ "a football field in Majdal Shams in the occupied Golan": no claim, so no false fatality at the Golan base."""
    assert claims_of(text, "2024-07-28", language=language) == []


def test_the_golan_base_hit_from_iraq_keeps_its_dead() -> None:
    """The control: "a drone launched from Iraq hit a base in the northern Golan" is the Golan base's attack and toll."""
    text = "Two soldiers were killed when a drone launched from Iraq hit a base in the northern Golan Heights early Thursday."
    (c,) = claims_of(text, "2024-10-04", language="en")
    assert (c.base_id, c.killed) == ("northern-golan-idf-base", 2)
