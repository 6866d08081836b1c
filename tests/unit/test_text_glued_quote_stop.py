"""Scraped pages lose the space after a stop; when a quotation closes right before it, the stop still ends the sentence."""

from __future__ import annotations

import pytest

from basewatch.services.enrich.domain.text import sentences

# Texts written for this test (our own words).
_CASES = [
    # Arabic: a quoted phrase closes the first sentence, the next begins with و glued to the stop
    ("قال الجيش إن الطائرة \"سقطت قرب القاعدة\".وفي وقت لاحق أعلنت الفصائل مسؤوليتها.", 2),
    # English: a quoted word, then the stop, then the next sentence with no space
    ('An official called the damage "minor".The base reopened on Monday.', 2),
    # a parenthesis closes before the stop
    ("Rockets fell near the base (no one was hurt).وبعد ساعة سقطت طائرة مسيرة.", 2),
]


@pytest.mark.parametrize(("text", "count"), _CASES, ids=["arabic-quote", "english-quote", "parenthesis"])
def test_a_stop_glued_after_a_closing_quote_still_ends_the_sentence(text: str, count: int) -> None:
    """The word before the quotation mark decides, as it does when no mark stands between."""
    assert len(sentences(text)) == count


def test_an_abbreviation_inside_a_closed_parenthesis_still_ends_no_sentence_early() -> None:
    """ "(U.S.)" keeps its stops inside the sentence: only the stop after the parenthesis can end it."""
    assert len(sentences('Officials said troops ("from the U.S.") were safe. The base was quiet.')) == 2
