"""A famous toll told with its place alone, in a story whose only attacker named is another war's, is that war's."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Deux soldats israéliens ont été tués par un drone dans le nord du plateau du Golan, a annoncé l'armée. "
         "Le Hezbollah a revendiqué l'attaque."),
        ("en", "Two Israeli soldiers were killed when a drone struck a base in the northern Golan Heights, the army said. "
         "Hezbollah claimed the attack."),
    ],
)
def test_the_golan_toll_claimed_by_hezbollah_a_sentence_later_is_no_claim(language: str, text: str) -> None:
    """Two dead in the northern Golan is the Iraqi drone's famous toll, but Hezbollah claimed this attack: no claim, no fatality."""
    assert claims_of(text, "2024-07-28", language=language) == []


def test_the_golan_toll_claimed_by_the_iraqi_resistance_is_the_famous_attack() -> None:
    """The control: the same toll claimed by the Islamic Resistance in Iraq is the famous attack on the Golan base."""
    text = (
        "Two Israeli soldiers were killed when a drone struck a base in the northern Golan Heights, the army said. "
        "The Islamic Resistance in Iraq claimed the attack."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-10-04", language="en")] == [("northern-golan-idf-base", 2)]
