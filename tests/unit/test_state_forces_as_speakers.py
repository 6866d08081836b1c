"""A state's forces named as the source of a story are no attacker: the toll and the base stay the militia attack's.

`state_strike` phrases ("Israeli army", "Turkish forces") mark a state's strike, whose targets and dead are not a
militia attack's. Followed by a word of speech they are the speaker ("the Israeli army said ...", "Israeli army
radio reported ..."): before this, such a sentence about the drone that killed two soldiers in the Golan gave no
claim, or a claim without its deaths. Sentences in our own words.
"""

from __future__ import annotations

from tests.helpers import claims_of


def _golan(text: str) -> list[tuple[str | None, int | None]]:
    return [(c.base_id, c.killed) for c in claims_of(text, "2024-10-05")]


def test_the_israeli_army_as_speaker_keeps_the_attack_and_its_deaths() -> None:
    """"The Israeli army said two of its soldiers were killed when a drone from Iraq struck an army base in the Golan": two killed there."""
    text = "The Israeli army said on Friday that two of its soldiers were killed when a drone launched from Iraq struck an army base in the Golan Heights."
    assert _golan(text) == [("northern-golan-idf-base", 2)]


def test_army_radio_as_the_source_is_a_speaker_too() -> None:
    """Two words between the state's forces and the speech word ("Israeli army radio reported") still make a speaker."""
    text = "Israeli army radio reported that a drone from Iraq hit an army base in the Golan Heights, killing two soldiers."
    assert _golan(text) == [("northern-golan-idf-base", 2)]


def test_a_state_s_forces_that_strike_are_still_no_militia_attack() -> None:
    """"Turkish drones struck a facility near Rumeilan, the SDF said": the state struck; the speaker named after it changes nothing."""
    assert claims_of("Turkish drones struck a facility near Rumeilan on Friday, the SDF said.", "2024-10-05") == []
