"""A report with no day that gives only its base (no month, weekday or wounded figure) joins the one attack on record at
its base when many outlets told it, in any arrival order; otherwise it stays an event of its own."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import Any

from basewatch.schemas import ClaimExtracted
from tests.helpers import claim, event_groups

TANF = {"base_id": "al-tanf", "base_name": "al-Tanf", "country": "Syria", "weapon": "drone"}


def told(claim_id: str, day: date, outlet: str, **kw: Any) -> ClaimExtracted:
    return claim(
        **(
            {"claim_id": claim_id, "article_id": f"a-{claim_id}", "source": outlet, "attack_date": day, "date_basis": "explicit", "date_precision": "day"}
            | TANF
            | kw
        )
    )


def base_only(claim_id: str, **kw: Any) -> ClaimExtracted:
    fields = {
        "claim_id": claim_id,
        "article_id": f"a-{claim_id}",
        "source": f"Repost {claim_id}",
        "attack_date": None,
        "date_basis": None,
        "date_precision": "none",
    }
    return claim(**(fields | TANF | kw))


def widely_told(day: date, prefix: str, n: int = 3, **kw: Any) -> list[ClaimExtracted]:
    return [told(f"{prefix}{i}", day, f"Outlet {prefix}{i}", **kw) for i in range(n)]


def test_an_undated_report_naming_only_its_base_joins_the_one_widely_told_attack_there() -> None:
    """Three outlets date one drone attack on the base; an undated repost of it joins that attack."""
    got = event_groups([*widely_told(date(2024, 6, 3), "d"), base_only("u1")])
    assert got == {("d0", "d1", "d2", "u1")}


def test_an_undated_report_stays_apart_from_an_attack_only_two_outlets_told() -> None:
    """Two outlets are too few: the feed may lack the attack the undated report is of."""
    got = event_groups([*widely_told(date(2024, 6, 3), "d", n=2), base_only("u1")])
    assert got == {("d0", "d1"), ("u1",)}


def test_an_undated_report_stays_apart_when_its_base_has_two_attacks_on_record() -> None:
    """Two attacks at the base, one widely told: nothing in the report tells which it is of."""
    got = event_groups([*widely_told(date(2024, 6, 3), "d"), told("e0", date(2024, 7, 9), "Outlet E"), base_only("u1")])
    assert got == {("d0", "d1", "d2"), ("e0",), ("u1",)}


def test_a_report_of_no_casualties_joins_the_attack_whose_reports_say_so() -> None:
    """Of two attacks at the base, the one told harmless takes the undated "no casualties" report."""
    claims = [*widely_told(date(2024, 6, 3), "d", killed=0, wounded=0), told("e0", date(2024, 7, 9), "Outlet E"), base_only("u1", killed=0, wounded=0)]
    assert event_groups(claims) == {("d0", "d1", "d2", "u1"), ("e0",)}


def test_a_report_of_no_casualties_stays_apart_from_an_attack_that_wounded() -> None:
    """ "Nobody was hurt" is not the one attack at the base whose reports count wounded."""
    got = event_groups([*widely_told(date(2024, 6, 3), "d", wounded=4), base_only("u1", killed=0, wounded=0)])
    assert got == {("d0", "d1", "d2"), ("u1",)}


def test_a_report_of_uncounted_injuries_joins_the_attack_not_told_harmless() -> None:
    """ "Several US soldiers were injured" (a side, no figure) is not of the attack whose report says nobody was hurt:
    of two attacks at the base, it joins the widely told other one, in any arrival order."""
    claims = [
        *widely_told(date(2024, 6, 3), "d", casualty_side="US"),
        told("e0", date(2024, 5, 9), "Outlet E", killed=0, wounded=0),
        base_only("u1", casualty_side="US"),
    ]
    for order in permutations(claims):
        assert event_groups(list(order)) == {("d0", "d1", "d2", "u1"), ("e0",)}


def test_a_report_of_uncounted_injuries_stays_apart_when_both_attacks_may_have_hurt() -> None:
    """Two attacks at the base, neither told harmless: nothing in "several were injured" tells which it is of."""
    claims = [*widely_told(date(2024, 6, 3), "d"), told("e0", date(2024, 5, 9), "Outlet E"), base_only("u1", casualty_side="US")]
    assert event_groups(claims) == {("d0", "d1", "d2"), ("e0",), ("u1",)}


def test_a_report_recalled_as_background_is_never_placed() -> None:
    """Context naming the base is no report of the attack: it stays out of the widely told attack's event."""
    got = event_groups([*widely_told(date(2024, 6, 3), "d"), base_only("u1", background=True)])
    assert got == {("d0", "d1", "d2")}


def test_reports_placed_by_their_base_alone_give_the_same_events_in_every_arrival_order() -> None:
    """A second attack told widely arriving before or after the undated reports moves them out, in any order."""
    claims = [*widely_told(date(2024, 6, 3), "d"), base_only("u1"), base_only("u2", killed=0)]
    results = {frozenset(event_groups(list(order))) for order in permutations(claims)}
    assert results == {frozenset({("d0", "d1", "d2", "u1", "u2")})}
    claims.append(told("e0", date(2024, 9, 1), "Outlet E"))
    results = {frozenset(event_groups(list(order))) for order in permutations(claims)}
    assert results == {frozenset({("d0", "d1", "d2"), ("e0",), ("u1",), ("u2",)})}
