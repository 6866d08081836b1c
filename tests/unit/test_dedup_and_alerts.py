"""Folding claims into attack events, and the alert rules over them."""

from __future__ import annotations

from datetime import date

from basewatch.schemas import AlertRaised, AlertRevised, EventOpened, EventUpdated
from basewatch.services.alert.domain.decide import FatalityRecord, decide
from basewatch.services.alert.domain.dedup import apply
from basewatch.tools.pipeline import Pipeline
from tests.helpers import claim

TOWER = {"base_id": "tower-22", "base_name": "Tower 22", "country": "Jordan"}


def test_two_outlets_reporting_one_strike_make_one_event() -> None:
    """The second outlet's claim on the same base and day updates the event opened by the first."""
    first = apply([], claim(claim_id="c1", source="A", **TOWER, killed=3))
    second = apply([first.event], claim(claim_id="c2", article_id="a2", source="B", **TOWER, killed=3, wounded=34))  # type: ignore[list-item]
    assert isinstance(first.message, EventOpened) and isinstance(second.message, EventUpdated)
    assert second.event is not None and second.event.event_id == first.event.event_id  # type: ignore[union-attr]
    assert (second.event.version, second.event.claim_ids, second.event.sources) == (2, ("c1", "c2"), ("A", "B"))
    assert (second.event.killed, second.event.wounded) == (3, 34)


def test_attacks_on_one_base_on_different_days_are_different_events() -> None:
    """MSS Euphrates on Feb. 3 and on Feb. 5 are two attacks."""
    first = apply([], claim(claim_id="c1", base_id="mss-euphrates", attack_date=date(2024, 2, 3)))
    second = apply([first.event], claim(claim_id="c2", base_id="mss-euphrates", attack_date=date(2024, 2, 5)))  # type: ignore[list-item]
    assert isinstance(second.message, EventOpened)


def test_a_date_that_is_only_the_publication_day_may_be_one_day_off() -> None:
    """A claim dated by its publication day joins the event of the day before on the same base."""
    first = apply([], claim(claim_id="c1", base_id="al-tanf", attack_date=date(2023, 10, 19)))
    loose = apply([first.event], claim(claim_id="c2", base_id="al-tanf", attack_date=date(2023, 10, 20), date_basis="publication"))  # type: ignore[list-item]
    assert isinstance(loose.message, EventUpdated)


def test_incompatible_weapons_on_the_same_day_are_separate_events() -> None:
    """A drone attack and a rocket attack on one base on one day are not merged."""
    first = apply([], claim(claim_id="c1", base_id="al-tanf", weapon="drone"))
    second = apply([first.event], claim(claim_id="c2", base_id="al-tanf", weapon="rocket"))  # type: ignore[list-item]
    assert isinstance(second.message, EventOpened)


def test_rockets_and_missiles_on_one_base_on_one_day_are_one_salvo() -> None:
    """One outlet's "ballistic missiles" and another's "rockets" at Al-Asad on Jan. 20 are one attack."""
    first = apply([], claim(claim_id="c1", base_id="ain-al-asad", weapon="ballistic_missile"))
    second = apply([first.event], claim(claim_id="c2", base_id="ain-al-asad", weapon="rocket"))  # type: ignore[list-item]
    assert isinstance(second.message, EventUpdated)


def test_unlinked_claim_joins_the_linked_event_with_the_same_day_and_toll() -> None:
    """"an outpost near the border" with 3 US killed on the same day joins the Tower 22 event."""
    tower = apply([], claim(claim_id="c1", **TOWER, killed=3, casualty_side="US")).event
    vague = apply([tower], claim(claim_id="c2", place_text="one of its outposts", killed=3, casualty_side="US"))  # type: ignore[list-item]
    assert isinstance(vague.message, EventUpdated) and vague.event.base_id == "tower-22"  # type: ignore[union-attr]


def test_claims_about_several_other_bases_never_join_one_event() -> None:
    """"two other US bases in Syria and Iraq" on the same day stays its own event."""
    tower = apply([], claim(claim_id="c1", **TOWER, killed=3)).event
    other = apply([tower], claim(claim_id="c2", place_text="at least two other US bases in Syria and Iraq"))  # type: ignore[list-item]
    assert isinstance(other.message, EventOpened) and other.event.base_id is None  # type: ignore[union-attr]


def test_a_redelivered_claim_changes_nothing() -> None:
    """Applying the same claim twice yields no second message (redelivery is harmless)."""
    first = apply([], claim(claim_id="c1", **TOWER))
    again = apply([first.event], claim(claim_id="c1", **TOWER))  # type: ignore[list-item]
    assert again.message is None and again.event == first.event


def test_background_claims_join_events_but_never_open_one() -> None:
    """A recalled attack adds a source to its event, but alone opens nothing."""
    assert apply([], claim(claim_id="c1", **TOWER, background=True)) .message is None
    tower = apply([], claim(claim_id="c1", **TOWER)).event
    assert isinstance(apply([tower], claim(claim_id="c2", **TOWER, background=True)).message, EventUpdated)  # type: ignore[list-item]


def test_fatality_alert_is_raised_once_and_revised_when_the_toll_changes() -> None:
    """6 killed raises a fatality alert; a later 7 revises the same alert; 7 again changes nothing."""
    ev6 = apply([], claim(claim_id="c1", base_id="al-omar", killed=6, casualty_side="partner")).event
    assert ev6 is not None
    raised = decide(ev6, base_seen=True, fatality=None)
    assert [type(a) for a in raised] == [AlertRaised] and raised[0].kind == "fatality" and raised[0].severity == "critical"
    ev7 = apply([ev6], claim(claim_id="c2", base_id="al-omar", killed=7)).event
    assert ev7 is not None
    revised = decide(ev7, base_seen=True, fatality=FatalityRecord(0, 6))
    assert isinstance(revised[0], AlertRevised)
    assert (revised[0].alert_id, revised[0].revision, revised[0].previous_killed) == (raised[0].alert_id, 1, 6)
    assert decide(ev7, base_seen=True, fatality=FatalityRecord(1, 7)) == []


def test_new_target_is_raised_only_the_first_time_a_base_is_attacked() -> None:
    """The first event at a base raises new_target; later events there do not."""
    ev = apply([], claim(claim_id="c1", base_id="harir")).event
    assert ev is not None
    assert [a.kind for a in decide(ev, base_seen=False, fatality=None)] == ["new_target"]
    assert decide(ev, base_seen=True, fatality=None) == []


def test_attacks_without_deaths_raise_no_fatality_alert() -> None:
    """0 killed is not a fatality."""
    ev = apply([], claim(claim_id="c1", base_id="harir", killed=0, wounded=0)).event
    assert ev is not None and decide(ev, base_seen=True, fatality=None) == []


def test_replaying_the_same_claims_gives_the_same_event_and_alert_ids() -> None:
    """Same input, same order: same ids (the stream relies on this for replay)."""

    def ids() -> list[str]:
        pipe = Pipeline()
        out = []
        for i, kw in enumerate([TOWER | {"killed": 3}, TOWER | {"killed": 3, "wounded": 34}, {"base_id": "harir"}]):
            out += [getattr(m, "event_id", "") + getattr(m, "alert_id", "") for m in pipe.fold_claim(claim(claim_id=f"c{i}", **kw))]
        return out

    assert ids() == ids() and len(ids()) == 6


def test_the_offline_event_store_forgets_events_beyond_its_horizon() -> None:
    """Events far older than the newest attack are dropped, late reports of old attacks included (memory stays flat)."""
    from datetime import timedelta

    from basewatch.tools.pipeline import EVENT_HORIZON_DAYS, SWEEP_EVERY, EventStore

    store = EventStore()
    newest = date(2025, 1, 1)
    store.put(apply([], claim(claim_id="new", base_id="harir", attack_date=newest)).event)  # type: ignore[arg-type]
    for i in range(SWEEP_EVERY - 1):  # with the first put, the last one is a sweep
        old = newest - timedelta(days=EVENT_HORIZON_DAYS + 1 + i % 50)
        store.put(apply([], claim(claim_id=f"old{i}", base_id="al-tanf", attack_date=old)).event)  # type: ignore[arg-type]
    assert list(store.events) == [apply([], claim(claim_id="new", base_id="harir", attack_date=newest)).event.event_id]  # type: ignore[union-attr]


def test_an_undated_event_dated_by_a_later_claim_moves_to_that_day_and_is_evicted_cleanly() -> None:
    """Once dated, the event is found by its day and leaves with it; an undated claim afterwards does not crash."""
    from datetime import timedelta

    from basewatch.tools.pipeline import EVENT_HORIZON_DAYS, EventStore

    store = EventStore()
    opened = apply([], claim(claim_id="u1", base_id="harir", attack_date=None, date_basis=None)).event
    assert opened is not None
    store.put(opened)
    dated_claim = claim(claim_id="u2", base_id="harir", attack_date=date(2024, 1, 10))
    dated = apply(store.candidates(dated_claim), dated_claim).event
    assert dated is not None and dated.event_id == opened.event_id and dated.attack_date == date(2024, 1, 10)
    store.put(dated)
    unlinked = claim(claim_id="u3", base_id=None, attack_date=date(2024, 1, 10))
    assert [e.event_id for e in store.candidates(unlinked)] == [opened.event_id]  # found by its day now
    later = apply([], claim(claim_id="late", base_id="al-tanf", attack_date=date(2024, 1, 10) + timedelta(days=EVENT_HORIZON_DAYS + 5))).event
    assert opened.event_id in store.put(later)  # type: ignore[arg-type]
    assert store.candidates(claim(claim_id="u4", base_id="harir", attack_date=None, date_basis=None)) == []


def test_undated_events_are_bounded() -> None:
    from basewatch.tools.pipeline import EventStore

    store = EventStore(undated_capacity=5)
    gone = [g for i in range(8) for g in store.put(apply([], claim(claim_id=f"n{i}", base_id="harir", attack_date=None, date_basis=None)).event)]  # type: ignore[arg-type]
    assert len(store.events) == 5 and len(gone) == 3


def test_a_later_report_repeating_the_toll_without_a_date_joins_the_attack_and_raises_no_second_fatality_alert() -> None:
    """Published four days on, "a drone killed three US soldiers at Tower 22" is the Jan. 28 attack, not a new one."""
    pipe = Pipeline()
    first = list(pipe.fold_claim(claim(claim_id="c1", **TOWER, killed=3, casualty_side="US", weapon="drone")))
    later = claim(claim_id="c2", **TOWER, killed=3, casualty_side="US", weapon="drone", attack_date=date(2024, 2, 1), date_basis="publication")
    second = list(pipe.fold_claim(later))
    assert any(isinstance(m, AlertRaised) and m.kind == "fatality" for m in first)
    assert [type(m) for m in second] == [EventUpdated]
    other_toll = claim(claim_id="c3", **TOWER, killed=1, casualty_side="US", attack_date=date(2024, 2, 1), date_basis="publication")
    assert isinstance(next(iter(pipe.fold_claim(other_toll))), EventOpened)  # a different toll is another attack


def test_the_same_toll_on_the_same_base_a_night_apart_is_one_attack() -> None:
    """"Saturday night" (Washington) and "28 January" (local) with 3 killed at Tower 22: one event, one fatality alert."""
    pipe = Pipeline()
    first = list(pipe.fold_claim(claim(claim_id="c1", **TOWER, killed=3, attack_date=date(2024, 1, 27), date_basis="relative")))
    second = list(pipe.fold_claim(claim(claim_id="c2", **TOWER, killed=3, attack_date=date(2024, 1, 28), date_basis="explicit")))
    assert sum(isinstance(m, AlertRaised) and m.kind == "fatality" for m in first + second) == 1
    assert [type(m) for m in second] == [EventUpdated]
