"""News tells of what happened on or before its day: a report published before the day another report states for an
attack at the same base is of another attack (consecutive days at one base are common), in any arrival order."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import Any

from basewatch.schemas import ClaimExtracted
from tests.helpers import claim, event_groups

ERBIL = {"base_id": "erbil", "base_name": "Erbil", "country": "Iraq", "weapon": "drone"}


def report(claim_id: str, day: date, published: date, basis: str = "explicit", **kw: Any) -> ClaimExtracted:
    fields = {
        "claim_id": claim_id,
        "article_id": f"a-{claim_id}",
        "source": f"Outlet {claim_id}",
        "attack_date": day,
        "date_basis": basis,
        "date_precision": "day",
        "published_at": published,
    }
    return claim(**(fields | ERBIL | kw))


def test_a_report_out_on_the_sixth_is_not_of_the_attack_others_date_the_seventh() -> None:
    """Drones on Erbil told on 6 November, and drones on Erbil that reports of the 7th date that day: two attacks."""
    got = event_groups([report("x", date(2023, 11, 6), date(2023, 11, 6), basis="inherited"), report("y", date(2023, 11, 7), date(2023, 11, 7))])
    assert got == {("x",), ("y",)}


def test_a_report_out_after_both_days_still_joins_across_a_night() -> None:
    """A report of the 8th dating the attack the 6th, another the 7th: outlets' clocks a night apart, one attack."""
    got = event_groups([report("x", date(2023, 11, 6), date(2023, 11, 8), basis="relative"), report("y", date(2023, 11, 7), date(2023, 11, 8))])
    assert got == {("x", "y")}


def test_a_day_only_bounded_by_its_publication_is_no_stated_day() -> None:
    """A page dated only by its publication (the 7th) may tell of the attack the others state for the 5th."""
    told = [report("x", date(2024, 8, 5), date(2024, 8, 6), basis="relative"), report("y", date(2024, 8, 5), date(2024, 8, 6))]
    late = claim(
        **{
            "claim_id": "z",
            "article_id": "a-z",
            "source": "Outlet z",
            "attack_date": date(2024, 8, 7),
            "date_basis": "publication",
            "date_precision": "approximate",
            "published_at": date(2024, 8, 7),
        }
        | ERBIL
    )
    assert event_groups([*told, late]) == {("x", "y", "z")}


def test_the_same_deaths_a_night_apart_stay_one_attack() -> None:
    """A US-evening report of three dead, out the day before the base's own date for them: one fatal attack."""
    got = event_groups([report("x", date(2024, 1, 27), date(2024, 1, 27), killed=3), report("y", date(2024, 1, 28), date(2024, 1, 28), killed=3)])
    assert got == {("x", "y")}


def test_reports_of_attacks_on_consecutive_days_give_the_same_events_in_every_arrival_order() -> None:
    """Two reports of each of two days' attacks, each out on its day, in any order: two events."""
    claims = [
        report("x1", date(2023, 11, 6), date(2023, 11, 6)), report("x2", date(2023, 11, 6), date(2023, 11, 6), basis="inherited"),
        report("y1", date(2023, 11, 7), date(2023, 11, 7)), report("y2", date(2023, 11, 7), date(2023, 11, 7), basis="relative"),
    ]  # fmt: skip
    results = {frozenset(event_groups(list(order))) for order in permutations(claims)}
    assert results == {frozenset({("x1", "x2"), ("y1", "y2")})}
