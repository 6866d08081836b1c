"""Outlets that report the same attacks with noisy dates and tolls give the same events and alerts in any arrival order.

The claims are shaped like the extractor's output on real reporting (written here in our own words): one
attack reported by several outlets with a day written out, a day counted from the publication ("late
Saturday" in Washington, "early Sunday" locally), a day guessed from a weekday, only the publication day,
only the month, only the weekday, no day at all (follow-ups repeating the deaths), and tolls that differ
between outlets. A partitioned stream delivers such claims in any order; the final events, the alert ids
and what each fatality alert finally says must not depend on it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted, EventOpened, EventUpdated
from tests.helpers import claim, fold_claims

JORDAN = {"base_id": "tower-22", "base_name": "Tower 22", "country": "Jordan", "place_text": "Tower 22"}
SYRIA = {"base_id": "al-omar", "base_name": "al-Omar oil field", "country": "Syria", "place_text": "the al-Omar field"}
IRAQ = {"base_id": "erbil", "base_name": "Erbil air base", "country": "Iraq", "place_text": "the air base in Erbil"}


def report(cid: str, where: dict[str, Any], day: date | None, basis: str | None, published: date | None = None, **kw: Any) -> ClaimExtracted:
    """One outlet's claim as extraction gives it: `basis` says how its day was found (None: it has no day)."""
    precision = {"explicit": "day", "relative": "day", "inherited": "day", "inferred": "approximate", "publication": "approximate"}
    fields: dict[str, Any] = {
        "claim_id": cid, "article_id": f"art-{cid}", "source": f"Outlet {cid}", "url": f"https://news.example/{cid}",
        "published_at": published, "attack_date": day, "date_basis": basis,
        "date_precision": precision[basis] if basis else kw.pop("date_precision", None), "evidence": f"report {cid}",
    }  # fmt: skip
    return claim(**(fields | where | kw))


def noisy_reports() -> list[ClaimExtracted]:
    """Three attacks as a handful of outlets report them, in publication order."""
    return [
        # a drone attack on Erbil: a day counted from two outlets' publications, a night apart; the wounded repeated
        # without a day; an unlinked wire line about "a base in Iraq" that day
        report("e1", IRAQ, date(2023, 12, 25), "relative", date(2023, 12, 26), weapon="drone"),
        report("e2", IRAQ, date(2023, 12, 26), "relative", date(2023, 12, 26), weapon="drone", wounded=3),
        report("e3", IRAQ, date(2023, 12, 26), "publication", date(2023, 12, 26), weapon="drone"),
        report("e4", IRAQ, None, None, None, weapon="drone", wounded=3),
        report("e5", {"country": "Iraq", "place_text": "a base in Iraq"}, date(2023, 12, 25), "relative", date(2023, 12, 26), weapon="drone"),
        # three US soldiers killed at Tower 22 on Sunday 28 January (Saturday evening in Washington)
        report("t1", JORDAN, date(2024, 1, 27), "relative", date(2024, 1, 28), weapon="drone", killed=3, wounded=25, casualty_side="US", status="confirmed"),
        report("t2", JORDAN, date(2024, 1, 28), "relative", date(2024, 1, 28), weapon="drone", killed=3, wounded=34, casualty_side="US"),
        report("t3", JORDAN, date(2024, 1, 28), "explicit", date(2024, 1, 29), weapon="drone", killed=3),
        report("t4", JORDAN, date(2024, 1, 28), "inferred", None, weapon="drone", killed=3, wounded=40, date_weekday=6),
        report("t5", JORDAN, date(2024, 1, 29), "publication", date(2024, 1, 29), killed=3, status="claimed"),
        report("t6", JORDAN, None, None, None, weapon="drone", killed=3, wounded=30),  # an undated follow-up
        report("t7", JORDAN, None, None, None, weapon="drone", date_precision="month", date_month="2024-01"),  # "in January"
        report("t8", JORDAN, date(2024, 2, 2), "publication", date(2024, 2, 2), weapon="drone", killed=3),  # the funerals
        # six (five, seven) SDF fighters killed at al-Omar on 4 February; outlets disagree on the toll and the day
        report("o1", SYRIA, date(2024, 2, 4), "explicit", date(2024, 2, 5), weapon="drone"),
        report("o2", SYRIA, date(2024, 2, 3), "inferred", None, weapon="drone", killed=5, wounded=20, date_weekday=5),
        report("o3", SYRIA, None, None, None, weapon="drone", killed=6, wounded=20, status="claimed"),
        report("o4", SYRIA, None, None, None, weapon="drone", killed=7, wounded=18),
        report("o5", SYRIA, date(2024, 2, 4), "inherited", date(2024, 2, 5), weapon="drone", killed=6),
        report("o6", SYRIA, None, None, None, weapon="drone", date_weekday=6),  # "on Sunday", no toll: not a retelling of a deadly attack
        report("o7", SYRIA, None, None, None, weapon="drone", date_weekday=6, wounded=18),  # "on Sunday", its wounded: the one Sunday drone attack there
    ]  # fmt: skip


replay = fold_claims


def final_state(messages: list[Any]) -> tuple[Any, ...]:
    """Live events (id, members, facts), every alert id with its kind, and what each fatality alert says last
    about what it is revised for (event, day, toll range, status; the wounded in its summary are the event's
    when it was last revised, which arrival order may set)."""
    events: dict[str, EventOpened | EventUpdated] = {}
    alerts: dict[str, AlertRaised | AlertRevised] = {}
    for m in messages:
        if isinstance(m, EventOpened | EventUpdated):
            events[m.event_id] = m
        elif isinstance(m, AlertRaised | AlertRevised):
            alerts[m.alert_id] = m
    live = sorted(
        (e.event_id, e.claim_ids, e.base_id, e.attack_date, e.date_precision, e.killed_min, e.killed, e.wounded, e.status, e.first_seen)
        for e in events.values() if e.merged_into is None
    )  # fmt: skip
    final = sorted(
        (a.alert_id, a.kind, a.base_id) if a.kind == "new_target" else (a.alert_id, a.kind, a.event_id, a.attack_date, a.killed_min, a.killed, a.status)
        for a in alerts.values()
    )  # fmt: skip
    return tuple(live), tuple(final)


def test_the_reports_make_one_event_per_attack_and_one_fatality_alert_per_fatal_attack() -> None:
    """In publication order: Erbil, Tower 22 and al-Omar are one event each (a weekday-only line with al-Omar's wounded in it,
    one that tells no casualties apart); two fatality alerts."""
    messages, _ = replay(noisy_reports())
    live, alerts = final_state(messages)
    groups = {e[1] for e in live}
    assert {("e1", "e2", "e3", "e4", "e5"), ("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"), ("o1", "o2", "o3", "o4", "o5", "o7"), ("o6",)} == groups
    assert Counter(a[1] for a in alerts) == {"fatality": 2, "new_target": 3}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(noisy_reports()))
def test_noisy_reports_of_three_attacks_give_the_same_events_and_alert_ids_in_any_order(order: list[ClaimExtracted]) -> None:
    """Any arrival order ends with the publication order's events (ids, members, facts) and alerts (ids, final content)."""
    messages, _ = replay(order)
    assert final_state(messages) == final_state(replay(noisy_reports())[0])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(noisy_reports()))
def test_no_event_version_or_alert_revision_is_published_twice_with_other_content(order: list[ClaimExtracted]) -> None:
    """A stream skips a message id it already published, so an id and version must never name two contents."""
    messages, _ = replay(order)
    seen: dict[tuple[str, int], Any] = {}
    for m in messages:
        key = (m.alert_id, m.revision) if isinstance(m, AlertRaised | AlertRevised) else (m.event_id, m.version)
        assert seen.setdefault(key, m) == m, key


def test_an_event_that_lost_a_month_only_report_publishes_its_next_change_under_a_new_version() -> None:
    """A month-only report leaves an attack when a second one that month appears; the attack's next update is not its old version again."""
    reports = [
        report("a1", SYRIA, date(2024, 2, 4), "explicit", date(2024, 2, 4), weapon="drone"),
        report("a2", SYRIA, None, None, None, weapon="drone", date_precision="month", date_month="2024-02"),  # placed in a1's attack
        report("b1", SYRIA, date(2024, 2, 20), "explicit", date(2024, 2, 20), weapon="drone"),  # a second February attack: a2 leaves
        report("a3", SYRIA, date(2024, 2, 4), "explicit", date(2024, 2, 5), weapon="drone"),  # another outlet on a1's attack
    ]
    messages, _ = replay(reports)
    versions = [(m.event_id, m.version) for m in messages if isinstance(m, EventOpened | EventUpdated)]
    assert len(versions) == len(set(versions)), Counter(versions).most_common(1)


def test_two_fatal_attacks_at_one_base_months_apart_raise_two_fatality_alerts() -> None:
    """The base names its first fatal attack; a second one there, told apart by its day, gets an alert of its own."""
    reports = [
        report("f1", SYRIA, date(2024, 2, 4), "explicit", date(2024, 2, 4), weapon="drone", killed=6),
        report("f2", SYRIA, None, None, None, weapon="drone", killed=6),  # an undated follow-up of the first
        report("g1", SYRIA, date(2024, 5, 10), "explicit", date(2024, 5, 10), weapon="rocket", killed=2),
    ]
    messages, _ = replay(reports)
    fatal = {m.alert_id: m for m in messages if isinstance(m, AlertRaised | AlertRevised) and m.kind == "fatality"}
    assert sorted((m.attack_date, m.killed) for m in fatal.values()) == [(date(2024, 2, 4), 6), (date(2024, 5, 10), 2)]
    assert len({m.event_id for m in fatal.values()}) == 2
