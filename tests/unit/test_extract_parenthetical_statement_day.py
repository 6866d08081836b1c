"""Verb-first copy sets the statement's day between commas after the speaker: "The army said, Monday, that ...".

Sentences written for this test (our own words): on an undated page, the weekday the reported words give the
attack is kept for the alert stage, and the statement's day between commas is not taken for it.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

_CASES = [
    # the military spokesman said, Monday, that a faction shelled Ain al-Asad with three rockets on Sunday
    ("ar", "قال المتحدث العسكري، الاثنين، إن فصيلا مسلحا قصف يوم الأحد قاعدة عين الأسد بثلاثة صواريخ.", "ain-al-asad", 6),
    # the command announced, Thursday, that drones targeted the Harir base on Wednesday
    ("ar", "أعلنت القيادة الأمريكية، الخميس، أن طائرات مسيرة استهدفت يوم الأربعاء قاعدة حرير.", "harir", 2),
]


@pytest.mark.parametrize(("language", "text", "base_id", "weekday"), _CASES, ids=["sunday-in-monday-statement", "wednesday-in-thursday-statement"])
def test_a_statement_day_between_commas_leaves_the_attack_weekday_on_an_undated_page(language: str, text: str, base_id: str, weekday: int) -> None:
    """The weekday inside the reported words is the attack's; the one set off after the speaker is the statement's."""
    (claim,) = claims_of(text, None, language=language)
    assert (claim.base_id, claim.attack_date, claim.date_weekday) == (base_id, None, weekday)
