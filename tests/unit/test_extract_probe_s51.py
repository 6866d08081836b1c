"""Patterns from the own-words and blind probes of session 51 (real pages, rewritten here in our own words) that give
several claims."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_next_sentence_telling_another_attack_without_casualties_keeps_the_claimed_toll() -> None:
    """ "The group said its drones killed two soldiers ... A rocket attack on Harir caused no casualties": the second
    sentence tells its own attack, so it denies nothing of the first one's toll."""
    text = (
        "The militia said its drones killed two American soldiers at the al-Tanf garrison on Sunday. "
        "A rocket attack on Harir air base on Monday caused no casualties."
    )
    got = {c.base_id: c.killed for c in claims_of(text, "2024-01-30", language="en")}
    assert got == {"al-tanf": 2, "harir": 0}, got
