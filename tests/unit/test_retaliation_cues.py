"""An attack told as the answer to a state's strikes is news; the strikes' own targets are not the militias'."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text", "base"),
    [
        ("en", "In retaliation for US strikes, the group sent two drones against the al-Omar oil field base on Monday.", "al-omar"),
        ("en", "In response to American airstrikes on its positions, the militia fired rockets at the Conoco gas field late on Tuesday.", "conoco"),
        ("de", "Als Reaktion auf die US-Luftangriffe schossen Milizen am Montag mehrere Raketen auf das Ölfeld Omar.", "al-omar"),
    ],
)
def test_an_attack_answering_a_states_strikes_is_a_new_report(language: str, text: str, base: str) -> None:
    """ "In retaliation for US strikes, ... drones against al-Omar": the strikes are recalled, the attack on the base is news."""
    found = claims_of(text, "2024-01-10", language=language)
    assert [(c.base_id, c.background) for c in found] == [(base, False)]


def test_a_later_strike_by_a_state_keeps_its_target_after_a_recalled_one() -> None:
    """ "In retaliation for US strikes, American jets hit a depot near al-Omar": the jets are a state's, so no militia claim."""
    text = "In retaliation for US strikes, American jets hit a militia depot near the al-Omar oil field on Monday."
    assert claims_of(text, "2024-01-10", language="en") == []


def test_a_strike_recalled_without_a_new_attack_keeps_its_target() -> None:
    """ "The vote came after a US air strike on Baghdad airport killed ...": the airport is the strike's target, not a claim."""
    assert claims_of("The vote came after a U.S. air strike on Baghdad airport killed the general.", "2024-01-10", language="en") == []
