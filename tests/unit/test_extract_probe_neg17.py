"""Probe neg17: tolls told after a "none" and death verbs in the present tense."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _tolls(text: str, published: str = "2024-02-05", language: str = "en") -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, published, language=language)]


def test_partner_fighters_killed_in_the_attack_outrank_a_none_told_of_the_americans() -> None:
    """ "No American casualties", then the SDF's dead counted "in the attack": the attack killed those fighters."""
    text = "Drones struck the al-Omar base late on Sunday. No US casualties were reported. Five SDF fighters were killed in the attack, a monitor said."
    assert _tolls(text) == [("al-omar", 5, None)]


def test_a_death_of_our_own_side_told_after_minor_injuries_does_not_outrank_them() -> None:
    """ "minor injuries" then "a contractor died of cardiac arrest": the none of deaths stands (not a partner's death)."""
    text = "Drones hit the Ain al-Asad base on Wednesday, causing minor injuries to four troops. A US contractor died the same day."
    assert [k for _, k, _ in _tolls(text, "2023-10-19")] != [1]


def test_partner_dead_told_of_another_weapon_do_not_outrank_a_rocket_attacks_none() -> None:
    """A rocket attack "with no casualties", then six fighters "killed in the drone attack": another attack's dead."""
    text = "Rockets hit Mission Support Site Euphrates on Saturday but caused no casualties. The SDF said six of its fighters were killed in the drone attack."
    assert _tolls(text) == [("mss-euphrates", 0, 0)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Mueren cuatro soldados en un ataque con drones contra la base de Al Tanf."),
        ("fr", "Quatre soldats meurent dans une attaque de drone contre la base d'al-Tanf."),
        ("pt", "Morrem quatro soldados em ataque de drone contra a base de Al Tanf."),
        ("it", "Muoiono quattro soldati in un attacco di droni contro la base di al-Tanf."),
    ],
)
def test_a_headline_in_the_present_tense_counts_its_dead(language: str, text: str) -> None:
    """Headlines write deaths in the present ("Mueren cuatro soldados", "meurent", "morrem", "muoiono"): a count of the dead."""
    assert _tolls(text, "2024-01-29", language) == [("al-tanf", 4, None)]
