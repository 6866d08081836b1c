"""A region that holds one coalition site ("western Iraq") names that site in a base noun phrase, never a region alone."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two drones aimed at a base housing US troops in western Iraq were brought down on Wednesday."),
        ("sr", "U sredu su dve bespilotne letelice napale bazu u zapadnom Iraku u kojoj su američki vojnici."),
        ("de", "Zwei Drohnen griffen am Mittwoch einen US-Stützpunkt im westlichen Irak an."),
    ],
)
def test_a_base_noun_phrase_placed_in_western_iraq_is_ain_al_asad(language: str, text: str) -> None:
    """The campaign's only coalition site in western Iraq is Ain al-Asad: a base described by that region links to it."""
    assert [c.base_id for c in claims_of(text, "2023-10-19", language=language)] == ["ain-al-asad"]


def test_a_toll_placed_by_the_region_alone_names_no_base() -> None:
    """Rockets that fell somewhere in western Iraq, no base noun: the region places no site."""
    claims = claims_of("Two Iraqi soldiers were wounded when rockets fell in western Iraq on Monday.", "2024-03-05", language="en")
    assert [(c.base_id, c.wounded) for c in claims] == [(None, 2)]


def test_another_base_in_the_region_is_not_the_site() -> None:
    """ "Another base in western Iraq" is told apart from the one the story names: no link by the region."""
    claims = claims_of("Drones also targeted another base in western Iraq on Wednesday.", "2023-10-19", language="en")
    assert all(c.base_id != "ain-al-asad" for c in claims)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Segundo a agência, os milicianos também atingiram com drones uma base militar americana na localidade de Erbil."),
        ("en", "Drones also struck a US military facility on the outskirts of Irbil on Tuesday."),
    ],
)
def test_a_base_described_by_the_city_of_erbil_is_the_erbil_air_base(language: str, text: str) -> None:
    """A base noun phrase placed by the city of Erbil, in any spelling, is the coalition's base at Erbil airport."""
    assert [c.base_id for c in claims_of(text, "2023-11-07", language=language)] == ["erbil"]


def test_harir_named_in_the_erbil_governorate_stays_harir() -> None:
    """The control: a base named by its own name comes before the city that describes where it lies."""
    claims = claims_of("Drones struck the Harir base in Erbil province on Tuesday.", "2023-11-07", language="en")
    assert [c.base_id for c in claims] == ["harir"]
