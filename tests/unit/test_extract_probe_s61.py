"""Session 61's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

from tests.helpers import claims_of


def test_an_attack_that_followed_a_deadly_strike_keeps_its_own_place_and_no_toll() -> None:
    """ "Rockets struck al-Asad on Monday, an attack that followed a drone strike ... that killed three": al-Asad only, without the toll."""
    text = "Rockets struck Ain al-Asad air base on Monday, an attack that followed a drone strike in Jordan that killed three US troops."
    news = [(c.base_id, c.killed) for c in claims_of(text, "2024-01-30", language="en") if not c.background]
    assert news == [("ain-al-asad", None)]


def test_a_day_of_an_attack_whose_sentence_recalls_a_series_after_its_cue_dates_what_follows() -> None:
    """ "... killed six fighters late on Sunday, the first attack since US strikes on militias that have been targeting
    its forces. The SDF said Monday the attack hit al-Omar": the series is the recalled clause's; the attack is Sunday's."""
    text = (
        "A drone attack on a base hosting US troops in eastern Syria killed six allied Kurdish fighters late on Sunday, the first "
        "serious attack since retaliatory US strikes on the militias that have been targeting its forces in the region. The "
        "Syrian Democratic Forces said on Monday the attack hit a training ground at al-Omar base."
    )
    found = {(c.base_id, str(c.attack_date), c.killed) for c in claims_of(text, "2024-02-06", language="en")}
    assert found == {("al-omar", "2024-02-04", 6)}
