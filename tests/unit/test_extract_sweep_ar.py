"""Arabic reporting patterns that lost a claim or a death (issue #9), found by a templated sweep of Arabic sentences.

Each test names the general pattern: a verb form of dying the pack lacked, a number of a base's name read as a
count of attacks. Sentences in our own words; published on a day far from every famous attack, so that linking
leaves the tolls as told.
"""

from __future__ import annotations

from tests.helpers import claims_of

PUBLISHED = "2023-12-12"


def _tolls(text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, PUBLISHED, language="ar")]


def test_a_base_named_with_a_number_before_an_attack_word_is_no_count_of_attacks() -> None:
    """ "تعرض البرج 22 لهجوم" (Tower 22 came under attack), no day named: one attack on Tower 22, not "22 attacks"."""
    text = "تعرض البرج 22 لهجوم بطائرة مسيرة، ما أدى إلى إصابة أربعة جنود."
    assert _tolls(text) == [("tower-22", None, 4)]


def test_a_count_of_attacks_on_a_named_base_still_gives_no_claim() -> None:
    """ "more than 20 attacks on Ain al-Asad" with no day stays a tally, not one attack."""
    assert _tolls("تعرضت قاعدة عين الأسد لأكثر من 20 هجوما منذ بداية الحرب.") == []
