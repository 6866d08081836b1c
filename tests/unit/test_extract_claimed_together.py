"""A claim of responsibility pointing back at a sentence of several attacks names the claimant of each."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_group_claiming_these_attacks_claims_every_attack_of_the_sentence_before() -> None:
    """ "Drones struck the Harir and Ain al-Asad bases. The IRI claimed responsibility for these attacks.": both claimed."""
    text = "Drones struck the Harir and Ain al-Asad bases on Saturday. The Islamic Resistance in Iraq claimed responsibility for these attacks."
    claims = {c.base_id: (c.actor, c.status) for c in claims_of(text, "2024-02-11", language="en")}
    assert claims == {"harir": ("Islamic Resistance in Iraq", "claimed"), "ain-al-asad": ("Islamic Resistance in Iraq", "claimed")}
