"""Sentences whose full stop lost its space: after an acronym, a capitalised word opens the next sentence."""

from __future__ import annotations

import pytest

from basewatch.services.enrich.domain.text import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five were killed, an NGO told AFP.The attack came after strikes.", ["Five were killed, an NGO told AFP.", "The attack came after strikes."]),
        ("Cinq ont été tués, selon une ONG.L'attaque suit des frappes.", ["Cinq ont été tués, selon une ONG.", "L'attaque suit des frappes."]),
        ("Drones hit the base, the army said.Three soldiers were hurt.", ["Drones hit the base, the army said.", "Three soldiers were hurt."]),
        ("Дроны атаковали базу, сообщили источники.Трое военных ранены.", ["Дроны атаковали базу, сообщили источники.", "Трое военных ранены."]),
    ],
)
def test_a_glued_full_stop_after_a_word_or_an_acronym_ends_the_sentence(text: str, expected: list[str]) -> None:
    """ "... selon une ONG.L'attaque ...": two sentences, so the second's toll is never read as the first's."""
    assert [text[a:b] for a, b in sentences(text)] == expected


@pytest.mark.parametrize("text", ["He met U.S.Army officials on Monday.", "The U.N.Security Council met.", "See AFP.com for the rest."])
def test_abbreviations_and_addresses_stay_inside_their_sentence(text: str) -> None:
    """The control: a stop between single letters ("U.S.Army") or before a small letter ("AFP.com") ends nothing."""
    assert sentences(text) == [(0, len(text))]
