"""Patterns probe set syria (56 real articles on the bases in Syria, seven languages) showed, each in sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Six fighters lost their lives following a drone attack on Shaddadi": the cue names the toll's own attack
        (
            "Six Kurdish-led fighters lost their lives following a drone attack on the Shaddadi base on Sunday night, the SDF said.",
            {"al-shaddadi": False},
        ),
        # "Rockets hit Conoco on Monday, following a drone attack on al-Omar that wounded two": al-Omar stays background
        (
            "Rockets hit the Conoco gas field base on Monday, following a drone attack on the al-Omar oil field that wounded two SDF fighters.",
            {"conoco": False, "al-omar": True},
        ),
    ],
)
def test_following_right_after_a_toll_names_its_own_attack_and_after_a_new_attack_recalls_an_earlier(text: str, expected: dict[str, bool]) -> None:
    """ "following" after a casualty word introduces the toll's own attack (news); after a new attack, an earlier one."""
    recalled = {c.base_id: c.background for c in claims_of(text, "2024-03-05", language="en")}
    assert recalled == expected, recalled


def test_an_article_parted_from_the_victim_noun_by_a_comma_counts_no_one() -> None:
    """ "hit by a drone, killing fighters": the article is the drone's, so no toll of one is read."""
    text = "The al-Omar oil field base was hit by a drone, killing fighters on Sunday."
    tolls = {c.base_id: c.killed for c in claims_of(text, "2024-02-06", language="en")}
    assert tolls == {"al-omar": None}, tolls


def test_a_weapon_in_the_clause_after_a_recall_makes_its_place_the_news() -> None:
    """ "Deux heures après l'attaque contre la tour 22, des miliciens ont envoyé un autre drone sur al-Tanf": al-Tanf is news."""
    text = "Deux heures après l'attaque contre la tour 22, des miliciens ont envoyé un autre drone sur la garnison d'al-Tanf."
    recalled = {c.base_id: c.background for c in claims_of(text, "2024-01-30", language="fr")}
    assert recalled == {"tower-22": True, "al-tanf": False}, recalled

