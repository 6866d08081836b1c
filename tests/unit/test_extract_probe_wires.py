"""Wire and Gulf-outlet reporting of the 2024 phase of the campaign, read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set (probe set "wires":
English wires and their reposts, Iraqi and Gulf Arabic outlets, Feb - Nov 2024); the sentences are our own,
written the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_the_dead_of_a_strike_told_in_the_sentence_after_it_are_not_given_to_a_base_attack_told_later() -> None:
    """A toll whose attack word refers back to the state's strike told just before is that strike's, not a base's."""
    text = (
        "American jets carried out an airstrike in Babil on Tuesday night. "
        "The attack hit a base used by the Popular Mobilization Forces in southern Baghdad, leaving five members dead and three injured. "
        "Last week, several rockets were launched at the Ain al-Asad airbase in Iraq."
    )
    claims = claims_of(text, "2024-07-31", language="en")
    assert [c.base_id for c in claims] == ["ain-al-asad"]
    assert (claims[0].killed, claims[0].wounded) == (None, None)


def test_american_dead_told_after_a_strike_still_lead_the_story() -> None:
    """Our side's dead are never a state strike's in this war: a toll of US troops after a strike stays the attack's."""
    text = (
        "US jets carried out airstrikes in Syria overnight. "
        "The attack on the outpost in Jordan killed three US soldiers. "
        "The drone had struck Tower 22 before dawn on Sunday."
    )
    claims = claims_of(text, "2024-01-29", language="en")
    assert [(c.base_id, c.killed) for c in claims] == [("tower-22", 3)]


def test_an_attack_named_as_what_a_strike_retaliates_against_gives_no_news_claim() -> None:
    """ "the promised retaliation against the drone attack in Jordan that killed three" recalls that attack."""
    text = "Officials told reporters the raid was part of the promised retaliation against the drone attack in Jordan that killed three American troops."
    claims = claims_of(text, "2024-02-08", language="en")
    assert all(c.background for c in claims)
