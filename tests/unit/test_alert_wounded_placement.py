"""A report with no day placed by the wounded it counts: a like figure is the same attack, and of several attacks that
fit, the one best attested, in any arrival order."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import Any

from basewatch.schemas import ClaimExtracted
from basewatch.services.alert.domain.dedup import wounded_agree
from tests.helpers import claim, event_groups

ASAD = {"base_id": "ain-al-asad", "base_name": "Ain al-Asad", "country": "Iraq", "weapon": "rocket"}


def dated(claim_id: str, day: date, basis: str = "explicit", **kw: Any) -> ClaimExtracted:
    return claim(**({"claim_id": claim_id, "article_id": f"a-{claim_id}", "attack_date": day, "date_basis": basis, "date_precision": "day"} | ASAD | kw))


def no_day(claim_id: str, **kw: Any) -> ClaimExtracted:
    return claim(claim_id=claim_id, article_id=f"a-{claim_id}", attack_date=None, date_basis=None, date_precision="none", **(ASAD | kw))


def test_wounded_counts_half_again_apart_or_less_agree() -> None:
    """Five and seven, or thirty-four and forty, are one attack counted twice; one and three, three and eight are not."""
    assert wounded_agree(5, 7) and wounded_agree(7, 5) and wounded_agree(34, 40) and wounded_agree(1, 2)
    assert not wounded_agree(1, 3) and not wounded_agree(3, 8) and not wounded_agree(5, 8)


def test_a_count_of_wounded_never_agrees_with_an_attack_that_hurt_no_one() -> None:
    """ "No one was hurt" is not a first count of two wounded, nor is an attack that gives no figure."""
    assert not wounded_agree(2, 0) and not wounded_agree(1, 0) and not wounded_agree(2, None)


def test_a_report_with_no_day_and_a_grown_count_of_wounded_joins_that_attack() -> None:
    """Seven hurt where the attack on record counted five, the other attack two: the first one."""
    got = event_groups([dated("d1", date(2024, 8, 5), wounded=5), dated("d2", date(2024, 6, 9), wounded=2), no_day("w1", wounded=7)])
    assert got == {("d1", "w1"), ("d2",)}


def test_of_two_attacks_with_the_wounded_a_report_gives_it_joins_the_one_whose_day_is_stated() -> None:
    """An attack retold days later carries the later page's day: the wounded figure belongs to the attack dated by its own day."""
    carried = dated("d2", date(2024, 8, 9), basis="inherited", source="Outlet B", wounded=5)
    got = event_groups([dated("d1", date(2024, 8, 5), wounded=5), carried, no_day("w1", wounded=5)])
    assert got == {("d1", "w1"), ("d2",)}


def test_of_two_attacks_dated_alike_with_the_wounded_a_report_gives_it_joins_neither() -> None:
    """Two attacks each dated by a written day, both with five hurt: nothing tells which one, the report stays apart."""
    got = event_groups([dated("d1", date(2024, 8, 5), wounded=5), dated("d2", date(2024, 6, 1), wounded=5), no_day("w1", wounded=5)])
    assert got == {("d1",), ("d2",), ("w1",)}


def test_the_same_wounded_outweighs_a_like_one() -> None:
    """Five hurt fits an attack counting five before one counting seven, whatever their days' precision."""
    carried = dated("d2", date(2024, 8, 9), basis="inherited", source="Outlet B", wounded=5)
    got = event_groups([dated("d1", date(2024, 8, 5), wounded=7), carried, no_day("w1", wounded=5)])
    assert got == {("d1",), ("d2", "w1")}


def test_reports_placed_by_their_wounded_give_the_same_events_in_every_arrival_order() -> None:
    """Every order of two undated counts and three dated reports ends in the same events."""
    claims = [
        dated("d1", date(2024, 8, 5), wounded=5), dated("d2", date(2024, 8, 9), basis="inherited", source="Outlet B", wounded=5),
        dated("d3", date(2024, 6, 20), wounded=1), no_day("w1", wounded=7), no_day("w2", wounded=5, source="Outlet C"),
    ]  # fmt: skip
    results = {frozenset(event_groups(list(order))) for order in permutations(claims)}
    assert results == {frozenset({("d1", "w1", "w2"), ("d2",), ("d3",)})}


def test_of_two_attacks_dated_alike_with_the_wounded_a_report_gives_it_joins_the_one_more_outlets_report() -> None:
    """One attack three outlets date, another one page dates alike with the same five hurt: the report is the first one's."""
    told = [dated(f"d{i}", date(2024, 8, 5), basis="relative", source=f"Outlet {i}", wounded=5) for i in range(3)]
    retold = dated("r1", date(2024, 8, 13), basis="relative", source="Outlet R", wounded=5)
    got = event_groups([*told, retold, no_day("w1", wounded=5, source="Outlet W")])
    assert got == {("d0", "d1", "d2", "w1"), ("r1",)}


def test_reports_placed_by_the_outlets_of_their_attack_give_the_same_events_in_every_arrival_order() -> None:
    """Every order of two outlets' reports of one attack, a one-page retelling and two undated counts ends in the same events."""
    claims = [
        dated("d0", date(2024, 8, 5), basis="relative", source="Outlet 0", wounded=5), dated("d1", date(2024, 8, 5), basis="relative", source="Outlet 1"),
        dated("r1", date(2024, 8, 13), basis="relative", source="Outlet R", wounded=5), no_day("w1", wounded=5, source="Outlet W"),
        no_day("w2", wounded=6, source="Outlet V"),
    ]  # fmt: skip
    results = {frozenset(event_groups(list(order))) for order in permutations(claims)}
    assert results == {frozenset({("d0", "d1", "w1", "w2"), ("r1",)})}
