"""A headline the text does not repeat is read as the article's first line; one the text repeats is read once."""

from __future__ import annotations

from tests.helpers import claims_of

BODY = "A drone struck the al-Tanf garrison in southern Syria on Tuesday, the Pentagon said. The group behind it was not named."


def test_a_toll_only_the_headline_gives_is_the_attacks() -> None:
    """Headline "Two US soldiers wounded in drone attack on al-Tanf" above a body that gives no toll: two US wounded."""
    claims = claims_of(BODY, "2023-10-19", language="en", title="Two US soldiers wounded in drone attack on al-Tanf")
    assert [(c.base_id, c.wounded, c.casualty_side, str(c.attack_date)) for c in claims] == [("al-tanf", 2, "US", "2023-10-17")]


def test_a_headline_the_text_repeats_is_not_read_twice() -> None:
    """A page whose text opens with its headline gives the same claims with or without the title field."""
    title = "Two US soldiers wounded in drone attack on al-Tanf"
    with_title = claims_of(f"{title}\n\n{BODY}", "2023-10-19", language="en", title=title)
    without = claims_of(f"{title}\n\n{BODY}", "2023-10-19", language="en")
    assert [(c.base_id, c.wounded, c.evidence) for c in with_title] == [(c.base_id, c.wounded, c.evidence) for c in without]
