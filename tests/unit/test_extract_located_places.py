"""A base placed by a participle ("the base, located west of ...", "la base, situata a ovest di ..."): the place after
it is the base's, the comma no end of the phrase."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fighters targeted the American base, located west of Qamishli airport, with drones."),
        ("it", "I combattenti hanno preso di mira la base di occupazione americana, situata a ovest dell'aeroporto di Al Qamishli, con droni."),
        ("fr", "Les combattants ont ciblé la base américaine, située à l'ouest de l'aéroport de Qamishli, avec des drones."),
        ("es", "Los combatientes atacaron la base estadounidense, situada al oeste del aeropuerto de Qamishli, con drones."),
    ],
)
def test_a_participle_placing_the_base_carries_its_place(language: str, text: str) -> None:
    """ "the American base, located west of Qamishli airport": the Hemo base, found by its place."""
    assert [c.base_id for c in claims_of(text, "2024-01-10", language=language)] == ["hemo"]

