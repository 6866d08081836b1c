"""A famous attack retold months later, beside a weekday that dates another act (an inquiry, a ceremony), is that attack
recalled, never a second fatal attack on the weekday."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon on Tuesday released its investigation into the drone attack on Tower 22 that killed three soldiers.",
        "The families of the three soldiers killed at Tower 22 met President Biden on Tuesday.",
        "Three soldiers killed at Tower 22 were honored at a ceremony at Fort Moore on Tuesday.",
    ],
)
def test_a_weekday_of_another_act_beside_the_famous_deaths_is_no_new_fatal_attack(text: str) -> None:
    """ "The Pentagon on Tuesday released its investigation into the attack on Tower 22 that killed three", in May: Tower 22 recalled."""
    claims = [(c.base_id, str(c.attack_date), c.killed, c.background) for c in claims_of(text, "2024-05-15", language="en")]
    assert claims == [("tower-22", "2024-01-28", 3, True)]


def test_deaths_of_an_earlier_month_beside_a_weekday_of_another_act_are_recalled() -> None:
    """An unnamed outpost in Jordan "that killed three soldiers in January", told with Tuesday's inquiry: recalled."""
    text = "The Pentagon on Tuesday released its investigation into the drone attack on a US outpost in Jordan that killed three soldiers in January."
    assert [(c.killed, c.background) for c in claims_of(text, "2024-05-15", language="en")] == [(3, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Tuesday, a drone struck Ain al-Asad, killing two soldiers, the deadliest attack since January.", ("ain-al-asad", "2024-05-14", 2, False)),
        ("On Tuesday, drones struck Ain al-Asad, the tenth attack on the base since January.", ("ain-al-asad", "2024-05-14", None, False)),
    ],
)
def test_a_weekday_beside_the_attack_keeps_dating_it_whatever_month_follows(text: str, expected: tuple[object, ...]) -> None:
    """ "On Tuesday, a drone struck Ain al-Asad, killing two, the deadliest attack since January": Tuesday's attack is news."""
    assert [(c.base_id, str(c.attack_date), c.killed, c.background) for c in claims_of(text, "2024-05-15", language="en")] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Three US soldiers were killed in a drone attack on Tower 22 in Jordan on Sunday. "
            "According to The Washington Times report on Tuesday, January 30, 2024, Pentagon officials said at least 40 US troops were also wounded "
            "in the attack. CENTCOM is investigating how the drone evaded air defences at Tower 22.",
        ),
        (
            "id",
            "Tiga tentara AS tewas dalam serangan drone di Tower 22 di Yordania pada hari Minggu. "
            "Berdasarkan laporan The Washington Times pada Selasa, 30 Januari, 2024, para pejabat Pentagon melaporkan bahwa sedikitnya 40 personel "
            "militer AS juga terluka dalam serangan tersebut. Komando Pusat AS (CENTCOM) sedang menyelidiki bagaimana drone bisa menghindari "
            "pertahanan udara di Tower 22.",
        ),
    ],
)
def test_a_later_reports_count_of_the_wounded_fills_the_deadly_attack_and_its_day_opens_no_second_one(language: str, text: str) -> None:
    """A report of Tuesday 30 January: 40 also wounded in the attack of Sunday; Tower 22 named after it is the same attack."""
    claims = [(c.base_id, str(c.attack_date), c.killed, c.wounded) for c in claims_of(text, "2024-02-01", language=language)]
    assert claims == [("tower-22", "2024-01-28", 3, 40)]


def test_a_visit_dated_beside_the_named_attack_dates_neither_it_nor_what_follows() -> None:
    """A caption "... visit Guardsmen March 15, 2024 for the Tower 22 attack", then "This took place on January 28, 2024":
    one Tower 22 attack, of 28 January, never one of 15 March."""
    text = (
        "PURPLE HEARTS AWARDED FOR THE TOWER 22 ATTACK\n\n"
        "Gen. Hokanson visits National Guardsmen deployed in the region March 15, 2024 for the Tower 22 attack. (Courtesy Photo)\n\n"
        "The first attack to kill US service members was the Tower 22 attack. This took place on January 28, 2024. "
        "A drone attack on Tower 22 killed three National Guardsmen in January 2024."
    )
    assert {(c.base_id, str(c.attack_date)) for c in claims_of(text, None, language="en")} == {("tower-22", "2024-01-28")}
