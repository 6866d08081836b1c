"""Reports of deaths that name no day, at a base with two fatal attacks that have the same toll.

A report with no day ("three soldiers were killed at the base", a follow-up, an article with no date) can
be a report of either attack. It is placed in an attack only when one dated attack on record there fits it
(`dedup.fits`: its deaths, weapon, and a day it can still be a report of); otherwise it stays apart, with no
fatality alert of its own when its deaths are those of an attack on record. It never glues the two attacks
together, and where it ends does not depend on the order reports arrive in. Written in our own words.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted, EventOpened, EventUpdated
from tests.helpers import claim, fold_claims

HARIR = {"base_id": "harir", "base_name": "Harir", "country": "Iraq", "place_text": "Harir air base"}


def report(cid: str, day: date | None, published: date | None, killed: int | None, **kw: Any) -> ClaimExtracted:
    basis = kw.pop("basis", "explicit" if day else None)
    return claim(
        claim_id=cid, article_id=f"art-{cid}", source=f"Outlet {cid}", published_at=published, attack_date=day,
        date_basis=basis, killed=killed, weapon="drone", evidence=f"report {cid}", **(HARIR | kw),
    )  # fmt: skip


def two_attacks_and_a_repeat() -> list[ClaimExtracted]:
    """Two drone attacks on Harir, each killing three, three months apart; an undated line repeating the toll."""
    return [
        report("a1", date(2024, 2, 10), date(2024, 2, 10), 3),
        report("a2", date(2024, 2, 10), date(2024, 2, 11), 3, basis="relative"),
        report("u1", None, None, 3),  # "three soldiers were killed in the drone attack on Harir": which one?
        report("b1", date(2024, 5, 12), date(2024, 5, 12), 3),
        report("b2", date(2024, 5, 12), date(2024, 5, 13), 3, basis="relative"),
    ]


def outcome(messages: list[Any]) -> tuple[Any, ...]:
    """The live events' reports, and what the fatality alerts finally say, ids aside (the first fatal attack
    reported at a base takes the base's first fatal id, so which attack that is depends on arrival)."""
    events: dict[str, EventOpened | EventUpdated] = {}
    alerts: dict[str, AlertRaised | AlertRevised] = {}
    for m in messages:
        if isinstance(m, EventOpened | EventUpdated):
            events[m.event_id] = m
        elif isinstance(m, AlertRaised | AlertRevised):
            alerts[m.alert_id] = m
    live = sorted(e.claim_ids for e in events.values() if e.merged_into is None)
    fatal = sorted(
        ((a.attack_date, a.killed_min, a.killed) for a in alerts.values() if a.kind == "fatality" and getattr(a, "superseded_by", None) is None), key=str
    )
    return tuple(live), tuple(fatal)


def test_an_undated_repeat_of_a_toll_two_attacks_share_glues_neither_to_the_other() -> None:
    """Two same-toll attacks months apart stay two events with one fatality alert each; the undated repeat joins neither."""
    live, fatal = outcome(fold_claims(two_attacks_and_a_repeat())[0])
    assert live == (("a1", "a2"), ("b1", "b2"), ("u1",))
    assert fatal == ((date(2024, 2, 10), 3, 3), (date(2024, 5, 12), 3, 3))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(two_attacks_and_a_repeat()))
def test_the_undated_repeat_ends_in_the_same_place_in_any_arrival_order(order: list[ClaimExtracted]) -> None:
    """Whether it came first, between the attacks or last, the undated report ends apart and no third alert is left."""
    assert outcome(fold_claims(order)[0]) == outcome(fold_claims(two_attacks_and_a_repeat())[0])


def test_an_undated_repeat_joins_the_one_attack_with_its_toll() -> None:
    """With one fatal attack of that toll at the base, the undated report is part of it, before or after it."""
    first, later = two_attacks_and_a_repeat()[:2], [report("u1", None, None, 3)]
    for order in (first + later, later + first):
        live, fatal = outcome(fold_claims(order)[0])
        assert live == (("a1", "a2", "u1"),) and fatal == ((date(2024, 2, 10), 3, 3),)


def test_a_report_of_deaths_published_before_an_attack_is_no_report_of_it() -> None:
    """An undated report published in March cannot tell of a May attack with its toll: it stays apart, and alerts as news."""
    march = report("u2", None, date(2024, 3, 1), 3)
    may = [report("b1", date(2024, 5, 12), date(2024, 5, 12), 3)]
    for order in ([march, *may], [*may, march]):
        live, fatal = outcome(fold_claims(order)[0])
        assert live == (("b1",), ("u2",))
        assert Counter(d for d, _, _ in fatal) == {date(2024, 5, 12): 1, None: 1}
