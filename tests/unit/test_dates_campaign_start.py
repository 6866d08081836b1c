"""A date in "since the attacks began on <date>" is when the campaign began, never the day of the attack named."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

CAMPAIGN_START = "2023-10-17"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials called it the first known strike on Tower 22 since attacks on American and allied troops began on October 17."),
        ("fr", "Ce serait la première frappe connue contre la tour 22 depuis que les attaques contre les troupes alliées ont commencé le 17 octobre."),
        ("de", "Es sei der erste bekannte Angriff auf Tower 22 gewesen seit Beginn der Angriffe auf die Verbündeten am 17. Oktober."),
        ("es", "Sería el primer ataque conocido contra Tower 22 desde que comenzaron los ataques contra las tropas aliadas el 17 de octubre."),
        ("ru", "Это первый известный удар по базе Tower 22 с начала атак на союзные войска 17 октября."),
    ],
)
def test_the_day_attacks_began_does_not_date_the_attack_on_the_base(language: str, text: str) -> None:
    """A since-word, a word of beginning and a date in one clause: the campaign's start, not the claim's day."""
    claims = claims_of(text, "2024-01-29", language=language)
    assert claims, "the sentence still reports an attack on the base"
    assert [str(c.attack_date) for c in claims if c.attack_date] != [] and all(str(c.attack_date) != CAMPAIGN_START for c in claims)


def test_a_beginning_without_since_still_dates_the_attack() -> None:
    """ "The attack began on Sunday night" dates the attack: only a since-clause makes a beginning a span's start."""
    (claim,) = claims_of("A drone attack on Tower 22 began on Sunday night and three soldiers were killed.", "2024-01-30", language="en")
    assert str(claim.attack_date) == "2024-01-28"


def test_a_since_word_that_is_another_preposition_does_not_hide_the_attacks_day() -> None:
    """Russian "с" is "since" and "with/by": "атака с беспилотника началась в воскресенье" (began on Sunday) dates the attack."""
    (claim,) = claims_of("Атака с беспилотника на базу Tower 22 началась в воскресенье вечером, погибли трое военных.", "2024-01-30", language="ru")
    assert str(claim.attack_date) == "2024-01-28"
