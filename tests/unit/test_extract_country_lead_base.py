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
