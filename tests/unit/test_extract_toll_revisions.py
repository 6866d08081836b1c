"""Tolls an article restates: a headline's figure against the body's."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_headline_figure_gives_way_to_the_body_figure_at_the_same_base() -> None:
    """A headline's wounded count that the body tells otherwise, at the same base, takes the body's count."""
    text = "Seven US troops hurt in rocket attack on Ain al-Asad\nRockets struck Ain al-Asad air base on Monday, wounding four American troops."
    tolls = {(c.killed, c.wounded) for c in claims_of(text, "2024-08-06", language="en") if c.base_id == "ain-al-asad"}
    assert tolls == {(None, 4)}, tolls


def test_an_arabic_headline_figure_gives_way_to_the_body_figure_in_the_same_country() -> None:
    """A headline's toll at an unnamed US base in Jordan gives way to the body's count at a US site in Jordan."""
    text = (
        "مقتل 3 جنود أمريكيين وإصابة 40 آخرين بهجوم على قاعدة أمريكية في الأردن\n"
        "قتل 3 جنود أمريكيين وأصيب 30 آخرون في هجوم بطائرة مسيرة على موقع عسكري أمريكي في الأردن."
    )
    tolls = {(c.killed, c.wounded) for c in claims_of(text, None, language="ar")}
    assert tolls == {(3, 30)}, tolls


def test_a_headline_telling_a_risen_toll_keeps_its_figure() -> None:
    """A headline that says the toll rose keeps its figure over the body's first count."""
    text = "Wounded in Ain al-Asad attack rises to 9\nRockets struck Ain al-Asad air base on Monday, wounding four American troops."
    tolls = {c.wounded for c in claims_of(text, "2024-08-06", language="en") if c.base_id == "ain-al-asad"}
    assert 9 in tolls, tolls


def test_a_risen_death_toll_counts_the_dead_not_the_wounded_word_of_its_cause() -> None:
    """ "The death toll ... has risen to seven after a wounded fighter died": seven dead, not seven wounded."""
    text = "The death toll from the drone strike on the al-Omar base climbed to seven on Tuesday after an injured SDF fighter died in hospital."
    killed = {c.killed for c in claims_of(text, "2024-02-06", language="en") if c.base_id == "al-omar"}
    assert killed == {7}, killed


def test_a_risen_figure_followed_at_once_by_its_casualty_word_counts_that_word() -> None:
    """ "No one was killed, but the figure rose to 40 injured": the word right after the figure counts it."""
    text = "Nobody was killed in the drone strike on Tower 22, but the figure has risen to 40 injured, the Pentagon said."
    tolls = {(c.killed, c.wounded) for c in claims_of(text, "2024-02-06", language="en") if c.base_id == "tower-22"}
    assert tolls == {(0, 40)}, tolls
