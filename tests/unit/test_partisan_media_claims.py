"""What only an outlet of a party to the war reports is that party's claim, not a report; deaths only it gives are no toll (test_party_outlets)."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_toll_only_a_militia_aligned_outlet_gives_is_a_claim_with_no_deaths_to_alert_on() -> None:
    """ "Rockets hit Conoco, killing four US soldiers, Al Mayadeen reported": the attack claimed (not reported), the four dead its word."""
    (c,) = claims_of("Rockets hit the Conoco base on Friday, killing four US soldiers, Al Mayadeen reported.", "2024-09-28", language="en")
    assert (c.base_id, c.killed, c.status) == ("conoco", None, "claimed")


def test_the_same_toll_from_a_wire_or_the_pentagon_stays_a_report_or_a_confirmation() -> None:
    """The control: no party's outlet in the sentence, the status is what the sentence says."""
    (c,) = claims_of("Rockets hit the Conoco base on Friday, killing four US soldiers, a security source said.", "2024-09-28", language="en")
    assert c.status == "reported"


def test_an_arabic_telegram_channel_of_the_militias_makes_its_report_a_claim() -> None:
    """ "قناة صابرين نيوز" (Sabereen News) reporting a drone on Ain al-Asad: claimed."""
    (c,) = claims_of("ذكرت قناة صابرين نيوز أن طائرة مسيرة استهدفت قاعدة عين الأسد اليوم.", "2024-01-20", language="ar")
    assert (c.base_id, c.status) == ("ain-al-asad", "claimed")


def test_a_repost_crediting_a_party_outlet_on_its_own_line_is_that_outlets_page() -> None:
    """A blog's repost under "By Al Mayadeen English": the outlet's count of dead is its claim, no toll to alert on."""
    text = "Resistance drones strike US base\nBy Al Mayadeen English\nRockets hit the Conoco base on Friday, killing four US soldiers."
    (c,) = claims_of(text, "2024-09-28", language="en", source="resistance-news.example")
    assert (c.base_id, c.killed, c.status) == ("conoco", None, "claimed")


def test_an_outlet_named_inside_a_longer_line_is_no_credit() -> None:
    """The control: a sentence that names the outlet among other words is no byline; the wire's toll stands."""
    text = "Rockets hit the Conoco base on Friday, killing four US soldiers.\nThe attack came after Al Mayadeen aired a speech by the group's leader."
    (c,) = claims_of(text, "2024-09-28", language="en", source="wire.example")
    assert (c.base_id, c.killed) == ("conoco", 4)
