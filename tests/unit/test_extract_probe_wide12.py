"""Patterns probe set wide12 (57 real articles, ten languages) showed, each in sentences of our own."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_toll_of_a_states_strike_named_with_its_possessive_is_no_toll_of_the_attack() -> None:
    """ "a reply to Turkey's strikes that killed four commanders": the dead are the strike's, told by the state's
    possessive name rather than its adjective ("Turkish strikes"), and the attack on the base has no toll."""
    text = (
        "Militants fired rockets at the al-Shaddadi base on Monday. "
        "The barrage looked like a reply to Turkey's strikes a day earlier that killed four militia commanders."
    )
    tolls = {(c.base_id, c.killed) for c in claims_of(text, "2024-01-09", language="en")}
    assert tolls == {("al-shaddadi", None)}, tolls


def test_an_article_dated_only_by_a_month_before_the_campaign_tells_history() -> None:
    """A page dated only "2023-03", a month wholly before the campaign's window: the deadly drone it reports is
    background, never an event or an alert of its own."""
    text = "A drone struck a maintenance building at a coalition base near Hasakah on Thursday, killing an American contractor."
    claims = claims_of(text, None, language="en", published_month="2023-03")
    assert claims and all(c.background for c in claims), claims


def test_an_article_dated_only_by_the_month_the_campaign_opens_in_is_news() -> None:
    """A page dated only "2023-10": the campaign began that month, so its attacks may be the campaign's own."""
    text = "Two drones attacked the al-Tanf garrison, wounding several US troops."
    claims = claims_of(text, None, language="en", published_month="2023-10")
    assert claims and not any(c.background for c in claims), claims
