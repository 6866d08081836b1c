"""Patterns met in probe irq17 (Iraqi sites): a follow-on sentence that turns to an earlier time, and a Russian
singular verb that counts one person without a numeral."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rockets hit Ain al-Asad air base on Monday, wounding two soldiers. Last week, eight fighters died in a strike near Bukamal."),
        (
            "es",
            "Cohetes cayeron el lunes sobre la base de Ain al Asad, hiriendo a dos soldados. "
            "La semana pasada, ocho combatientes murieron en un bombardeo cerca de Bukamal.",
        ),
        (
            "pt",
            "Foguetes atingiram a base de Ain al-Asad na segunda-feira, ferindo dois soldados. "
            "Na semana passada, oito combatentes morreram num ataque perto de Bukamal.",
        ),
    ],
)
def test_deaths_told_from_last_week_on_are_not_the_new_attacks_toll(language: str, text: str) -> None:
    """A sentence after the claim that turns to last week tells of then: its dead are not the attack's."""
    claims = claims_of(text, "2024-01-29", language=language)
    assert [(c.base_id, c.killed, c.wounded) for c in claims] == [("ain-al-asad", None, 2)]


def test_a_story_of_last_weeks_attack_keeps_the_toll_told_with_last_week() -> None:
    """When the claim itself is dated last week, a toll sentence naming last week is still that attack's."""
    text = "Rockets struck Ain al-Asad air base last week, officials said on Monday. Two US soldiers were wounded in the attack last week."
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2024-01-29")] == [("ain-al-asad", 2)]


def test_a_russian_singular_death_verb_with_person_counts_one() -> None:
    """ "погиб человек" (a person died: singular verb, no numeral) is one death, a fatality."""
    text = "В понедельник при обстреле базы Айн-эль-Асад погиб человек."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language="ru")] == [("ain-al-asad", 1)]


def test_several_people_wounded_in_russian_stays_uncounted() -> None:
    """ "ранены несколько человек" (several people wounded) gives no number: the person noun alone is no count."""
    text = "В понедельник при обстреле базы Айн-эль-Асад ранены несколько человек."
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2024-01-29", language="ru")] == [("ain-al-asad", None)]


def test_urdu_in_a_statement_is_no_count_of_the_dead() -> None:
    """ "ایک بیان میں" (in a statement): the article "ایک" before a statement is not one death, and plural drones
    ("ڈرونز") shot down are weapons, not victims: a report that withholds the toll has none."""
    text = "عین الاسد کے فضائی اڈے پر منگل کو تین ڈرونز نے حملہ کیا۔ فوج نے ایک بیان میں ہلاکتوں کو ظاہر کیے بغیر بتایا کہ دو ڈرونز کو مار گرایا گیا۔"
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language="ur")] == [("ain-al-asad", None)]


@pytest.mark.parametrize(
    ("language", "text", "base"),
    [
        ("ar", "تعرضت السفارة الأمريكية في العاصمة العراقية بغداد لقصف صاروخي فجر الجمعة.", "union-iii"),
        ("ar", "سقطت صواريخ صباح الجمعة قرب السفارة الأمريكية في المنطقة الخضراء.", "union-iii"),
        ("ku", "Îro bi dronan êrîşî bingeheke Amerîkayê li Balafirxaneya Navneteweyî ya Hewlêrê hat kirin.", "erbil"),
        ("ur", "منگل کو اربیل ہوائی اڈے پر اتحادی فوج کے اڈے کو ڈرون سے نشانہ بنایا گیا۔", "erbil"),
    ],
)
def test_the_embassy_and_erbil_airport_named_as_local_press_writes_them(language: str, text: str, base: str) -> None:
    """The US embassy 'in the Iraqi capital Baghdad' / 'in the Green Zone', Kurmanji 'Balafirxane' and Urdu
    'اربیل ہوائی اڈے' name their sites."""
    assert [c.base_id for c in claims_of(text, "2023-12-08", language=language)] == [base]


def test_a_base_called_one_of_the_most_targeted_is_no_new_attack() -> None:
    """ "one of the most heavily targeted U.S. facilities" describes a history of attacks, not an attack: no claim."""
    text = "The coalition hands the Ain al-Asad Air Base to Iraqi units next week, leaving one of the most heavily targeted U.S. facilities in Iraq."
    assert claims_of(text, "2025-12-31") == []


def test_a_new_attack_on_the_most_targeted_base_is_still_reported() -> None:
    """The superlative beside a real strike ("Rockets hit Ain al-Asad, the most targeted base in Iraq, on Monday") keeps it."""
    assert [c.base_id for c in claims_of("Rockets hit Ain al-Asad, the most targeted base in Iraq, on Monday.", "2024-08-05")] == ["ain-al-asad"]


def test_the_base_repeatedly_targeted_after_a_story_of_no_attack_is_no_claim() -> None:
    """A sentence pointing back at "the base" that counts its past attacks ("repeatedly targeted") tells no attack."""
    text = "The coalition left Ain al-Asad Air Base on Sunday. The base has been repeatedly targeted by militias with rockets and drones."
    assert claims_of(text, "2026-01-18") == []


@pytest.mark.parametrize(
    "text",
    [
        "В четверг возле международного аэропорта столицы Иракского Курдистана был сбит беспилотник.",
        "Беспилотник ударил по американской базе рядом с аэропортом в столице Иракского Курдистана.",
    ],
)
def test_the_airport_of_the_capital_of_iraqi_kurdistan_is_erbils(text: str) -> None:
    """Russian copy names Erbil's airport as 'the airport of (in) the capital of Iraqi Kurdistan': the Erbil air base."""
    assert [c.base_id for c in claims_of(text, "2024-01-21", language="ru")] == ["erbil"]


def test_an_undated_page_dating_its_deaths_on_another_day_is_not_a_retelling() -> None:
    """An undated page whose story is on "7 марта" (no year) tells of deaths at the Erbil base that share the toll of
    the February 2021 rockets, but not their day: news, not history."""
    text = "При атаке беспилотника на аэропорт Эрбиля погиб человек. Атака произошла вечером 7 марта."
    assert [(c.base_id, c.killed, c.background) for c in claims_of(text, None, language="ru")] == [("erbil", 1, False)]


def test_an_undated_page_on_the_past_attacks_own_day_is_still_history() -> None:
    """The same toll told on "15 февраля", the day of the February 2021 Erbil rockets, stays a retelling."""
    text = "При ракетном обстреле аэропорта Эрбиля погиб человек. Атака произошла вечером 15 февраля."
    assert [(c.base_id, c.killed, c.background) for c in claims_of(text, None, language="ru")] == [("erbil", 1, True)]
