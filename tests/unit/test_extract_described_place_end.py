"""A described base's place text ends where its clause's predicate begins, in languages whose pack lists those words."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("ru", "Во вторник в результате ракетного обстрела базы на западе Ирака ранения получили четверо американских военнослужащих.", "базы на западе Ирака"),
        ("uk", "У вівторок унаслідок ракетного обстрілу бази на заході Іраку поранення дістали шестеро американських військових.", "бази на заході Іраку"),
    ],
)
def test_a_described_base_ends_before_the_casualty_words_of_its_clause(language: str, text: str, place: str) -> None:
    """ "обстрела базы на западе Ирака ранения получили четверо": the place is "базы на западе Ирака", not the rest of the sentence."""
    claims = claims_of(text, "2024-08-07", language=language)
    assert [(c.place_text, c.place_kind, c.wounded) for c in claims] == [(place, "described", 4 if language == "ru" else 6)]
