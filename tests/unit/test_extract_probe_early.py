"""Patterns probe set early (53 real articles on the first six weeks of attacks, Oct-Nov 2023, eleven languages)
showed, each in sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "American soldiers in Syria were targeted on November 14 by a drone that killed nobody. "
            "Officials said the drone had been aimed at the al-Tanf garrison.",
        ),
        (
            "fr",
            "Les troupes américaines en Syrie ont été visées le 14 novembre par un drone qui n'a pas fait de blessé. "
            "Le drone visait la garnison d'al-Tanf, selon un responsable.",
        ),
    ],
)
def test_a_day_of_the_month_in_a_placeless_opening_toll_sentence_counts_no_one(language: str, text: str) -> None:
    """ "targeted on November 14 by a drone that killed nobody" (fr "visées le 14 novembre"), then the base: 14 is the day."""
    tolls = {c.base_id: (c.killed, c.wounded) for c in claims_of(text, "2023-11-15", language=language)}
    assert set(tolls) == {"al-tanf"} and set(tolls["al-tanf"]) <= {None, 0}, tolls  # nobody hurt, or no toll told: never 14


def test_an_attack_told_as_one_of_the_earlier_attacks_is_background() -> None:
    """ "In the previous attacks, ... hit Harir": a toll of attacks told before, recalled, not today's news."""
    text = "In the previous attacks, several soldiers were hurt when drones hit the Harir air base."
    recalled = {c.base_id: c.background for c in claims_of(text, "2023-11-20", language="en")}
    assert recalled == {"harir": True}, recalled
