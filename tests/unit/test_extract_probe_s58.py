"""Session 58's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_toll_told_first_whose_dead_are_the_militias_own_people_goes_to_no_later_claim() -> None:
    """Dead "affiliated with Iran-backed militias" told before any base are a blast's or a strike's on the militias, not the toll of their attack told after."""
    text = (
        "An explosion at a depot south of Baghdad on Monday killed three men affiliated with Iran-backed militias and "
        "wounded two others, an Iraqi official said. Later that day the Islamic Resistance in Iraq said it had launched "
        "a drone at Ain al-Asad air base in western Iraq."
    )
    (claim,) = claims_of(text, "2024-08-01", language="en")
    assert (claim.base_id, claim.killed, claim.wounded) == ("ain-al-asad", None, None)


def test_an_undated_page_s_lone_date_line_under_its_byline_is_the_day_yesterday_counts_from() -> None:
    """A page with no publication date whose opening holds one date alone on its line: "yesterday" is the day before it."""
    text = (
        "Drone attack on US base in Rmelan, Syria, injuries reported\n\nBy our correspondent\n\n11 August 2024\n\n"
        "A US military official said a drone attack hit the base yesterday and caused damage."
    )
    claims = claims_of(text, None, language="en", published_month="2024-08")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("rumalyn", "2024-08-10")]
