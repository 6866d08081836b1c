"""A page dated by its month only: a day stated a week or more before that month is a recalled attack, not news."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_famous_attack_recalled_on_a_month_dated_page_leaves_the_new_attack_alone() -> None:
    """ "date 2024-04": the new drone at al-Tanf is news; "on 28 January ... in Jordan near the Syrian border" is Tower 22, recalled."""
    text = (
        "date 2024-04\n\nMilizen griffen am Montagabend den Stützpunkt Al-Tanf mit einer Drohne an. "
        "Am 28. Januar waren bei einer Attacke in Jordanien nahe der syrischen Grenze drei US-Soldaten getötet worden."
    )
    found = {(c.base_id, c.background) for c in claims_of(text, None, language="de")}
    assert found == {("al-tanf", False), ("tower-22", True)}, found
