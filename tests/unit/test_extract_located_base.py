"""A described base that the next sentence about "the base" names: the claim is that named base's."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_described_base_that_the_next_sentence_locates_at_a_named_base_is_that_base() -> None:
    """ "A US base in Hasakah came under drone fire. The base lies in Tal Baydar ...": the attack is on Tal Baydar."""
    text = (
        "An American military base in northeastern Syria was hit by a drone on Friday, wounding one soldier. "
        "The base sits in Tel Baidar in the province of Hasakah, a pro-Iranian channel said."
    )
    claims = [c for c in claims_of(text, "2023-11-18", language="en") if not c.background]
    assert [(c.base_id, c.wounded) for c in claims] == [("tal-baydar", 1)], [(c.base_id, c.place_text, c.wounded) for c in claims]


def test_a_named_base_in_a_later_sentence_that_tells_of_another_attack_is_not_the_described_base() -> None:
    """ "The Tal Baydar base was also attacked last month": an attack word makes it a claim of its own, not the location of the first."""
    text = (
        "An American military base in northeastern Syria was hit by a drone on Friday, wounding one soldier. "
        "The base at Tal Baydar was also attacked with rockets in October."
    )
    claims = [c for c in claims_of(text, "2023-11-18", language="en") if c.attack_date and str(c.attack_date) == "2023-11-17"]
    assert [c.base_id for c in claims] == [None], [(c.base_id, c.place_text, c.attack_date) for c in claims]


def test_a_described_base_is_not_moved_to_a_base_of_another_country() -> None:
    """ "A base in Syria was hit. The base is about as far from Ain al-Asad as ...": a base of Iraq is no location of a base in Syria."""
    text = (
        "An American military base in northeastern Syria was hit by a drone on Friday, wounding one soldier. "
        "The base is one of several, like Ain al-Asad in Iraq, that host coalition advisers."
    )
    claims = [c for c in claims_of(text, "2023-11-18", language="en") if not c.background]
    assert [c.base_id for c in claims] == [None], [(c.base_id, c.place_text) for c in claims]
