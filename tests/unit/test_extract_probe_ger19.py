"""Probe ger19 (Germanic and Slavic pages): German fire compounds, Serbian weekdays in Cyrillic, and the Russian
"airport in Erbil"."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


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
