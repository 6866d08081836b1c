"""The day a statement was made is not the day of the attack it reports, whichever side of the date the verb stands."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

MONDAY = "2024-02-05"  # published on the Monday after the Sunday attack


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "After the attack on Sunday, the SDF on Monday said the al-Omar base was hit."),
        ("en", "After the attack on Sunday, the SDF said on Monday that the al-Omar base was hit."),
        ("ru", "Атака произошла в воскресенье, СДС в понедельник заявили, что удар пришелся по базе Аль-Омар."),
        ("es", "Tras el ataque del domingo, las FDS dijeron el lunes que la base de al-Omar fue alcanzada."),
    ],
)
def test_a_statement_day_beside_its_verb_of_saying_yields_to_the_attack_day_in_the_sentence(language: str, text: str) -> None:
    """ "the SDF on Monday said" (the verb after the date, or before it, singular or plural) dates the statement; Sunday's attack keeps Sunday."""
    (c,) = claims_of(text, MONDAY, language=language)
    assert (c.base_id, str(c.attack_date)) == ("al-omar", "2024-02-04")


def test_a_day_followed_by_the_attack_not_a_verb_of_saying_stays_the_attack_day() -> None:
    """ "On Monday drones struck the al-Omar base, the SDF said on Tuesday": Monday is the attack's day."""
    (c,) = claims_of("On Monday drones struck the al-Omar base, the SDF said on Tuesday.", "2024-02-06", language="en")
    assert str(c.attack_date) == "2024-02-05"
