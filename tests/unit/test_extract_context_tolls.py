"""Tolls that belong to something else than the attack (another war's dead, a denial, a running tally), and counts that are none."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _tolls(text: str, language: str = "en") -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2024-02-07", language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Militias said they fired drones at the Ain al-Asad base on Tuesday. Forty-five Palestinians were killed in Gaza the same day."),
        ("en", "Drones targeted the Ain al-Asad base on Tuesday, a day after 30 people were killed in southern Lebanon."),
        ("en", "Drones targeted the Ain al-Asad base on Tuesday. At least 12 people died in Yemen."),
        ("fr", "Des drones ont visé mardi la base d'Aïn al-Assad. Le même jour, 45 Palestiniens ont été tués à Gaza."),
        ("ar", "استهدفت المقاومة الإسلامية قاعدة عين الأسد بطائرات مسيرة يوم الثلاثاء، فيما قتل 45 فلسطينيا في غزة."),
        ("de", "Drohnen griffen am Dienstag den Stützpunkt Ain al-Assad an. Im Gazastreifen wurden am selben Tag 45 Palästinenser getötet."),
        ("es", "Drones atacaron el martes la base de Ain al Asad. En Gaza murieron 45 palestinos ese mismo día."),
        ("ru", "Во вторник дроны атаковали базу Эйн-эль-Асад. В тот же день в секторе Газа погибли 45 палестинцев."),
    ],
)
def test_deaths_placed_outside_the_theatre_are_never_the_toll_of_an_attack_on_a_base(language: str, text: str) -> None:
    """A toll whose clause names Gaza, Lebanon or their people (another war, reported for context) gives no killed count."""
    assert _tolls(text, language) == [("ain-al-asad", None, None)]


def test_a_toll_right_after_the_attack_still_counts_when_it_names_no_other_place() -> None:
    """The control: "Two soldiers were killed." after the attack sentence is its toll."""
    assert _tolls("Drones targeted the Ain al-Asad base on Tuesday. Two soldiers were killed.") == [("ain-al-asad", 2, None)]


def test_a_toll_beside_a_mention_of_gaza_in_another_clause_still_counts() -> None:
    """Gaza in the reason ("in response to the war in Gaza") does not hide the attack's own toll in its own clause."""
    text = "Drones hit Harir air base on Sunday, killing two U.S. soldiers, in response to the war in Gaza, the group said."
    assert _tolls(text) == [("harir", 2, None)]


@pytest.mark.parametrize("text", ["Rockets were fired at Rumalyn on Monday, killing no one.", "Rockets hit Rumalyn on Monday. No one was hurt."])
def test_a_denial_with_a_number_word_is_a_toll_of_zero_never_one(text: str) -> None:
    """ "killing no one", "No one was hurt": the "one" of a denial is no count of the dead."""
    assert _tolls(text)[0][1] == 0


def test_a_running_tally_after_the_attack_is_not_its_toll() -> None:
    """ "The attack brought to 186 the number of US personnel hurt since October": a campaign tally, no wounded count."""
    text = "Drones struck Harir air base on Monday. The attack brought to 186 the number of US personnel hurt in such attacks since October."
    assert _tolls(text) == [("harir", None, None)]


def test_a_number_that_opens_a_hyphenated_modifier_is_no_count() -> None:
    """ "a one-way attack drone" is no "1 killed": the count of "lost their lives" is "Three"."""
    text = "Three U.S. troops lost their lives when a one-way attack drone struck their housing units at Tower 22 on Sunday."
    assert _tolls(text) == [("tower-22", 3, None)]


def test_a_count_is_never_taken_across_another_casualty_word() -> None:
    """Arabic joins "and" to the next word ("وأصيب اثنان", and two were wounded): the two are the wounded, the martyred is one soldier."""
    text = "استشهد جندي عراقي وأصيب اثنان في قصف صاروخي استهدف قاعدة فكتوريا قرب مطار بغداد يوم الثلاثاء."
    assert _tolls(text, "ar") == [("victory-baghdad", 1, 2)]


def test_perished_is_a_word_for_killed_in_french() -> None:
    """ "trois militaires américains ont péri" after the attack on Tower 22 is a toll of three."""
    assert _tolls("Un drone a frappé la base de Tower 22 dimanche ; trois militaires américains ont péri.", "fr") == [("tower-22", 3, None)]
