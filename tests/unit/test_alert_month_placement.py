"""A report dated only by its month is placed in the one attack its base had that month, in any arrival order."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import Any

from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted, EventOpened, EventUpdated
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from tests.helpers import claim, fold_claims

ASAD = {"base_id": "ain-al-asad", "base_name": "Ain al-Asad", "country": "Iraq", "weapon": "drone"}


def month_only(claim_id: str, month: str, **kw: Any) -> ClaimExtracted:
    return claim(claim_id=claim_id, article_id=f"a-{claim_id}", attack_date=None, date_basis=None, date_precision="month", date_month=month, **(ASAD | kw))


def dated(claim_id: str, day: date, **kw: Any) -> ClaimExtracted:
    return claim(**({"claim_id": claim_id, "article_id": f"a-{claim_id}", "attack_date": day, "date_basis": "explicit", "date_precision": "day"} | ASAD | kw))


def final_events(claims: list[ClaimExtracted]) -> dict[str, tuple[str, ...]]:
    """Live events (id -> claim ids) after folding the claims in this order."""
    out, _ = fold_claims(claims)
    last: dict[str, EventOpened | EventUpdated] = {}
    for m in out:
        if isinstance(m, EventOpened | EventUpdated):
            last[m.event_id] = m
    return {k: v.claim_ids for k, v in last.items() if v.merged_into is None}


def groups(claims: list[ClaimExtracted]) -> set[tuple[str, ...]]:
    return set(final_events(claims).values())


def test_a_month_only_report_joins_the_one_attack_its_base_had_that_month() -> None:
    """One dated attack at the base in February: the February report without a day is that attack."""
    got = groups([dated("d1", date(2024, 2, 4)), dated("d2", date(2024, 3, 9)), month_only("m1", "2024-02")])
    assert got == {("d1", "m1"), ("d2",)}


def test_a_month_only_report_stays_apart_when_its_month_had_two_attacks_at_the_base() -> None:
    """Two February attacks at the base: nothing tells which one the report means, so it opens its own event."""
    got = groups([dated("d1", date(2024, 2, 4)), dated("d2", date(2024, 2, 20)), month_only("m1", "2024-02")])
    assert got == {("d1",), ("d2",), ("m1",)}


def test_a_month_only_report_never_joins_an_attack_with_another_weapon_family() -> None:
    """A rocket salvo is not the drone attack the report names, even in the same month."""
    assert groups([dated("d1", date(2024, 2, 4), weapon="rocket"), month_only("m1", "2024-02")]) == {("d1",), ("m1",)}


def test_a_month_only_report_placed_early_moves_out_when_a_second_attack_that_month_arrives() -> None:
    """Placed while one attack was on record, it leaves when a second one appears: the result is the final state's."""
    got = groups([dated("d1", date(2024, 2, 4)), month_only("m1", "2024-02"), dated("d2", date(2024, 2, 20))])
    assert got == {("d1",), ("d2",), ("m1",)}


def test_month_only_reports_give_the_same_events_in_every_arrival_order() -> None:
    """Every order of these reports (two month-only, three dated at one base) ends in the same events and ids."""
    claims = [
        dated("d1", date(2024, 2, 4)), dated("d2", date(2024, 2, 4), source="Outlet B"), dated("d3", date(2024, 3, 1)),
        month_only("m1", "2024-02"), month_only("m2", "2024-03"),
    ]  # fmt: skip
    results = {tuple(sorted(final_events(list(order)).items())) for order in permutations(claims)}
    assert len(results) == 1
    (only,) = results
    assert {ids for _, ids in only} == {("d1", "d2", "m1"), ("d3", "m2")}


def test_a_redelivered_dated_claim_repeats_the_moves_it_decided() -> None:
    """The moves a claim decided are part of its record: redelivered, it writes them again and nothing else."""
    store = KeyValueEventStore()
    for c in [month_only("m1", "2024-02")]:
        store.write(handle(store, c).changes)
    first = handle(store, dated("d1", date(2024, 2, 4)))
    store.write(first.changes)
    again = handle(store, dated("d1", date(2024, 2, 4)))
    moved = [v for k, v in again.changes if k == "c:m1"]
    joined = next(v.event_id for v in first.messages if isinstance(v, EventUpdated | EventOpened) and "m1" in v.claim_ids)
    assert moved and getattr(moved[0], "event_id", None) == joined


def no_day(claim_id: str, **kw: Any) -> ClaimExtracted:
    return claim(claim_id=claim_id, article_id=f"a-{claim_id}", attack_date=None, date_basis=None, date_precision="none", **(ASAD | kw))


def test_a_report_with_no_day_that_repeats_an_attacks_wounded_joins_that_attack() -> None:
    """No date, but the same eight wounded as one attack on record at the base: it is that attack."""
    got = groups([dated("d1", date(2024, 2, 4), wounded=8), dated("d2", date(2024, 3, 9), wounded=2), no_day("w1", wounded=8)])
    assert got == {("d1", "w1"), ("d2",)}


def test_a_report_with_no_day_and_a_count_of_wounded_no_attack_gives_stays_apart() -> None:
    """Five wounded where the attacks on record had eight and two: no attack is named, it opens its own event."""
    got = groups([dated("d1", date(2024, 2, 4), wounded=8), dated("d2", date(2024, 3, 9), wounded=2), no_day("w1", wounded=5)])
    assert got == {("d1",), ("d2",), ("w1",)}


def test_a_report_with_no_day_and_no_count_opens_its_own_event() -> None:
    """Nothing says which attack at the base it is: it never joins one (that would depend on what came first)."""
    assert groups([dated("d1", date(2024, 2, 4)), no_day("n1")]) == {("d1",), ("n1",)}


def test_a_day_counted_from_the_publication_meets_the_written_date_a_night_apart() -> None:
    """ "Yesterday" read against a publication day may be a night off the date another outlet writes out."""
    relative = dated("r1", date(2024, 2, 5), date_basis="relative", source="Outlet B")
    assert groups([dated("d1", date(2024, 2, 4)), relative]) == {("d1", "r1")}


def test_two_written_dates_a_day_apart_are_two_attacks() -> None:
    """Dates written out by two outlets, a day apart, without the same deaths: two attacks."""
    assert groups([dated("d1", date(2024, 2, 4)), dated("d2", date(2024, 2, 5), source="Outlet B")]) == {("d1",), ("d2",)}


def test_a_placed_report_never_changes_what_its_attack_or_alert_says_in_any_order() -> None:
    """A confirmed report placed by its month alone leaves the fatal attack's status and alert as the dated reports give them."""
    claims = [
        dated("d1", date(2024, 2, 4), killed=2, status="claimed"), month_only("m1", "2024-02", status="confirmed"),
        dated("d2", date(2024, 2, 20), source="Outlet B"),
    ]  # fmt: skip
    finals = set()
    for order in permutations(claims):
        store = KeyValueEventStore()
        alerts: dict[str, tuple[Any, ...]] = {}
        events: dict[str, tuple[Any, ...]] = {}
        for c in order:
            decision = handle(store, c)
            store.write(decision.changes)
            for m in decision.messages:
                if isinstance(m, AlertRaised | AlertRevised):  # new_target names the first event in the log: only its base is compared
                    alerts[m.alert_id] = (m.kind, m.base_id) if m.kind == "new_target" else (m.kind, m.event_id, m.status, m.killed)
                elif isinstance(m, EventOpened | EventUpdated):
                    events[m.event_id] = (m.claim_ids, m.status, m.merged_into)
        finals.add((tuple(sorted(alerts.items())), tuple(sorted(events.items()))))
    assert len(finals) == 1
    ((alerts_, _),) = finals
    assert {a[2] for _, a in alerts_ if a[0] == "fatality"} == {"claimed"}
