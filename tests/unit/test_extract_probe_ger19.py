"""Probe ger19 (Germanic and Slavic pages): tolls of two groups told with different casualty words, German fire
compounds, Serbian weekdays in Cyrillic, and the Russian "airport in Erbil"."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The drone that struck Tower 22 killed three US soldiers and 25 others were wounded."),
        ("de", "Beim Drohnenangriff auf den Tower 22 starben drei US-Soldaten und 25 weitere wurden verletzt."),
    ],
)
def test_the_dead_told_before_the_others_who_were_wounded_do_not_add_to_the_wounded(language: str, text: str) -> None:
    """ "killed three soldiers and 25 others were wounded": the three belong to the word of death told before them, so the wounded are 25, not 28."""
    assert [(c.killed, c.wounded) for c in claims_of(text, "2024-01-29", language=language)] == [(3, 25)]


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        ("en", "At Tower 22 five US soldiers and one US contractor were wounded.", (None, 6)),
        ("en", "A US contractor died and five US soldiers and one US contractor were wounded at Tower 22.", (1, 6)),
        ("nl", "Een Amerikaanse aannemer kwam om en vijf Amerikaanse soldaten en één aannemer raakten gewond op Tower 22.", (1, 6)),
    ],
)
def test_groups_joined_before_one_casualty_word_still_add_up(language: str, text: str, toll: tuple[int | None, int]) -> None:
    """ "five soldiers and one contractor were wounded", also after "a contractor died and": groups counted before one casualty word remain one toll."""
    assert [(c.killed, c.wounded) for c in claims_of(text, "2024-01-29", language=language)] == [toll]


@pytest.mark.parametrize(
    ("text", "base", "weapon"),
    [
        ("Der US-Stützpunkt am Gasfeld Koniko sei in der Nacht unter Raketenbeschuss geraten.", "conoco", "rocket"),
        ("Der US-Stützpunkt Ain al-Asad geriet am Abend unter Drohnenbeschuss.", "ain-al-asad", "drone"),
    ],
)
def test_a_german_fire_compound_is_an_attack_on_the_base(text: str, base: str, weapon: str) -> None:
    """ "unter Raketenbeschuss/Drohnenbeschuss geraten" (came under rocket/drone fire): the weapon's compound with "Beschuss" is an attack word."""
    assert [(c.base_id, c.weapon) for c in claims_of(text, "2023-11-13", language="de")] == [(base, weapon)]


def test_a_serbian_weekday_written_in_cyrillic_dates_the_attack() -> None:
    """Serbian Cyrillic "у суботу увече" (on Saturday evening) is Saturday, as the Latin "u subotu" already is."""
    text = "Два дрона оборена су у суботу увече у близини ваздухопловне базе Ал Харир."
    assert [str(c.attack_date) for c in claims_of(text, "2023-12-31", language="sr")] == ["2023-12-30"]


@pytest.mark.parametrize(
    "text",
    [
        "Дрон атаковал американскую военную базу на территории международного аэропорта в Эрбиле.",
        "Американская авиабаза на территории аэропорта в городе Эрбиль подверглась обстрелу.",
    ],
)
def test_the_russian_airport_in_erbil_is_the_erbil_air_base(text: str) -> None:
    """Russian "аэропорта в Эрбиле", "аэропорта в городе Эрбиль" (the airport in (the city of) Erbil) names the Erbil air base."""
    assert [c.base_id for c in claims_of(text, "2023-12-26", language="ru")] == ["erbil"]
