"""Session 63's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_base_an_aircraft_took_off_from_behind_its_countrys_possessive_is_no_target() -> None:
    """ "downed a US drone that took off from neighbouring Kuwait's Ali Al Salem Airbase": the country written with the
    possessive ending before the base is the base's own, so the base stays the flight's start, not a target."""
    text = (
        "The militia said on Friday it had shot down an American MQ-9 drone over Diyala, saying the aircraft had taken off "
        "from neighbouring Kuwait's Ali Al Salem Airbase."
    )
    assert claims_of(text, "2024-01-20", language="en") == []


def test_a_country_that_launched_the_drones_still_leaves_the_base_they_struck_a_target() -> None:
    """ "Drones launched from Iraq's Anbar province struck Ain al-Asad": the possessive names the launch area, and the
    base after the attack verb is the target (a guard of the above)."""
    text = "Drones launched from Iraq's Anbar province struck Ain al-Asad air base on Friday."
    assert [c.base_id for c in claims_of(text, "2024-01-20", language="en")] == ["ain-al-asad"]


def test_dead_told_before_an_attack_set_hours_earlier_are_not_that_attacks_toll() -> None:
    """ "... eight of its members were killed in its stronghold south of Baghdad. About 24 hours earlier, US forces were
    attacked at Ain al-Asad, resulting in eight injuries": the opening "hours earlier" sets the attack apart from the
    strike told before, so the base gets its own eight wounded and no dead."""
    text = (
        "According to the group, eight of its members were killed in its stronghold south of Baghdad. "
        "About 24 hours earlier, US forces were attacked by ballistic missiles at Ain al-Asad Air Base, resulting in eight "
        "injuries."
    )
    tolls = [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2023-11-22", language="en")]
    assert tolls == [("ain-al-asad", None, 8)]


def test_a_toll_told_in_its_country_before_the_base_is_still_the_bases() -> None:
    """ "Three US soldiers were killed in Jordan on Sunday. The drone hit Tower 22": with no time set apart, the toll told
    first is the attack's (a guard of the above)."""
    text = "Three US soldiers were killed in a drone attack in Jordan on Sunday. The drone hit Tower 22, a small outpost."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language="en")] == [("tower-22", 3)]


def test_an_undated_page_counts_no_weekday_from_its_list_of_other_stories() -> None:
    """An undated page whose list of other stories, under a heading line ("ЕЩЕ ПО ТЕМЕ", more on the topic), shows
    another story's time ("13:38, 13.03.2025"): that is no day of this page, so "во вторник" (on Tuesday) gets no day."""
    text = (
        "Два беспилотника во вторник атаковали авиабазу Айн-аль-Асад на западе Ирака, сообщили источники.\n"
        "Жертв нет.\n"
        "ЕЩЕ ПО ТЕМЕ\n"
        "Премьер встретится с президентом\n"
        "13:38, 13.03.2025"
    )
    assert [(c.base_id, c.attack_date) for c in claims_of(text, None, language="ru")] == [("ain-al-asad", None)]


def test_a_date_line_above_the_story_still_dates_an_undated_page() -> None:
    """The same page with its own date line above the story and no list of other stories: Tuesday is counted from it (a
    guard of the above)."""
    text = "13.03.2025\nДва беспилотника во вторник атаковали авиабазу Айн-аль-Асад на западе Ирака, сообщили источники."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, None, language="ru")] == [("ain-al-asad", "2025-03-11")]


def test_militia_fighters_killed_by_a_strike_told_before_a_base_is_named_are_not_its_toll() -> None:
    """ "القصف أسفر عن مقتل أربعة مقاتلين من الحشد" (the bombing killed four fighters of the Hashd), after a lead that
    places the US strike in Iraq, then "US forces responded to an attack on Ain al-Asad": the count names the militias'
    own dead, never the base's toll."""
    text = (
        "العراق\n\nطائرة أميركية مسيرة تضرب مواقع للحشد الشعبي العراقي وتوقع إصابات\n\n"
        "ضربت طائرة مسيرة أميركية، اليوم الأربعاء، مواقع للحشد الشعبي العراقي في محافظة بابل جنوب العاصمة بغداد وأوقعت ضحايا.\n\n"
        "وذكر مصدر أمني أن طائرة أميركية مسيرة نفذت فجر اليوم ضربات على مواقع تابعة للحشد في جرف الصخر.\n\n"
        "وقال المصدر، إن القصف أسفر عن مقتل أربعة مقاتلين من الحشد، وإصابة اثنين آخرين.\n\n"
        "وقال مسؤول أميركي إن القوات الأميركية في العراق ردت على هجوم استهدف قاعدة عين الأسد الجوية غربي بغداد."
    )
    assert [(c.base_id, c.killed, c.wounded) for c in claims_of(text, None, language="ar")] == [("ain-al-asad", None, None)]


def test_the_famous_toll_on_an_undated_page_of_a_later_month_is_that_attack_recalled() -> None:
    """A page of February 2024 with no day: "Washington accuses him of planning attacks, including the one on a base of
    its in Jordan that killed three American soldiers" is the Tower 22 attack of 28 January recalled, no new fatal one."""
    text = (
        "تتهم واشنطن القيادي بالتخطيط لهجمات على القوات الأمريكية، بما في ذلك الهجوم على إحدى قواعدها في الأردن، والذي "
        "أسفر عن مقتل ثلاثة جنود أمريكيين وجرح آخرين."
    )
    claims = claims_of(text, None, language="ar", published_month="2024-02")
    assert [(c.base_id, str(c.attack_date), c.background) for c in claims if c.killed] == [("tower-22", "2024-01-28", True)]


def test_a_list_of_the_named_dead_cut_short_counts_no_one_dead() -> None:
    """ "identified the dead soldiers as Sgt. A, 46, of Dayton, Ohio; and specifications. B, 24." (a rank the copy garbled
    cuts the list): the list goes on past the one name read, so it gives no count of one, and no fatal attack of one dead."""
    text = (
        "Confusion preceded deadly drone attack in Jordan, officials say\n\n"
        "The Pentagon on Monday identified the dead soldiers as Sgt. John Smith, 46, of Dayton, Ohio; and specifications. "
        "Jane Doe, 24, of Macon, Georgia.\n\n"
        "The drone attack on the outpost in northeastern Jordan near its borders with Syria and Iraq, called Tower 22, "
        "escalated hostilities."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, None, language="en")] == [("tower-22", None)]


def test_a_list_of_the_named_dead_read_whole_counts_each_name() -> None:
    """ "The dead were Sgt. A, Spc. B and Spc. C": every name read, three dead (a guard of the above)."""
    text = "A drone hit Tower 22 on Sunday. The dead were Sgt. John Smith, Spc. Jane Doe and Spc. Mary Roe."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-30", language="en")] == [("tower-22", 3)]
