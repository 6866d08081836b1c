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


def test_a_counted_list_of_attacks_claims_every_base() -> None:
    """ "two on Ain al-Asad, one on Harir and one on the Conoco field": each item is an attack, "one on Harir" no landmark of Ain al-Asad."""
    text = "The group said it had carried out four attacks on Wednesday: two on Ain al-Asad, one on Harir and one on the Conoco field."
    assert sorted(c.base_id for c in claims_of(text, "2024-01-25", language="en")) == ["ain-al-asad", "conoco", "harir"]


def test_a_base_near_another_is_still_a_landmark() -> None:
    """The control: "Tower 22, near al-Tanf" locates Tower 22; al-Tanf is not attacked."""
    assert [c.base_id for c in claims_of("A drone hit Tower 22, near al-Tanf, on Sunday.", "2024-01-29", language="en")] == ["tower-22"]


def test_a_statement_day_after_last_week_is_no_attack_day_and_the_report_stays_news() -> None:
    """ "injured in a drone attack on Rumalyn last week, the Pentagon said on Tuesday": no day (Tuesday is the
    statement's), and the first figures are news, not a recall."""
    (c,) = claims_of("Eight US service members were injured in a drone attack on Rumalyn last week, the Pentagon said on Tuesday.", "2024-08-13", language="en")
    assert (c.attack_date, c.wounded, c.background) == (None, 8, False)


def test_the_statement_day_still_dates_an_attack_told_with_no_other_time() -> None:
    """The control: "A drone hit al-Shaddadi, injuring three, the Pentagon said on Wednesday": the statement's day stands."""
    (c,) = claims_of("A drone hit al-Shaddadi, injuring three service members, the Pentagon said on Wednesday.", "2024-08-09", language="en")
    assert str(c.attack_date) == "2024-08-07"


def test_an_attack_told_after_apres_que_is_recalled() -> None:
    """ "quelques jours après qu'une attaque à la roquette a blessé sept militaires à Aïn al-Assad": Ain al-Asad's attack
    is recalled as background (no new-target alert from it), Rumeilan's is the news."""
    text = (
        "Des drones ont légèrement blessé des soldats à Rumeilan vendredi, quelques jours après qu'une attaque à la roquette"
        " a blessé sept militaires américains à Aïn al-Assad."
    )
    found = {c.base_id: c.background for c in claims_of(text, "2024-08-12", language="fr")}
    assert found == {"rumalyn": False, "ain-al-asad": True}
