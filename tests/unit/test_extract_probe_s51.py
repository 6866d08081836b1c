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


def test_a_line_that_only_ends_with_the_word_archives_still_tells_its_attack() -> None:
    """A story's line whose last word is "archives" with no dash or bracket before it is no archive picture's caption."""
    text = "Drones struck Harir air base on Sunday, according to records the group keeps in its archives\nNo one was hurt."
    got = [c.base_id for c in claims_of(text, "2024-02-13", language="en")]
    assert got == ["harir"], got
