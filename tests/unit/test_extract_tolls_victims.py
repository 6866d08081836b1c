"""Tolls told with a verb's past tense, a nationality as the victim, or one of a group: the dead and the wounded each get their own count."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

DAY = "2024-05-01"  # no famous attack near it: the toll stands as written


def _toll(text: str, language: str) -> tuple[int | None, int | None]:
    claims = claims_of(text, DAY, language=language)
    assert len(claims) == 1, claims
    return claims[0].killed, claims[0].wounded


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        ("es", "Un dron lanzado contra la base de Harir mató a dos soldados e hirió a otros cuatro.", (2, 4)),
        ("es", "El ataque con cohetes contra la base de Harir hirió a tres militares.", (None, 3)),
        ("pt", "O ataque com drones contra a base de Harir matou dois soldados e feriu outros quatro.", (2, 4)),
        ("de", "Eine Drohne tötete zwei Soldaten auf dem Stützpunkt Harir und verletzte vier weitere.", (2, 4)),
    ],
)
def test_a_past_tense_verb_of_killing_or_wounding_counts_its_own_victims(language: str, text: str, toll: tuple[int | None, int | None]) -> None:
    """Spanish "hirió", Portuguese "feriu", German "tötete": the count after each verb is that verb's toll, not the other's."""
    assert _toll(text, language) == toll


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A rocket attack on Harir killed an American and wounded four others."),
        ("es", "Un ataque con cohetes contra la base de Harir mató a un estadounidense e hirió a otros cuatro."),
        ("fr", "Une attaque à la roquette contre la base de Harir a tué un Américain et en a blessé quatre autres."),
        ("it", "Un attacco con razzi contro la base di Harir ha ucciso un americano e ferito altri quattro."),
        ("pt", "Um ataque com foguetes contra a base de Harir matou um americano e feriu outros quatro."),
        ("de", "Ein Raketenangriff auf den Stützpunkt Harir tötete einen Amerikaner und verletzte vier weitere."),
    ],
)
def test_a_nationality_named_as_the_victim_counts_one_dead(language: str, text: str) -> None:
    """ "killed an American and wounded four others": the nationality is the victim, the article its count (a Spanish
    page read "six killed" from "mató a un norteamericano e hirió a otros seis")."""
    assert _toll(text, language) == (1, 4)


def test_one_of_a_group_of_wounded_is_no_toll_of_its_own() -> None:
    """ "uno degli americani feriti è grave" (one of the wounded Americans is in a serious condition) picks one of the five wounded."""
    text = "Un attacco con razzi contro la base di Ain al-Asad ha ferito cinque soldati americani; uno degli americani feriti è grave."
    assert _toll(text, "it") == (None, 5)


def test_one_of_a_group_who_was_killed_is_still_a_death() -> None:
    """ "one of the soldiers was killed": the death is the one's own, told after the group: it keeps its count."""
    text = "A rocket attack on Ain al-Asad wounded five US soldiers; one of the soldiers was killed."
    assert _toll(text, "en") == (1, 5)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Rockets hit Ain al-Asad on Monday, wounding two soldiers. One of the wounded soldiers later died.", (1, 2)),
        ("en", "A drone struck Ain al-Asad on Monday, wounding five soldiers. Officials said one of the wounded was seriously hurt.", (None, 5)),
        ("fr", "Un drone a frappé Aïn al-Assad lundi, blessant cinq soldats. L'un des blessés est dans un état grave.", (None, 5)),
        ("de", "Eine Drohne traf am Montag Ain al-Asad und verletzte fünf Soldaten. Einer der Verletzten sei schwer verletzt.", (None, 5)),
    ],
)
def test_one_of_the_wounded_counts_no_wounded_but_one_dead_when_he_dies(language: str, text: str, expected: tuple[int | None, int]) -> None:
    """ "One of the wounded was badly hurt": no count of the wounded; "one of the wounded later died": one killed."""
    assert _toll(text, language) == expected
