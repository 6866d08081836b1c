"""In a sentence that names several bases, a toll reaches the base its clause tells of, and a denial of any
casualties reaches every base the sentence lists; a list with a toll of none of them alone gives none a toll."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _tolls(text: str, language: str) -> dict[str | None, tuple[int | None, int | None]]:
    return {c.base_id: (c.killed, c.wounded) for c in claims_of(text, "2024-01-29", language=language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Militias fired rockets at Harir and Ain al-Asad on Sunday, causing no casualties."),
        ("ar", "استهدفت فصائل عراقية قاعدتي حرير وعين الأسد بعدة صواريخ يوم الأحد دون وقوع إصابات."),
    ],
)
def test_a_denial_of_casualties_in_a_list_sentence_is_every_listed_base_s_toll(language: str, text: str) -> None:
    """ "rockets at Harir and Ain al-Asad, causing no casualties": 0 killed and 0 wounded at both bases."""
    assert _tolls(text, language) == {"harir": (0, 0), "ain-al-asad": (0, 0)}


def test_a_count_in_the_sentence_keeps_the_denial_from_the_other_bases() -> None:
    """ "drones attacked al-Tanf and Harir; two were wounded, and no one was killed at Harir": the wounded are told
    of no one base, so the sentence's zero reaches neither base as a whole toll."""
    tolls = _tolls("Drones attacked al-Tanf and Harir on Sunday, wounding two soldiers and killing no one.", "en")
    assert tolls == {"al-tanf": (None, None), "harir": (None, None)}


def test_a_toll_right_after_its_own_attack_clause_is_that_base_s() -> None:
    """ "Rockets hit Harir, wounding two soldiers, and a drone hit al-Tanf, killing no one": 2 wounded at Harir,
    none killed at al-Tanf."""
    tolls = _tolls("Rockets hit Harir on Sunday, wounding two soldiers, and a drone hit al-Tanf, killing no one.", "en")
    assert tolls == {"harir": (None, 2), "al-tanf": (0, None)}


def test_a_toll_after_a_list_of_bases_is_none_of_them_alone() -> None:
    """The control: "Drones attacked al-Tanf and Harir, wounding two soldiers": the wounded are not told of either base."""
    tolls = _tolls("Drones attacked al-Tanf and Harir on Sunday, wounding two soldiers.", "en")
    assert tolls == {"al-tanf": (None, None), "harir": (None, None)}


@pytest.mark.parametrize(
    "text",
    [
        "لم تعلن أي جهة مسؤوليتها عن الهجوم على قاعدة عين الأسد يوم الأحد.",
        "لم تسجل كاميرات المراقبة لحظة سقوط الطائرة المسيرة على قاعدة عين الأسد يوم الأحد.",
    ],
)
def test_an_arabic_negated_verb_without_a_casualty_word_is_no_denial_of_casualties(text: str) -> None:
    """ "لم تعلن أي جهة مسؤوليتها" (no group claimed it) says nothing of casualties: no toll of 0."""
    assert _tolls(text, "ar") == {"ain-al-asad": (None, None)}


@pytest.mark.parametrize(
    "text",
    [
        "استهدف هجوم بطائرة مسيرة قاعدة عين الأسد يوم الأحد، ولم تقع إصابات.",
        "استهدف هجوم بطائرة مسيرة قاعدة عين الأسد يوم الأحد، ولم تسجل أي إصابات.",
        "استهدف هجوم بطائرة مسيرة قاعدة عين الأسد يوم الأحد، ولم ترد أنباء عن وقوع إصابات.",
    ],
)
def test_an_arabic_negated_verb_with_a_casualty_word_denies_casualties(text: str) -> None:
    """ "ولم تقع إصابات" (and no injuries occurred): 0 killed, 0 wounded."""
    assert _tolls(text, "ar") == {"ain-al-asad": (0, 0)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The attack on Harir caused no casualties, but a second drone hit Erbil airport and wounded two people."),
        ("ar", "قالت مصادر إن الهجوم على قاعدة حرير لم يسفر عن خسائر بشرية، لكن طائرة مسيرة ثانية أصابت مطار أربيل وجرحت شخصين."),
    ],
)
def test_a_denial_in_one_base_s_clause_is_that_base_s_and_a_count_in_another_is_the_other_s(language: str, text: str) -> None:
    """ "no casualties at Harir, but a drone hit Erbil and wounded two": Harir 0 / 0, Erbil 2 wounded (no zero of Harir's)."""
    assert _tolls(text, language) == {"harir": (0, 0), "erbil": (None, 2)}
