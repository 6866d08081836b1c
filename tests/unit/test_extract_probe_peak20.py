"""Probe peak20: a strike's target region before the attack it answers."""

from __future__ import annotations

from tests.helpers import claims_of


def test_the_attack_a_strike_answers_after_its_target_region_gives_no_new_deaths() -> None:
    """ "The US bombed sites in eastern Syria in response to a drone attack that killed two": an earlier attack."""
    text = (
        "Rockets struck the Conoco base in eastern Syria on Wednesday, without injuries. "
        "The US bombed militia sites in eastern Syria on Tuesday in response to a drone attack that killed two American soldiers."
    )
    new_deaths = [c for c in claims_of(text, "2024-01-12") if not c.background and c.killed]
    assert new_deaths == []


def test_a_strike_region_followed_by_no_recall_cue_is_left_as_it_was() -> None:
    """Without "in response to", the sentence's own attack keeps its toll: the rule needs the cue after the region."""
    text = "A drone struck a US position in eastern Syria on Tuesday, wounding two American soldiers."
    found = [(c.killed, c.wounded, c.background) for c in claims_of(text, "2024-01-12")]
    assert found == [(None, 2, False)]
