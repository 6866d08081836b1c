"""The day a story gives "the attacks" after naming several bases hit together is every one of those claims' day."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rockets hit the American bases at the al-Omar and Conoco fields in Deir ez-Zor. The attacks took place on Tuesday morning."),
        ("fr", "Des roquettes ont frappé les bases américaines des champs d'al-Omar et de Conoco à Deir ez-Zor. Les attaques ont eu lieu mardi matin."),
        ("de", "Raketen trafen die US-Stützpunkte auf den Ölfeldern al-Omar und Conoco in Deir ez-Zor. Die Angriffe ereigneten sich am Dienstagmorgen."),
    ],
)
def test_the_day_of_the_attacks_told_after_a_list_of_bases_dates_each_base(language: str, text: str) -> None:
    """ "The attacks took place on Tuesday" after "the bases at al-Omar and Conoco": both attacks on Tuesday, not one on the page's day."""
    claims = claims_of(text, "2023-12-27", language=language)
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("al-omar", "2023-12-26"), ("conoco", "2023-12-26")]


def test_a_base_with_a_day_of_its_own_keeps_it() -> None:
    """The control: a base of the list that the sentence dates itself ("al-Omar on Monday") keeps its own day."""
    text = "Rockets hit the al-Omar base on Monday and the Conoco base. The attack on Conoco took place on Tuesday morning."
    days = {c.base_id: str(c.attack_date) for c in claims_of(text, "2023-12-27", language="en")}
    assert days["al-omar"] == "2023-12-25"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Friday the group targeted the bases at the al-Omar and Conoco fields and the Shaddadi base. The attacks were carried out with rockets."),
        ("fr", "Vendredi, le groupe a visé les bases d'Al-Omar et de Koniko ainsi que celle d'Al-Shaddadi. Les attaques ont été menées avec des roquettes."),
    ],
)
def test_the_weapon_of_the_attacks_told_after_a_list_of_bases_arms_each_base(language: str, text: str) -> None:
    """ "The attacks were carried out with rockets" after three bases hit together: rockets at each, not at the last alone."""
    claims = claims_of(text, "2023-12-09", language=language)
    assert [(c.base_id, c.weapon) for c in claims] == [("al-omar", "rocket"), ("conoco", "rocket"), ("al-shaddadi", "rocket")]


def test_a_base_with_a_weapon_of_its_own_keeps_it() -> None:
    """The control: a base of the list whose own clause names its weapon keeps it."""
    text = "On Friday drones targeted the al-Omar base, and the group also hit the Conoco base. The attacks were carried out at dawn with rockets."
    weapons = {c.base_id: c.weapon for c in claims_of(text, "2023-12-09", language="en")}
    assert weapons["al-omar"] == "drone"
