"""Probe isr20: Iraqi militia claims on Israeli sites: deaths of another event recalled "less than a day after", a
militia's home country beside an Israeli toll, Arabic ways of saying "nobody was hurt", ships in a port, warnings of
attacks to come, dashed dates, and the Slovak name of Eilat."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_of


def test_a_death_told_less_than_a_day_after_an_airstrike_is_the_strikes_not_the_claims() -> None:
    """ "بعد أقل من يوم على قصف ... أدى لمقتل عنصر" (less than a day after a strike that killed a member): a recall."""
    text = (
        "أعلنت المقاومة الإسلامية في العراق صباح الأحد استهداف هدف في إيلات بطائرة مسيرة. "
        "وجاء الهجوم بعد أقل من يوم واحد على قصف طال موقعا للفصائل في سوريا وأدى إلى مقتل عنصر واحد."
    )
    found = claims_of(text, language="ar")
    assert [(c.base_id, c.killed) for c in found] == [("eilat-naval-base", None)]


@pytest.mark.parametrize("group", ["جماعة مدعومة من إيران في العراق", "فصائل مسلحة في العراق"])
def test_a_militia_named_with_its_home_country_leaves_the_toll_to_the_israeli_base(group: str) -> None:
    """ "... killed in an attack by an Iran-backed group in Iraq", then the base in the Golan: Iraq is the group's home."""
    text = (
        f"أعلن الجيش الإسرائيلي الجمعة مقتل جنديين إسرائيليين وجرح عشرين آخرين في هجوم بمسيرة نفذته {group}. "
        "وانفجرت المسيرة داخل معسكر للجيش في شمالي مرتفعات الجولان."
    )
    found = claims_of(text, "2024-10-04", language="ar")
    assert [(c.base_id, c.killed, c.wounded) for c in found] == [("northern-golan-idf-base", 2, 20)]


def test_an_iran_backed_militia_in_iraq_names_where_the_drone_came_from_not_where_the_soldiers_died() -> None:
    """ "... killed by a drone of an Iran-backed militia in Iraq", then the Golan base it hit: the base takes the toll."""
    text = (
        "The Israeli army said on Friday that two soldiers were killed and 15 hurt by a drone sent by an Iran-backed "
        "militia in Iraq. The drone struck an army base in the northern Golan Heights before dawn."
    )
    found = claims_of(text, "2024-10-04")
    assert [(c.base_id, c.killed, c.wounded) for c in found] == [("northern-golan-idf-base", 2, 15)]


@pytest.mark.parametrize("none", ["دون أن يتسبب في وقوع إصابات", "دون التسبب بضحايا", "دون أن تتسبب في سقوط ضحايا"])
def test_an_arabic_without_causing_casualties_is_a_toll_of_none(none: str) -> None:
    """ "دون أن يتسبب في وقوع إصابات" (without causing injuries), "دون التسبب بضحايا" (without causing victims): none."""
    text = f"قال الجيش إن مسيرة أطلقت من الشرق أصابت مبنى في قاعدة إيلات البحرية فجر الاثنين {none}."
    found = claims_of(text, "2024-04-01", language="ar")
    assert [(c.base_id, c.killed, c.wounded) for c in found] == [("eilat-naval-base", 0, 0)]


@pytest.mark.parametrize("ship", ["السفينة", "السفينة (ستار بلو)", "الناقلة"])
def test_a_ship_named_in_a_port_is_the_target_not_the_port_in_arabic(ship: str) -> None:
    """ "استهدفوا السفينة (اسمها) في ميناء حيفا": the ship, with or without its name in brackets, was the target."""
    text = f"قال المتحدث العسكري للحوثيين الأربعاء إن قواته استهدفت {ship} في ميناء حيفا بطائرات مسيرة."
    assert claims_of(text, "2024-06-12", language="ar") == []


def test_a_port_that_will_be_the_target_of_an_attack_is_a_warning_not_an_attack() -> None:
    """ "الميناء سيكون هدفا لهجوم صاروخي" (the port will be the target of a missile attack): an attack to come."""
    text = "تلقى عمال في ميناء حيفا رسائل تقول إن المكان سيكون هدفا لهجوم صاروخي قريبا."
    assert claims_of(text, "2024-10-20", language="ar") == []


@pytest.mark.parametrize("written", ["5 – 3 – 2024", "5-3-2024", "5 - 3 - 2024"])
def test_a_day_written_with_dashes_dates_the_attack(written: str) -> None:
    """ "مساء الثلاثاء الموافق 5 – 3 – 2024": day, month and year joined by dashes, spaced or not, as the claims write them."""
    text = f"قالت المقاومة الإسلامية في العراق إنها استهدفت مساء الثلاثاء الموافق {written} محطة الكهرباء في مطار حيفا بمسيرة."
    found = claims_of(text, language="ar")
    assert [(c.base_id, c.attack_date) for c in found] == [("haifa-airport", date(2024, 3, 5))]


@pytest.mark.parametrize("place", ["v Ejlate", "na Ejlat"])
def test_eilat_in_slovak_spelling_names_the_base(place: str) -> None:
    """ "v Ejlate" (in Eilat), "na Ejlat" (at Eilat): the West Slavic spelling of the city the militia claims."""
    text = f"Islamský odpor v Iraku tvrdí, že v nedeľu zaútočil dronmi {place}."
    assert [c.base_id for c in claims_of(text, "2024-09-29", language="sk")] == ["eilat-naval-base"]
