"""Patterns from the probe sets of session 50 (real pages, rewritten here in our own words) that give several claims."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_claim_told_in_the_past_perfect_with_an_earlier_day_recalls_that_attack() -> None:
    """ "Le 17 octobre, la RII avait revendiqué ..." after a claim of the 20th: the earlier claim and its bases are recalled."""
    text = (
        "La Résistance islamique en Irak a affirmé vendredi avoir frappé la base d'Aïn al-Assad avec deux drones. "
        "Le 17 octobre, le groupe avait revendiqué des tirs contre la garnison d'al-Tanf et le champ gazier de Conoco."
    )
    got = sorted((c.base_id, c.background) for c in claims_of(text, "2023-10-20", language="fr"))
    assert got == [("ain-al-asad", False), ("al-tanf", True), ("conoco", True)], got


def test_a_claim_verb_in_the_past_perfect_is_no_reported_speech() -> None:
    """ "On October 17, the group had claimed rockets at al-Tanf": the past perfect tells of before, not a backshift."""
    text = (
        "The Islamic Resistance in Iraq said on Friday it struck the Ain al-Asad air base with two drones. "
        "On October 17, the group had claimed a rocket attack on the al-Tanf garrison."
    )
    got = sorted((c.base_id, c.background) for c in claims_of(text, "2023-10-20", language="en"))
    assert got == [("ain-al-asad", False), ("al-tanf", True)], got
