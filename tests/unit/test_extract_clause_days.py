"""In a roundup sentence, each place takes the day of its own clause; a semicolon ends a clause as a comma does."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Monday, drones targeted al-Tanf and the Rukban base; on Tuesday, rockets hit Ain al-Asad."),
        ("fr", "Lundi, des drones ont visé la base d'al-Tanf et celle de Rukban ; mardi, des roquettes ont frappé Aïn al-Assad."),
    ],
)
def test_each_base_of_a_roundup_takes_the_day_of_its_clause(language: str, text: str) -> None:
    """ "On Monday, ... al-Tanf ...; on Tuesday, ... Ain al-Asad": Monday for al-Tanf and Rukban, Tuesday for Ain al-Asad."""
    days = {c.base_id: str(c.attack_date) for c in claims_of(text, "2024-01-25", language=language)}
    assert days == {"al-tanf": "2024-01-22", "al-rukban": "2024-01-22", "ain-al-asad": "2024-01-23"}
