"""An attack told by its country only, then a sentence naming the base where its victims were treated: that base's attack."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "US and coalition troops were lightly hurt in a drone attack on Friday in Syria, an official said. "
            "Personnel at the Rumalyn landing zone were treated for smoke inhalation and minor injuries.",
        ),
        (
            "fr",
            "Des soldats américains ont été légèrement blessés vendredi dans une attaque de drones en Syrie, selon un responsable. "
            "Les militaires de la zone d'atterrissage de Rumalyn ont été traités pour des blessures légères.",
        ),
    ],
)
def test_the_base_where_the_wounded_were_treated_is_the_attacks(language: str, text: str) -> None:
    """The lead gives the country and the day, the next sentence the base of the wounded: one claim, at Rumalyn, on Friday."""
    found = [(c.base_id, c.attack_date, c.weapon) for c in claims_of(text, "2024-08-10", language=language) if not c.background]
    assert found == [("rumalyn", date(2024, 8, 9), "drone")], found


def test_a_base_named_for_a_spokesman_after_a_country_lead_is_no_attack() -> None:
    """ "The embassy in Baghdad did not respond": a base named with no victims after an attack placed in Iraq only."""
    text = "Two drones were shot down over Iraq on Wednesday, officials said. The US embassy in Baghdad did not respond to questions."
    assert [c.base_id for c in claims_of(text, "2024-10-24", language="en")] == []


def test_a_base_where_troops_are_deployed_after_a_region_lead_stays_unnamed() -> None:
    """A region's attack, then a base named for its garrison ("most US troops serve at al-Tanf"): no victims moved from it, not the attack's base."""
    text = (
        "A drone attack in northeastern Syria on Friday caused no damage, an official said. "
        "Most of the 900 US troops in Syria serve at al-Tanf, near the Jordanian border."
    )
    assert "al-tanf" not in [c.base_id for c in claims_of(text, "2024-08-10", language="en") if not c.background]


def test_victims_evacuated_from_a_base_after_a_region_lead_place_the_attack_there() -> None:
    """ "evacuated from the Rumalyn landing zone" three sentences after an attack in a region of Syria: Rumalyn's attack, on Friday."""
    text = (
        "US personnel were hurt on Friday in a drone strike in eastern Syria, according to a defense official. "
        "They received first aid. Some of them had headaches. Three were later evacuated from the Rumalyn landing zone for scans."
    )
    found = [(c.base_id, c.attack_date) for c in claims_of(text, "2024-08-10", language="en") if not c.background]
    assert found == [("rumalyn", date(2024, 8, 9))], found
