"""Probe peak20: a strike's target region before the attack it answers, CJK statement days, Arabic weapon forms."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_of


def test_the_attack_a_strike_answers_after_its_target_region_gives_no_new_deaths() -> None:
    """ "The US bombed sites in eastern Syria in response to a drone attack that killed two": an earlier attack."""
    text = (
        "Rockets struck the Conoco base in eastern Syria on Wednesday, without injuries. "
        "The US bombed militia sites in eastern Syria on Tuesday in response to a drone attack that killed two American soldiers."
    )
    new_deaths = [c for c in claims_of(text, "2024-01-12") if not c.background and c.killed]
    assert new_deaths == []


def test_a_strike_region_followed_by_no_recall_cue_is_left_as_it_was() -> None:
    """Without "in response to", the sentence's own attack keeps its toll: the rule needs the cue after the region."""
    text = "A drone struck a US position in eastern Syria on Tuesday, wounding two American soldiers."
    found = [(c.killed, c.wounded, c.background) for c in claims_of(text, "2024-01-12")]
    assert found == [(None, 2, False)]


def test_a_chinese_statement_day_before_the_attack_day_is_not_the_attack_day() -> None:
    """ "司令部5日发布消息称,...基地4日晚遭袭": the 5th is when the command spoke, the 4th when the base was hit."""
    text = "美军中央司令部5日发布消息称,驻扎在约旦东北部的美军基地4日晚遭无人机袭击,造成2名美军士兵受伤。"
    assert [c.attack_date for c in claims_of(text, "2024-03-06", language="zh")] == [date(2024, 3, 4)]


def test_a_chinese_wire_dateline_day_is_the_dispatch_day() -> None:
    """ "新华社华盛顿3月5日电": the day written before 电 dates the dispatch, never the attack it reports."""
    text = "新华社华盛顿3月5日电 驻扎在约旦东北部的美军基地4日晚遭无人机袭击,造成2名美军士兵受伤。"
    assert [c.attack_date for c in claims_of(text, "2024-03-06", language="zh")] == [date(2024, 3, 4)]


def test_an_arabic_weapon_in_the_accusative_is_still_the_weapon() -> None:
    """ "أطلقوا صاروخاً على قاعدة الأسد الجوية": the accusative "a rocket" after a verb of firing names the weapon."""
    found = [(c.base_id, c.weapon) for c in claims_of("أطلقت الميليشيات صاروخاً على قاعدة الأسد الجوية.", "2024-01-12", language="ar")]
    assert found == [("ain-al-asad", "rocket")]


def test_an_arabic_statement_weekday_yields_to_the_day_the_attack_is_given() -> None:
    """ "قال في بيان الخميس إن ... يوم 12 ديسمبر": Thursday is the statement's day, the 12th the attack's."""
    text = "قال الجيش الأمريكي في بيان الخميس إن قاعدة حرير تعرضت لهجوم بطائرة مسيرة يوم 12 ديسمبر."
    assert [c.attack_date for c in claims_of(text, "2023-12-15", language="ar")] == [date(2023, 12, 12)]
