"""English reporting shapes from the sweep of issue 9: each keeps the claim and the toll an analyst would read."""

from __future__ import annotations

from tests.helpers import claims_of

PUBLISHED = "2024-02-05"  # a Monday


def _tolls(text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, PUBLISHED)]


def test_a_death_from_a_heart_attack_while_sheltering_is_not_the_attacks_death() -> None:
    """A contractor who dies of a cardiac arrest during an alert gives the attack no fatality."""
    text = "A drone struck Ain al-Asad air base on Sunday. A U.S. contractor died of a heart attack while sheltering in place."
    assert _tolls(text) == [("ain-al-asad", 0, None)]
    later = "A drone struck Ain al-Asad air base on Sunday. A U.S. contractor died after suffering a cardiac episode."
    assert _tolls(later) == [("ain-al-asad", 0, None)]


def test_a_natural_death_told_in_the_attack_sentence_is_no_fatality() -> None:
    """ "... died due to a cardiac incident while taking shelter at ...": no death of the attack."""
    text = "An American contractor died due to a cardiac incident while taking shelter at Ain al-Asad during a rocket attack."
    assert all(not c.killed for c in claims_of(text, PUBLISHED))


def test_a_soldier_who_lost_his_life_is_a_death() -> None:
    """The singular of "lost their lives" counts one killed."""
    text = "A drone struck the Conoco gas field on Sunday. A U.S. soldier lost his life in the attack."
    assert _tolls(text) == [("conoco", 1, None)]


def test_a_state_force_that_intercepts_a_drone_is_the_target_not_the_attacker() -> None:
    """ "Israeli forces intercepted a drone launched from Iraq toward Eilat": the Iraqi drone's target is still claimed."""
    text = "Israeli forces intercepted a drone launched from Iraq toward Eilat on Sunday, the army said."
    assert [c.base_id for c in claims_of(text, PUBLISHED)] == ["eilat-naval-base"]


def test_a_state_force_that_strikes_is_still_an_attacker() -> None:
    """Interception excuses the state's forces only when they intercept: a strike by them is no militia attack."""
    assert claims_of("Israeli jets struck a base near Eilat on Sunday.", PUBLISHED) == []


def test_no_american_troops_hurt_is_a_toll_of_none() -> None:
    """ "No American troops were hurt" tells zero wounded and zero killed."""
    text = "Several rockets targeted the Rumalyn base on Sunday. No American troops were hurt, an official said."
    assert _tolls(text) == [("rumalyn", 0, 0)]


def test_a_sentence_saying_there_were_no_casualties_continues_the_attack_before_it() -> None:
    """A following "There were no casualties" gives the attack before it a toll of none."""
    text = "Two drones targeted the Erbil air base on Sunday morning. There were no casualties, according to Kurdish officials."
    assert _tolls(text) == [("erbil", 0, 0)]


def test_minor_injuries_still_count_the_wounded() -> None:
    """ "Two service members suffered minor injuries": two wounded, none killed."""
    text = "Rockets hit Ain al-Asad air base on Sunday. Two service members suffered minor injuries."
    assert _tolls(text) == [("ain-al-asad", 0, 2)]


def test_a_wounded_soldier_who_dies_a_day_later_is_the_attacks_death() -> None:
    """ "One of them died of his injuries on Monday" after a Sunday attack: one killed, the day stays Sunday."""
    text = "A drone attacked the Shaddadi base on Sunday, wounding four U.S. soldiers. One of them died of his injuries on Monday, the Pentagon said."
    (c,) = claims_of(text, PUBLISHED)
    assert (c.base_id, c.killed, c.wounded, str(c.attack_date)) == ("al-shaddadi", 1, 4, "2024-02-04")


def test_deaths_on_a_later_day_in_another_attack_are_not_the_first_attacks() -> None:
    """A later sentence telling its own attack ("killed in a drone attack in Jordan") gives the earlier claim no toll."""
    text = "A drone attacked the Shaddadi base on Sunday. On Monday, three U.S. soldiers were killed in a drone attack in Jordan."
    assert all(c.killed is None for c in claims_of(text, PUBLISHED) if c.base_id == "al-shaddadi")


def test_an_attack_told_hours_after_a_us_strike_is_still_claimed() -> None:
    """ "Hours after U.S. airstrikes ..., militants attacked the Harir base": the strike opens the sentence, the attack is new."""
    text = "Hours after U.S. airstrikes in western Iraq, militants attacked the Harir base with drones on Sunday."
    assert [(c.base_id, c.background) for c in claims_of(text, PUBLISHED)] == [("harir", False)]


def test_a_recalled_us_strike_does_not_make_the_new_attack_a_recollection() -> None:
    """ "A day after a U.S. strike killed a commander, rockets hit Ain al-Asad": the attack is news, not background."""
    text = "A day after a U.S. strike killed a militia commander in Baghdad, rockets hit Ain al-Asad air base on Sunday."
    assert [(c.base_id, c.background, c.killed) for c in claims_of(text, PUBLISHED)] == [("ain-al-asad", False, None)]


def test_an_attack_recalled_hours_after_is_background() -> None:
    """ "Hours after the attack on Tower 22, ...": the attack named after the recall cue stays a recollection."""
    text = "Hours after the attack on Tower 22, U.S. officials briefed reporters on Sunday."
    assert all(c.background for c in claims_of(text, PUBLISHED))


def test_an_attack_that_claimed_the_lives_of_soldiers_killed_them() -> None:
    """ "claimed the lives of three U.S. soldiers" is a toll of three killed, not a claim of responsibility."""
    text = "A drone attack on the Shaddadi base on Sunday claimed the lives of three U.S. soldiers."
    assert _tolls(text) == [("al-shaddadi", 3, None)]


def test_a_clock_time_before_the_weekday_keeps_the_day_in_the_sentence() -> None:
    """ "at about 11 p.m. Saturday, officials said": the stop of "p.m." ends no sentence, the attack is dated Saturday."""
    text = "A drone struck the Harir base at about 11 p.m. Saturday, officials said."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, PUBLISHED)] == [("harir", "2024-02-03")]


def test_days_ago_count_back_from_the_publication_day() -> None:
    """ "two days ago" in a Monday article dates the attack Saturday."""
    text = "A drone struck the Harir base two days ago, the group said on Telegram."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, PUBLISHED)] == [("harir", "2024-02-03")]


def test_a_number_of_personnel_is_no_count_of_one() -> None:
    """ "A number of personnel were evaluated for brain injuries": wounded uncounted, not one."""
    text = "On Sunday, Ain al-Asad air base was struck by ballistic missiles. A number of personnel were being evaluated for possible brain injuries."
    assert _tolls(text) == [("ain-al-asad", None, None)]


def test_a_single_soldier_with_the_article_is_still_one() -> None:
    """ "wounding a U.S. soldier" stays one wounded."""
    assert _tolls("Rockets hit Ain al-Asad on Sunday, wounding a U.S. soldier.") == [("ain-al-asad", None, 1)]


def test_a_group_joined_after_the_counted_victims_adds_to_the_toll() -> None:
    """ "wounded five US service members and another contractor": six wounded."""
    text = "A drone attack on the Conoco gas field on Sunday killed one American contractor, wounded five US service members and another contractor."
    assert _tolls(text) == [("conoco", 1, 6)]


def test_the_next_casualty_after_and_keeps_its_own_count() -> None:
    """ "killing three U.S. soldiers and wounding more than 40": three killed, forty wounded, nothing added across."""
    text = "A drone hit the Shaddadi base on Sunday, killing three U.S. soldiers and wounding more than 40."
    assert _tolls(text) == [("al-shaddadi", 3, 40)]
