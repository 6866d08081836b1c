"""An undated page that reports attacks at three bases or more, giving nothing else, is placed on the one day the
attacks on record at all of those bases share (within a night), in any arrival order."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from basewatch.schemas import ClaimExtracted
from tests.helpers import claim, event_groups

SITES = {
    "omar": {"base_id": "al-omar", "base_name": "al-Omar", "country": "Syria"},
    "shad": {"base_id": "al-shaddadi", "base_name": "al-Shaddadi", "country": "Syria"},
    "tanf": {"base_id": "al-tanf", "base_name": "al-Tanf", "country": "Syria"},
}


def dated(claim_id: str, site: str, day: date, **kw: Any) -> ClaimExtracted:
    fields = {
        "claim_id": claim_id,
        "article_id": f"a-{claim_id}",
        "source": f"Outlet {claim_id}",
        "attack_date": day,
        "date_basis": "explicit",
        "date_precision": "day",
        "weapon": "drone",
    }
    return claim(**(fields | SITES[site] | kw))


def undated(page: str, site: str, **kw: Any) -> ClaimExtracted:
    fields = {
        "claim_id": f"{page}-{site}",
        "article_id": page,
        "source": f"Repost {page}",
        "attack_date": None,
        "date_basis": None,
        "date_precision": "none",
        "weapon": "drone",
    }
    return claim(**(fields | SITES[site] | kw))


def record() -> list[ClaimExtracted]:
    """Two days of attacks: al-Tanf and al-Omar on 23 October (al-Omar dated the 24th by another clock), al-Shaddadi both
    days; al-Tanf again on 1 November."""
    return [
        dated("t1", "tanf", date(2023, 10, 23)), dated("o1", "omar", date(2023, 10, 24)), dated("s1", "shad", date(2023, 10, 23)),
        dated("s2", "shad", date(2023, 11, 1)), dated("t2", "tanf", date(2023, 11, 1)),
    ]  # fmt: skip


PAGE = [undated("p", "omar"), undated("p", "shad"), undated("p", "tanf")]
PLACED = {("o1", "p-omar"), ("p-shad", "s1"), ("p-tanf", "t1"), ("s2",), ("t2",)}


def test_a_page_of_three_undated_bases_joins_the_attacks_of_the_one_day_they_share() -> None:
    """Only 23-24 October has attacks on record at al-Omar, al-Shaddadi and al-Tanf: each report joins its base's."""
    assert event_groups([*record(), *PAGE]) == PLACED


def test_a_page_of_two_undated_bases_is_not_placed_by_their_company() -> None:
    """Two bases were hit together on many days: al-Shaddadi and al-Tanf share two days here, and stay apart."""
    got = event_groups([*record(), undated("p", "shad"), undated("p", "tanf")])
    assert ("p-shad",) in got and ("p-tanf",) in got


def test_a_page_whose_bases_share_two_days_stays_apart() -> None:
    """With al-Omar hit on 1 November too, two days fit the page: its reports open events of their own."""
    got = event_groups([*record(), dated("o2", "omar", date(2023, 11, 1)), *PAGE])
    assert {("p-omar",), ("p-shad",), ("p-tanf",)} <= got


def test_a_page_with_no_day_shared_by_all_its_bases_stays_apart() -> None:
    """No attack on record at al-Omar: nothing places the page's reports."""
    got = event_groups([c for c in record() if c.base_id != "al-omar"] + PAGE)
    assert {("p-omar",), ("p-shad",), ("p-tanf",)} <= got


def test_the_page_is_placed_alike_in_any_arrival_order() -> None:
    """Shuffled arrivals of the record, the page's reports and a second attack that makes two days fit."""
    rng = random.Random(7)
    claims = [*record(), *PAGE]
    for _ in range(60):
        rng.shuffle(claims)
        assert event_groups(list(claims)) == PLACED
    more = [*claims, dated("o2", "omar", date(2023, 11, 1))]
    results = set()
    for _ in range(60):
        rng.shuffle(more)
        results.add(frozenset(event_groups(list(more))))
    assert results == {frozenset({("o1",), ("s1",), ("t1",), ("o2",), ("s2",), ("t2",), ("p-omar",), ("p-shad",), ("p-tanf",)})}


def test_a_page_of_rockets_at_one_base_and_drones_at_others_is_not_placed_by_their_company() -> None:
    """A roundup of several kinds of attack may span days: the one day its bases share in the record places nothing."""
    page = [undated("p", "omar"), undated("p", "shad"), undated("p", "tanf", weapon="rocket")]
    got = event_groups([*record(), *page])
    assert {("p-omar",), ("p-shad",), ("p-tanf",)} <= got
