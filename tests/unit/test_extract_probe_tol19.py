"""Probe tol19: tolls that belong to something else than the attack on the base (a number printed with spaces
between its thousands, the dead of a state's strike told before the strike)."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Une attaque de drone a visé la base d'Aïn al-Assad mardi. Le groupe dit répondre à la guerre dans la bande de Gaza, "
            "qui a tué au moins 18 205 personnes, dont 7 729 enfants.",
        ),
        ("fr", "Une attaque de drone a visé la base d'Aïn al-Assad mardi. Selon Gaza, 55 243 autres personnes ont été blessées."),
        ("fr", "Une attaque de drone a visé la base d'Aïn al-Assad mardi. Selon Gaza, 55\u00a0243 autres personnes ont été blessées."),
    ],
)
def test_a_far_war_toll_printed_with_spaced_thousands_is_no_toll_of_the_attack(language: str, text: str) -> None:
    """ "18 205 personnes" is one number (18,205), the other war's dead: never 18 killed or 243 wounded at the base."""
    found = claims_of(text, "2023-12-12", language=language)
    assert [(c.base_id, c.killed, c.wounded) for c in found] == [("ain-al-asad", None, None)]


def test_a_toll_printed_with_spaced_thousands_reads_as_one_number() -> None:
    """A number grouped by spaces in the French way ("1 200 soldats") is twelve hundred, not one then two hundred."""
    text = "Une roquette a touché mardi la base d'Aïn al-Assad, où sont stationnés 1 200 soldats, blessant deux militaires."
    assert [(c.killed, c.wounded) for c in claims_of(text, "2023-12-12", language="fr")] == [(None, 2)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Six combattants pro-iraniens ont été tués vendredi dans des frappes américaines dans l'est de la Syrie, selon une ONG."),
        ("en", "Six pro-Iran fighters were killed on Friday in US airstrikes in eastern Syria, a monitor said."),
        ("fr", "Six combattants pro-iraniens ont été tués vendredi dans des frappes menées par l'armée américaine près de la frontière irakienne."),
        ("en", "Six pro-Iran fighters were killed on Friday in strikes conducted by US forces near the Iraqi border, a monitor said."),
    ],
)
def test_dead_told_right_before_the_state_strike_that_killed_them_make_no_claim(language: str, text: str) -> None:
    """ "... ont été tués vendredi dans des frappes américaines ...", "... in strikes conducted by US forces": the
    strike's dead, told before it, are no toll of any attack on a base, even when their number is the toll of that
    country's famous attack (al-Omar, six dead)."""
    assert [c.killed for c in claims_of(text, "2024-02-03", language=language)] == []


def test_american_dead_told_before_an_air_attack_are_the_militias_attack() -> None:
    """ "Three US soldiers were killed ... in an air attack with drones on a base in Jordan": no state strikes
    American troops in this war, so the deaths stay the attack's (Tower 22)."""
    text = "Três soldados norte-americanos morreram e dezenas ficaram feridos num ataque aéreo com drones contra uma base no nordeste da Jordânia."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language="pt")] == [("tower-22", 3)]


def test_a_statement_day_after_the_drone_told_before_keeps_the_attack_day() -> None:
    """ "A drone attack ... on Friday, the Pentagon said Monday. The drone hit Rumalyn ..., an official said Monday":
    "the drone" is the attack told before, so the base's claim keeps Friday, not the day of the statement."""
    text = (
        "Several US troops were hurt in a one-way drone attack in Syria on Friday, the Pentagon said on Monday. "
        "The drone hit the Rumalyn Landing Zone, which hosts coalition forces, a spokesman said Monday."
    )
    assert [str(c.attack_date) for c in claims_of(text, "2024-08-13")] == ["2024-08-09"]


def test_the_asad_base_named_in_arabic_with_its_base_noun_is_ain_al_asad() -> None:
    """Arabic "قاعدة الأسد" (the Asad base, without "Ain") names Ain al-Asad; the bare name stays the president's."""
    found = claims_of("أصيب جنديان بجروح طفيفة في هجوم بطائرة مسيرة على قاعدة الأسد غرب العراق.", "2023-10-24", language="ar")
    assert [c.base_id for c in found] == ["ain-al-asad"]
    assert claims_of("قال الرئيس بشار الأسد إن القوات الأمريكية تحتل قاعدة التنف.", "2023-10-24", language="ar") == []


def test_a_french_read_also_heading_opened_by_a_lire_is_a_link_not_a_claim() -> None:
    """ "À lire : ... attaque une base US à l'aéroport d'Erbil" under a story: the headline of another article,
    linked, claims nothing; the story's own attack stays."""
    text = (
        "La Résistance islamique en Irak a revendiqué mercredi une attaque de drone contre la base d'Aïn al-Assad.\n"
        "À lire : une base américaine de l'aéroport d'Erbil visée par des drones"
    )
    assert [c.base_id for c in claims_of(text, "2023-12-06", language="fr")] == ["ain-al-asad"]


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        ("fr", "Un drone a frappé la base d'al-Tanf mardi. Une vingtaine d'autres personnes ont été blessées.", 20),
        ("fr", "Un drone a frappé la base d'al-Tanf mardi. Une dizaine d'autres militaires ont été blessés.", 10),
    ],
)
def test_an_article_that_opens_an_approximate_number_is_no_single_victim(language: str, text: str, wounded: int) -> None:
    """ "Une vingtaine d'autres personnes": the article opens "about twenty", so the toll is twenty, not one person."""
    assert [c.wounded for c in claims_of(text, "2024-01-10", language=language)] == [wounded]
