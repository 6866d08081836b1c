"""Tolls read as an analyst reads them: deaths a report denies, deaths of another war.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (probe set "fat15", chosen for their tolls); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Pentagon denied reports that the drone strike on Ain al-Asad air base had killed three American soldiers."),
        ("en", "CENTCOM has dismissed claims that the latest attack on the Ain al-Asad airbase left two US troops dead, a reporter said."),
        ("ar", "نفى البنتاغون الأنباء عن مقتل ثلاثة جنود أمريكيين في الهجوم بطائرة مسيرة على قاعدة عين الأسد."),
        ("fr", "Le Pentagone a démenti les informations selon lesquelles l'attaque de drone contre la base d'Aïn al-Assad aurait tué deux soldats américains."),
    ],
)
def test_deaths_told_only_as_a_report_officials_denied_are_no_toll(language: str, text: str) -> None:
    """A death count inside a denied report ("denied claims that ... killed two") is the claim refuted: the attack has no dead."""
    claims = claims_of(text, "2023-10-22", language=language)
    assert [(c.base_id, c.killed) for c in claims] == [("ain-al-asad", 0)]


def test_a_denial_of_something_else_leaves_the_toll_of_its_sentence() -> None:
    """Denying a role in an attack is no denial of its dead: the toll told after it stands."""
    text = "Iran denied any role in the drone attack on Tower 22 in Jordan that killed three US soldiers."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language="en")] == [("tower-22", 3)]


def test_a_denied_report_ends_with_its_clause() -> None:
    """A toll told after the clause of the denial is the attack's own: "denied reports of a second blast; two soldiers were killed"."""
    text = "Officials denied reports of a second drone; the drone that hit the Tower 22 base in Jordan killed three US soldiers."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language="en")] == [("tower-22", 3)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two reservists were killed on Sunday when a Hezbollah drone struck a military position in northern Israel."),
        ("es", "Dos soldados de la reserva murieron ayer en un ataque con un dron lanzado por Hezbolá cerca de Metula, en el norte de Israel."),
    ],
)
def test_deaths_in_israel_from_another_wars_group_are_not_the_famous_iraqi_attack(language: str, text: str) -> None:
    """A toll told with Israel alone is the famous Golan attack's only when no group of another war (Hezbollah) struck."""
    assert claims_of(text, None, language=language) == []


def test_deaths_in_israel_told_with_no_attacker_still_find_the_famous_attack() -> None:
    """The same toll and country with no group of another war named keep the famous attack of that toll."""
    text = "Two soldiers were killed and 24 wounded when an explosive drone launched from Iraq hit a base in northern Israel."
    assert [(c.base_id, c.killed) for c in claims_of(text, None, language="en")] == [("northern-golan-idf-base", 2)]


def test_arabic_fighters_who_lost_their_lives_are_the_dead() -> None:
    """ "فقدوا حياتهم" (they lost their lives) is a word of death like "قتلوا": its count is the toll."""
    text = "قالت قوات سوريا الديمقراطية إن خمسة من مقاتليها فقدوا حياتهم في هجوم بطائرة مسيرة على حقل العمر."
    assert [(c.base_id, c.killed) for c in claims_of(text, None, language="ar")] == [("al-omar", 5)]


def test_bulgarian_definite_numerals_of_persons_count_the_dead() -> None:
    """Bulgarian writes "тримата военнослужещи" (the three servicemen) with the article on the numeral: still a count of three."""
    text = "Тримата американски военнослужещи загинаха при атака с дрон срещу базата Кула 22 в Йордания."
    assert [(c.base_id, c.killed) for c in claims_of(text, None, language="bg")] == [("tower-22", 3)]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("The drone that hit the US base in Erbil left one service member in critical condition and wounded two other American troops.", 3),
        ("A drone struck the US base in Erbil, leaving one soldier in a serious condition and injuring four others.", 5),
    ],
)
def test_a_group_in_critical_condition_joined_to_others_wounded_adds_to_them(text: str, wounded: int) -> None:
    """ "one in critical condition and wounded two others": the group before "and" is wounded too; the count is their sum."""
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2023-12-25", language="en")] == [("erbil", wounded)]


def test_a_dead_group_joined_to_others_wounded_is_not_added_to_the_wounded() -> None:
    """ "killed one contractor and wounded two others": the group before "and" is the dead; the wounded stay two."""
    text = "The rocket attack on the Ain al-Asad air base killed one contractor and wounded two others."
    assert [(c.base_id, c.killed, c.wounded) for c in claims_of(text, None, language="en")] == [("ain-al-asad", 1, 2)]


def test_arabic_bases_targeted_repeatedly_are_a_count_of_attacks_not_one() -> None:
    """ "استهدفت الفصائل بشكل متكرر قاعدة حرير" (the factions repeatedly targeted Harir) tells many attacks, no one claim."""
    text = (
        "أصيب عشرة جنود أمريكيين في الهجوم الصاروخي أمس على قاعدة عين الأسد. "
        "ومنذ بداية الحرب على غزة، استهدفت الفصائل بشكل متكرر قاعدة عين الأسد غربي العراق وحرير شمالي العراق."
    )
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2023-11-21", language="ar")] == [("ain-al-asad", 10)]



def test_others_written_after_the_victim_noun_still_join_the_critical_group() -> None:
    """Indonesian puts "lainnya" (others) after the noun and its side ("dua tentara AS lainnya"): still "two others"."""
    text = "Serangan drone di pangkalan AS di Erbil membuat satu tentara AS dalam kondisi kritis dan melukai dua tentara AS lainnya."
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2023-12-25", language="id")] == [("erbil", 3)]


def test_an_others_word_in_a_later_clause_does_not_join_the_groups() -> None:
    """ "wounded two soldiers, while others were evacuated": the "others" of another clause count no more wounded."""
    text = "The drone attack on the US base in Erbil left one soldier in critical condition and wounded two soldiers, while others were evacuated."
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2023-12-25", language="en")] == [("erbil", 2)]
