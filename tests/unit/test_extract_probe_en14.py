"""Reporting read as an analyst reads it, in English and the dev set's other big languages.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (probe set "en14"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Three American soldiers killed in Jordan, Pentagon says\n\n"
            "Three American soldiers were killed and 20 others were hurt on Saturday night when a drone struck their quarters.",
        ),
        (
            "de",
            "Drei US-Soldaten in Jordanien getötet\n\n"
            "Drei amerikanische Soldaten wurden in der Nacht zum Sonntag getötet und 20 weitere verletzt, als eine Drohne ihre Unterkünfte traf.",
        ),
    ],
)
def test_a_headline_toll_keeps_its_country_when_the_lead_retells_it_without_a_place(language: str, text: str) -> None:
    """Deaths and a country in the headline, the same deaths with no place in the lead: one story, the famous attack of that country."""
    claims = claims_of(text, None, language=language)
    assert [(c.base_id, c.killed, c.wounded) for c in claims] == [("tower-22", 3, 20)]


def test_a_lead_with_another_death_count_does_not_take_the_headline_country() -> None:
    """A lead whose toll differs from the headline's tells another count: the headline's country is not lent to it."""
    text = (
        "Three American soldiers killed in Jordan, Pentagon says\n\n"
        "Two American soldiers were killed and 20 others were hurt on Saturday night when a drone struck their quarters."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, None, language="en")] != [("tower-22", 2)]


@pytest.mark.parametrize(
    ("language", "text", "toll"),
    [
        ("ru", "Американская база у месторождения Конико подверглась ракетному обстрелу. Сведений о пострадавших и погибших пока нет.", (None, None)),
        ("uk", "Американська база біля родовища Коніко зазнала ракетного обстрілу. Інформації про загиблих і постраждалих немає.", (None, None)),
        ("uk", "Американська база біля родовища Коніко зазнала ракетного обстрілу. Постраждалих немає.", (0, 0)),
    ],
)
def test_no_information_about_the_dead_is_no_toll_of_none(language: str, text: str, toll: tuple[int | None, int | None]) -> None:
    """ "There is no information about the dead" says nothing is known yet; "there are no injured" alone is a toll of none."""
    claims = claims_of(text, "2024-08-30", language=language)
    assert [(c.base_id, c.killed, c.wounded) for c in claims] == [("conoco", *toll)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Islamic Resistance in Iraq claimed on Tuesday a drone attack on a site in Eilat. "
               "The group said the operation was carried out on Monday morning."),
        ("fr", "La Résistance islamique en Irak a revendiqué mardi une attaque de drone contre un site d'Eilat. "
               "Le groupe a indiqué que l'opération a été menée lundi matin."),
        ("es", "La Resistencia Islámica en Irak reivindicó el martes un ataque con dron contra un sitio de Eilat. "
               "El grupo dijo que la operación se realizó el lunes por la mañana."),
        ("pt", "A Resistência Islâmica no Iraque reivindicou na terça-feira um ataque com drone contra um local em Eilat. "
               "O grupo disse que a operação foi realizada na segunda-feira de manhã."),
    ],
)
def test_the_day_of_a_claim_gives_way_to_the_earlier_day_the_story_then_gives_the_attack(language: str, text: str) -> None:
    """ "Claimed on Tuesday an attack ... the operation was carried out on Monday": the attack is Monday's, one claim."""
    claims = claims_of(text, "2024-05-28", language=language)
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("eilat-naval-base", "2024-05-27")]


def test_a_day_told_of_something_else_leaves_the_attack_its_own_day() -> None:
    """A day that is not the claim's ("struck on Tuesday"), then another day of something else: the attack keeps Tuesday."""
    text = "Drones struck a site in Eilat on Tuesday, the Islamic Resistance in Iraq said. The attack followed a warning the group issued on Monday."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-05-28", language="en")] == [("eilat-naval-base", "2024-05-28")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Drones struck the al-Omar base on Sunday. "
               "Seven members of the Kurdish forces who were present with the American troops at the base were killed."),
        ("es", "Drones alcanzaron la base de al-Omar el domingo. "
               "Siete miembros de las fuerzas kurdas que estaban con las tropas estadounidenses en la base murieron."),
        ("fr", "Des drones ont frappé la base d'al-Omar dimanche. "
               "Sept membres des forces kurdes qui se trouvaient avec les troupes américaines sur la base ont été tués."),
        ("pt", "Drones atingiram a base de al-Omar no domingo. "
               "Sete membros das forças curdas que estavam com as tropas americanas na base foram mortos."),
    ],
)
def test_the_side_of_the_dead_is_the_counted_group_not_the_forces_a_relative_clause_names(language: str, text: str) -> None:
    """ "Seven members of the Kurdish forces who were with the American troops ... were killed": seven partner dead, no US deaths."""
    claims = claims_of(text, "2024-02-06", language=language)
    assert [(c.base_id, c.killed, c.casualty_side) for c in claims] == [("al-omar", 7, "partner")]


def test_a_counted_group_far_before_its_casualty_word_still_gives_the_side() -> None:
    """ "Five American soldiers were, in the rocket attack on the coalition base at Ain al-Asad, wounded": the soldiers' side, US."""
    text = "Fünf amerikanische Soldaten wurden bei dem Raketenangriff auf die Koalitionsbasis Ain al-Asad in der Provinz Anbar verletzt."
    assert [(c.base_id, c.wounded, c.casualty_side) for c in claims_of(text, "2024-08-06", language="de")] == [("ain-al-asad", 5, "US")]


@pytest.mark.parametrize(
    "lead",
    [
        "Three American military trainers were killed on Friday in an exchange of gunfire, officials said.",
        "Three US trainers were killed on Friday when guards opened fire on their car, officials said.",
    ],
)
def test_a_lead_that_tells_the_same_deaths_by_no_weapon_of_the_campaign_does_not_keep_the_headline_country(lead: str) -> None:
    """Headline deaths in Jordan, then troops shot dead at a gate: another kind of story, not the famous drone attack."""
    assert claims_of(f"Three American soldiers killed in Jordan\n\n{lead}", None, language="en") == []
