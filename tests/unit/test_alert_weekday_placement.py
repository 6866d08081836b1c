"""A report dated only by a weekday is placed in the one attack on its base on that weekday, in any arrival order."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import Any

from basewatch.schemas import ClaimExtracted
from tests.helpers import claim, event_groups

ASAD = {"base_id": "ain-al-asad", "base_name": "Ain al-Asad", "country": "Iraq", "weapon": "drone"}


def weekday_only(claim_id: str, weekday: int, **kw: Any) -> ClaimExtracted:
    return claim(claim_id=claim_id, article_id=f"a-{claim_id}", attack_date=None, date_basis=None, date_precision="none", date_weekday=weekday, **(ASAD | kw))


def dated(claim_id: str, day: date, **kw: Any) -> ClaimExtracted:
    return claim(**({"claim_id": claim_id, "article_id": f"a-{claim_id}", "attack_date": day, "date_basis": "explicit", "date_precision": "day"} | ASAD | kw))


def test_an_undated_monday_report_joins_the_one_monday_attack_its_base_had() -> None:
    """A repost with no date saying drones hit the base on Monday is the base's one Monday drone attack on record."""
    claims = [dated("d1", date(2024, 4, 22)), dated("d2", date(2024, 7, 16)), weekday_only("w1", 0)]
    for order in permutations(claims):
        assert event_groups(list(order)) == {("d1", "w1"), ("d2",)}


def test_an_undated_weekday_report_stays_apart_when_two_attacks_fit_it() -> None:
    """Two Monday drone attacks on the base: the weekday does not tell which one the report means."""
    got = event_groups([dated("d1", date(2024, 4, 22)), dated("d2", date(2024, 8, 5)), weekday_only("w1", 0)])
    assert got == {("d1",), ("d2",), ("w1",)}


def test_an_undated_weekday_report_never_joins_an_attack_with_another_weapon_family() -> None:
    """A Monday rocket salvo is not the Monday drone attack the report names."""
    assert event_groups([dated("d1", date(2024, 8, 5), weapon="rocket"), weekday_only("w1", 0)]) == {("d1",), ("w1",)}


def test_an_undated_weekday_report_silent_on_casualties_never_joins_a_deadly_attack() -> None:
    """Every report of a deadly attack tells its dead: a weekday and nothing else is another attack that weekday, not that one."""
    for order in permutations([dated("d1", date(2024, 2, 4), killed=6, casualty_side="partner"), weekday_only("w1", 6)]):
        assert event_groups(list(order)) == {("d1",), ("w1",)}


def test_an_undated_weekday_report_repeating_the_wounded_joins_the_deadly_attack_on_that_weekday() -> None:
    """The wounded it repeats tie a report that leaves out the dead to the one deadly attack of that weekday at the base."""
    for order in permutations([dated("d1", date(2024, 2, 4), killed=6, wounded=18), weekday_only("w1", 6, wounded=18)]):
        assert event_groups(list(order)) == {("d1", "w1")}


def test_a_report_dated_only_by_its_statements_weekday_joins_the_attack_of_the_night_before() -> None:
    """ "..., Reuters reported on Saturday" with no day of the attack: the one Friday drone attack on the base is it."""
    claims = [dated("d1", date(2024, 8, 9)), dated("d2", date(2024, 7, 16)), weekday_only("w1", 5, date_weekday_lag=1)]
    for order in permutations(claims):
        assert event_groups(list(order)) == {("d1", "w1"), ("d2",)}


def test_an_attacks_own_weekday_never_stretches_to_the_day_before() -> None:
    """ "Drones hit the base on Saturday": the Friday attack is another one."""
    assert event_groups([dated("d1", date(2024, 8, 9)), weekday_only("w1", 5)]) == {("d1",), ("w1",)}


def test_a_statements_weekday_fitting_two_attacks_a_day_apart_stays_apart() -> None:
    """Attacks on Friday and on Saturday: a Saturday statement may be of either, so it joins neither."""
    claims = [dated("d1", date(2024, 8, 9)), dated("d2", date(2024, 8, 10)), weekday_only("w1", 5, date_weekday_lag=1)]
    assert event_groups(claims) == {("d1",), ("d2",), ("w1",)}


def test_a_weekday_report_joins_the_one_attack_dated_only_by_the_day_a_page_told_it() -> None:
    """ "a recent drone attack" in a Thursday page dates the attack by that page: a report naming Friday may be it."""
    recent = dated("p1", date(2024, 8, 15), date_basis="publication", date_precision="approximate")
    for order in permutations([recent, weekday_only("w1", 4)]):
        assert event_groups(list(order)) == {("p1", "w1")}


def test_a_weekday_report_days_before_what_a_page_could_tell_stays_apart() -> None:
    """ "Rockets hit the base on Monday" is no attack that only a Thursday page dates: a page tells of its day or the two before."""
    recent = dated("p1", date(2024, 1, 11), date_basis="publication", date_precision="approximate", weapon="rocket")
    for order in permutations([recent, weekday_only("w1", 0, weapon="rocket")]):
        assert event_groups(list(order)) == {("p1",), ("w1",)}
