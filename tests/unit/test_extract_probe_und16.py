"""Hard-to-date and hard-to-group pages read as an analyst reads them.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (probe set "und16": undated reposts, roundups that count the campaign, follow-ups that re-tell an
attack); the sentences are our own, written the way those pages write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Drones aimed at Ain al-Asad were shot down on Tuesday. A US drone strike in Baghdad killed Gen. Hadi Karimi.",
        "Drones aimed at Ain al-Asad were shot down on Tuesday. The 2020 American drone strike at the airport killed Maj. Gen. Hadi Karimi.",
    ],
)
def test_an_officer_named_as_a_state_strikes_dead_is_no_toll_of_the_attack_before(text: str) -> None:
    """A rank and name killed by a US strike, told after an attack, are the strike's dead, never the attack's toll."""
    (claim,) = claims_of(text, "2024-01-10")
    assert (claim.base_id, claim.killed) == ("ain-al-asad", None)


def test_soldiers_named_as_the_attacks_dead_still_count() -> None:
    """Ranks and names killed by the drone, a US strike told only after them, stay the attack's dead."""
    text = "A drone struck Tower 22 on Sunday. It killed Sgt. Ann Doe and Spc. Joe Roe, hours before a US airstrike in Iraq."
    (claim,) = claims_of(text, "2024-01-30")
    assert (claim.base_id, claim.killed) == ("tower-22", 2)
