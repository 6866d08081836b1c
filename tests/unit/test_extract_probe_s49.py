"""Patterns from the probe sets of session 49 (real pages, rewritten here in our own words) that give several claims."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_month_named_after_a_story_that_needed_none_is_an_earlier_time() -> None:
    """On an undated page, "In August, ... including one that hit Conoco" after today's attack told with no month: recalled."""
    text = (
        "Two drones were launched at the al-Tanf garrison overnight, the group said. "
        "In August, the attacks were almost daily, including one that hit the Conoco gas field and lightly wounded three guards."
    )
    claims = {c.base_id: c.background for c in claims_of(text, None, language="en")}
    assert claims == {"al-tanf": False, "conoco": True}, claims


def test_a_month_named_in_the_lead_of_an_undated_page_is_the_storys_own() -> None:
    """ "In August, two drones hit Conoco" opening an undated page: nothing told before it, so it is the news, not a recall."""
    text = "In August, two drones hit the Conoco gas field, lightly wounding three guards, the group said."
    assert [(c.base_id, c.background) for c in claims_of(text, None, language="en")] == [("conoco", False)]


def test_a_weapon_in_a_reference_back_is_not_the_next_attacks() -> None:
    """ "This missile attack comes as ... the attack on a base in Jordan": the missiles were the attack told before."""
    text = (
        "پایگاه آمریکا در میدان نفتی العمر هدف حمله موشکی قرار گرفت. "
        "این حمله موشکی در حالی است که ارتش آمریکا گفت شمار زخمی‌ها در پی حمله به پایگاهی در شمال شرقی اردن به ۳۵ نفر رسیده است."
    )
    weapons = {c.base_id: c.weapon for c in claims_of(text, "2024-01-30", language="fa")}
    assert weapons == {"al-omar": "missile", "tower-22": "unknown"}, weapons


def test_a_weapon_after_this_attack_on_a_named_base_stays_its_own() -> None:
    """ "This missile attack on the al-Omar base": the reference back names the place's own attack and weapon."""
    text = "این حمله موشکی به پایگاه العمر روز دوشنبه انجام شد."
    assert [(c.base_id, c.weapon) for c in claims_of(text, "2024-01-30", language="fa")] == [("al-omar", "missile")]


def test_the_islamic_resistance_named_without_its_country_is_the_iraqi_group() -> None:
    """Italian 'Resistenza islamica' and Polish 'islamska grupa oporu w Iraku' claim for the Islamic Resistance in Iraq."""
    it = "L'attacco con droni alla base di al-Tanf è stato rivendicato dalla Resistenza islamica, una milizia filoiraniana."
    pl = "Do ataku dronów na bazę Ain al-Asad przyznała się islamska grupa oporu w Iraku."
    actors = [c.actor for c in claims_of(it, "2024-02-06", language="it") + claims_of(pl, "2024-02-06", language="pl")]
    assert actors == ["Islamic Resistance in Iraq", "Islamic Resistance in Iraq"], actors


def test_a_weekday_one_day_after_the_page_takes_the_next_day_the_record_holds() -> None:
    """ "Early on Tuesday" on a page dated Monday 30 Sep 2024: the record has rockets at Victory on 1 Oct, none on 24 Sep."""
    text = "Three rockets were fired at the Victory base by Baghdad airport in the early hours of Tuesday, security sources said."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-09-30", language="en")] == [("victory-baghdad", "2024-10-01")]


def test_a_weekday_of_last_week_stays_when_the_record_holds_it() -> None:
    """ "On Monday" on a page of Sunday 26 Nov 2023 read as the 20th: the record holds Ain al-Asad's missile that day."""
    text = "A close-range ballistic missile struck the Ain al-Asad air base on Monday, wounding eight troops."
    assert [str(c.attack_date) for c in claims_of(text, "2023-11-26", language="en")] == ["2023-11-20"]


def test_the_famous_attacks_wounded_placed_at_its_neighbour_are_the_famous_attack() -> None:
    """ "US forces in the area of al-Tanf ..., more than 40 injured" four days after Tower 22: Tower 22 on its day, no al-Tanf attack."""
    text = (
        "The militia said it would halt its operations. Earlier, its members were suspected of attacking US forces in "
        "the area of Al-Tanf on the border of Jordan and Syria, which left more than 40 American personnel injured."
    )
    claims = [(c.base_id, str(c.attack_date), c.wounded) for c in claims_of(text, "2024-02-01", language="en")]
    assert claims == [("tower-22", "2024-01-28", 40)], claims


def test_deaths_a_party_outlet_gives_in_a_later_sentence_are_its_word() -> None:
    """ "... rockets on Conoco. Al-Mayadeen said four people were killed in the attack on Conoco": no deaths an alert may carry."""
    text = (
        "Vor wenigen Stunden zielte der Widerstand mit 15 Raketen auf den US-Militärstützpunkt im Ölfeld Conoco. "
        "Das al-Mayadeen-Netzwerk gab außerdem bekannt, dass bei dem Angriff auf den Stützpunkt im Ölfeld Conoco vier Menschen getötet wurden."
    )
    claims = [(c.base_id, c.killed, c.status) for c in claims_of(text, "2023-11-13", language="de", source="Example Zeitung")]
    assert claims == [("conoco", None, "claimed")], claims


def test_a_known_toll_a_party_outlet_relays_stands() -> None:
    """Al-Mayadeen relaying the Golan base's two dead: the record holds that toll there, so the deaths stand."""
    text = "Al Mayadeen reported that two Israeli soldiers were killed when a drone from Iraq hit an army base in the northern Golan."
    assert [c.killed for c in claims_of(text, "2024-10-03", language="en", source="Example News")] == [2]


def test_a_weekday_one_day_after_the_page_takes_the_next_day_its_calendar_twin_holds() -> None:
    """ "Early on Friday" about Erbil on a page of Thursday 16 Nov 2023: the record's Harir attack of the 17th counts."""
    text = "Two drones struck the air base at Erbil airport early on Friday, a Kurdish security official said."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2023-11-16", language="en")] == [("erbil", "2023-11-17")]
