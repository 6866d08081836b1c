"""A base named before a recall cue, with no attack told before the cue, is where something else happened."""

from __future__ import annotations

from tests.helpers import claims_of


def test_weapons_arriving_at_a_base_after_attacks_elsewhere_make_no_claim() -> None:
    """ "New US weapons arrived at the Conoco base in response to attacks on US bases": no attack on Conoco."""
    text = "New American weapons arrived at the Conoco base in eastern Syria in response to attacks on US bases."
    assert claims_of(text, "2024-01-16", language="en") == []


def test_an_indonesian_delivery_following_attacks_makes_no_claim() -> None:
    """The same in Indonesian ("menyusul serangan", following the attacks): no attack on Conoco."""
    text = "Peralatan militer baru Amerika tiba di pangkalan Koniko di Suriah timur menyusul serangan terhadap pangkalan Amerika."
    assert claims_of(text, "2024-01-16", language="id") == []


def test_a_base_attacked_after_the_recall_clause_is_still_claimed() -> None:
    """ "Ain al-Asad, in response to US strikes, was targeted by two drones": the attack follows the recall's clause."""
    text = "Ain al-Asad air base, in response to the US strikes on Friday, was targeted by two drones."
    assert [c.base_id for c in claims_of(text, "2024-01-16", language="en")] == ["ain-al-asad"]


def test_a_base_hit_before_the_recall_cue_is_still_claimed() -> None:
    """ "Rockets hit Ain al-Asad on Monday in response to the US strikes": the attack is told before the cue."""
    text = "Rockets hit Ain al-Asad on Monday in response to the US strikes."
    assert [c.base_id for c in claims_of(text, "2024-01-16", language="en")] == ["ain-al-asad"]
