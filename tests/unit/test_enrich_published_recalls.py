"""What the enrich stage sends: every report of an attack as news, and a recalled attack only when it may be the news's.

Shaped like real reporting (our own words): a story of a drone shot down over a base adds that "the US embassy in
Baghdad was also hit by rockets on 8 December" (three weeks before), or recalls an undated earlier attack. Neither
names an attack of the news; the dev set's labellers list such recalls at most as background, and the evaluation
counts any claim sent as a report of an attack. A recall of two days before still goes out: it votes for the day of
the attack it joins.
"""

from __future__ import annotations

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich, stage_claims
from tests.helpers import article


def _sent(text: str, published: str, language: str = "en") -> list[tuple[str | None, bool]]:
    a = article(text, published, language=language)
    return [(c.base_id, c.background) for c in stage_claims(a, resources.lexicon(), resources.calendar(), resources.gazetteer())]


def _read(text: str, published: str, language: str = "en") -> list[tuple[str | None, bool]]:
    a = article(text, published, language=language)
    return [(c.base_id, c.background) for c in enrich(a, resources.lexicon(), resources.calendar(), resources.gazetteer())]


OLD = (
    "A drone was shot down over Ain al-Asad air base on Monday evening, causing no damage. "
    "The US embassy in Baghdad was also attacked with rockets on 8 December, without casualties."
)


def test_a_recall_of_an_attack_weeks_before_the_story_is_read_but_not_sent() -> None:
    """The embassy rockets of 8 December in a story of 2 January: extraction marks them recalled; the stage sends only the drone."""
    assert ("union-iii", True) in _read(OLD, "2024-01-02")
    assert _sent(OLD, "2024-01-02") == [("ain-al-asad", False)]


def test_a_recall_of_two_days_before_is_sent_to_vote_for_its_attacks_day() -> None:
    """ "It came two days after the airbase caught fire late Thursday": a recall two days old goes out, marked recalled."""
    text = "Rockets struck Harir air base on Saturday. It came two days after the airbase caught fire late Thursday when two drones hit it."
    read = _read(text, "2024-03-03")
    assert ("harir", True) in read
    assert _sent(text, "2024-03-03") == read


def test_a_recall_with_no_day_is_not_sent() -> None:
    """ "..., in retaliation for an earlier attack on Tower 22": recalled with no day of its own, it names no attack of the news."""
    text = "Rockets hit al-Tanf garrison on Tuesday. The militia said it acted in retaliation for an earlier attack on Tower 22 by unknown drones."
    read = _read(text, "2024-03-06")
    assert [b for b, bg in read if bg and b == "tower-22"]
    assert [b for b, _ in _sent(text, "2024-03-06")] == ["al-tanf"]


def test_a_page_published_before_the_campaign_sends_nothing() -> None:
    """A 2020 story of Iran's missiles on Ain al-Asad, its day the page's own: read as history, and no claim of it is sent."""
    text = (
        "The Pentagon said on Tuesday that more troops had been diagnosed with brain injuries after the missile attack "
        "of 8 January on the Ain al-Asad air base in Iraq."
    )
    assert ("ain-al-asad", True) in _read(text, "2020-01-28")
    assert _sent(text, "2020-01-28") == []
