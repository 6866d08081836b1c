"""English and Arabic reporting read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (issue 9, probe set "en13"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of, fold_claims


@pytest.mark.parametrize(
    "death",
    [
        "A civilian contractor died during the alert from a heart attack and was not hurt by the drones.",
        "One contractor died during the attack of cardiac arrest.",
        "A contractor died while sheltering from a heart attack.",
    ],
)
def test_a_death_from_a_heart_attack_told_after_a_time_phrase_is_no_toll_of_the_attack(death: str) -> None:
    """ "died during the alert from a heart attack": the phrase of time between the death and its cause keeps it a natural death."""
    claims = claims_of(f"Two drones struck the al-Asad base on Wednesday and wounded four troops. {death}", "2023-10-20")
    assert [(c.base_id, c.killed) for c in claims] == [("ain-al-asad", 0)]
    messages, _ = fold_claims(claims)
    assert [m for m in messages if getattr(m, "kind", None) == "fatality"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The drone that hit Tower 22 on January 28 caused the first deaths of US troops in the region since October 18.",
        "No American soldier had been killed by the militias since Oct. 7 until the drone struck Tower 22 on January 28.",
    ],
)
def test_the_day_of_a_date_outside_the_campaign_window_is_no_count_of_the_dead(text: str) -> None:
    """ "the first deaths ... since October 18": a day that opens a span, or falls outside the window, is still a date, never 18 dead."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-03-06")] == [("tower-22", None)]
