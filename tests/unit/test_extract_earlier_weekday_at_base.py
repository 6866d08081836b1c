"""A sentence pointing back at "the airbase" with a weekday before the day the story told tells an earlier attack there."""

from __future__ import annotations

from tests.helpers import claims_of


def _claims(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(c.base_id, str(c.attack_date), c.background) for c in claims_of(text, "2023-11-11", language="en")]


def test_a_weekday_two_days_before_the_told_day_is_an_earlier_attack_at_the_base() -> None:
    """ "... was hit by a drone on Saturday. In a similar incident, the airbase burned late Thursday": two attacks at Harir."""
    text = (
        "The Harir airbase near Erbil was hit by an armed drone on Saturday, a security source said. "
        "In a similar incident, the airbase burned late Thursday after two suicide drones struck it."
    )
    assert _claims(text) == [("harir", "2023-11-11", False), ("harir", "2023-11-09", True)]


def test_a_weekday_after_a_page_dated_telling_is_the_attacks_own_day() -> None:
    """The control: the story gave no day of its own, so "the airbase was struck late Thursday" dates its one attack."""
    text = "The Harir airbase near Erbil was hit by an armed drone, a security source said. The airbase was struck late Thursday."
    assert _claims(text) == [("harir", "2023-11-09", False)]


def test_another_attack_on_this_base_on_an_earlier_weekday_is_its_own_recalled_claim() -> None:
    """Persian "از طرف دیگر، روز دوشنبه ... از حمله‌ای دیگر به این پایگاه خبر دادند" (on the other hand, on Monday sources
    reported another attack on this base) after Thursday's attack on al-Omar: Thursday's claim keeps its day and
    Monday's attack is a recalled claim of its own (it was one corpus line expecting Monday to be dropped)."""
    text = (
        "منابع محلی گفتند امروز (پنجشنبه) چند پهپاد به پایگاه آمریکا در میدان نفتی «العمر» شلیک شد. "
        "از طرف دیگر، روز دوشنبه هفته جاری، منابع از حمله‌ای دیگر به این پایگاه خبر دادند."
    )
    claims = claims_of(text, "2024-02-08", language="fa")
    assert [(c.base_id, str(c.attack_date), c.background) for c in claims] == [("al-omar", "2024-02-08", False), ("al-omar", "2024-02-05", True)]


def test_two_weekdays_at_one_base_on_an_undated_page_are_two_attacks() -> None:
    """No publication day: "drones struck Ain al-Asad early on Tuesday ... On Monday, rockets were fired at Ain al-Asad" are two attacks."""
    text = (
        "Two drones attacked Ain al-Asad air base early on Tuesday, causing no casualties. "
        "On Monday, four Katyusha rockets were fired at Ain al-Asad, officials said."
    )
    claims = [(c.base_id, c.date_weekday, c.weapon) for c in claims_of(text, None, language="en")]
    assert claims == [("ain-al-asad", 1, "drone"), ("ain-al-asad", 0, "rocket")]


def test_a_follow_up_takes_no_attack_day_from_the_day_its_figures_were_disclosed() -> None:
    """ "The attack at Rimelan initially reported no casualties ... Ryder disclosed the number of injuries on Tuesday":
    Tuesday is the disclosure's day, not the attack's."""
    text = (
        "The Pentagon confirmed that eight US service members were hurt in a recent drone attack in northeastern Syria. "
        "The attack, which hit the Rimelan base, initially reported no casualties. "
        "Pentagon spokesman Pat Ryder disclosed the number of injuries on Tuesday. "
        "The eight injured personnel were treated for smoke inhalation."
    )
    claims = [(c.base_id, c.wounded, c.date_basis) for c in claims_of(text, "2024-08-15", language="en")]
    assert claims == [("rumalyn", 8, "publication")]
