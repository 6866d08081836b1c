"""A death in an event the attack is said to follow ("a day after a blast that killed ...") is that event's, told as background."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_death_in_a_blast_a_day_before_the_attack_is_no_toll_of_a_current_attack() -> None:
    """German "Der Angriff ereignete sich einen Tag nach einer Explosion ..., bei der ... getötet wurde": the dead are background."""
    text = (
        "Raketen wurden am Sonntag auf einen US-Stützpunkt in Syrien abgefeuert. Der Angriff ereignete sich einen Tag nach "
        "einer Explosion auf einem Militärstützpunkt im Irak, bei der am Samstag ein Soldat getötet wurde."
    )
    claims = claims_of(text, "2024-04-22", language="de")
    assert all(c.background for c in claims if c.killed)
