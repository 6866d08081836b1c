"""A word for the group as the subject after a short fronted phrase carries the actor named the sentence before."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Islamic Resistance in Iraq spoke out on Sunday. In a statement, the group said its fighters launched drones at the al-Tanf base."),
        (
            "pt",
            "A Resistência Islâmica no Iraque pronunciou-se no domingo. "
            "Em um comunicado, o grupo afirmou que seus combatentes lançaram drones contra a base de al-Tanf.",
        ),
    ],
)
def test_group_word_after_a_fronted_phrase_is_the_actor_named_before(language: str, text: str) -> None:
    """'In a statement, the group said ...' after a sentence naming a militia: that militia's claim."""
    assert [(c.base_id, c.actor, c.status) for c in claims_of(text, "2024-02-05", language=language)] == [
        ("al-tanf", "Islamic Resistance in Iraq", "claimed")
    ]
